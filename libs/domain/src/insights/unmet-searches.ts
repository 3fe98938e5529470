import { ITEM_KINDS, type ItemKindKey } from '../catalogue/item-rules';
import { THESAURUS } from '../catalogue/thesaurus';

/** A search text counts in the demand signal only once it came from this many sessions, each on
 * a day of its own, so that one person typing on several days — or several people in one
 * session — cannot be read back. */
export const MIN_SEARCH_SESSIONS = 5;
/** "Few results": at most this many. */
export const FEW_RESULTS = 2;

/**
 * The largest number of (session, day) pairs with every session and every day used once: a
 * maximum bipartite matching (Kuhn's augmenting paths; the inputs per query are small). Stops
 * early at `enough`.
 */
export function distinctSessionDays(pairs: ReadonlyArray<{ session: string; day: string }>, enough = MIN_SEARCH_SESSIONS): number {
  const daysOf = new Map<string, string[]>();
  for (const { session, day } of pairs) {
    const list = daysOf.get(session);
    if (!list) daysOf.set(session, [day]);
    else if (!list.includes(day)) list.push(day);
  }
  const owner = new Map<string, string>();
  const tryAssign = (session: string, seen: Set<string>): boolean => {
    for (const day of daysOf.get(session) ?? []) {
      if (seen.has(day)) continue;
      seen.add(day);
      const current = owner.get(day);
      if (current === undefined || tryAssign(current, seen)) {
        owner.set(day, session);
        return true;
      }
    }
    return false;
  };
  let matched = 0;
  for (const session of [...daysOf.keys()].sort()) {
    if (tryAssign(session, new Set())) matched++;
    if (matched >= enough) break;
  }
  return matched;
}

/** Word beginnings (folded) that tie a search to an aspect of the model, for the unmet-search list. */
const ASPECT_WORDS: Record<string, readonly string[]> = {
  work_content: ['vakmanschap', 'vakkennis', 'vaardighe', 'taak', 'taken', 'functie', 'werkinhoud', 'autonomie', 'skills'],
  room_and_safety: ['ruimte', 'veilig', 'tijd', 'budget', 'fouten', 'experiment', 'scholingsbudget', 'leerbudget'],
  collaboration: ['samenwerk', 'team', 'collega', 'intervisie', 'feedback'],
  leadership: ['leiding', 'leider', 'management', 'manager', 'coachend', 'ontwikkelgesprek'],
  learning_organisation: ['leercultuur', 'opleidingsplan', 'beleid', 'hr', 'personeelsbeleid', 'loopbaan', 'strategisch', 'ontwikkelplan', 'llo', 'leven lang'],
  outside_connection: ['netwerk', 'school', 'onderwijs', 'stage', 'bbl', 'klant', 'kennisinstelling', 'hogeschool', 'mbo', 'praktijkleren'],
};

/** The aspects a (folded) search text is about, in model order; [] when it names none. */
export function aspectsForSearch(folded: string): string[] {
  const words = folded.split(' ');
  return Object.entries(ASPECT_WORDS)
    .filter(([, stems]) => stems.some((stem) => (stem.includes(' ') ? folded.includes(stem) : words.some((w) => w.startsWith(stem)))))
    .map(([aspect]) => aspect);
}

/** The thesaurus entry (by one of its words) that names each kind of offer: a search that uses a
 * word of that entry asks for that kind ("subsidie", "grants", "cursus", "opleidingen", "mentor"). */
const KIND_ENTRY: Record<ItemKindKey, string> = { scheme: 'subsidie', training: 'cursus', coach: 'coach' };
const KIND_WORDS: [ItemKindKey, string[]][] = ITEM_KINDS.map((kind) => {
  const entry = THESAURUS.find((e) => e.nl.includes(KIND_ENTRY[kind]));
  return [kind, [...(entry?.nl ?? []), ...(entry?.en ?? [])].map((w) => w.toLowerCase())];
});

/** The kinds of offer a (folded) search text asks for, in catalogue order; [] when it names none.
 * A Dutch compound is about its last part, so a word is first read by its ending (a word of the
 * kind's entry of at least 5 letters: "opleidingssubsidie" asks for a scheme, "teamcoach" for a
 * coach), and otherwise by its beginning (plurals and inflections: "cursussen", "grants"). */
export function kindsForSearch(folded: string): ItemKindKey[] {
  const kinds = new Set<ItemKindKey>();
  for (const w of folded.split(' ').filter(Boolean)) {
    const byEnd = KIND_WORDS.find(([, entry]) => entry.some((e) => e.length >= 5 && w.endsWith(e)));
    const kind = byEnd ?? KIND_WORDS.find(([, entry]) => entry.some((e) => w.startsWith(e)));
    if (kind) kinds.add(kind[0]);
  }
  return ITEM_KINDS.filter((k) => kinds.has(k));
}
