// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the package's types, for the API's node16 resolution (see the file)
/// <reference path="./orama-stemmers.d.ts" />
/** How a search text becomes search terms: the same for every engine, pure. This is the one
 * analyser of the query side: folding, stop words, the bilingual thesaurus (thesaurus.ts) with
 * Dutch inflections and English stems (the Snowball English stemmer of `@orama/stemmers`, a
 * maintained registry package, rather than a port of our own), aspect words, split compounds
 * joined, compounds split against the catalogue's own words (`decompose`, used on the query and
 * when an item is written), derivations (the Snowball Dutch stemmer of `@orama/stemmers` and the
 * small DERIVATIONS list), and how many of the words an item must match. Dutch stems of the
 * catalogue's words in the index come from PostgreSQL's own Snowball Dutch stemmer (`gw_dutch`),
 * the same for every engine. */
import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as dutchStem } from '@orama/stemmers/dutch';
import { ASPECT_KEYS } from '../aspects';
import { ASPECT_WORDS, DERIVATIONS, THESAURUS } from './thesaurus';

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
  /** Which word of the query this is: the parts of a compound split by splitCompoundTerms share
   * their compound's, and count as one word towards `requiredMatches` (default: its position). */
  concept?: number;
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

/** The Snowball Dutch stem of a word (the registry's `@orama/stemmers`), kept. */
const dutchStems = new Map<string, string>();
export function stemDutch(word: string): string {
  let stem = dutchStems.get(word);
  if (stem === undefined) {
    stem = dutchStem(word);
    if (dutchStems.size > 50_000) dutchStems.clear();
    dutchStems.set(word, stem);
  }
  return stem;
}

/** English stems of the thesaurus's English words (4+ letters), to the entries that hold them. */
const ENGLISH_ENTRIES = new Map<string, number[]>();
/** Dutch stems of the thesaurus's Dutch words (5+ letters), to the entries that hold them: a verb
 * finds the entry of its noun ("digitaliseren" that of "digitalisering", "begeleiden" that of
 * "begeleiding"). */
const DUTCH_ENTRIES = new Map<string, number[]>();
const DUTCH_STEM_MIN = 5;
THESAURUS.forEach((entry, i) => {
  for (const w of entry.en ?? []) if (w.length >= 4) {
    const stem = stemEnglish(w);
    ENGLISH_ENTRIES.set(stem, [...(ENGLISH_ENTRIES.get(stem) ?? []), i]);
  }
  for (const w of entry.nl) if (w.length >= DUTCH_STEM_MIN) {
    const stem = stemDutch(w);
    if (stem.length >= 4) DUTCH_ENTRIES.set(stem, [...new Set([...(DUTCH_ENTRIES.get(stem) ?? []), i])]);
  }
});

/** True when `word` is `member` (Dutch inflection rule) or an English form of it (same English stem). */
function sameWord(word: string, member: string, english: boolean): boolean {
  if (inflects(word, member)) return true;
  return english && word.length >= 4 && member.length >= 4 && stemEnglish(word) === stemEnglish(member);
}

/** A pure function of one word, its answers kept (at most 20,000 words, then it starts over):
 * owners type the same words again and again, and these run through the whole thesaurus. */
function perWord<T>(fn: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) {
      answer = fn(word);
      if (known.size >= 20_000) known.clear();
      known.set(word, answer);
    }
    return answer;
  };
}

const ENGLISH_STARTS = new Set([...ENGLISH_ENTRIES.keys()].map((stem) => stem.slice(0, 2)));
const DUTCH_STARTS = new Set([...DUTCH_ENTRIES.keys()].map((stem) => stem.slice(0, 2)));

/** Every thesaurus word (either language), to the entries that hold it: the entries a word
 * inflects (`inflects`: the word itself, or it plus at most 3 letters) are those of its last 4
 * prefixes, found without a pass over the whole thesaurus. A query joining two words makes a
 * word never asked before, and the pass took ~3% of a search's time. */
