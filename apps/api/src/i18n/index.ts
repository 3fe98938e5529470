import { type Locale } from '@groeiwijzer/domain';
import { fill, type Vars } from './catalogue';
import { en } from './en';
import { nl, type Texts } from './nl';

export { fill, type Vars } from './catalogue';
export type { Texts } from './nl';

/** What the API says to people — error messages, mails, the unsubscribe pages, the report PDF —
 * in one catalogue per language: Dutch (`nl.ts`, first) and English (`en.ts`, typed against it).
 * Not here: command-line output for operators (English) and log lines. */
export const TEXTS: Record<Locale, Texts> = { nl, en };

export const textsFor = (locale: Locale): Texts => TEXTS[locale];

export type MessageKey = keyof Texts['errors'];

/** An error text (the `message` of an error answer, a field's problem) in the caller's language. */
export function message(key: MessageKey, locale: Locale, vars: Vars = {}): string {
  return fill(TEXTS[locale].errors[key], vars);
}
