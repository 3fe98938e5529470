/** How a search text becomes search terms: the same for both engines, pure.
 *
 * The synonym list is maintained for this field: words people use for the same thing. A word
 * in a group also finds items that use another word of the group. Single words only. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['leidinggeven', 'leiderschap', 'leidinggevende', 'management', 'managen'],
  ['scholing', 'opleiding', 'training', 'cursus', 'leergang', 'workshop', 'bijscholing', 'omscholing', 'vakopleiding', 'bbl'],
  ['subsidie', 'regeling', 'tegemoetkoming', 'bijdrage', 'financiering', 'vergoeding'],
  ['coach', 'begeleider', 'adviseur', 'consulent', 'mentor', 'coaching', 'begeleiding', 'arbeidsmarktcoach', 'loopbaancoach', 'teamcoach', 'consularis'],
  ['leercultuur', 'leerklimaat', 'leeromgeving'],
  ['medewerker', 'werknemer', 'personeel', 'werkenden'],
  ['digitaal', 'digitalisering', 'ict', 'online'],
  ['samenwerken', 'samenwerking', 'teamwork', 'teamontwikkeling'],
  ['ondernemer', 'werkgever', 'eigenaar', 'mkb'],
  ['loopbaan', 'carriere', 'ontwikkelgesprek', 'loopbaanadvies', 'loopbaanscan', 'ontwikkeladvies'],
  ['vakmanschap', 'vakkennis', 'vaardigheden', 'skills'],
  ['bouw', 'infra', 'bouwsector'],
  ['metaal', 'metaalsector', 'metalektro', 'techniek'],
];

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

/** The other words of the synonym group(s) a word belongs to. */
export function synonymsOf(word: string): string[] {
  const out = new Set<string>();
  for (const group of SYNONYM_GROUPS) {
    if (group.some((member) => inflects(word, member))) for (const member of group) if (member !== word) out.add(member);
  }
  return [...out];
}

/** One group of alternatives per query word; an item must match every group. */
export interface TermGroup {
  word: string;
  prefix: boolean;
  /** Spelling corrections (typos forgiven) and synonyms. */
  alternatives: string[];
}

export function termGroups(terms: QueryTerm[], corrections: Record<string, string[]> = {}): TermGroup[] {
  return terms.map(({ word, prefix }) => {
    const corrected = corrections[word] ?? [];
    const alternatives = new Set<string>(corrected);
    for (const w of [word, ...corrected]) for (const s of synonymsOf(w)) alternatives.add(s);
    alternatives.delete(word);
    return { word, prefix, alternatives: [...alternatives] };
  });
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
