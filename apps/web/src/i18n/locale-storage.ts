import type { Locale } from '@groeiwijzer/domain';

/** Shared by the main app and the questionnaire, so a chosen language carries over. */
export const LOCALE_STORAGE_KEY = 'gw.locale';

/** The stored language, else Dutch. Kept free of the catalogues so the questionnaire stays small. */
export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return stored === 'nl' || stored === 'en' ? stored : 'nl';
  } catch {
    return 'nl';
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice then lasts for this visit only.
  }
}
