import type { Locale } from '@groeiwijzer/domain';

/** The admin's platform overview as the API sends it (GET /api/admin/overview). Regional
 * figures come only from the protected grid: a hidden region has a reason, never a number. */
export interface PlatformOverview {
  organisations: { total: number; withReadyRound: number };
  rounds: { open: number; ready: number; withheld: number };
  invitations: { sent: number; responded: number; responseRate: number | null };
  referrals: Record<string, number>;
  mail: Record<string, number>;
  searchesPerDay: { day: string; searches: number; unmet: number }[];
  regions: RegionFigure[];
  threshold: number;
}

export type RegionFigure = { region: string; organisations: number } | { region: string; reason: string };

export const REFERRAL_STATUSES = ['requested', 'accepted', 'declined', 'completed', 'lapsed', 'cancelled'] as const;
export type KnownReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const HIDDEN_REASONS = ['too_few', 'protects_another', 'no_data'] as const;
export type KnownHiddenReason = (typeof HIDDEN_REASONS)[number];

/** Counts per status in a fixed order: the known statuses first (0 when missing), then any
 * status the UI has no word for yet, alphabetically, so no count is ever dropped. */
export function statusRows(counts: Record<string, number>, known: readonly string[]): { status: string; count: number }[] {
  const extra = Object.keys(counts).filter((status) => !known.includes(status)).sort();
  return [...known, ...extra].map((status) => ({ status, count: counts[status] ?? 0 }));
}

export function isKnownReferralStatus(status: string): status is KnownReferralStatus {
  return (REFERRAL_STATUSES as readonly string[]).includes(status);
}

export function isKnownHiddenReason(reason: string): reason is KnownHiddenReason {
  return (HIDDEN_REASONS as readonly string[]).includes(reason);
}

/** A region's figure is only a number when the grid shows it; a hidden one only has a reason. */
export function isHiddenRegion(figure: RegionFigure): figure is { region: string; reason: string } {
  return !('organisations' in figure) || typeof figure.organisations !== 'number';
}

/** A whole number for the locale: "1.234" / "1,234". */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 0 }).format(value);
}
