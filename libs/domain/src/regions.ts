import regionData from './data/regions.json';

export interface Region {
  key: string;
  name: string;
  province: string;
}

/** The 35 Dutch labour-market regions (arbeidsmarktregio's). */
export const REGIONS: readonly Region[] = regionData.regions;

/** Catalogue items may be offered nationwide instead of in one region. */
export const NATIONWIDE = 'landelijk';

const regionKeys = new Set(REGIONS.map((r) => r.key));

export function isRegionKey(value: unknown): value is string {
  return typeof value === 'string' && regionKeys.has(value);
}

export function regionByKey(key: string): Region | undefined {
  return REGIONS.find((r) => r.key === key);
}
