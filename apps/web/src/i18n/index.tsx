import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '@groeiwijzer/domain';
import { setApiLocale } from '../lib/api';
import { translate, type Catalogue, type MessageKey, type Vars } from './catalogue';
import { en } from './en';
import { readStoredLocale, storeLocale } from './locale-storage';
import { nl } from './nl';

export type { MessageKey } from './catalogue';

export const catalogues: Readonly<Record<Locale, Catalogue>> = { nl, en };

export { LOCALE_STORAGE_KEY, readStoredLocale } from './locale-storage';

export type TFunction = (key: MessageKey, vars?: Vars) => string;

/** Keys with a `one` and an `other` form, e.g. `report.meta` for `report.meta.one`. */
export type PluralKey = { [K in MessageKey]: K extends `${infer P}.other` ? P : never }[MessageKey];

/** The singular form for exactly 1, else the plural; `{count}` is filled in. */
export function plural(t: TFunction, key: PluralKey, count: number, vars?: Vars): string {
  return t(`${key}.${count === 1 ? 'one' : 'other'}` as MessageKey, { ...vars, count });
}

export function makeT(locale: Locale): TFunction {
  const catalogue = catalogues[locale];
  return (key, vars) => translate(catalogue, key, vars, nl);
}

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: TFunction;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function LocaleProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = initialLocale ?? readStoredLocale();
    setApiLocale(initial);
    return initial;
  });

  const setLocale = useCallback((next: Locale) => {
    // Before the state update, so requests caused by the re-render already carry it.
    setApiLocale(next);
    storeLocale(next);
    setLocaleState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo(() => ({ locale, setLocale, t: makeT(locale) }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

function useLocaleContext(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('LocaleProvider is missing');
  return value;
}

export function useT(): TFunction {
  return useLocaleContext().t;
}

export function useLocale(): { locale: Locale; setLocale: (locale: Locale) => void } {
  const { locale, setLocale } = useLocaleContext();
  return { locale, setLocale };
}

/** Sets the browser tab title for the current page, e.g. "Inloggen – Groeiwijzer". */
export function useDocumentTitle(page: string): void {
  const t = useT();
  useEffect(() => {
    document.title = t('app.documentTitle', { page });
  }, [t, page]);
}
