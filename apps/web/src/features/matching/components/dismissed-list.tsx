import type { RecommendationsResponse } from '@groeiwijzer/contracts';
import { useLocale, useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { Button } from '../../../ui';
import { KindBadge } from './kind-badge';
import styles from './dismissed-list.module.css';

interface DismissedListProps {
  dismissed: RecommendationsResponse['dismissed'];
  restoringItemId: string | null;
  onRestore: (entry: { itemId: string; title: string }) => void;
}

/** Offers the owner marked "niet relevant": they stay away until put back here. */
export function DismissedList({ dismissed, restoringItemId, onRestore }: DismissedListProps) {
  const t = useT();
  const { locale } = useLocale();
  if (dismissed.length === 0) return null;
  return (
    <section className={styles.dismissed} aria-labelledby="help-dismissed-title">
      <h2 id="help-dismissed-title" className={styles.title}>
        {t('matching.dismissed.title', { count: dismissed.length })}
      </h2>
      <p>{t('matching.dismissed.intro')}</p>
      <ul className={styles.list}>
        {dismissed.map((entry) => (
          <li key={entry.itemId} className={styles.entry}>
            <span className={styles.what}>
              <KindBadge kind={entry.kind} /> <span className={styles.name}>{entry.title}</span>{' '}
              <span className={styles.when}>({t('matching.dismissed.on', { date: formatDate(entry.dismissedAt, locale) })})</span>
            </span>
            <Button
              variant="secondary"
              busy={restoringItemId === entry.itemId}
              onClick={() => onRestore(entry)}
              aria-label={`${t('matching.dismissed.restore')}: ${entry.title}`}
            >
              {t('matching.dismissed.restore')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
