import { REGIONS, SECTORS, SIZE_CLASSES } from '@groeiwijzer/domain';
import { type FacetName, facetsFromCounts } from './search-engine';

type Row = { facet: FacetName; value: string; n: number };
const row = (facet: FacetName, value: string, n: number): Row => ({ facet, value, n });

describe('facetsFromCounts', () => {
  it('counts nationwide items under every region, as the region filter finds them', () => {
    const { region } = facetsFromCounts([row('region', 'landelijk', 2), row('region', 'twente', 1)]);
    expect(region.twente).toBe(3);
    for (const r of REGIONS.filter((x) => x.key !== 'twente')) expect(region[r.key]).toBe(2);
    // The "landelijk" filter finds only the nationwide items.
    expect(region.landelijk).toBe(2);
    expect(Object.keys(region)).toHaveLength(REGIONS.length + 1);
  });

  it('counts items for all sectors under every sector, without showing *', () => {
    const { sector } = facetsFromCounts([row('sector', '*', 1), row('sector', 'C', 2), row('sector', 'F', 1)]);
    expect(sector).toMatchObject({ C: 3, F: 2 });
    for (const s of SECTORS.filter((x) => !['C', 'F'].includes(x.code))) expect(sector[s.code]).toBe(1);
    expect(sector).not.toHaveProperty('*');
    expect(Object.keys(sector)).toHaveLength(SECTORS.length);
  });

  it('counts items for all sizes under every size', () => {
    const { sizeClass } = facetsFromCounts([row('sizeClass', '*', 2), row('sizeClass', 'micro', 1)]);
    expect(sizeClass).toEqual(Object.fromEntries(SIZE_CLASSES.map((s) => [s, s === 'micro' ? 3 : 2])));
  });

  it('passes kind and aspect counts through as they are', () => {
    const facets = facetsFromCounts([row('kind', 'scheme', 2), row('kind', 'training', 1), row('aspect', 'leadership', 3)]);
    expect(facets.kind).toEqual({ scheme: 2, training: 1 });
    expect(facets.aspect).toEqual({ leadership: 3 });
  });

  it('leaves out values no result has', () => {
    const facets = facetsFromCounts([row('region', 'twente', 1), row('sector', 'F', 1), row('sizeClass', 'small', 1)]);
    expect(facets.region).toEqual({ twente: 1 });
    expect(facets.sector).toEqual({ F: 1 });
    expect(facets.sizeClass).toEqual({ small: 1 });
    expect(facetsFromCounts([])).toEqual({ kind: {}, region: {}, aspect: {}, sector: {}, sizeClass: {} });
  });

  it('adds up rows for the same value', () => {
    expect(facetsFromCounts([row('kind', 'training', 1), row('kind', 'training', 2)]).kind).toEqual({ training: 3 });
  });
});
