import { useT } from '../../../i18n';
import { PageTitle } from '../../../ui';
import { isKnownCoachType, regionList } from '../admin-format';
import { useApproveCoachItem } from '../hooks/use-approve-coach-item';
import { usePendingCoachItems } from '../hooks/use-pending-coach-items';
import { BackToOverview } from './admin-only';
import { ApprovalQueue, PendingEntry } from './approval-queue';
import pageStyles from '../../../ui/page.module.css';

/** /beheer/coaches: coach profiles waiting for approval; approving also publishes them. */
export function CoachesPage() {
  const t = useT();
  const notFilledIn = t('common.notFilledIn');
  return (
    <>
      <BackToOverview />
      <PageTitle>{t('admin.coaches.title')}</PageTitle>
      <p className={pageStyles.lead}>{t('admin.coaches.intro')}</p>
      <ApprovalQueue
        headingId="admin-coaches-pending"
        title={t('admin.coaches.pendingTitle')}
        empty={t('admin.coaches.empty')}
        pending={usePendingCoachItems()}
        approve={useApproveCoachItem()}
        approved={(item) => t('admin.coaches.approved', { title: item.title })}
      >
        {(item, busy, onApprove) => {
          const coachType = item.coach?.coachType;
          return (
            <PendingEntry
              key={item.id}
              title={item.title}
              summary={item.summary}
              details={[
                { label: t('admin.coaches.coachType'), value: isKnownCoachType(coachType) ? t(`admin.coaches.types.${coachType}`) : coachType || notFilledIn },
                { label: t('admin.coaches.provider'), value: item.provider },
                { label: t('admin.coaches.publisher'), value: item.publisherName },
                { label: t('admin.coaches.contactEmail'), value: item.contactEmail || notFilledIn, breakAnywhere: true },
                { label: t('admin.coaches.regions'), value: item.regions.length > 0 ? regionList(item.regions, t('admin.nationwide')) : notFilledIn },
              ]}
              approveLabel={t('admin.coaches.approve')}
              approveName={t('admin.coaches.approveNamed', { title: item.title })}
              busy={busy}
              onApprove={onApprove}
            />
          );
        }}
      </ApprovalQueue>
    </>
  );
}
