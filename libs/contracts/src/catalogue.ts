import type { AspectKey, SizeClass } from '@groeiwijzer/domain';

export type ItemKind = 'scheme' | 'training' | 'coach';
export type ItemStatus = 'draft' | 'published' | 'archived';
export type ItemFormat = 'online' | 'klassikaal' | 'blended' | 'op-locatie';
export type CoachType = 'consularis' | 'arbeidsmarktcoach' | 'leerambassadeur' | 'hr-adviseur';

export interface SchemeWindow {
  /** YYYY-MM-DD */
  opens: string;
  /** YYYY-MM-DD */
  closes: string;
}

export interface SchemeDetails {
  /** Share of the costs the scheme pays, 0–1. */
  fundingShare?: number | null;
  maxAmountEur?: number | null;
  windows: SchemeWindow[];
  /** Who may apply, in plain words. */
  eligibility?: string | null;
  /** Last day the funded activity may start / must be completed (YYYY-MM-DD). */
  startBy?: string | null;
  completeBy?: string | null;
}

export interface TrainingDetails {
  durationHours?: number | null;
  startDates?: string[];
}

export interface CoachDetails {
  coachType: CoachType;
  /** Has run a business themselves. */
  entrepreneurExperience: boolean;
  /** Most open referrals at once. */
  capacity: number;
  languages?: string[];
}

/** An item as sent (POST) — API.md "Catalogue". */
export interface ItemInput {
  kind: ItemKind;
  title: string;
  summary: string;
  /** Markdown; rendered safely (no raw HTML, no script links). */
  description: string;
  aspects: AspectKey[];
  /** Region keys or `landelijk`. */
  regions: string[];
  /** SBI section letters; [] = all sectors. */
  sectors: string[];
  /** [] = all sizes. */
  sizeClasses: SizeClass[];
  provider: string;
  url?: string | null;
  contactEmail?: string | null;
  costEur?: number | null;
  format?: ItemFormat | null;
  language?: 'nl' | 'en' | null;
  validFrom?: string | null;
  validUntil?: string | null;
  externalId?: string | null;
  scheme?: SchemeDetails | null;
  training?: TrainingDetails | null;
  coach?: CoachDetails | null;
}

/** PATCH: any subset of the input fields (kind cannot change). */
export type ItemPatch = Partial<Omit<ItemInput, 'kind'>>;

export interface Item extends ItemInput {
  id: string;
  status: ItemStatus;
  publisherId: string;
  publisherName: string;
  /** YYYY-MM-DD: the last day the publisher confirmed the item is still right. */
  verifiedOn: string;
  /** Not verified for 12 months: the publisher should check it. */
  needsVerification: boolean;
  /** Coach items: approved by an admin (published coach items always are). */
  approved: boolean;
  /** The description as safe HTML. */
  descriptionHtml: string;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ImportError {
  /** CSV: the row as a spreadsheet shows it (the header is row 1, the first item row 2); JSON: the position in the list (1 = first). */
  row: number;
  field: string;
  message: string;
}

export interface ImportResult {
  /** Every row the file holds (blank lines aside): created + updated + rows with problems. */
  rows: number;
  rowsWithProblems: number;
  created: number;
  updated: number;
  errors: ImportError[];
  /** True when nothing was written (dry run, or any error). */
  dryRun: boolean;
}

export interface SearchQuery {
  q?: string;
  kind?: ItemKind;
  region?: string;
  sector?: string;
  aspect?: AspectKey;
  sizeClass?: SizeClass;
  page?: number;
  perPage?: number;
}

export interface SearchHit {
  id: string;
  kind: ItemKind;
  title: string;
  summary: string;
  provider: string;
  regions: string[];
  aspects: AspectKey[];
  sectors: string[];
  sizeClasses: SizeClass[];
  costEur: number | null;
  format: ItemFormat | null;
  validUntil: string | null;
  /** Scheme: the next application deadline (YYYY-MM-DD), if any is still ahead. */
  nextDeadline: string | null;
  /** Scheme: share of the costs paid (0–1) and the most it pays. */
  fundingShare: number | null;
  maxAmountEur: number | null;
  /** Training: duration in hours. */
  durationHours: number | null;
  /** Coach: type and whether they ran a business themselves. */
  coachType: CoachType | null;
  entrepreneurExperience: boolean | null;
  /** HTML-escaped text where only `<mark>` … `</mark>` are tags: the matched words. */
  highlight: { title: string; summary: string };
}

export type FacetCounts = Record<string, number>;

export interface SearchResponse {
  hits: SearchHit[];
  total: number;
  page: number;
  perPage: number;
  /** Per facet value, how many results choosing it would give (items open to all count under
   * every value). Disjunctive: a facet with a filter set is counted with every filter but its
   * own, so the other values of a chosen facet keep their counts; values finding none are left out. */
  facets: { kind: FacetCounts; region: FacetCounts; aspect: FacetCounts; sector: FacetCounts; sizeClass: FacetCounts };
  tookMs: number;
  engine: 'postgres' | 'meilisearch';
}

export interface PublisherSummary {
  id: string;
  name: string;
  regions: string[];
  website: string | null;
  status: 'pending' | 'approved';
}
