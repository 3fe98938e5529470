import type { AspectKey, GapBand } from '@groeiwijzer/domain';

/** The regional demand signal (publishers' editors and admins): see docs/insights.md. */

export type HiddenReason = 'too_few' | 'protects_another' | 'no_data';

export interface DemandCellDto {
  region: string | null;
  sector: string | null;
  sizeClass: string | null;
  organisations: number;
  aspects: Partial<Record<AspectKey, number>>;
  weakest: AspectKey[];
  /** Set when the figures are an earlier quarter's: fewer than 5 organisations changed since. */
  figuresOf?: string;
}

export interface SuppressedDto { region: string | null; sector: string | null; sizeClass: string | null; reason: HiddenReason }

export interface GapDto {
  region: string;
  sector: string | null;
  sizeClass: string | null;
  aspect: AspectKey;
  organisationsWeak: number;
  publishedOffers: number;
  offersByKind: { scheme: number; training: number; coach: number };
  gapIndex: number | null;
  band: GapBand | null;
  /** Organisations whose recommendations found no eligible item for the aspect, rounded down to a
   * multiple of 5 (null below 5). */
  recordedGaps: number | null;
}

export interface PoolingDto { region: string; aspect: AspectKey; organisations: number; sectors: string[]; sizeClasses: string[] }

export interface UnmetSearchDto { q: string; count: number; region: string | null; weeks: { week: string; count: number }[]; aspects: string[]; /** The kinds of offer the words ask for (scheme, training, coach). */ kinds: string[] }

export type TrendDto = { period: string; region: string | null; sector: string | null; sizeClass: string | null } & (
  | { organisations: number; aspects: Partial<Record<AspectKey, number>>; weakest: AspectKey[]; figuresOf?: string }
  | { reason: HiddenReason }
);

export interface DemandResponse {
  period: string | null;
  periods: string[];
  asOf: string | null;
  threshold: number;
  cells: DemandCellDto[];
  suppressed: SuppressedDto[];
  gaps: GapDto[];
  pooling: PoolingDto[];
  unmetSearches: UnmetSearchDto[];
  trend: TrendDto[];
}

export interface FunnelMonth { month: string; views: number; contactClicks: number; websiteClicks: number; planAdds: number; referrals: number; feedback: number }
export interface FunnelResponse { from: string; to: string; items: { id: string; title: string; kind: string; status: string; months: FunnelMonth[]; totals: Omit<FunnelMonth, 'month'> }[] }
