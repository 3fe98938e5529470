import sbiData from './data/sbi-sections.json';

export interface Sector {
  code: string;
  nl: string;
  en: string;
}

/** SBI 2008 sections A–U (Standaard Bedrijfsindeling, CBS). */
export const SECTORS: readonly Sector[] = sbiData.sections;

const sectorCodes = new Set(SECTORS.map((s) => s.code));

export function isSectorCode(value: unknown): value is string {
  return typeof value === 'string' && sectorCodes.has(value);
}
