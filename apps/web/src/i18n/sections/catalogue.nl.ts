/** Dutch strings of the catalogue feature (source). */
export const catalogueNl = {
  title: '',
} as const;
