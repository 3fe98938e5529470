import type { Item } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Button, Loading, PageTitle } from '../../../ui';
import { isKnownCoachType, regionList } from '../admin-format';
import { useApproveCoachItem } from '../hooks/use-approve-coach-item';
import { usePendingCoachItems } from '../hooks/use-pending-coach-items';
import { AdminLoadError, BackToOverview } from './admin-only';

function PendingCoach({ item, busy, onApprove }: { item: Item; busy: boolean; onApprove: () => void }) {
  const t = useT();
  const coachType = item.coach?.coachType;
  return (
    <li className="admin-item">
      <h3 className="admin-item__title">{item.title}</h3>
      <p className="admin-item__summary">{item.summary}</p>
      <dl className="admin-item__details">
        <div>
          <dt>{t('admin.coaches.coachType')}</dt>
          <dd>{isKnownCoachType(coachType) ? t(`admin.coaches.types.${coachType}`) : coachType || t('common.notFilledIn')}</dd>
        </div>
        <div>
          <dt>{t('admin.coaches.provider')}</dt>
          <dd>{item.provider}</dd>
        </div>
        <div>
          <dt>{t('admin.coaches.publisher')}</dt>
          <dd>{item.publisherName}</dd>
        </div>
        <div>
          <dt>{t('admin.coaches.contactEmail')}</dt>
          <dd className="admin-break">{item.contactEmail || t('common.notFilledIn')}</dd>
        </div>
        <div>
          <dt>{t('admin.coaches.regions')}</dt>
          <dd>{item.regions.length > 0 ? regionList(item.regions, t('admin.nationwide')) : t('common.notFilledIn')}</dd>
        </div>
      </dl>
      <Button onClick={onApprove} busy={busy} aria-label={t('admin.coaches.approveNamed', { title: item.title })}>
        {t('admin.coaches.approve')}
      </Button>
    </li>
  );
}

/** /beheer/coaches: coach profiles waiting for approval; approving also publishes them. */
export function CoachesPage() {
  const t = useT();
  const pending = usePendingCoachItems();
  const approve = useApproveCoachItem();
  const approveError = useFormErrors(approve.error);

  return (
    <>
      <BackToOverview />
      <PageTitle>{t('admin.coaches.title')}</PageTitle>
      <p className="lead">{t('admin.coaches.intro')}</p>
      <section aria-labelledby="admin-coaches-pending">
        <h2 id="admin-coaches-pending">{t('admin.coaches.pendingTitle')}</h2>
        {approve.isSuccess && (
          <Alert tone="success" focusOnMount key={`ok-${approve.submittedAt}`}>
            <p>{t('admin.coaches.approved', { title: approve.variables.title })}</p>
          </Alert>
        )}
        {approve.isError && (
          <Alert tone="error" focusOnMount key={`error-${approve.submittedAt}`}>
            <p>{approveError.summary}</p>
          </Alert>
        )}
        {pending.isPending && <Loading />}
        {pending.isError && <AdminLoadError error={pending.error} />}
        {pending.data?.length === 0 && <p>{t('admin.coaches.empty')}</p>}
        {pending.data && pending.data.length > 0 && (
          <ul className="admin-list">
            {pending.data.map((item) => (
              <PendingCoach
                key={item.id}
                item={item}
                busy={approve.isPending && approve.variables.id === item.id}
                onApprove={() => approve.mutate(item)}
              />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
