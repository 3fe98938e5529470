import { Link } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { regionName, sectorLabel } from '../../../lib/reference';
import { Alert, ButtonLink, Loading, PageTitle } from '../../../ui';
import { useSignedInMe } from '../../auth/hooks/use-me';
import { useOrganisations } from '../hooks/use-organisations';
import { cx } from '../../../ui/cx';
import pageStyles from '../../../ui/page.module.css';

export function DashboardPage() {
  const t = useT();
  const { locale } = useLocale();
  const me = useSignedInMe();
  const organisations = useOrganisations();

  return (
    <>
      <PageTitle documentTitle={t('dashboard.documentTitle')}>{t('dashboard.greeting', { name: me.user.name })}</PageTitle>
      {organisations.isPending && <Loading />}
      {organisations.isError && (
        <Alert tone="error">
          <p>{t('errors.loadFailed')}</p>
        </Alert>
      )}
      {organisations.data && organisations.data.length === 0 && (
        <section className={cx(pageStyles.panel, pageStyles.emptyState)} aria-labelledby="dashboard-empty">
          <h2 id="dashboard-empty">{t('dashboard.emptyTitle')}</h2>
          <p>{t('dashboard.emptyText')}</p>
          <ButtonLink to="/organisaties/nieuw">{t('dashboard.addOrganisation')}</ButtonLink>
        </section>
      )}
      {organisations.data && organisations.data.length > 0 && (
        <section aria-labelledby="dashboard-organisations">
          <p className={pageStyles.lead}>{t('dashboard.intro')}</p>
          <div className={pageStyles.sectionHeader}>
            <h2 id="dashboard-organisations">{t('dashboard.organisationsTitle')}</h2>
            <ButtonLink to="/organisaties/nieuw" variant="secondary">
              {t('dashboard.addOrganisation')}
            </ButtonLink>
          </div>
          <ul className={pageStyles.cardList}>
            {organisations.data.map((org) => (
              <li key={org.id} className={pageStyles.card}>
                <h3 className={pageStyles.cardTitle}>
                  <Link to={`/organisaties/${org.id}`}>{org.name}</Link>
                </h3>
                <p className={pageStyles.cardMeta}>
                  {sectorLabel(org.sector, locale)} · {regionName(org.region)} ·{' '}
                  {t('dashboard.employeesCount', { count: org.employees })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {me.publishers.length === 0 && (
        <section aria-labelledby="dashboard-offer">
          <h2 id="dashboard-offer">{t('dashboard.offerTitle')}</h2>
          <p>
            {t('dashboard.offerText')} <Link to="/uitgever">{t('dashboard.offerLink')}</Link>
          </p>
        </section>
      )}
    </>
  );
}
