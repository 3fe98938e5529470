/**
 * Protection of the regional demand grid (region × sector × size class, every margin), the way
 * statistics offices protect a linked table set rather than checking each query as it comes:
 *
 * 1. primary suppression: a cell of fewer than `k` organisations is hidden (`too_few`), an empty
 *    cell is `no_data`;
 * 2. stability across quarters: a cell hidden in the previous quarter stays hidden until at least
 *    `k` organisations changed since (joined, left or scanned again), and a shown cell in which
 *    1 to k−1 organisations changed keeps showing the figures of its last published quarter, so
 *    no difference between two quarters isolates fewer than `k` organisations;
 * 3. complementary suppression (a cell showing an earlier quarter's figures counts as unknown
 *    for this quarter): in every additive relation (a margin and the cells that add up
 *    to it, along each dimension) a hidden cell may never be the only unknown, the hidden cells
 *    under a shown margin hold at least `k` organisations together, and the reasons (a `too_few`
 *    cell holds 1..k−1, a `protects_another` cell at least k) never pin a too-few cell's count.
 *
 * Written here rather than taken from a library: the statistical packages that do this (τ-Argus,
 * sdcTable) are R/Java programs; this is the small part of them the grid needs, with tests.
 */

import { derivableCells } from './audit';

export const K_ORGANISATIONS = 5;
export const TOTAL = '*';

export type HiddenReason = 'too_few' | 'protects_another' | 'no_data';

/** A cell key: `region|sector|sizeClass`, each part a value or `*` (every value). */
export type CellKey = string;
export const cellKey = (region: string, sector: string, sizeClass: string): CellKey => `${region}|${sector}|${sizeClass}`;
export const splitKey = (key: CellKey): [string, string, string] => key.split('|') as [string, string, string];

/** Who is in a cell: organisation id → the version of its figures (the round that counts). */
export type Members = ReadonlyMap<string, string>;

export type Protection =
  | { shown: true; /** index of the quarter whose figures are shown (this one, or an earlier one) */ base: number }
  | { shown: false; reason: HiddenReason };

/** A margin and the cells along one dimension that add up to it. */
export interface Relation {
  parent: CellKey;
  children: CellKey[];
}

/** Every additive relation among the given non-empty cells: for each cell with `*` in a
 * dimension, the non-empty cells that have a value there and agree elsewhere. */
export function relations(keys: Iterable<CellKey>): Relation[] {
  const all = new Set(keys);
  const byParent = new Map<CellKey, CellKey[]>();
  for (const key of all) {
    const parts = splitKey(key);
    for (let d = 0; d < 3; d++) {
      if (parts[d] === TOTAL) continue;
      const p = [...parts] as [string, string, string];
      p[d] = TOTAL;
      const parent = `${d}:${p.join('|')}`;
      const list = byParent.get(parent);
      if (list) list.push(key);
      else byParent.set(parent, [key]);
    }
  }
  const out: Relation[] = [];
  for (const [tagged, children] of byParent) {
    const parent = tagged.slice(tagged.indexOf(':') + 1);
    out.push({ parent, children: children.sort() });
  }
  return out.sort((a, b) => (a.parent < b.parent ? -1 : a.parent > b.parent ? 1 : 0) || (a.children[0] < b.children[0] ? -1 : 1));
}

/** How many organisations differ between two compositions (joined, left, or another round). */
export function changedBetween(a: Members | undefined, b: Members | undefined): number {
  if (!a || !b) return Math.max(a?.size ?? 0, b?.size ?? 0);
  let changed = 0;
  for (const [org, version] of a) if (b.get(org) !== version) changed++;
  for (const org of b.keys()) if (!a.has(org)) changed++;
  return changed;
}

/**
 * What hiding a cell costs: its number of organisations, and far less for a country-wide figure
 * (region `*`), which only admins see, than for a region's own cells that its publishers use. A
 * margin is still hidden only when that is cheaper than any of its cells. Ties by key.
 */
export function hidingCost(key: CellKey, n: number): number {
  return key.startsWith(`${TOTAL}|`) ? n / 100 : n;
}

