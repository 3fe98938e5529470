/** Bands of the gap index (organisations weak on an aspect ÷ eligible offers for it). */
export const GAP_BANDS = ['ample', 'adequate', 'scarce', 'very_scarce', 'none'] as const;
export type GapBand = (typeof GAP_BANDS)[number];

export const GAP_BAND_LABELS: Record<GapBand, { nl: string; en: string }> = {
  ample: { nl: 'ruim aanbod', en: 'ample offer' },
  adequate: { nl: 'voldoende aanbod', en: 'adequate offer' },
  scarce: { nl: 'krap aanbod', en: 'scarce offer' },
  very_scarce: { nl: 'zeer krap aanbod', en: 'very scarce offer' },
  none: { nl: 'geen aanbod', en: 'no offer' },
};

/** Organisations per offer: up to 2 ample, up to 5 adequate, up to 15 scarce, more very scarce;
 * no offer at all is its own band. null (no index) when no organisation is weak on it. */
export function gapIndex(organisationsWeak: number, offers: number): { index: number | null; band: GapBand | null } {
  if (organisationsWeak <= 0) return { index: null, band: null };
  if (offers <= 0) return { index: null, band: 'none' };
  const index = Math.round((organisationsWeak / offers) * 100) / 100;
  const band: GapBand = index <= 2 ? 'ample' : index <= 5 ? 'adequate' : index <= 15 ? 'scarce' : 'very_scarce';
  return { index, band };
}
