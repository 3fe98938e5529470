import type { Recommendation, RecommendedItem, RecommendationsResponse } from '@groeiwijzer/contracts';
import {
  formatPoints,
  gapsOfGroup,
  gapsWithoutGroup,
  headlineReason,
  kindsIn,
  markInPlan,
  planAspectOf,
  topPerWeakSpot,
  weightedReasons,
  windowState,
  withoutDismissed,
  withoutItem,
} from './recommendation-model';

const item = (id: string, kind: RecommendedItem['kind'], over: Partial<RecommendedItem> = {}): RecommendedItem => ({
  id, kind, title: `Titel ${id}`, summary: '', provider: 'Aanbieder', publisherName: 'Uitgever', aspects: ['leadership'],
  regions: ['twente'], url: null, contactEmail: null, costEur: null, format: null, language: null, validUntil: null,
  verifiedOn: '2026-01-01', window: null, fundingShare: null, maxAmountEur: null, durationHours: null, coachType: null,
  entrepreneurExperience: null, freePlaces: null, ...over,
});
const rec = (id: string, kind: RecommendedItem['kind'], aspect: Recommendation['aspect'] = 'leadership'): Recommendation => ({
  item: item(id, kind), aspect, score: 50, reasons: [], eligibility: [], inPlan: false,
});

function response(): RecommendationsResponse {
  const a = rec('a', 'training');
  const b = rec('b', 'coach');
  const c = rec('c', 'scheme', 'collaboration');
  return {
    basedOn: { roundId: 'r1', roundTitle: 'Voorjaar', closedAt: '2026-03-01T10:00:00Z', weakSpots: ['leadership', 'collaboration'], mode: 'weak_spots' },
    items: [a, c, b],
    groups: [
      { aspect: 'leadership', mean: 2.4, intro: 'Leiderschap scoort 2,4.', items: [a, b] },
      { aspect: 'collaboration', mean: 2.9, intro: 'Samenwerken scoort 2,9.', items: [c] },
    ],
    gaps: [
      { aspect: 'leadership', kind: 'scheme', reason: 'none_eligible', text: 'Voor Leiderschap is er nu geen regeling.' },
      { aspect: 'work_content', kind: 'coach', reason: 'none_eligible', text: 'Voor Inhoud van het werk is er nu geen coach.' },
    ],
    explanation: [],
    dismissed: [],
  };
}

describe('changing the list after the owner acts', () => {
  it('"Zet in plan" marks the item in the flat list and in its group, and nothing else', () => {
    const next = markInPlan(response(), 'b');
    expect(next.items.filter((r) => r.inPlan).map((r) => r.item.id)).toEqual(['b']);
    expect(next.groups[0].items.map((r) => r.inPlan)).toEqual([false, true]);
    expect(next.groups[1].items[0].inPlan).toBe(false);
  });

  it('"Niet relevant" takes the item out of every list and puts it on the dismissed list once', () => {
    const next = withoutItem(response(), 'a', '2026-03-05T09:00:00Z');
    expect(next.items.map((r) => r.item.id)).toEqual(['c', 'b']);
    expect(next.groups[0].items.map((r) => r.item.id)).toEqual(['b']);
    expect(next.dismissed).toEqual([{ itemId: 'a', title: 'Titel a', kind: 'training', dismissedAt: '2026-03-05T09:00:00Z' }]);
    expect(withoutItem(next, 'a', '2026-03-06T09:00:00Z').dismissed).toHaveLength(1);
  });

  it('restoring takes the item off the dismissed list', () => {
    const dismissed = withoutItem(response(), 'c', '2026-03-05T09:00:00Z');
    expect(withoutDismissed(dismissed, 'c').dismissed).toEqual([]);
  });
});

describe('what the page shows where', () => {
  it('puts each gap under its weak spot, and gaps of other aspects apart', () => {
    const data = response();
    expect(gapsOfGroup(data.gaps, data.groups[0]).map((g) => g.kind)).toEqual(['scheme']);
    expect(gapsOfGroup(data.gaps, data.groups[1])).toEqual([]);
    expect(gapsWithoutGroup(data.gaps, data.groups).map((g) => g.aspect)).toEqual(['work_content']);
  });

  it('gives the report the best item of each weak spot', () => {
    const top = topPerWeakSpot(response().groups);
    expect(top.map((t) => [t.aspect, t.top.item.id])).toEqual([['leadership', 'a'], ['collaboration', 'c']]);
    expect(topPerWeakSpot([{ aspect: 'leadership', mean: 2, intro: '', items: [] }])).toEqual([]);
  });

  it('makes a plan step about the weak spot, or the item\'s main aspect in a profile-based list', () => {
    expect(planAspectOf(rec('a', 'training', 'collaboration'))).toBe('collaboration');
    expect(planAspectOf({ aspect: null, item: item('x', 'coach', { aspects: ['outside_connection', 'leadership'] }) })).toBe('outside_connection');
  });

  it('lists the kinds in the list in catalogue order', () => {
    expect(kindsIn([rec('b', 'coach'), rec('a', 'training')])).toEqual(['training', 'coach']);
  });
});

describe('"waarom zie ik dit?"', () => {
  it('sizes each factor against the heaviest; information without weight gets no bar', () => {
    const weighted = weightedReasons([
      { code: 'need', text: 'Leiderschap scoort 2,4', weight: 24 },
      { code: 'fit_primary', text: 'Vooral gericht op leiderschap', weight: 30 },
      { code: 'stale', text: 'Lang niet gecontroleerd', weight: -6 },
      { code: 'nationwide', text: 'Landelijk aanbod' },
    ]);
    expect(weighted.map((w) => w.share)).toEqual([0.8, 1, 0.2, null]);
    expect(weightedReasons([{ code: 'nationwide', text: 'Landelijk' }])[0].share).toBeNull();
  });

  it('sums a recommendation up with its strongest reason beyond the score the heading already gives', () => {
    const need = { code: 'need' as const, text: 'Leiderschap scoort 2,4', weight: 24 };
    const fit = { code: 'fit_primary' as const, text: 'Vooral gericht op leiderschap', weight: 30 };
    expect(headlineReason([need, fit])).toBe(fit);
    expect(headlineReason([need])).toBe(need);
    expect(headlineReason([])).toBeNull();
  });

  it('writes points as whole numbers with a sign', () => {
    expect(formatPoints(23.6)).toBe('+24');
    expect(formatPoints(-5.5)).toBe('−5');
    expect(formatPoints(0.2)).toBe('0');
  });
});

describe('a scheme\'s application window', () => {
  it('is open from its first day, and opening before that', () => {
    const window = { opens: '2026-04-01', closes: '2026-06-30' };
    expect(windowState(window, '2026-03-31')).toBe('opening');
    expect(windowState(window, '2026-04-01')).toBe('open');
    expect(windowState(window, '2026-06-30')).toBe('open');
  });
});
