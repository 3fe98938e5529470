import { Link } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { formatScore } from '../../../lib/format';
import { Loading } from '../../../ui';
import { aspectName } from '../../report/report-model';
import { useRecommendations } from '../hooks/use-recommendations';
import { filtersHref, NO_FILTERS } from '../recommendation-filters';
import { headlineReason, topPerWeakSpot } from '../recommendation-model';
import { KindBadge } from './kind-badge';
import styles from './report-help-section.module.css';
import { cx } from '../../../ui/cx';
import buttonStyles from '../../../ui/button.module.css';

interface ReportHelpSectionProps {
  organisationId: string;
  roundId: string;
}

/** On the owner's report: the best offer for each weak spot, with its strongest reason, and the way to the whole list. */
export function ReportHelpSection({ organisationId, roundId }: ReportHelpSectionProps) {
  const t = useT();
  const { locale } = useLocale();
  const recommendations = useRecommendations(organisationId, { roundId });
  const href = `/organisaties/${encodeURIComponent(organisationId)}/hulp${filtersHref({ ...NO_FILTERS, roundId })}`;
  const tops = recommendations.data ? topPerWeakSpot(recommendations.data.groups) : [];

  return (
    <section className={`${styles.section} no-print`} aria-labelledby="report-help-title">
      <h2 id="report-help-title">{t('matching.report.title')}</h2>
      <p>{t('matching.report.intro')}</p>
      {recommendations.isPending ? (
        <Loading />
      ) : recommendations.isError ? (
        <p>{t('matching.report.loadFailed')}</p>
      ) : tops.length === 0 ? (
        <p>{t('matching.report.none')}</p>
      ) : (
        <ul className={styles.list}>
          {tops.map(({ aspect, mean, top }) => (
            <li key={aspect ?? 'profile'} className={styles.entry}>
              <h3 className={styles.aspect}>
                {aspect && typeof mean === 'number'
                  ? t('matching.report.aspect', { aspect: aspectName(aspect, locale), mean: formatScore(mean, locale) })
                  : aspect
                    ? aspectName(aspect, locale)
                    : t('matching.group.profileTitle')}
              </h3>
              <p className={styles.offer}>
                <KindBadge kind={top.item.kind} /> <Link to={`/catalogus/${encodeURIComponent(top.item.id)}`}>{top.item.title}</Link>
                <span className={styles.provider}> · {t('matching.card.provider', { provider: top.item.provider })}</span>
              </p>
              {headlineReason(top.reasons) && <p className={styles.reason}>{headlineReason(top.reasons)?.text}</p>}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link className={cx(buttonStyles.button, buttonStyles.buttonSecondary)} to={href}>
          {t('matching.report.more')}
        </Link>
      </p>
    </section>
  );
}
