import { type CoachType, type ItemFormat, type RecommendedItem } from '@groeiwijzer/contracts';
import { type AspectKey, type MatchItem, MIN_OUTCOMES, schemeWindowState, type SizeClass } from '@groeiwijzer/domain';
import { type CandidateRow } from './candidates.repository';

/** A catalogue row as the domain's matching reads it, carrying the row for the response. */
export type RowItem = MatchItem & { row: CandidateRow };

export function toMatchItem(row: CandidateRow): RowItem {
  const coach = row.details.coach;
  return {
    row,
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
          coachType: coach.coachType,
          entrepreneurExperience: coach.entrepreneurExperience,
          capacity: coach.capacity,
          openReferrals: row.open_referrals,
          medianResponseHours: row.median_hours,
          languages: coach.languages ?? [],
        }
      : null,
    outcomes: row.ratings >= MIN_OUTCOMES && row.mean_rating !== null ? { count: row.ratings, meanRating: row.mean_rating } : null,
  };
}

/** What a recommendation shows of the item (the whole item is at GET /api/items/:id). */
export function toRecommendedItem(row: CandidateRow, today: string): RecommendedItem {
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