const byCost = (n: (key: CellKey) => number) => (a: CellKey, b: CellKey) => hidingCost(a, n(a)) - hidingCost(b, n(b)) || (a < b ? -1 : a > b ? 1 : 0);

/** `carried`: shown with an earlier quarter's figures, so this quarter's value is unknown to a
 * reader too and counts as an unknown in every relation (it is not hidden from view). */
interface Hidden { reason: HiddenReason | 'carried' }

/**
 * Complementary suppression on one quarter: extends `hidden` (key → reason) until every relation
 * is safe. `counts` holds every non-empty cell. Deterministic: the smallest shown child (ties by
 * key) is hidden first; the margin itself only when no child is left.
 */
export function complementary(counts: ReadonlyMap<CellKey, number>, hidden: Map<CellKey, Hidden>, k = K_ORGANISATIONS, reasonsShown = true): void {
  const rels = relations(counts.keys());
  const n = (key: CellKey) => counts.get(key) ?? 0;
  const hideNext = (rel: Relation): boolean => {
    // The cheapest shown cell of the relation, the margin itself included once no child is left
    // or when it is a country figure (cheaper than a region's own: see hidingCost).
    const candidates = [...rel.children, rel.parent].filter((c) => !hidden.has(c) && n(c) > 0).sort(byCost(n));
    if (!candidates.length) return false;
    hidden.set(candidates[0], { reason: 'protects_another' });
    return true;
  };
  for (let guard = 0; guard < counts.size + 1; guard++) {
    let changed = false;
    for (const rel of rels) {
      const hiddenKids = rel.children.filter((c) => hidden.has(c));
      const parentHidden = hidden.has(rel.parent);
      const unknowns = hiddenKids.length + (parentHidden ? 1 : 0);
      if (unknowns === 0) continue;
      if (unknowns === 1 || (!parentHidden && !safeGroup(hiddenKids, hidden, n, k, reasonsShown))) {
        if (hideNext(rel)) changed = true;
      }
    }
    if (!changed) return;
  }
}

/**
 * The line rules of `complementary` look at one relation at a time; a pattern across dimensions
 * can still pin a hidden cell. The exact audit finds those; for each, the smallest shown cell in
 * one of its relations is hidden too, the line rules run again, until the audit finds nothing.
 */
export function auditAndExtend(counts: ReadonlyMap<CellKey, number>, hidden: Map<CellKey, Hidden>, k = K_ORGANISATIONS, reasonsShown = true): void {
  const rels = relations(counts.keys());
  const relsOf = new Map<CellKey, Relation[]>();
  for (const r of rels) for (const c of [r.parent, ...r.children]) {
    const list = relsOf.get(c);
    if (list) list.push(r);
    else relsOf.set(c, [r]);
  }
  const n = (key: CellKey) => counts.get(key) ?? 0;
  // The nearest shown cell through the relations (all of the leak's own may be hidden already).
  const nearestShown = (leak: CellKey): CellKey | null => {
    let frontier = [leak];
    const seen = new Set(frontier);
    while (frontier.length) {
      const next: CellKey[] = [];
      const candidates: CellKey[] = [];
      for (const cell of frontier) for (const r of relsOf.get(cell) ?? []) for (const c of [r.parent, ...r.children]) {
        if (seen.has(c)) continue;
        seen.add(c);
        if (hidden.has(c) || n(c) === 0) next.push(c);
        else candidates.push(c);
      }
      if (candidates.length) return candidates.sort(byCost(n))[0];
      frontier = next;
    }
    return null;
  };
  for (let guard = 0; guard < counts.size; guard++) {
    const leaks = derivableCells(counts.keys(), new Set(hidden.keys()));
    if (!leaks.length) return;
    let changed = false;
    for (const leak of leaks) {
      const cell = nearestShown(leak);
      if (cell) { hidden.set(cell, { reason: 'protects_another' }); changed = true; }
    }
    if (!changed) return;
    complementary(counts, hidden, k, reasonsShown);
  }
}

/** Under a shown margin the hidden children's total is known: it must hold at least k
 * organisations, and no too-few child's count may follow from it and the bounds the reasons
 * give away when they are published (too few: 1..k−1; protects another: at least k). */
