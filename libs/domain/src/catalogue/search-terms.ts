// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the package's types, for the API's node16 resolution (see the file)
/// <reference path="./orama-stemmers.d.ts" />
/** How a search text becomes search terms: the same for every engine, pure. This is the one
 * analyser of the query side: folding, stop words, the bilingual thesaurus (thesaurus.ts) with
 * Dutch inflections and English stems (the Snowball English stemmer of `@orama/stemmers`, a
 * maintained registry package, rather than a port of our own), aspect words, split compounds
 * joined, and how many of the words an item must match. Dutch stems of the catalogue's words
 * come from PostgreSQL's own Snowball Dutch stemmer (`gw_dutch`), the same for every engine. */
import { stemmer as englishStem } from '@orama/stemmers/english';
import { ASPECT_KEYS } from '../aspects';
import { ASPECT_WORDS, THESAURUS } from './thesaurus';

/** The thesaurus as plain groups of words (Dutch first, then English): what Meilisearch is given
 * as synonyms and what the spelling correction may correct to. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = THESAURUS.map((e) => [...new Set([...e.nl, ...(e.en ?? [])])]);

/** Lower case, accents off, only letters and digits: `Cursussen Éénmalig!` → `cursussen eenmalig`. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export const MAX_QUERY_TERMS = 8;
export const MAX_QUERY_LENGTH = 200;

export interface QueryTerm {
  /** The folded word as typed. */
  word: string;
  /** The last word while typing: also matches words that start with it. */
  prefix: boolean;
}

/** Words too common to search on (folded). */
export const STOP_WORDS = new Set([
  'de', 'het', 'een', 'en', 'of', 'in', 'op', 'voor', 'van', 'met', 'aan', 'bij', 'naar', 'om', 'te', 'tot', 'uit', 'door',
  'over', 'als', 'dat', 'die', 'dit', 'er', 'is', 'zijn', 'ik', 'je', 'we', 'mijn', 'ons', 'onze', 'hoe', 'wat', 'wie',
  'the', 'a', 'an', 'and', 'or', 'for', 'of', 'to', 'with', 'on', 'at', 'by', 'my', 'our', 'how',
]);

/** The words of a query, without stop words. The last word is a prefix unless the text ends in a space. */
export function queryTerms(q: string | undefined | null): QueryTerm[] {
  if (!q) return [];
  const text = q.slice(0, MAX_QUERY_LENGTH);
  const words = foldText(text).split(' ').filter((w) => w && !STOP_WORDS.has(w)).slice(0, MAX_QUERY_TERMS);
  const typing = !/\s$/.test(text);
  return words.map((word, i) => ({ word, prefix: typing && i === words.length - 1 && word.length >= 2 }));
}

/** True when `word` is `base` or a plural/inflection of it (subsidies, cursussen, coaches). */
function inflects(word: string, base: string): boolean {
  return word === base || (word.length > base.length && word.startsWith(base) && word.length - base.length <= 3 && base.length >= 4);
}

/** The English stem of a word, kept (few distinct words are asked). */
const englishStems = new Map<string, string>();
export function stemEnglish(word: string): string {
  let stem = englishStems.get(word);
  if (stem === undefined) {
    stem = englishStem(word);
    if (englishStems.size > 50_000) englishStems.clear();
    englishStems.set(word, stem);
  }
  return stem;
}

/** English stems of the thesaurus's English words (4+ letters), to the entries that hold them. */
const ENGLISH_ENTRIES = new Map<string, number[]>();
THESAURUS.forEach((entry, i) => {
  for (const w of entry.en ?? []) if (w.length >= 4) {
    const stem = stemEnglish(w);
    ENGLISH_ENTRIES.set(stem, [...(ENGLISH_ENTRIES.get(stem) ?? []), i]);
  }
});

/** True when `word` is `member` (Dutch inflection rule) or an English form of it (same English stem). */
function sameWord(word: string, member: string, english: boolean): boolean {
  if (inflects(word, member)) return true;
  return english && word.length >= 4 && member.length >= 4 && stemEnglish(word) === stemEnglish(member);
}

