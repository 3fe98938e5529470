import { ASPECTS, REGIONS, SECTORS, regionByKey, type Locale, type Region } from '@groeiwijzer/domain';

export interface ProvinceGroup {
  province: string;
  regions: Region[];
}

/** Regions grouped by province, both in Dutch alphabetical order, for an optgroup picker. */
export function regionsByProvince(regions: readonly Region[] = REGIONS): ProvinceGroup[] {
  const collator = new Intl.Collator('nl');
  const groups = new Map<string, Region[]>();
  for (const region of regions) {
    const list = groups.get(region.province) ?? [];
    list.push(region);
    groups.set(region.province, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([province, list]) => ({ province, regions: [...list].sort((a, b) => collator.compare(a.name, b.name)) }));
}

export interface Option {
  value: string;
  label: string;
}

/** SBI sections in SBI order, labelled in the UI language. */
export function sectorOptions(locale: Locale): Option[] {
  return SECTORS.map((sector) => ({ value: sector.code, label: sector[locale] }));
}

export function sectorLabel(code: string, locale: Locale): string {
  return SECTORS.find((sector) => sector.code === code)?.[locale] ?? code;
}

export function regionName(key: string): string {
  return regionByKey(key)?.name ?? key;
}

export function aspectNames(locale: Locale): { key: string; name: string }[] {
  return ASPECTS.map((aspect) => ({ key: aspect.key, name: aspect[locale] }));
}
