import type { ItemKind, Recommendation, RecommendationGap, RecommendationGroup, RecommendationsResponse } from '@groeiwijzer/contracts';
import type { AspectKey, MatchReason } from '@groeiwijzer/domain';

/** The list with one item marked as a step of the plan (after "Zet in plan"), wherever it shows. */
export function markInPlan(data: RecommendationsResponse, itemId: string): RecommendationsResponse {
  const mark = (rec: Recommendation): Recommendation => (rec.item.id === itemId ? { ...rec, inPlan: true } : rec);
  return {
    ...data,
    items: data.items.map(mark),
    groups: data.groups.map((group) => ({ ...group, items: group.items.map(mark) })),
  };
}

/** The list without a dismissed item, which joins the dismissed list (until the API answers anew). */
export function withoutItem(data: RecommendationsResponse, itemId: string, dismissedAt: string): RecommendationsResponse {
  const found = data.items.find((rec) => rec.item.id === itemId) ?? data.groups.flatMap((g) => g.items).find((rec) => rec.item.id === itemId);
  const keep = (rec: Recommendation) => rec.item.id !== itemId;
  return {
    ...data,
    items: data.items.filter(keep),
    groups: data.groups.map((group) => ({ ...group, items: group.items.filter(keep) })),
    dismissed:
      found && !data.dismissed.some((entry) => entry.itemId === itemId)
        ? [{ itemId, title: found.item.title, kind: found.item.kind, dismissedAt }, ...data.dismissed]
        : data.dismissed,
  };
}

/** The list with a restored item out of the dismissed list (it comes back when the API answers). */
export function withoutDismissed(data: RecommendationsResponse, itemId: string): RecommendationsResponse {
  return { ...data, dismissed: data.dismissed.filter((entry) => entry.itemId !== itemId) };
}

/** The gaps that belong under a group (same weak spot, or all of them in a profile-based list). */
export function gapsOfGroup(gaps: readonly RecommendationGap[], group: Pick<RecommendationGroup, 'aspect'>): RecommendationGap[] {
  return gaps.filter((gap) => gap.aspect === group.aspect);
}

/** Gaps for an aspect that has no group of its own: shown apart, so none goes unsaid. */
export function gapsWithoutGroup(gaps: readonly RecommendationGap[], groups: readonly Pick<RecommendationGroup, 'aspect'>[]): RecommendationGap[] {
  return gaps.filter((gap) => !groups.some((group) => group.aspect === gap.aspect));
}

/** The best recommendation per weak spot, for the report page. */
export function topPerWeakSpot(groups: readonly RecommendationGroup[]): { aspect: AspectKey | null; mean: number | null; top: Recommendation }[] {
  return groups.flatMap((group) => (group.items[0] ? [{ aspect: group.aspect, mean: group.mean, top: group.items[0] }] : []));
}

/** The one reason a short summary shows: the strongest that is not the weak spot's own score,
 * which the summary's heading already says. */
export function headlineReason(reasons: readonly MatchReason[]): MatchReason | null {
  return reasons.find((reason) => reason.code !== 'need') ?? reasons[0] ?? null;
}

/** The aspect a plan step made from a recommendation is about: its weak spot, else the item's main aspect. */
export function planAspectOf(rec: Pick<Recommendation, 'aspect' | 'item'>): AspectKey | null {
  return rec.aspect ?? rec.item.aspects[0] ?? null;
}

export interface WeightedReason {
  reason: MatchReason;
  /** 0–1: the factor's weight against the heaviest one, for a small bar; null for plain information. */
  share: number | null;
}

/** Reasons with how heavily each counted, relative to the heaviest, in the API's order. */
export function weightedReasons(reasons: readonly MatchReason[]): WeightedReason[] {
  const heaviest = Math.max(0, ...reasons.map((reason) => Math.abs(reason.weight ?? 0)));
  return reasons.map((reason) => ({
    reason,
    share: typeof reason.weight === 'number' && heaviest > 0 ? Math.abs(reason.weight) / heaviest : null,
  }));
}

/** "+12" / "−3": points a factor added, whole numbers, a real minus sign. */
export function formatPoints(weight: number): string {
  const rounded = Math.round(weight);
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}

export type WindowState = 'open' | 'opening';

/** A scheme window as the card words it: open now (until `closes`) or opening later. */
export function windowState(window: { opens: string; closes: string }, today: string): WindowState {
  return window.opens <= today ? 'open' : 'opening';
}

/** Kinds that appear in the list, in the catalogue's order. */
export function kindsIn(recs: readonly Recommendation[]): ItemKind[] {
  const order: ItemKind[] = ['scheme', 'training', 'coach'];
  return order.filter((kind) => recs.some((rec) => rec.item.kind === kind));
}
