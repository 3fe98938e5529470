import type { PublisherSummary } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Button, Loading, PageTitle } from '../../../ui';
import { regionList, websiteHref } from '../admin-format';
import { useAdminPublishers } from '../hooks/use-admin-publishers';
import { useApprovePublisher } from '../hooks/use-approve-publisher';
import { AdminLoadError, BackToOverview } from './admin-only';

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
  const pending = useAdminPublishers('pending');
  const approve = useApprovePublisher();
  const approveError = useFormErrors(approve.error);

  return (
    <section aria-labelledby="admin-publishers-pending">
      <h2 id="admin-publishers-pending">{t('admin.publishers.pendingTitle')}</h2>
      {approve.isSuccess && (
        <Alert tone="success" focusOnMount key={`ok-${approve.submittedAt}`}>
          <p>{t('admin.publishers.approved', { name: approve.variables.name })}</p>
        </Alert>
      )}
      {approve.isError && (
        <Alert tone="error" focusOnMount key={`error-${approve.submittedAt}`}>
          <p>{approveError.summary}</p>
        </Alert>
      )}
      {pending.isPending && <Loading />}
      {pending.isError && <AdminLoadError error={pending.error} />}
      {pending.data?.length === 0 && <p>{t('admin.publishers.pendingEmpty')}</p>}
      {pending.data && pending.data.length > 0 && (
        <ul className="admin-list">
          {pending.data.map((publisher) => (
            <PendingPublisher
              key={publisher.id}
              publisher={publisher}
              busy={approve.isPending && approve.variables.id === publisher.id}
              onApprove={() => approve.mutate(publisher)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function PendingPublisher({ publisher, busy, onApprove }: { publisher: PublisherSummary; busy: boolean; onApprove: () => void }) {
  const t = useT();
  const titleId = `admin-publisher-${publisher.id}`;
  return (
    <li className="admin-item">
      <h3 className="admin-item__title" id={titleId}>
        {publisher.name}
      </h3>
      <dl className="admin-item__details">
        <div>
          <dt>{t('admin.publishers.regions')}</dt>
          <dd>
            <Regions keys={publisher.regions} />
          </dd>
        </div>
        <div>
          <dt>{t('admin.publishers.website')}</dt>
          <dd>
            <Website website={publisher.website} />
          </dd>
        </div>
      </dl>
      <Button onClick={onApprove} busy={busy} aria-label={t('admin.publishers.approveNamed', { name: publisher.name })}>
        {t('admin.publishers.approve')}
      </Button>
    </li>
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
        <div className="table-scroll" role="region" aria-labelledby="admin-publishers-caption" tabIndex={0}>
          <table className="data-table">
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
                  <td className="admin-break">
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
      <p className="lead">{t('admin.publishers.intro')}</p>
      <PendingPublishers />
      <ApprovedPublishers />
    </>
  );
}
