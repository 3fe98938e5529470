import { Link, useLocation, useParams } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { regionName, sectorLabel } from '../../../lib/reference';
import { Alert, ButtonLink, Loading, PageTitle } from '../../../ui';
import { useOrganisation } from '../hooks/use-organisation';
import { RoundsSection } from '../../scans/components/rounds-section';
import { OrganisationLoadError } from './organisation-status';
import { OrganisationPrivacySection } from '../../privacy/components/organisation-privacy-section';
import pageStyles from '../../../ui/page.module.css';

type Notice = 'created' | 'saved';

function noticeFrom(state: unknown): Notice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === 'created' || notice === 'saved' ? notice : null;
}

export function OrganisationPage() {
  const t = useT();
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const location = useLocation();
  const organisation = useOrganisation(id);
  const notice = noticeFrom(location.state);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <OrganisationLoadError error={organisation.error} />;
  const org = organisation.data;

  return (
    <div className={pageStyles.narrow}>
      <PageTitle>{org.name}</PageTitle>
      {notice && (
        <Alert tone="success">
          <p>{notice === 'created' ? t('organisations.create.created') : t('organisations.edit.saved')}</p>
        </Alert>
      )}
      <section aria-labelledby="organisation-details">
        <h2 id="organisation-details">{t('organisations.profile.detailsTitle')}</h2>
        <dl className={pageStyles.details}>
          <div>
            <dt>{t('organisations.fields.sector')}</dt>
            <dd>{sectorLabel(org.sector, locale)}</dd>
          </div>
          <div>
            <dt>{t('organisations.fields.region')}</dt>
            <dd>{regionName(org.region)}</dd>
          </div>
          <div>
            <dt>{t('organisations.fields.employees')}</dt>
            <dd>{org.employees}</dd>
          </div>
          <div>
            <dt>{t('organisations.profile.sizeClass')}</dt>
            <dd>{t(`sizeClass.${org.sizeClass}`)}</dd>
          </div>
          <div>
            <dt>{t('organisations.fields.kvkNumber')}</dt>
            <dd>{org.kvkNumber ?? t('common.notFilledIn')}</dd>
          </div>
        </dl>
        <ButtonLink to={`/organisaties/${org.id}/bewerken`} variant="secondary">
          {t('organisations.profile.edit')}
        </ButtonLink>
      </section>
      <RoundsSection organisationId={org.id} />
      <section aria-labelledby="organisation-next">
        <h2 id="organisation-next">{t('matching.links.title')}</h2>
        <p>{t('matching.links.intro')}</p>
        <ul className={pageStyles.linkList}>
          <li>
            <Link to={`/organisaties/${org.id}/hulp`}>{t('matching.links.help')}</Link>
          </li>
          <li>
            <Link to={`/organisaties/${org.id}/plan`}>{t('matching.links.plan')}</Link>
          </li>
          <li>
            <Link to={`/organisaties/${org.id}/aanvragen`}>{t('matching.links.referrals')}</Link>
          </li>
        </ul>
      </section>
      <OrganisationPrivacySection organisation={org} />
      <p>
        <Link to="/dashboard">{t('organisations.profile.backToDashboard')}</Link>
      </p>
    </div>
  );
}
