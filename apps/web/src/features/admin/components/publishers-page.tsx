import { useT } from '../../../i18n';
import { Loading, PageTitle } from '../../../ui';
import { regionList, websiteHref } from '../admin-format';
import { useAdminPublishers } from '../hooks/use-admin-publishers';
import { useApprovePublisher } from '../hooks/use-approve-publisher';
import { AdminLoadError, BackToOverview } from './admin-only';
import { ApprovalQueue, PendingEntry } from './approval-queue';
import adminStyles from '../admin.module.css';
import dataTableStyles from '../../../ui/data-table.module.css';
import pageStyles from '../../../ui/page.module.css';

function Website({ website }: { website: string | null }) {
  const t = useT();
  if (!website) return <>{t('common.notFilledIn')}</>;
  const href = websiteHref(website);
  // Shown as text when it is not a web address: the admin should see what was typed.
  return href ? (
    <a href={href} rel="external noreferrer">
      {website}
    </a>
  ) : (
    <>{website}</>
  );
}

function Regions({ keys }: { keys: readonly string[] }) {
  const t = useT();
  return <>{keys.length > 0 ? regionList(keys, t('admin.nationwide')) : t('common.notFilledIn')}</>;
}

function PendingPublishers() {
  const t = useT();
  return (
    <ApprovalQueue
      headingId="admin-publishers-pending"
      title={t('admin.publishers.pendingTitle')}
      empty={t('admin.publishers.pendingEmpty')}
      pending={useAdminPublishers('pending')}
      approve={useApprovePublisher()}
      approved={(publisher) => t('admin.publishers.approved', { name: publisher.name })}
    >
      {(publisher, busy, onApprove) => (
        <PendingEntry
          key={publisher.id}
          title={publisher.name}
          details={[
            { label: t('admin.publishers.regions'), value: <Regions keys={publisher.regions} /> },
            { label: t('admin.publishers.website'), value: <Website website={publisher.website} /> },
          ]}
          approveLabel={t('admin.publishers.approve')}
          approveName={t('admin.publishers.approveNamed', { name: publisher.name })}
          busy={busy}
          onApprove={onApprove}
        />
      )}
    </ApprovalQueue>
  );
}

function ApprovedPublishers() {
  const t = useT();
  const approved = useAdminPublishers('approved');
  return (
    <section aria-labelledby="admin-publishers-approved">
      <h2 id="admin-publishers-approved">{t('admin.publishers.approvedTitle')}</h2>
      {approved.isPending && <Loading />}
      {approved.isError && <AdminLoadError error={approved.error} />}
      {approved.data?.length === 0 && <p>{t('admin.publishers.approvedEmpty')}</p>}
      {approved.data && approved.data.length > 0 && (
        <div className={dataTableStyles.tableScroll} role="region" aria-labelledby="admin-publishers-caption" tabIndex={0}>
          <table className={dataTableStyles.dataTable}>
            <caption id="admin-publishers-caption">{t('admin.publishers.approvedCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.publishers.name')}</th>
                <th scope="col">{t('admin.publishers.regions')}</th>
                <th scope="col">{t('admin.publishers.website')}</th>
              </tr>
            </thead>
            <tbody>
              {approved.data.map((publisher) => (
                <tr key={publisher.id}>
                  <th scope="row">{publisher.name}</th>
                  <td>
                    <Regions keys={publisher.regions} />
                  </td>
                  <td className={adminStyles.adminBreak}>
                    <Website website={publisher.website} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** /beheer/uitgevers: publishers waiting for approval, and the approved ones. */
export function PublishersPage() {
  const t = useT();
  return (
    <>
      <BackToOverview />
      <PageTitle>{t('admin.publishers.title')}</PageTitle>
      <p className={pageStyles.lead}>{t('admin.publishers.intro')}</p>
      <PendingPublishers />
      <ApprovedPublishers />
    </>
  );
}