function safeGroup(kids: CellKey[], hidden: Map<CellKey, Hidden>, n: (key: CellKey) => number, k: number, reasonsShown: boolean): boolean {
  if (kids.length < 2) return false;
  const total = kids.reduce((sum, c) => sum + n(c), 0);
  if (total < k) return false;
  const lower = (c: CellKey) => (!reasonsShown || hidden.get(c)?.reason === 'too_few' ? 1 : k);
  const upper = (c: CellKey) => (reasonsShown && hidden.get(c)?.reason === 'too_few' ? k - 1 : Number.POSITIVE_INFINITY);
  for (const c of kids) {
    if (hidden.get(c)?.reason !== 'too_few') continue;
    let othersLower = 0;
    let othersUpper = 0;
    for (const d of kids) if (d !== c) { othersLower += lower(d); othersUpper += upper(d); }
    const hi = Math.min(reasonsShown ? k - 1 : Number.POSITIVE_INFINITY, total - othersLower);
    const lo = Math.max(1, total - othersUpper);
    if (hi <= lo) return false;
  }
  return true;
}

/**
 * Protects a series of quarters (oldest first). `quarters[q]` maps each non-empty cell to its
 * members. `forced[q]` names cells that must be hidden whatever their count (e.g. a count of
 * weak organisations inside a hidden cell). Returns, per quarter, the protection of every cell
 * that is non-empty in that quarter or was non-empty before (an emptied cell is `no_data`).
 * `reasonsShown`: whether readers see why a cell is hidden (then its reason bounds its count).
 */
export function protectSeries(
  quarters: ReadonlyArray<ReadonlyMap<CellKey, Members>>,
  k = K_ORGANISATIONS,
  forced: ReadonlyArray<ReadonlySet<CellKey> | undefined> = [],
  reasonsShown = true,
): Map<CellKey, Protection>[] {
  // Per cell: the composition the next quarter is compared with, and where its figures come from.
  const state = new Map<CellKey, { shown: boolean; base: number; members: Members }>();
  const out: Map<CellKey, Protection>[] = [];
  quarters.forEach((cells, q) => {
    const counts = new Map<CellKey, number>();
    for (const [key, members] of cells) if (members.size > 0) counts.set(key, members.size);
    const hidden = new Map<CellKey, Hidden>();
    const carried = new Map<CellKey, number>();
    const carry = (key: CellKey, base: number) => {
      carried.set(key, base);
      hidden.set(key, { reason: 'carried' });
    };
    for (const [key, size] of counts) {
      const members = cells.get(key) as Members;
      const prev = state.get(key);
      if (size < k) hidden.set(key, { reason: 'too_few' });
      else if (forced[q]?.has(key)) hidden.set(key, { reason: 'protects_another' });
      else if (prev) {
        const changed = changedBetween(prev.members, members);
        if (!prev.shown && changed < k) hidden.set(key, { reason: 'protects_another' });
        else if (prev.shown && changed > 0 && changed < k) carry(key, prev.base);
      }
    }
    complementary(counts, hidden, k, reasonsShown);
    auditAndExtend(counts, hidden, k, reasonsShown);
    const result = new Map<CellKey, Protection>();
    for (const key of new Set([...counts.keys(), ...state.keys()])) {
      const members = cells.get(key);
      if (!counts.has(key)) {
        result.set(key, { shown: false, reason: 'no_data' });
        // Emptied: the next figures are compared with an empty cell's.
        const prev = state.get(key);
        if (prev) state.set(key, { shown: false, base: prev.base, members: prev.shown ? prev.members : new Map() });
        continue;
      }
      const h = hidden.get(key);
      const prev = state.get(key);
      if (h && h.reason !== 'carried') {
        result.set(key, { shown: false, reason: h.reason });
        // Compared later with the last published composition, or with the start of the hidden streak.
        if (!prev) state.set(key, { shown: false, base: q, members: members as Members });
        else if (prev.shown) state.set(key, { shown: false, base: prev.base, members: prev.members });
      } else if (h) {
        result.set(key, { shown: true, base: carried.get(key) as number });
      } else {
        result.set(key, { shown: true, base: q });
        state.set(key, { shown: true, base: q, members: members as Members });
      }
    }
    out.push(result);
  });
  return out;
}
