import { type SearchHit } from '@groeiwijzer/contracts';
import { type NormalisedItem } from '@groeiwijzer/domain';

type Full = Pick<NormalisedItem, 'scheme' | 'training' | 'coach'>;
/** What a hit shows of the kind's details (an index keeps only this of each item). */
type Details = {
  scheme: Pick<NonNullable<Full['scheme']>, 'fundingShare' | 'maxAmountEur' | 'windows'> | null;
  training: Pick<NonNullable<Full['training']>, 'durationHours'> | null;
  coach: Pick<NonNullable<Full['coach']>, 'coachType' | 'entrepreneurExperience'> | null;
};

/** The item's details as a hit needs them, nothing more. */
export function hitDetails(d: Details): Details {
  return {
    scheme: d.scheme ? { fundingShare: d.scheme.fundingShare, maxAmountEur: d.scheme.maxAmountEur, windows: d.scheme.windows } : null,
    training: d.training ? { durationHours: d.training.durationHours } : null,
    coach: d.coach ? { coachType: d.coach.coachType, entrepreneurExperience: d.coach.entrepreneurExperience } : null,
  };
}

/** The next application deadline still ahead (or running) on `today`. */
export function nextDeadline(details: Details, today: string): string | null {
  const ahead = (details.scheme?.windows ?? []).map((w) => w.closes).filter((d) => d >= today).sort();
  return ahead[0] ?? null;
}

export interface HitSource {
  id: string;
  kind: SearchHit['kind'];
  title: string;
  summary: string;
  provider: string;
  regions: string[];
  aspects: string[];
  sectors: string[];
  sizeClasses: string[];
  costEur: number | null;
  format: string | null;
  validUntil: string | null;
  details: Details;
}

export function toHit(source: HitSource, today: string, highlight: SearchHit['highlight']): SearchHit {
  return {
    id: source.id,
    kind: source.kind,
    title: source.title,
    summary: source.summary,
    provider: source.provider,
    regions: source.regions,
    aspects: source.aspects as SearchHit['aspects'],
    sectors: source.sectors,
    sizeClasses: source.sizeClasses as SearchHit['sizeClasses'],
    costEur: source.costEur,
    format: source.format as SearchHit['format'],
    validUntil: source.validUntil,
    nextDeadline: nextDeadline(source.details, today),
    fundingShare: source.details.scheme?.fundingShare ?? null,
    maxAmountEur: source.details.scheme?.maxAmountEur ?? null,
    durationHours: source.details.training?.durationHours ?? null,
    coachType: (source.details.coach?.coachType as SearchHit['coachType']) ?? null,
    entrepreneurExperience: source.details.coach?.entrepreneurExperience ?? null,
    highlight,
  };
}
