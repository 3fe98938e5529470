export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

/** Picks nl or en from an Accept-Language header; Dutch unless English is preferred. */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().toLowerCase().slice(0, 2), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.lang === 'nl' || entry.lang === 'en')
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.length ? (ranked[0].lang as Locale) : DEFAULT_LOCALE;
}
