import { Link } from 'react-router-dom';
import { useLocale, useT, type MessageKey } from '../../../i18n';
import { formatDate, formatShare } from '../../../lib/format';
import { regionName } from '../../../lib/reference';
import { Loading, PageTitle } from '../../../ui';
import { usePlatformOverview } from '../hooks/use-platform-overview';
import { OUTBOX_STATUSES } from '../outbox-model';
import {
  formatCount,
  isHiddenRegion,
  isKnownHiddenReason,
  isKnownReferralStatus,
  REFERRAL_STATUSES,
  statusRows,
  type PlatformOverview,
} from '../platform-overview-model';
import { AdminLoadError, BackToOverview } from './admin-only';
import { cx } from '../../../ui/cx';
import dataTableStyles from '../../../ui/data-table.module.css';
import pageStyles from '../../../ui/page.module.css';
import styles from './platform-overview-page.module.css';

/** A small table of label → number, with a caption and row headers. */
function FigureTable({ id, caption, rows }: { id: string; caption: string; rows: { label: string; value: string }[] }) {
  const t = useT();
  return (
    <div className={dataTableStyles.tableScroll} role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className={cx(dataTableStyles.dataTable, styles.adminFigures)}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.platform.columns.what')}</th>
            <th scope="col" className={dataTableStyles.num}>
              {t('admin.platform.columns.number')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className={dataTableStyles.num}>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The figures of the overview; exported for its unit test. */
export function PlatformFigures({ data }: { data: PlatformOverview }) {
  const t = useT();
  const { locale } = useLocale();
  const n = (value: number) => formatCount(value, locale);

  const referralLabel = (status: string) =>
    isKnownReferralStatus(status) ? t(`referrals.status.${status}`) : status;
  const mailLabel = (status: string) =>
    (OUTBOX_STATUSES as readonly string[]).includes(status) ? t(`admin.mail.status.${status}` as MessageKey) : status;
  const reasonText = (reason: string) =>
    isKnownHiddenReason(reason)
      ? t(`admin.platform.reason.${reason}`, { k: n(data.threshold) })
      : t('admin.platform.reason.unknown');

  return (
    <>
      <section aria-labelledby="platform-use">
        <h2 id="platform-use">{t('admin.platform.useTitle')}</h2>
        <FigureTable
          id="platform-use"
          caption={t('admin.platform.useCaption')}
          rows={[
            { label: t('admin.platform.organisations'), value: n(data.organisations.total) },
            { label: t('admin.platform.organisationsReady'), value: n(data.organisations.withReadyRound) },
            { label: t('admin.platform.roundsOpen'), value: n(data.rounds.open) },
            { label: t('admin.platform.roundsReady'), value: n(data.rounds.ready) },
            { label: t('admin.platform.roundsWithheld'), value: n(data.rounds.withheld) },
            { label: t('admin.platform.invitationsSent'), value: n(data.invitations.sent) },
            { label: t('admin.platform.invitationsResponded'), value: n(data.invitations.responded) },
            { label: t('admin.platform.responseRate'), value: formatShare(data.invitations.responseRate, locale) },
          ]}
        />
        <p className={styles.adminNote}>{t('admin.platform.withheldNote')}</p>
      </section>

      <section aria-labelledby="platform-referrals">
        <h2 id="platform-referrals">{t('admin.platform.referralsTitle')}</h2>
        <FigureTable
          id="platform-referrals"
          caption={t('admin.platform.referralsCaption')}
          rows={statusRows(data.referrals, REFERRAL_STATUSES).map((row) => ({
            label: referralLabel(row.status),
            value: n(row.count),
          }))}
        />
      </section>

      <section aria-labelledby="platform-mail">
        <h2 id="platform-mail">{t('admin.platform.mailTitle')}</h2>
        <FigureTable
          id="platform-mail"
          caption={t('admin.platform.mailCaption')}
          rows={statusRows(data.mail, OUTBOX_STATUSES).map((row) => ({ label: mailLabel(row.status), value: n(row.count) }))}
        />
        <p>
          <Link to="/beheer/mail">{t('admin.platform.mailLink')}</Link>
        </p>
      </section>

      <section aria-labelledby="platform-searches">
        <h2 id="platform-searches">{t('admin.platform.searchesTitle')}</h2>
        {data.searchesPerDay.length === 0 ? (
          <p>{t('admin.platform.searchesEmpty')}</p>
        ) : (
          <div className={dataTableStyles.tableScroll} role="region" aria-labelledby="platform-searches-caption" tabIndex={0}>
            <table className={cx(dataTableStyles.dataTable, styles.adminFigures)}>
              <caption id="platform-searches-caption">{t('admin.platform.searchesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.platform.columns.day')}</th>
                  <th scope="col" className={dataTableStyles.num}>
                    {t('admin.platform.columns.searches')}
                  </th>
                  <th scope="col" className={dataTableStyles.num}>
                    {t('admin.platform.columns.unmet')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.searchesPerDay.map((day) => (
                  <tr key={day.day}>
                    <th scope="row">{formatDate(day.day, locale)}</th>
                    <td className={dataTableStyles.num}>{n(day.searches)}</td>
                    <td className={dataTableStyles.num}>{n(day.unmet)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="platform-regions">
        <h2 id="platform-regions">{t('admin.platform.regionsTitle')}</h2>
        <p>{t('admin.platform.regionsIntro', { k: n(data.threshold) })}</p>
        {data.regions.length === 0 ? (
          <p>{t('admin.platform.regionsEmpty')}</p>
        ) : (
          <div className={dataTableStyles.tableScroll} role="region" aria-labelledby="platform-regions-caption" tabIndex={0}>
            <table className={cx(dataTableStyles.dataTable, styles.adminFigures)}>
              <caption id="platform-regions-caption">{t('admin.platform.regionsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.platform.columns.region')}</th>
                  <th scope="col" className={dataTableStyles.num}>
                    {t('admin.platform.columns.organisations')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.regions.map((figure) => (
                  <tr key={figure.region}>
                    <th scope="row">{regionName(figure.region)}</th>
                    {isHiddenRegion(figure) ? (
                      <td className={cx(dataTableStyles.num, styles.adminHidden)}>{reasonText(figure.reason)}</td>
                    ) : (
                      <td className={dataTableStyles.num}>{n(figure.organisations)}</td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** /beheer/overzicht: how the platform is used, in counts only; regions as the protected grid shows them. */
export function PlatformOverviewPage() {
  const t = useT();
  const overview = usePlatformOverview();
  return (
    <>
      <BackToOverview />
      <PageTitle>{t('admin.platform.title')}</PageTitle>
      <p className={pageStyles.lead}>{t('admin.platform.intro')}</p>
      {overview.isPending && <Loading />}
      {overview.isError && <AdminLoadError error={overview.error} />}
      {overview.data && <PlatformFigures data={overview.data} />}
    </>
  );
}
