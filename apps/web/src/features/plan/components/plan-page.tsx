import type { PlanStep } from '@groeiwijzer/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { toFormErrors } from '../../../lib/form-errors';
import { formatDate, isoDateInAmsterdam } from '../../../lib/format';
import { Alert, Button, Dialog, Loading, PageTitle } from '../../../ui';
import { OrganisationLoadError } from '../../organisations/components/organisation-status';
import { useOrganisation } from '../../organisations/hooks/use-organisation';
import { useDeletePlanStep } from '../hooks/use-delete-plan-step';
import { useMovePlanStep } from '../hooks/use-move-plan-step';
import { usePlan } from '../hooks/use-plan';
import { applyMove, toBoard, type MoveTarget } from '../plan-board';
import { PlanBoard } from './plan-board';
import styles from './plan-page.module.css';
import { PlanStepForm } from './plan-step-form';
import { cx, variant } from '../../../ui/cx';
import alertStyles from '../../../ui/alert.module.css';
import pageStyles from '../../../ui/page.module.css';

type Editing = { mode: 'add' } | { mode: 'edit'; step: PlanStep } | null;
type Notice = { tone: 'success' | 'error'; text: string } | null;

/** /organisaties/:id/plan — the action plan as a board: add, edit, delete, move, print. */
export function PlanPage() {
  const t = useT();
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const organisation = useOrganisation(id);
  const plan = usePlan(id);
  const move = useMovePlanStep(id);
  const remove = useDeletePlanStep(id);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [announcement, setAnnouncement] = useState('');
  const today = useMemo(() => isoDateInAmsterdam(), []);
  const noticeRef = useRef<HTMLDivElement>(null);

  // A deleted card (or one that moved column while edited) takes the focused control with it:
  // focus goes to what just happened. A dialog that closes gives focus back to its opener after this.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const errorText = (error: unknown) => toFormErrors(error, { network: t('errors.network'), unknown: t('errors.unknown') }).summary ?? t('errors.unknown');

  function onMove(step: PlanStep, target: MoveTarget) {
    const after = toBoard(applyMove(plan.data ?? [], step.id, target))[target.status];
    setAnnouncement(
      t('plan.moves.announce', {
        title: step.title,
        column: t(`plan.columns.${target.status}`),
        position: after.findIndex((s) => s.id === step.id) + 1,
        count: after.length,
      }),
    );
    move.mutate(
      { stepId: step.id, target },
      {
        onError: (error) => {
          setAnnouncement(t('plan.moves.failed'));
          setNotice({ tone: 'error', text: `${t('plan.moves.failed')} ${errorText(error)}` });
        },
      },
    );
  }

  function onDelete(step: PlanStep) {
    remove.mutate(step, {
      onSuccess: () => setNotice({ tone: 'success', text: t('plan.form.deleted', { title: step.title }) }),
      onError: (error) => setNotice({ tone: 'error', text: errorText(error) }),
    });
  }

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <OrganisationLoadError error={organisation.error} />;
  const org = organisation.data;
  const base = `/organisaties/${encodeURIComponent(org.id)}`;

  return (
    <div className={styles.page}>
      <p className="no-print">
        <Link to={base}>
          <span aria-hidden="true">← </span>
          {t('plan.page.back', { organisation: org.name })}
        </Link>
      </p>
      <PageTitle documentTitle={t('plan.page.documentTitle')}>{t('plan.page.title', { organisation: org.name })}</PageTitle>
      <p className={cx(pageStyles.lead, styles.intro)}>{t('plan.page.intro')}</p>
      <p className={styles.printedOn}>{t('plan.page.printedOn', { date: formatDate(new Date().toISOString(), locale) })}</p>
      <div className={`${styles.toolbar} no-print`}>
        <Button onClick={() => setEditing({ mode: 'add' })}>{t('plan.page.add')}</Button>
        <Button variant="secondary" onClick={() => window.print()}>
          {t('plan.page.print')}
        </Button>
        <Link to={`${base}/hulp`}>{t('plan.page.helpLink')}</Link>
      </div>
      <div aria-live="polite" className="no-print">
        {notice && (
          <div ref={noticeRef} tabIndex={-1} className={cx(alertStyles.alert, variant(alertStyles, 'alert', notice.tone))}>
            <p>{notice.text}</p>
          </div>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {plan.isPending ? (
        <Loading />
      ) : plan.isError ? (
        <Alert tone="error">
          <p>{t('plan.page.loadFailed')}</p>
        </Alert>
      ) : (
        <>
          {plan.data.length === 0 && <p className={styles.empty}>{t('plan.page.empty')}</p>}
          <PlanBoard
            steps={plan.data}
            today={today}
            deletingId={remove.isPending ? (remove.variables?.id ?? null) : null}
            onMove={onMove}
            onEdit={(step) => setEditing({ mode: 'edit', step })}
            onDelete={onDelete}
          />
        </>
      )}
      <Dialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        id="plan-step-dialog"
        title={editing?.mode === 'edit' ? t('plan.form.editTitle') : t('plan.form.addTitle')}
      >
        {editing && (
          <PlanStepForm
            organisationId={org.id}
            step={editing.mode === 'edit' ? editing.step : undefined}
            onSaved={(step, mode) => {
              setEditing(null);
              setNotice({ tone: 'success', text: mode === 'added' ? t('plan.form.added', { title: step.title }) : t('plan.form.saved', { title: step.title }) });
            }}
          />
        )}
      </Dialog>
    </div>
  );
}