const MEMBER_ENTRIES = new Map<string, number[]>();
THESAURUS.forEach((entry, i) => {
  for (const m of [...entry.nl, ...(entry.en ?? [])]) {
    const list = MEMBER_ENTRIES.get(m) ?? [];
    if (!list.includes(i)) list.push(i);
    MEMBER_ENTRIES.set(m, list);
  }
});

/** The other words of the thesaurus entries a word belongs to (do not change the array: it is kept). */
export const synonymsOf: (word: string) => readonly string[] = perWord(synonymsOfWord);
function synonymsOfWord(word: string): string[] {
  // A Snowball stem keeps the first two letters of its word: a word that starts like no stem of
  // the thesaurus needs no stemming (a joined query compound is a new word each time).
  const start = word.slice(0, 2);
  const entries = new Set<number>([
    ...(word.length >= 4 && ENGLISH_STARTS.has(start) ? (ENGLISH_ENTRIES.get(stemEnglish(word)) ?? []) : []),
    ...(word.length >= DUTCH_STEM_MIN && DUTCH_STARTS.has(start) ? (DUTCH_ENTRIES.get(stemDutch(word)) ?? []) : []),
  ]);
  for (let len = Math.max(1, word.length - 3); len <= word.length; len++) {
    const base = word.slice(0, len);
    if (!inflects(word, base)) continue;
    for (const i of MEMBER_ENTRIES.get(base) ?? []) entries.add(i);
  }
  const out = new Set<string>();
  // In the thesaurus's order, as the words are listed there.
  for (const i of [...entries].sort((a, b) => a - b)) {
    const entry = THESAURUS[i];
    for (const member of [...entry.nl, ...(entry.en ?? [])]) if (member !== word) out.add(member);
  }
  return [...out];
}

/** The aspects a plain word names (in either language), e.g. `fouten` → room_and_safety (kept per word). */
export const aspectsNamedBy: (word: string) => readonly string[] = perWord(aspectsNamedByWord);
function aspectsNamedByWord(word: string): string[] {
  return ASPECT_KEYS.filter((key) => {
    const { nl, en } = ASPECT_WORDS[key];
    return nl.some((m) => sameWord(word, m, false)) || en.some((m) => sameWord(word, m, true));
  });
}

/** One group of alternatives per query word; an item must match every group. */
export interface TermGroup {
  word: string;
  prefix: boolean;
  /** Spelling corrections (typos forgiven), derived forms, the compound joined, synonyms. */
  alternatives: string[];
  /** The alternatives that are related words rather than forms of the word (thesaurus synonyms,
   * an aspect's word): an item that matches only through them ranks below one that uses the
   * word itself (RELATED_WEIGHT of the weight). */
  related?: string[];
  /** The query word the group stands for (see QueryTerm.concept). */
  concept?: number;
}

/** What a match through a related word (a synonym) weighs, against one of the word itself. */
export const RELATED_WEIGHT = 0.5;

/** With a region, sector or size filter set, what an item that names the chosen value itself
 * gains in rank, per such filter, over one that passes because it is nationwide or for every
 * sector or size: an owner who chooses Twente sees the items for Twente first. Added to the rank
 * (matched words' tier × 100 plus their weights), it orders items that match the same words, and
 * stays far below a tier: one more word matched still counts for more. */
export const SPECIFIC_FILTER_BOOST = 1;

/** Other forms of a Dutch word by the DERIVATIONS list (`organiseren` → `organisatie`,
 * `organisering`; `lerende` → `leren`), for words of 6+ letters. */
export const derivedForms: (word: string) => readonly string[] = perWord(derivedFormsOf);
function derivedFormsOf(word: string): string[] {
  if (word.length < 6 || /\d/.test(word)) return [];
  const out = new Set<string>();
  for (const [a, b] of DERIVATIONS) {
    for (const [from, to] of [[a, b], [b, a]]) {
      if (!from || !word.endsWith(from)) continue;
      const base = word.slice(0, word.length - from.length);
      if (base.length >= 3) out.add(base + to);
    }
  }
  out.delete(word);
  return [...out];
}

