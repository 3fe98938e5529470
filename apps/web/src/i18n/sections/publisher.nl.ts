/** Dutch strings of the publisher feature (source). */
export const publisherNl = {
  title: '',
} as const;
