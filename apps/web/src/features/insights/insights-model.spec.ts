import type { DemandResponse } from '@groeiwijzer/contracts';
import { demandQueryString, filtersFrom, funnelByMonth, gapsWithoutOffer, heatLevel, heatRows, offerLink, prefillFrom } from './insights-model';

const demand = (over: Partial<DemandResponse> = {}): DemandResponse => ({
  period: '2026-Q4', periods: ['2026-Q4'], asOf: '2026-12-06T10:00:00.000Z', threshold: 5,
  cells: [], suppressed: [], gaps: [], pooling: [], unmetSearches: [], trend: [], ...over,
});
const cell = (region: string | null, sector: string | null, organisations = 7) =>
  ({ region, sector, sizeClass: null, organisations, aspects: { leadership: 2.4 }, weakest: [] });

describe('filtersFrom / demandQueryString', () => {
  it('keeps only known values and writes the API names', () => {
    const f = filtersFrom(new URLSearchParams('region=twente&sector=Z&sizeClass=small&period=2026-Q4&x=1'));
    expect(f).toEqual({ region: 'twente', sizeClass: 'small', period: '2026-Q4' });
    expect(demandQueryString(f)).toBe('region=twente&sizeClass=small&period=2026-Q4');
    expect(filtersFrom(new URLSearchParams('region=nergens&period=2026-Q9'))).toEqual({});
  });
});

describe('heatLevel', () => {
  it('bands means as the legend says', () => {
    expect([2.49, 2.5, 2.99, 3, 3.49, 3.5, undefined].map(heatLevel)).toEqual(['low', 'mid', 'mid', 'fair', 'fair', 'good', null]);
  });
});

describe('heatRows', () => {
  const d = demand({
    cells: [cell('twente', null), cell('twente', 'C'), cell('achterhoek', null), cell(null, null, 40)],
    suppressed: [
      { region: 'rijnmond', sector: null, sizeClass: null, reason: 'too_few' },
      { region: 'twente', sector: 'F', sizeClass: null, reason: 'protects_another' },
      { region: 'twente', sector: 'G', sizeClass: null, reason: 'no_data' },
    ],
  });
  it('without a region: one row per region total, hidden ones with their reason, the country last', () => {
    expect(heatRows(d, {}).map((r) => [r.region, r.sector, r.reason])).toEqual([
      ['achterhoek', null, null], ['rijnmond', null, 'too_few'], ['twente', null, null], [null, null, null],
    ]);
  });
  it('with a region: its total, then its sectors with data', () => {
    expect(heatRows(d, { region: 'twente' }).map((r) => [r.sector, r.reason])).toEqual([[null, null], ['C', null], ['F', 'protects_another']]);
  });
});

describe('gaps and offers', () => {
  it('counts gaps without offer and links to a prefilled form', () => {
    const gap = { region: 'twente', sector: null, sizeClass: null, aspect: 'leadership' as const, organisationsWeak: 6, publishedOffers: 0,
      offersByKind: { scheme: 0, training: 0, coach: 0 }, gapIndex: null, band: 'none' as const, recordedGaps: null };
    expect(gapsWithoutOffer(demand({ gaps: [gap, { ...gap, publishedOffers: 2 }] }))).toBe(1);
    const link = offerLink('p-1', { ...gap, sector: 'C' });
    expect(link).toBe('/uitgever/p-1/items/nieuw?aspect=leadership&region=twente&sector=C');
    expect(prefillFrom(new URLSearchParams(link.split('?')[1]))).toEqual({ aspects: ['leadership'], regions: ['twente'], sectors: ['C'], sizeClasses: [] });
    expect(prefillFrom(new URLSearchParams('aspect=nope&region=<script>'))).toEqual({ aspects: [], regions: [], sectors: [], sizeClasses: [] });
  });
});

describe('funnelByMonth', () => {
  const month = (m: string, views: number, planAdds = 0) => ({ month: m, views, contactClicks: 0, websiteClicks: 1, planAdds, referrals: 0, feedback: 0 });
  const totals = { views: 0, contactClicks: 0, websiteClicks: 0, planAdds: 0, referrals: 0, feedback: 0 };
  const funnel = {
    from: '2026-01-01', to: '2026-12-06',
    items: [
      { id: 'a', title: 'A', kind: 'training', status: 'published', months: [month('2026-10', 3), month('2026-11', 2, 1)], totals },
      { id: 'b', title: 'B', kind: 'coach', status: 'published', months: [month('2026-11', 5)], totals },
    ],
  };
  it('sums the items per month, newest first, or shows one item', () => {
    expect(funnelByMonth(funnel, null)).toEqual([
      { month: '2026-11', views: 7, contactClicks: 0, websiteClicks: 2, planAdds: 1, referrals: 0, feedback: 0 },
      { month: '2026-10', views: 3, contactClicks: 0, websiteClicks: 1, planAdds: 0, referrals: 0, feedback: 0 },
    ]);
    expect(funnelByMonth(funnel, 'b').map((m) => [m.month, m.views])).toEqual([['2026-11', 5]]);
  });
});

describe('offerLink with a kind', () => {
  it('opens the form of one kind, without an aspect when the search named none', () => {
    expect(offerLink('p1', { region: 'twente', kind: 'scheme' })).toBe('/uitgever/p1/items/nieuw?kind=scheme&region=twente');
  });
});
