/** Dutch strings of the admin feature (source). */
export const adminNl = {
  title: '',
} as const;
