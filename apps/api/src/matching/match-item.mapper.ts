import { type CoachType, type ItemFormat, type RecommendedItem } from '@groeiwijzer/contracts';
import { type AspectKey, type MatchItem, MIN_OUTCOMES, schemeWindowState, type SizeClass } from '@groeiwijzer/domain';
import { type CandidateRow, type ItemViewRow } from './candidates.repository';

/** A candidate as the domain's matching reads it, carrying its row. */
export type RowItem = MatchItem & { row: CandidateRow };

const outcomes = (r: { ratings: number; mean_rating: number | null }) =>
  r.ratings >= MIN_OUTCOMES && r.mean_rating !== null ? { count: r.ratings, meanRating: r.mean_rating } : null;

/** A candidate row (match_entries) as the domain reads it. */
export function toMatchItem(row: CandidateRow): RowItem {
  const isCoach = row.kind === 'coach';
  return {
    row,
    id: row.id,
    kind: row.kind,
    title: '',
    aspects: row.aspects as AspectKey[],
    regions: row.regions,
    sectors: row.sectors,
    sizeClasses: row.size_classes as SizeClass[],
    costEur: row.cost_eur,
    // A coach's languages are its own; another item's the one it names.
    language: isCoach ? null : ((row.languages[0] as 'nl' | 'en' | undefined) ?? null),
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    verifiedOn: row.verified_on,
    scheme: row.kind === 'scheme' ? { windows: row.window_opens.map((opens, i) => ({ opens, closes: row.window_closes[i] })) } : null,
    coach: isCoach && row.capacity !== null
      ? {
          coachType: row.coach_type ?? '', entrepreneurExperience: row.entrepreneur, capacity: row.capacity,
          openReferrals: row.open_referrals, medianResponseHours: row.median_hours, languages: row.languages,
        }
      : null,
    outcomes: outcomes(row),
  };
}

/** A whole catalogue item (any status) as the domain reads it: its page's eligibility, a referral's checks. */
export function itemToMatchItem(row: ItemViewRow): MatchItem {
  const coach = row.details.coach;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    aspects: row.aspects as AspectKey[],
    regions: row.regions,
    sectors: row.sectors,
    sizeClasses: row.size_classes as SizeClass[],
    costEur: row.cost_eur,
    language: (row.language as 'nl' | 'en' | null) ?? null,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    verifiedOn: row.verified_on,
    scheme: row.details.scheme ? { windows: row.details.scheme.windows ?? [], fundingShare: row.details.scheme.fundingShare, maxAmountEur: row.details.scheme.maxAmountEur } : null,
    coach: coach
      ? {
          coachType: coach.coachType, entrepreneurExperience: coach.entrepreneurExperience, capacity: coach.capacity,
          openReferrals: row.open_referrals, medianResponseHours: row.median_hours, languages: coach.languages ?? [],
        }
      : null,
    outcomes: outcomes(row),
  };
}

/** What a recommendation shows of the item (the whole item is at GET /api/items/:id). */
export function toRecommendedItem(row: ItemViewRow, today: string): RecommendedItem {
  const { scheme, training, coach } = row.details;
  const window = row.kind === 'scheme' ? schemeWindowState(scheme?.windows, today) : { state: 'unknown' as const };
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    provider: row.provider,
    publisherName: row.publisher_name,
    aspects: row.aspects as AspectKey[],
    regions: row.regions,
    url: row.url,
    contactEmail: row.contact_email,
    costEur: row.cost_eur,
    format: row.format as ItemFormat | null,
    language: row.language as 'nl' | 'en' | null,
    validUntil: row.valid_until,
    verifiedOn: row.verified_on,
    window: window.state === 'unknown' ? null : { opens: window.window.opens, closes: window.window.closes },
    fundingShare: scheme?.fundingShare ?? null,
    maxAmountEur: scheme?.maxAmountEur ?? null,
    durationHours: training?.durationHours ?? null,
    coachType: (coach?.coachType as CoachType | undefined) ?? null,
    entrepreneurExperience: coach ? coach.entrepreneurExperience : null,
    freePlaces: coach ? Math.max(0, coach.capacity - row.open_referrals) : null,
  };
}
