import { NATIONWIDE, type Locale } from '@groeiwijzer/domain';
import { regionName } from '../../lib/reference';

const intlLocale = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

/** "€ 1.250" / "€1,250"; cents only when there are any. */
export function formatEuro(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

/** A region key as a name; the nationwide key gets the given label ("Heel Nederland"). */
export function regionLabel(key: string, nationwideLabel: string): string {
  return key === NATIONWIDE ? nationwideLabel : regionName(key);
}

/** Region names with nationwide first, the rest in Dutch alphabetical order. */
export function regionLabels(keys: readonly string[], nationwideLabel: string): string[] {
  const collator = new Intl.Collator('nl');
  const names = keys.filter((key) => key !== NATIONWIDE).map((key) => regionName(key)).sort(collator.compare);
  return keys.includes(NATIONWIDE) ? [nationwideLabel, ...names] : names;
}

/** A language code ("nl", "de") as a name in the UI language; the code when unknown. */
export function languageName(code: string, locale: Locale): string {
  try {
    const name = new Intl.DisplayNames([intlLocale(locale)], { type: 'language' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** Only http(s) links leave the site: anything else (javascript:, data:) is not a link. */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "example.org" from "https://www.example.org/path", to show where a link goes. */
export function urlHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
