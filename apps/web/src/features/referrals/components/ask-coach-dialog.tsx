import type { OwnerReferral, ReferralShare } from '@groeiwijzer/contracts';
import type { AspectKey } from '@groeiwijzer/domain';
import { useMemo, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Button, Dialog, FormAlert, TextAreaField } from '../../../ui';
import { useMe } from '../../auth/hooks/use-me';
import { useOrganisation } from '../../organisations/hooks/use-organisation';
import { useReport } from '../../report/hooks/use-report';
import { useCreateReferral } from '../hooks/use-create-referral';
import { availableShares, toSharedResults } from '../share-preview';
import styles from './ask-coach-dialog.module.css';
import { ShareChoice } from './share-choice';
import { SharePreviewPanel } from './share-preview-panel';
import formStyles from '../../../ui/form.module.css';

export const REFERRAL_MESSAGE_MAX = 2000;

export interface CoachToAsk {
  id: string;
  title: string;
}

interface AskCoachDialogProps {
  /** Unique on the page (an item page has one per organisation of the owner). */
  id?: string;
  organisationId: string;
  /** The coach to ask; the dialog is open while there is one. */
  coach: CoachToAsk | null;
  /** The weak spot the request is about, when it comes from a recommendation. */
  aspect?: AspectKey | null;
  /** The round whose results can be shared (the latest with a ready report); null before any scan. */
  roundId: string | null;
  onClose: () => void;
  onSent: (referral: OwnerReferral, coach: CoachToAsk) => void;
}

/** "Vraag hulp": a message, an explicit sharing choice, and a preview of exactly what the coach will see. */
export function AskCoachDialog({ id = 'ask-coach', organisationId, coach, aspect = null, roundId, onClose, onSent }: AskCoachDialogProps) {
  const t = useT();
  return (
    <Dialog open={coach !== null} onClose={onClose} id={id} title={coach ? t('referrals.dialog.title', { coach: coach.title }) : ''} wide>
      {coach && <AskCoachForm organisationId={organisationId} coach={coach} aspect={aspect} roundId={roundId} onSent={onSent} />}
    </Dialog>
  );
}

function AskCoachForm({ organisationId, coach, aspect, roundId, onSent }: Omit<AskCoachDialogProps, 'id' | 'coach' | 'onClose'> & { coach: CoachToAsk }) {
  const t = useT();
  const me = useMe();
  const organisation = useOrganisation(organisationId);
  const create = useCreateReferral(organisationId);
  const apiErrors = useFormErrors(create.error);
  const [message, setMessage] = useState('');
  const available = availableShares(roundId !== null);
  const [share, setShare] = useState<ReferralShare | null>(available.length === 1 ? 'none' : null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const wantsResults = share === 'summary' || share === 'report';
  const report = useReport(roundId ?? '', wantsResults);

  const shared = useMemo(
    () => (wantsResults && report.data?.status === 'ready' && share ? toSharedResults(report.data, share) : null),
    [wantsResults, report.data, share],
  );
  const sharedStatus = !wantsResults ? 'idle' : report.isPending ? 'loading' : shared ? 'ready' : 'failed';
  const fields = { ...apiErrors.fields, ...local };
  const summary = Object.keys(local).length > 0 ? Object.values(local)[0] : apiErrors.summary;
  const org = organisation.data;
  const user = me.data?.user;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const problems: Record<string, string> = {};
    if (!message.trim()) problems.message = t('referrals.dialog.messageMissing');
    if (share === null) problems.share = t('referrals.dialog.shareMissing');
    setLocal(problems);
    if (share === null || Object.keys(problems).length > 0) return;
    create.mutate(
      {
        coachItemId: coach.id,
        message: message.trim(),
        share,
        ...(share !== 'none' && roundId ? { roundId } : {}),
        ...(aspect ? { aspect } : {}),
      },
      { onSuccess: (referral) => onSent(referral, coach) },
    );
  }

  return (
    <form className={styles.form} noValidate onSubmit={submit}>
      <p>{t('referrals.dialog.intro')}</p>
      <FormAlert key={attempt} message={attempt > 0 ? summary : null} />
      <TextAreaField
        id="ask-coach-message"
        name="message"
        label={t('referrals.dialog.message')}
        hint={t('referrals.dialog.messageHint')}
        value={message}
        maxLength={REFERRAL_MESSAGE_MAX}
        rows={5}
        onChange={(event) => setMessage(event.target.value)}
        error={fields.message}
      />
      <ShareChoice id="ask-coach-share" value={share} onChange={setShare} available={available} error={fields.share} />
      <SharePreviewPanel
        organisation={org ? { name: org.name, sector: org.sector, region: org.region, sizeClass: org.sizeClass } : null}
        message={message}
        share={share}
        shared={shared}
        sharedStatus={sharedStatus}
        contact={user ? { name: user.name, email: user.email } : null}
      />
      <p className={styles.consent}>{t('referrals.dialog.consentNote')}</p>
      <div className={formStyles.formActions}>
        <Button type="submit" busy={create.isPending} busyLabel={t('common.sending')}>
          {t('referrals.dialog.submit')}
        </Button>
      </div>
    </form>
  );
}
