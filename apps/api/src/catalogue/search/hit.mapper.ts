import { type SearchHit } from '@groeiwijzer/contracts';
import { type NormalisedItem } from '@groeiwijzer/domain';

type Details = Pick<NormalisedItem, 'scheme' | 'training' | 'coach'>;

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
