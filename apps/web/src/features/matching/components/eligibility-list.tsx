import type { EligibilityCheck } from '@groeiwijzer/domain';
import { useT } from '../../../i18n';
import styles from './eligibility-list.module.css';

const SYMBOL: Record<EligibilityCheck['result'], string> = { pass: '✓', fail: '✗', unknown: '?' };

interface EligibilityListProps {
  checks: readonly EligibilityCheck[];
  /** Compact: one line of chips on a card. Full: a labelled row per rule, with what would help. */
  variant?: 'compact' | 'full';
  labelledBy?: string;
}

/** "Past bij jullie: ✓ In jullie regio (Twente) · ✓ Voor alle sectoren …": each rule in the API's
 * words, its result as a symbol and (for screen readers) a word. */
export function EligibilityList({ checks, variant = 'compact', labelledBy }: EligibilityListProps) {
  const t = useT();
  if (checks.length === 0) return null;
  return (
    <ul className={variant === 'compact' ? styles.compact : styles.full} aria-labelledby={labelledBy}>
      {checks.map((check) => (
        <li key={check.criterion} className={styles[check.result]}>
          <span className={styles.symbol} aria-hidden="true">
            {SYMBOL[check.result]}
          </span>
          <span>
            <span className="visually-hidden">{t(`matching.card.result.${check.result}`)}: </span>
            {variant === 'full' && <strong className={styles.criterion}>{t(`matching.eligibility.criteria.${check.criterion}`)}: </strong>}
            {check.text}
            {variant === 'full' && check.result === 'fail' && check.fix && (
              <span className={styles.fix}>{t('matching.eligibility.fix', { fix: check.fix })}</span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
