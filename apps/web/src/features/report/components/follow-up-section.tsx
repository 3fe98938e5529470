import { useRef, useState, type Ref } from 'react';
import type { FollowUpRequest, FollowUpSession } from '@groeiwijzer/contracts';
import { useLocale, useT, type MessageKey } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Button, FormAlert, Loading } from '../../../ui';
import { followUpIcsUrl } from '../api/report-api';
import { EMPTY_FOLLOW_UP_VALUES, formatDuration, formatSession, toFollowUpFormValues } from '../follow-up-values';
import { useCancelFollowUp } from '../hooks/use-cancel-follow-up';
import { useFollowUp } from '../hooks/use-follow-up';
import { usePlanFollowUp } from '../hooks/use-plan-follow-up';
import { FollowUpForm } from './follow-up-form';
import { cx } from '../../../ui/cx';
import followUpStyles from '../follow-up.module.css';
import formStyles from '../../../ui/form.module.css';
import pageStyles from '../../../ui/page.module.css';

type Notice = 'planned' | 'moved' | 'cancelled';

const NOTICE_KEYS: Record<Notice, MessageKey> = {
  planned: 'report.followUp.notice.planned',
  moved: 'report.followUp.notice.moved',
  cancelled: 'report.followUp.notice.cancelled',
};

interface PlannedSessionProps {
  roundId: string;
  session: FollowUpSession;
  onMove: () => void;
  moveButton: Ref<HTMLButtonElement>;
  onCancelled: () => void;
}

/** The planned session: when, how long, where; to the calendar, move it, or call it off (asked once more). */
function PlannedSession({ roundId, session, onMove, moveButton, onCancelled }: PlannedSessionProps) {
  const t = useT();
  const { locale } = useLocale();
  const cancel = useCancelFollowUp(roundId);
  const errors = useFormErrors(cancel.error);
  const [confirming, setConfirming] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const when = formatSession(session, locale);

  return (
    <>
      <dl className={pageStyles.details}>
        <div>
          <dt>{t('report.followUp.when')}</dt>
          <dd>{t('report.followUp.whenValue', when)}</dd>
        </div>
        <div>
          <dt>{t('report.followUp.duration')}</dt>
          <dd>{formatDuration(session.minutes, locale)}</dd>
        </div>
        <div>
          <dt>{t('report.followUp.location')}</dt>
          <dd className={followUpStyles.followUpLocation}>{session.location ?? t('common.notFilledIn')}</dd>
        </div>
      </dl>
      <FormAlert key={cancel.submittedAt} message={errors.summary} />
      {!confirming ? (
        <div className={formStyles.actions}>
          <a href={followUpIcsUrl(roundId)} download>
            {t('report.followUp.addToCalendar')}
          </a>
          <Button ref={moveButton} variant="secondary" onClick={onMove}>
            {t('report.followUp.move')}
          </Button>
          <Button ref={cancelButton} variant="quiet" onClick={() => setConfirming(true)}>
            {t('report.followUp.cancel')}
          </Button>
        </div>
      ) : (
        <div className={followUpStyles.followUpConfirm} role="group" aria-labelledby="follow-up-cancel-confirm" aria-describedby="follow-up-cancel-note">
          <p id="follow-up-cancel-confirm" className={followUpStyles.followUpQuestion}>
            {t('report.followUp.cancelConfirm')}
          </p>
          <p id="follow-up-cancel-note">{t('report.followUp.cancelNote')}</p>
          <div className={formStyles.actions}>
            <Button
              autoFocus
              busy={cancel.isPending}
              busyLabel={t('common.saving')}
              onClick={() => cancel.mutate(undefined, { onSuccess: onCancelled })}
            >
              {t('report.followUp.cancelYes')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => cancelButton.current?.focus());
              }}
            >
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      )}
    </>
  );
}

/** Planning the follow-up session with the team, right after the suggested agenda. Owners only:
 * the API mails the appointment with a calendar file to every owner of the organisation. */
export function FollowUpSection({ roundId }: { roundId: string }) {
  const t = useT();
  const followUp = useFollowUp(roundId);
  const plan = usePlanFollowUp(roundId);
  const [moving, setMoving] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moveButton = useRef<HTMLButtonElement>(null);
  const session = followUp.data?.followUp ?? null;

  // The button that was pressed is gone after the change: continue from the heading.
  const focusHeading = () => requestAnimationFrame(() => heading.current?.focus());

  function submit(request: FollowUpRequest) {
    const wasPlanned = session !== null;
    plan.mutate(request, {
      onSuccess: () => {
        setMoving(false);
        setNotice(wasPlanned ? 'moved' : 'planned');
        focusHeading();
      },
    });
  }

  function content() {
    if (followUp.isPending) return <Loading />;
    if (followUp.isError) {
      return (
        <Alert tone="error">
          <p>{t('errors.loadFailed')}</p>
        </Alert>
      );
    }
    if (session && !moving) {
      return (
        <PlannedSession
          roundId={roundId}
          session={session}
          moveButton={moveButton}
          onMove={() => {
            plan.reset();
            setNotice(null);
            setMoving(true);
          }}
          onCancelled={() => {
            setNotice('cancelled');
            focusHeading();
          }}
        />
      );
    }
    return (
      <FollowUpForm
        // A fresh form per session (and per move), prefilled with what is planned.
        key={session ? `move-${session.startsAt}` : 'new'}
        initial={session ? toFollowUpFormValues(session) : EMPTY_FOLLOW_UP_VALUES}
        moving={moving}
        busy={plan.isPending}
        error={plan.error}
        submittedAt={plan.submittedAt}
        onSubmit={submit}
        onCancel={
          moving
            ? () => {
                plan.reset();
                setMoving(false);
                requestAnimationFrame(() => moveButton.current?.focus());
              }
            : undefined
        }
      />
    );
  }

  return (
    <section aria-labelledby="report-follow-up" className={cx(pageStyles.panel, 'no-print')}>
      <h2 id="report-follow-up" ref={heading} tabIndex={-1}>
        {t('report.followUp.title')}
      </h2>
      <p>{t('report.followUp.intro')}</p>
      <p>{t('report.followUp.owners')}</p>
      {/* Always in the page, so screen readers announce the text when it appears. */}
      <p className={followUpStyles.followUpNotice} role="status">
        {notice ? t(NOTICE_KEYS[notice]) : ''}
      </p>
      {content()}
    </section>
  );
}