export function termGroups(terms: QueryTerm[], corrections: Record<string, string[]> = {}): TermGroup[] {
  return terms.map(({ word, prefix, concept }, i) => {
    const corrected = corrections[word] ?? [];
    const close = new Set<string>(corrected);
    const related = new Set<string>();
    for (const w of [word, ...corrected]) {
      for (const d of derivedForms(w)) close.add(d);
      for (const s of synonymsOf(w)) related.add(s);
      for (const aspect of aspectsNamedBy(w)) related.add(ASPECT_WORDS[aspect as keyof typeof ASPECT_WORDS].target);
    }
    // A compound typed apart ("veiligheids cultuur", "las opleiding", "verzuim verlagen"): the
    // joined word (also with the second word's derived forms: "verzuimverlaging") is an
    // alternative of both words, so an item that writes it joined matches both.
    for (const joined of [...joinedWith(terms[i - 1]?.word, word), ...joinedWith(word, terms[i + 1]?.word)]) {
      close.add(joined);
      // The compound's own synonyms ("team ontwikkeling" → teamontwikkeling → samenwerken).
      for (const s of synonymsOf(joined)) related.add(s);
    }
    close.delete(word);
    for (const w of [word, ...close]) related.delete(w);
    return { word, prefix, alternatives: [...close, ...related], related: [...related], concept: concept ?? i };
  });
}

/** The shortest part of a compound `decompose` accepts (a 3-letter head only when the thesaurus
 * knows it: "las", "ict", "mkb"), and the shortest word it tries to split. */
const PART_MIN = 4;
const COMPOUND_MIN = 7;
const COMPOUND_MAX = 40;
const SHORT_HEADS = new Set(SYNONYM_GROUPS.flat().filter((w) => w.length === 3));
/** What may stand between the parts of a Dutch compound (veiligheid-s-cultuur, zorg-en-…). */
const LINKS = ['', 's', 'e', 'en'];

/** The parts of a Dutch compound by the words `isWord` knows (the catalogue's own words):
 * `scholingssubsidie` → `scholing`, `subsidie`; `arbeidsmarktcoach` → `arbeidsmarkt`, `coach`,
 * `arbeid`, `markt`. A split takes a known head (without its linking s/e/en) and a tail that is a
 * known word or itself a compound; of several, the longest head wins. [] when `word` is no
 * compound of known words. Pure: the same words give the same parts in every engine. */
export function decompose(word: string, isWord: (w: string) => boolean, depth = 0): string[] {
  if (word.length < COMPOUND_MIN || depth > 2 || /\d/.test(word)) return [];
  for (let cut = word.length - PART_MIN; cut >= 3; cut--) {
    const tail = word.slice(cut);
    const tailParts = isWord(tail) ? [] : decompose(tail, isWord, depth + 1);
    if (!isWord(tail) && !tailParts.length) continue;
    const joined = word.slice(0, cut);
    for (const link of LINKS) {
      if (!joined.endsWith(link)) continue;
      const head = joined.slice(0, joined.length - link.length);
      if (head.length < PART_MIN && !(head.length === 3 && SHORT_HEADS.has(head))) continue;
      if (!isWord(head)) continue;
      return [...new Set([head, tail, ...decompose(head, isWord, depth + 1), ...tailParts])].filter((p) => p !== word);
    }
  }
  return [];
}

/** Every string `decompose(word, …)` may ask `isWord` about (its substrings of 3+ letters), so
 * they can be looked up at once. */
export function compoundCandidates(word: string): string[] {
  if (word.length < COMPOUND_MIN || word.length > COMPOUND_MAX || /\d/.test(word)) return [];
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) for (let j = i + 3; j <= word.length; j++) if (j - i < word.length) out.add(word.slice(i, j));
  return [...out];
}

/** The compound parts an item is also found by (index side): the parts of every word of its
 * texts that the catalogue's words (`isWord`) split, less the words the texts already have. So
 * "subsidie" finds the "scholingssubsidie", "cultuur" the "veiligheidscultuur". */
export function compoundParts(texts: readonly string[], isWord: (w: string) => boolean): string[] {
  const words = new Set(texts.flatMap((t) => foldText(t).split(' ')).filter(Boolean));
  const parts = new Set<string>();
  for (const w of words) for (const p of decompose(w, isWord)) if (!words.has(p) && !STOP_WORDS.has(p)) parts.add(p);
  return [...parts].sort();
}