/** The other words of the thesaurus entries a word belongs to. */
export function synonymsOf(word: string): string[] {
  const out = new Set<string>();
  const english = new Set(word.length >= 4 ? (ENGLISH_ENTRIES.get(stemEnglish(word)) ?? []) : []);
  THESAURUS.forEach((entry, i) => {
    if (english.has(i) || entry.nl.some((m) => inflects(word, m)) || (entry.en ?? []).some((m) => inflects(word, m))) {
      for (const member of [...entry.nl, ...(entry.en ?? [])]) if (member !== word) out.add(member);
    }
  });
  return [...out];
}

/** The aspects a plain word names (in either language), e.g. `fouten` → room_and_safety. */
export function aspectsNamedBy(word: string): string[] {
  return ASPECT_KEYS.filter((key) => {
    const { nl, en } = ASPECT_WORDS[key];
    return nl.some((m) => sameWord(word, m, false)) || en.some((m) => sameWord(word, m, true));
  });
}

/** One group of alternatives per query word; an item must match every group. */
export interface TermGroup {
  word: string;
  prefix: boolean;
  /** Spelling corrections (typos forgiven) and synonyms. */
  alternatives: string[];
}

export function termGroups(terms: QueryTerm[], corrections: Record<string, string[]> = {}): TermGroup[] {
  return terms.map(({ word, prefix }, i) => {
    const corrected = corrections[word] ?? [];
    const alternatives = new Set<string>(corrected);
    for (const w of [word, ...corrected]) {
      for (const s of synonymsOf(w)) alternatives.add(s);
      for (const aspect of aspectsNamedBy(w)) alternatives.add(ASPECT_WORDS[aspect as keyof typeof ASPECT_WORDS].target);
    }
    // A compound typed apart ("veiligheids cultuur", "las opleiding", "verzuim verlagen"): the
    // joined word is an alternative of both words, so an item that writes it joined matches both.
    for (const joined of [...joinedWith(terms[i - 1]?.word, word), ...joinedWith(word, terms[i + 1]?.word)]) alternatives.add(joined);
    alternatives.delete(word);
    return { word, prefix, alternatives: [...alternatives] };
  });
}

/** `a` and `b` written as one word, with and without the linking s. */
function joinedWith(a: string | undefined, b: string | undefined): string[] {
  if (!a || !b || a.length < 2 || b.length < 3 || /\d/.test(a + b)) return [];
  return a.endsWith('s') || a.endsWith('e') ? [a + b] : [a + b, `${a}s${b}`];
}

/** How many of a query's `n` word groups an item must match: the one word when there is one,
 * and otherwise all but at most half of them (2 words: 1, 3: 2, 4: 2, 5: 3).
 * Items that match more words rank first, so the words that matter most are those that match. */
export function requiredMatches(n: number): number {
  return n <= 1 ? n : n - Math.floor(n / 2);
}

/** One `to_tsquery` text per group (see toTsQueryText). */
export function toTsQueryGroups(groups: TermGroup[]): string[] {
  return groups.map((g) => toTsQueryText([g]));
}

/** A PostgreSQL `to_tsquery` text. Only [a-z0-9] words reach it, so no operator can be injected.
 * Longer words also match as a prefix, so a plural or compound still finds its stem. */
export function toTsQueryText(groups: TermGroup[]): string {
  return groups
    .map((g) => {
      const options = [g.prefix || g.word.length >= 5 ? `${g.word}:*` : g.word, ...g.alternatives];
      return options.length === 1 ? options[0] : `(${options.join(' | ')})`;
    })
    .join(' & ');
}

/** Makes a highlighted text safe for HTML: escape everything, then turn the engine's markers
 * into `<mark>` tags. */
export function markHighlight(text: string, open: string, close: string): string {
  const escaped = text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
  const opened = escaped.split(open).join('<mark>').split(close).join('</mark>');
  return opened;
}
