import { type AspectKey } from '../aspects';
import { type ItemKindKey } from '../catalogue/item-rules';
import { type Locale } from '../locale';
import { type SizeClass } from '../size-class';

/** The organisation as matching needs it. */
export interface MatchOrganisation {
  id: string;
  /** Labour-market region key. */
  region: string;
  /** SBI section letter. */
  sector: string;
  sizeClass: SizeClass;
  employees: number;
}

export interface MatchWindow {
  /** YYYY-MM-DD, first day applications are accepted. */
  opens: string;
  /** YYYY-MM-DD, last day applications are accepted. */
  closes: string;
}

/**
 * A published catalogue item as matching needs it: a structural subset of the catalogue item
 * (libs/contracts), so the API can pass its own objects and get them back typed.
 */
export interface MatchItem {
  id: string;
  kind: ItemKindKey;
  title: string;
  /** Primary aspect first. */
  aspects: readonly AspectKey[];
  /** Region keys or `landelijk`. */
  regions: readonly string[];
  /** SBI letters; [] = all sectors. */
  sectors: readonly string[];
  /** [] = all sizes. */
  sizeClasses: readonly SizeClass[];
  /** null or absent: no cost given (counts as free for `freeOnly`). */
  costEur?: number | null;
  language?: 'nl' | 'en' | null;
  /** YYYY-MM-DD, inclusive. */
  validFrom?: string | null;
  /** YYYY-MM-DD, inclusive. */
  validUntil?: string | null;
  /** YYYY-MM-DD: last day the publisher confirmed the item. */
  verifiedOn: string;
  scheme?: { windows: readonly MatchWindow[]; fundingShare?: number | null; maxAmountEur?: number | null } | null;
  /** The catalogue's coach details plus `openReferrals`, which the API counts. */
  coach?: {
    coachType: string;
    entrepreneurExperience: boolean;
    /** Most open referrals at once. */
    capacity: number;
    openReferrals: number;
    /** Median hours to answer a referral, when known. */
    medianResponseHours?: number | null;
    /** Languages the coach works in ('nl', 'en'). */
    languages?: readonly string[];
  } | null;
  /** Feedback on earlier referrals / plan adds: counted only from 5 ratings on. */
  outcomes?: { count: number; meanRating: number } | null;
}

export type EligibilityCriterion = 'region' | 'sector' | 'size' | 'validity' | 'window' | 'capacity';
export type EligibilityResult = 'pass' | 'fail' | 'unknown';

export interface EligibilityCheck {
  criterion: EligibilityCriterion;
  result: EligibilityResult;
  /** The rule in words, for "past bij jullie: regio ✓, …". */
  text: string;
  /** For a fail: what would make the company eligible, where anything would. */
  fix?: string;
}

export interface Eligibility {
  /** No check failed ('unknown' does not exclude). */
  eligible: boolean;
  checks: EligibilityCheck[];
}

export interface MatchPreferences {
  /** Only items that list the organisation's own region (no nationwide ones). */
  regionalOnly?: boolean;
  /** Only items with costEur null or 0. */
  freeOnly?: boolean;
  /** Only these kinds. */
  kinds?: readonly ItemKindKey[];
  /** Only items in this language (items without a language stay). */
  language?: 'nl' | 'en';
}

export type ReasonCode =
  | 'need' | 'fit_primary' | 'fit_secondary' | 'fit_other_weak_spot' | 'regional' | 'nationwide'
  | 'sector_specific' | 'window' | 'fresh' | 'stale' | 'entrepreneur' | 'outcomes' | 'response'
  | 'share' | 'profile_fit';

export interface MatchReason {
  code: ReasonCode;
  text: string;
  /** Points this factor added to (or took from) the score; absent for plain information. */
  weight?: number;
}

export interface Recommendation<T extends MatchItem = MatchItem> {
  item: T;
  /** The weak spot it is recommended for; null in profile mode. */
  aspect: AspectKey | null;
  score: number;
  /** Strongest factor first. */
  reasons: MatchReason[];
  eligibility: EligibilityCheck[];
}

export type MatchMode = 'weak_spots' | 'all_high' | 'profile';

export interface RecommendationGroup<T extends MatchItem = MatchItem> {
  aspect: AspectKey | null;
  mean: number | null;
  intro: string;
  items: Recommendation<T>[];
}

export interface MatchGap {
  aspect: AspectKey | null;
  kind: ItemKindKey;
  /** 'preferences': eligible items exist, but the owner's choices leave them out. */
  reason: 'none_eligible' | 'preferences';
  text: string;
}

export interface RecommendInput<T extends MatchItem = MatchItem> {
  org: MatchOrganisation;
  /** Aspect means 1–5 of the latest closed round; null when there is none (profile mode). */
  aspectMeans: Partial<Record<AspectKey, number>> | null;
  /** From the report, weakest first. */
  weakSpots: readonly AspectKey[];
  /** Published items (coaches approved). */
  items: readonly T[];
  /** Ids the owner marked "niet relevant". */
  dismissed?: ReadonlySet<string>;
  /** YYYY-MM-DD in Europe/Amsterdam. */
  today: string;
  locale: Locale;
  preferences?: MatchPreferences;
  /** Items per weak spot (default 6). */
  perAspect?: number;
  /** Spreads equally fitting coaches over organisations (default: the organisation id). */
  rotationKey?: string;
}

export interface RecommendResult<T extends MatchItem = MatchItem> {
  mode: MatchMode;
  /** One group per weak spot (one group with aspect null in profile mode). */
  groups: RecommendationGroup<T>[];
  /** Every recommended item once, highest score first (the API's flat list). */
  items: Recommendation<T>[];
  gaps: MatchGap[];
  /** What the list is based on, and every active preference, in words. */
  explanation: { code: string; text: string }[];
}
