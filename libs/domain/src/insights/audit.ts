import { type CellKey, type Relation, relations } from './suppression';

const EPS = 1e-9;

/**
 * The exact differencing audit: which unknown cells follow from all the relations of the table
 * set at once (every margin equals the sum of its cells, along each dimension). `keys` are the
 * non-empty cells; `unknown` the ones a reader does not know (hidden, or showing an earlier
 * quarter). A cell follows exactly when its unit vector lies in the row space of the relations
 * restricted to the unknowns: kept in reduced row echelon form, sparse, one relation at a time.
 * This covers every pair (and every larger combination) of filters and "total minus the shown
 * cells"; bounds (counts are at least 1) are handled by the interval rule in `complementary`.
 */
export function derivableCells(keys: Iterable<CellKey>, unknown: ReadonlySet<CellKey>, rels: Relation[] = relations(keys)): CellKey[] {
  const cols = new Map<CellKey, number>();
  const names: CellKey[] = [];
  const col = (key: CellKey) => {
    let c = cols.get(key);
    if (c === undefined) { c = names.length; cols.set(key, c); names.push(key); }
    return c;
  };
  const pivots = new Map<number, Map<number, number>>(); // pivot column → its row (RREF)
  const rowsWith = new Map<number, Set<number>>(); // column → pivot columns whose row holds it
  const link = (c: number, p: number) => { let s = rowsWith.get(c); if (!s) rowsWith.set(c, (s = new Set())); s.add(p); };
  for (const rel of rels) {
    const row = new Map<number, number>();
    const put = (key: CellKey, v: number) => {
      if (!unknown.has(key)) return;
      const c = col(key);
      row.set(c, (row.get(c) ?? 0) + v);
    };
    put(rel.parent, 1);
    for (const child of rel.children) put(child, -1);
    if (!row.size) continue;
    // Reduce by the existing pivots (their rows hold no other pivot column).
    for (const c of [...row.keys()]) {
      const pr = pivots.get(c);
      const f = row.get(c);
      if (!pr || f === undefined) continue;
      for (const [j, v] of pr) {
        const nv = (row.get(j) ?? 0) - f * v;
        if (Math.abs(nv) < EPS) row.delete(j);
        else row.set(j, nv);
      }
    }
    if (!row.size) continue;
    // The new pivot: the column held by the fewest rows, to keep fill-in low.
    let p = -1;
    for (const c of row.keys()) if (p < 0 || (rowsWith.get(c)?.size ?? 0) < (rowsWith.get(p)?.size ?? 0)) p = c;
    const scale = row.get(p) as number;
    for (const [j, v] of row) row.set(j, v / scale);
    // Clear the pivot column from every other pivot row.
    for (const q of [...(rowsWith.get(p) ?? [])]) {
      const qr = pivots.get(q) as Map<number, number>;
      const f = qr.get(p) as number;
      for (const [j, v] of row) {
        const nv = (qr.get(j) ?? 0) - f * v;
        if (Math.abs(nv) < EPS) { qr.delete(j); rowsWith.get(j)?.delete(q); }
        else { qr.set(j, nv); link(j, q); }
      }
    }
    pivots.set(p, row);
    for (const j of row.keys()) link(j, p);
  }
  const out: CellKey[] = [];
  for (const [p, row] of pivots) if (row.size === 1) out.push(names[p]);
  return out.sort();
}