/** The analysed terms of an item for an engine that does no Dutch analysis of its own
 * (Meilisearch's searchable `terms` field): the compound parts stored with it (`compoundParts`)
 * and the derived forms of its words (`derivedForms`: "begeleiding" → "begeleiden"), so a query
 * word in another form or a part of a compound matches a document word literally. */
export function analysedTerms(texts: readonly string[], parts: readonly string[]): string {
  const words = new Set(texts.flatMap((t) => foldText(t).split(' ')).filter(Boolean));
  const out = new Set<string>(parts);
  for (const w of words) if (!STOP_WORDS.has(w)) for (const d of derivedForms(w)) out.add(d);
  for (const w of words) out.delete(w);
  return [...out].sort().join(' ');
}

/** The distinct folded words of texts that `compoundParts` may split. */
export function compoundWords(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((t) => foldText(t).split(' ')).filter((w) => w.length >= COMPOUND_MIN && !/\d/.test(w)))];
}

/** A query word that splits into words the catalogue knows ("lasopleiding", "zorgmedewerkers",
 * "bouwbedrijf") is searched as its two parts, as if typed apart: the joined word stays an
 * alternative of both (with its synonyms), so an item that writes the compound matches both parts
 * and ranks first. The parts count as one word of the query (`concept`): an item that has one
 * part ("bouw" of "bouwbedrijf") matches that word, ranked by the rarity of what it matches.
 * `isWord`: the catalogue's words. */
export function splitCompoundTerms(
  terms: QueryTerm[], isWord: (w: string) => boolean, partsOf: (word: string) => string[] = (w) => compoundSplit(w, isWord),
): QueryTerm[] {
  const out: QueryTerm[] = [];
  terms.forEach((t, concept) => {
    const parts = partsOf(t.word);
    if (parts.length >= 2) out.push({ word: parts[0], prefix: false, concept }, { word: parts[1], prefix: t.prefix, concept });
    else out.push({ ...t, concept });
  });
  return out.slice(0, MAX_QUERY_TERMS);
}

/** The parts a query word is searched as (see splitCompoundTerms): one split, not the parts' parts;
 * none for a word longer than COMPOUND_MAX (compoundCandidates asks nothing about it either). */
export function compoundSplit(word: string, isWord: (w: string) => boolean): string[] {
  return word.length > COMPOUND_MAX ? [] : decompose(word, isWord, 2);
}

/** `a` and `b` written as one word, with and without the linking s. */
function joinedWith(a: string | undefined, b: string | undefined): string[] {
  if (!a || !b || a.length < 2 || b.length < 3 || /\d/.test(a + b)) return [];
  return [b, ...derivedForms(b)].flatMap((t) => (a.endsWith('s') || a.endsWith('e') ? [a + t] : [a + t, `${a}s${t}`]));
}

/** The query word (concept) of each group: parts of a split compound share one. */
export function conceptsOf(groups: readonly TermGroup[]): number[] {
  return groups.map((g, i) => g.concept ?? i);
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

/** The options of every group as one OR query, split by weight: the words and their forms
 * (`close`), and the related words (`related`, RELATED_WEIGHT), for ranking; '' when none. */
export function toTsQueryRankTexts(groups: TermGroup[]): { close: string; related: string } {
  const close = groups.flatMap((g) => [g.prefix || g.word.length >= 5 ? `${g.word}:*` : g.word, ...g.alternatives.filter((a) => !(g.related ?? []).includes(a))]);
  const related = groups.flatMap((g) => g.related ?? []);
  return { close: [...new Set(close)].join(' | '), related: [...new Set(related)].join(' | ') };
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
  // Tested before replaced, and the markers replaced in place: most texts need no escape, and
  // the split-and-join made four arrays a text (every hit shown has two texts).
  const escaped = HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIALS, (ch) => HTML_ESCAPES[ch] as string) : text;
  return escaped.replaceAll(open, '<mark>').replaceAll(close, '</mark>');
}

const HTML_SPECIAL = /[&<>"']/;
const HTML_SPECIALS = /[&<>"']/g;
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
