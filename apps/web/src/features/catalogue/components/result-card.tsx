import type { SearchHit } from '@groeiwijzer/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { plural, useLocale, useT } from '../../../i18n';
import { formatDate, formatShare } from '../../../lib/format';
import { formatEuro } from '../catalogue-format';
import { renderHighlight } from '../highlight';
import { useLabels } from './use-labels';
import catalogueResultsStyles from '../catalogue-results.module.css';
import { cx, variant } from '../../../ui/cx';
import styles from './result-card.module.css';

/** Funding of a scheme, in case the search answer carries it (SearchHit does not yet). */
type HitWithFunding = SearchHit & { fundingShare?: number | null; maxAmountEur?: number | null };

const MAX_REGIONS = 3;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface ResultCardProps {
  hit: HitWithFunding;
  /** The search to return to from the detail page ("?q=…"). */
  search: string;
}

/** One search result; what it shows below the summary depends on the kind of offer. */
export function ResultCard({ hit, search }: ResultCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const labels = useLabels();
  const price = labels.price(hit.costEur);

  const regions = labels.regions(hit.regions);
  const regionText =
    regions.length > MAX_REGIONS
      ? t('catalogue.card.moreRegions', { list: regions.slice(0, MAX_REGIONS).join(', '), count: regions.length - MAX_REGIONS })
      : regions.join(', ');

  const share = typeof hit.fundingShare === 'number' ? formatShare(hit.fundingShare, locale) : null;
  const max = typeof hit.maxAmountEur === 'number' ? formatEuro(hit.maxAmountEur, locale) : null;
  const funding =
    share && max
      ? t('catalogue.card.fundingShareMax', { share, amount: max })
      : share
        ? t('catalogue.card.fundingShare', { share })
        : max
          ? t('catalogue.card.fundingMax', { amount: max })
          : null;

  return (
    <article className={cx(styles.catalogueCard, variant(styles, 'catalogueCard', hit.kind))}>
      <h3 className={styles.catalogueCardTitle}>
        <Link to={`/catalogus/${encodeURIComponent(hit.id)}`} state={{ search }}>
          {hit.highlight?.title ? renderHighlight(hit.highlight.title) : hit.title}
        </Link>
      </h3>
      <p className={styles.catalogueCardMeta}>
        <span className={cx(catalogueResultsStyles.kindBadge, variant(catalogueResultsStyles, 'kindBadge', hit.kind))}>{labels.kind(hit.kind)}</span>{' '}
        <span>{t('catalogue.card.provider', { provider: hit.provider })}</span>
      </p>
      <p className={styles.catalogueCardSummary}>{hit.highlight?.summary ? renderHighlight(hit.highlight.summary) : hit.summary}</p>
      <dl className={styles.catalogueFacts}>
        {hit.kind === 'scheme' && (
          <>
            <Fact label={t('catalogue.card.deadline')}>
              {hit.nextDeadline ? formatDate(hit.nextDeadline, locale) : t('catalogue.card.noDeadline')}
            </Fact>
            {funding && <Fact label={t('catalogue.card.funding')}>{funding}</Fact>}
          </>
        )}
        {hit.kind === 'training' && (
          <>
            <Fact label={t('catalogue.card.price')}>{price ?? t('catalogue.card.priceUnknown')}</Fact>
            {hit.format && <Fact label={t('catalogue.card.format')}>{labels.format(hit.format)}</Fact>}
            {typeof hit.durationHours === 'number' && (
              <Fact label={t('catalogue.card.duration')}>{plural(t, 'catalogue.card.hours', hit.durationHours)}</Fact>
            )}
          </>
        )}
        {hit.kind === 'coach' && (
          <>
            {hit.coachType && <Fact label={t('catalogue.card.coachType')}>{labels.coachType(hit.coachType)}</Fact>}
            {typeof hit.entrepreneurExperience === 'boolean' && (
              <Fact label={t('catalogue.card.experience')}>
                {hit.entrepreneurExperience ? t('catalogue.card.experienceYes') : t('catalogue.card.experienceNo')}
              </Fact>
            )}
            {price && <Fact label={t('catalogue.card.price')}>{price}</Fact>}
          </>
        )}
        {regionText && <Fact label={t('catalogue.card.regions')}>{regionText}</Fact>}
      </dl>
    </article>
  );
}
