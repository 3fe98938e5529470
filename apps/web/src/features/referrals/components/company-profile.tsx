import type { SizeClass } from '@groeiwijzer/domain';
import { useLocale, useT } from '../../../i18n';
import { regionName, sectorLabel } from '../../../lib/reference';
import styles from './company-profile.module.css';

export interface CompanyProfileData {
  name: string;
  sector: string;
  region: string;
  sizeClass: SizeClass;
}

/** The company as a coach sees it on a request: name, sector, region and size. */
export function CompanyProfile({ organisation }: { organisation: CompanyProfileData }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <dl className={styles.profile}>
      <div>
        <dt>{t('organisations.fields.name')}</dt>
        <dd>{organisation.name}</dd>
      </div>
      <div>
        <dt>{t('organisations.fields.sector')}</dt>
        <dd>{sectorLabel(organisation.sector, locale)}</dd>
      </div>
      <div>
        <dt>{t('organisations.fields.region')}</dt>
        <dd>{regionName(organisation.region)}</dd>
      </div>
      <div>
        <dt>{t('organisations.profile.sizeClass')}</dt>
        <dd>{t(`sizeClass.${organisation.sizeClass}`)}</dd>
      </div>
    </dl>
  );
}
