import type { Recommendation } from '@groeiwijzer/contracts';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { plural, useLocale, useT } from '../../../i18n';
import { formatDate, formatShare } from '../../../lib/format';
import { Button } from '../../../ui';
import { formatEuro } from '../../catalogue/catalogue-format';
import { useLabels } from '../../catalogue/components/use-labels';
import { windowState } from '../recommendation-model';
import { EligibilityList } from './eligibility-list';
import { KindBadge } from './kind-badge';
import styles from './recommendation-card.module.css';
import { WhyDetails } from './why-details';

interface RecommendationCardProps {
  rec: Recommendation;
  /** YYYY-MM-DD in the Netherlands, to word a scheme's window. */
  today: string;
  planHref: string;
  adding: boolean;
  /** Put focus on "In je plan" once it shows (after "Zet in plan" replaced the button). */
  focusInPlan: boolean;
  onAdd: () => void;
  onDismiss: () => void;
  /** Coaches only: opens the "Vraag hulp" dialog. */
  onAsk?: () => void;
}

function Fact({ children }: { children: ReactNode }) {
  return <li>{children}</li>;
}

/** One recommended offer: what it is, why it is here, that it fits, and what to do with it. */
export function RecommendationCard({ rec, today, planHref, adding, focusInPlan, onAdd, onDismiss, onAsk }: RecommendationCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const labels = useLabels();
  const { item } = rec;
  const titleId = `rec-${item.id}-title`;
  const fitsId = `rec-${item.id}-fits`;
  const inPlanRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (focusInPlan && rec.inPlan) inPlanRef.current?.focus();
  }, [focusInPlan, rec.inPlan]);

  const share = typeof item.fundingShare === 'number' ? formatShare(item.fundingShare, locale) : null;
  const max = typeof item.maxAmountEur === 'number' ? formatEuro(item.maxAmountEur, locale) : null;
  const funding = share && max
    ? t('catalogue.card.fundingShareMax', { share, amount: max })
    : share
      ? t('catalogue.card.fundingShare', { share })
      : max
        ? t('catalogue.card.fundingMax', { amount: max })
        : null;
  const price = labels.price(item.costEur);
  // The item in each button's name: a screen reader's list of buttons tells the cards apart.
  const named = (label: string) => `${label}: ${item.title}`;

  return (
    <article className={`${styles.card} ${styles[item.kind]}`} aria-labelledby={titleId}>
      <p className={styles.meta}>
        <KindBadge kind={item.kind} /> <span>{t('matching.card.provider', { provider: item.provider })}</span>
      </p>
      <h3 id={titleId} className={styles.title}>
        <Link to={`/catalogus/${encodeURIComponent(item.id)}`}>{item.title}</Link>
      </h3>
      {item.summary && <p className={styles.summary}>{item.summary}</p>}
      <ul className={styles.facts}>
        {item.kind === 'scheme' && item.window && (
          <Fact>
            {windowState(item.window, today) === 'open'
              ? t('matching.card.windowOpen', { date: formatDate(item.window.closes, locale) })
              : t('matching.card.windowOpening', { opens: formatDate(item.window.opens, locale), closes: formatDate(item.window.closes, locale) })}
          </Fact>
        )}
        {item.kind === 'scheme' && funding && <Fact>{t('catalogue.card.funding')}: {funding}</Fact>}
        {item.kind !== 'scheme' && price && <Fact>{t('catalogue.card.price')}: {price}</Fact>}
        {item.format && <Fact>{labels.format(item.format)}</Fact>}
        {typeof item.durationHours === 'number' && <Fact>{plural(t, 'catalogue.card.hours', item.durationHours)}</Fact>}
        {item.coachType && <Fact>{labels.coachType(item.coachType)}</Fact>}
        {item.entrepreneurExperience && <Fact>{t('matching.card.experience')}</Fact>}
        {typeof item.freePlaces === 'number' && <Fact>{plural(t, 'matching.card.freePlaces', item.freePlaces)}</Fact>}
      </ul>
      {rec.eligibility.length > 0 && (
        <div className={styles.fits}>
          <p id={fitsId} className={styles.fitsLabel}>
            {t('matching.card.fits')}
          </p>
          <EligibilityList checks={rec.eligibility} labelledBy={fitsId} />
        </div>
      )}
      <WhyDetails reasons={rec.reasons} score={rec.score} />
      <div className={styles.actions}>
        {rec.inPlan ? (
          <p ref={inPlanRef} className={styles.inPlan} tabIndex={-1}>
            <span aria-hidden="true">✓ </span>
            <Link to={planHref}>{t('matching.card.inPlan')}</Link>
          </p>
        ) : (
          <Button onClick={onAdd} busy={adding} busyLabel={t('common.saving')} aria-label={named(t('matching.card.addToPlan'))}>
            {t('matching.card.addToPlan')}
          </Button>
        )}
        {onAsk && (
          <Button variant="secondary" onClick={onAsk} aria-label={named(t('matching.card.askHelp'))}>
            {t('matching.card.askHelp')}
          </Button>
        )}
        <Button variant="quiet" onClick={onDismiss} aria-label={named(t('matching.card.dismiss'))}>
          {t('matching.card.dismiss')}
        </Button>
      </div>
    </article>
  );
}
