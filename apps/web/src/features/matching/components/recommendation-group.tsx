import type { Recommendation, RecommendationGap, RecommendationGroup as Group } from '@groeiwijzer/contracts';
import { useLocale, useT } from '../../../i18n';
import { formatScore } from '../../../lib/format';
import { aspectName } from '../../report/report-model';
import { RecommendationCard } from './recommendation-card';
import styles from './recommendation-group.module.css';

interface RecommendationGroupProps {
  group: Group;
  gaps: RecommendationGap[];
  today: string;
  planHref: string;
  addingItemId: string | null;
  focusInPlanItemId: string | null;
  onAdd: (rec: Recommendation) => void;
  onDismiss: (rec: Recommendation) => void;
  onAsk: (rec: Recommendation) => void;
}

/** One weak spot: its score, the API's plain intro, the fitting offers, and what is missing. */
export function RecommendationGroup({ group, gaps, today, planHref, addingItemId, focusInPlanItemId, onAdd, onDismiss, onAsk }: RecommendationGroupProps) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = `help-group-${group.aspect ?? 'profile'}`;
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <div className={styles.header}>
        <h2 id={headingId} className={styles.title}>
          {group.aspect ? aspectName(group.aspect, locale) : t('matching.group.profileTitle')}
        </h2>
        {typeof group.mean === 'number' && <p className={styles.score}>{t('matching.group.score', { mean: formatScore(group.mean, locale) })}</p>}
      </div>
      {group.intro && <p className={styles.intro}>{group.intro}</p>}
      {group.items.length === 0 ? (
        <p>{t('matching.group.none')}</p>
      ) : (
        <ul className={styles.cards}>
          {group.items.map((rec) => (
            <li key={rec.item.id}>
              <RecommendationCard
                rec={rec}
                today={today}
                planHref={planHref}
                adding={addingItemId === rec.item.id}
                focusInPlan={focusInPlanItemId === rec.item.id}
                onAdd={() => onAdd(rec)}
                onDismiss={() => onDismiss(rec)}
                onAsk={rec.item.kind === 'coach' ? () => onAsk(rec) : undefined}
              />
            </li>
          ))}
        </ul>
      )}
      {gaps.length > 0 && <GapList gaps={gaps} headingId={`${headingId}-gaps`} />}
    </section>
  );
}

/** "Voor … is nog geen coach in jullie regio": said plainly, in the API's words. */
export function GapList({ gaps, headingId }: { gaps: RecommendationGap[]; headingId: string }) {
  const t = useT();
  return (
    <div className={styles.gaps} role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.gapsTitle}>
        {t('matching.gaps.title')}
      </h3>
      <ul>
        {gaps.map((gap) => (
          <li key={`${gap.aspect}-${gap.kind}`}>{gap.text}</li>
        ))}
      </ul>
      <p className={styles.gapsNote}>{t('matching.gaps.intro')}</p>
    </div>
  );
}
