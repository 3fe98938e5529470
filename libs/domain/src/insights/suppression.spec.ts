import { ASPECT_KEYS, type AspectKey } from '../aspects';
import { buildQuarter, type OrgSnapshot, protectDemandGrid } from './demand-grid';
import { type CellKey, cellKey, changedBetween, K_ORGANISATIONS, type Members, protectSeries, relations, TOTAL } from './suppression';

/** A small deterministic random generator (mulberry32), so a failing table can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['twente', 'achterhoek', 'rijnmond', 'groningen'];
const SECTORS = ['C', 'F', 'G', 'Q'];
const SIZES = ['micro', 'small', 'medium'];

/** Organisations spread unevenly (many small cells), each with one round. */
function generateOrgs(seed: number, count: number): OrgSnapshot[] {
  const rnd = random(seed);
  const pick = <T>(list: T[], skew: number) => list[Math.min(list.length - 1, Math.floor(list.length * rnd() ** skew))];
  return Array.from({ length: count }, (_, i) => {
    const aspects = Object.fromEntries(ASPECT_KEYS.map((a) => [a, Math.round((1 + rnd() * 4) * 100) / 100])) as Record<AspectKey, number>;
    const weakSpots = [...ASPECT_KEYS].sort((a, b) => aspects[a] - aspects[b]).slice(0, 2);
    return { id: `org-${seed}-${i}`, version: `r-${seed}-${i}-1`, region: pick(REGIONS, 1.6), sector: pick(SECTORS, 2), sizeClass: pick(SIZES, 1.3), aspects, weakSpots };
  });
}

/**
 * The attacker's whole toolbox on one quarter: every additive relation of the table set at once
 * (which covers every pair of filters and every "total minus the shown cells"), solved exactly.
 * Unknowns are the hidden non-empty cells; the shown cells and the empty ones are known. Returns
 * the hidden cells whose count (and so, by the same equations, whose sums of scores) follows.
 */
function derivableHiddenCells(counts: Map<CellKey, number>, shown: (key: CellKey) => boolean): CellKey[] {
  const unknown = [...counts.keys()].filter((k) => !shown(k)).sort();
  const col = new Map(unknown.map((k, i) => [k, i]));
  const rows: number[][] = [];
  for (const rel of relations(counts.keys())) {
    const row = new Array(unknown.length).fill(0);
    let any = false;
    for (const [key, sign] of [[rel.parent, 1], ...rel.children.map((c) => [c, -1] as const)] as [CellKey, number][]) {
      const i = col.get(key);
      if (i !== undefined) { row[i] += sign; any = true; }
    }
    if (any) rows.push(row);
  }
  // Reduced row echelon form; a hidden cell is determined exactly when a row is its unit vector.
  let r = 0;
  for (let c = 0; c < unknown.length && r < rows.length; c++) {
    let p = r;
    while (p < rows.length && Math.abs(rows[p][c]) < 1e-9) p++;
    if (p === rows.length) continue;
    [rows[r], rows[p]] = [rows[p], rows[r]];
    const pivot = rows[r][c];
    for (let j = 0; j < unknown.length; j++) rows[r][j] /= pivot;
    for (let i = 0; i < rows.length; i++) {
      if (i === r || Math.abs(rows[i][c]) < 1e-9) continue;
      const f = rows[i][c];
      for (let j = 0; j < unknown.length; j++) rows[i][j] -= f * rows[r][j];
    }
    r++;
  }
  const out: CellKey[] = [];
  for (const row of rows.slice(0, r)) {
    const nonzero = row.map((v, i) => [v, i] as const).filter(([v]) => Math.abs(v) > 1e-9);
    if (nonzero.length === 1) out.push(unknown[nonzero[0][1]]);
  }
  return out;
}

function countsOf(members: Map<CellKey, Map<string, string>>): Map<CellKey, number> {
  return new Map([...members].map(([k, m]) => [k, m.size]));
}

describe('protectSeries: primary and complementary suppression', () => {
  it('hides a cell of 4 organisations, shows one of 5, and says why without a count', () => {
    const orgs: OrgSnapshot[] = [];
    const add = (region: string, sector: string, n: number) => {
      for (let i = 0; i < n; i++) orgs.push({ id: `${region}${sector}${i}`, version: '1', region, sector, sizeClass: 'small', aspects: {}, weakSpots: [] });
    };
    add('twente', 'C', 4); add('twente', 'F', 5); add('rijnmond', 'G', 5);
    const [grid] = protectDemandGrid([orgs]);
    expect(grid.get(cellKey('twente', 'C', 'small'))).toEqual({ shown: false, reason: 'too_few' });
    expect(grid.get(cellKey('rijnmond', 'G', 'small'))).toMatchObject({ shown: true, organisations: 5 });
    // Twente's total minus its only other sector would give the hidden one away.
    expect(grid.get(cellKey('twente', 'F', 'small'))).toEqual({ shown: false, reason: 'protects_another' });
    expect(grid.get(cellKey('twente', TOTAL, TOTAL))).toMatchObject({ shown: true, organisations: 9 });
    const [bare] = protectSeries([new Map<CellKey, Members>([[cellKey('twente', 'C', 'small'), new Map()]])]);
    expect(bare.size).toBe(0);
  });

  it('hides a second cell when "total minus the shown cells" would reveal the hidden one', () => {
    const orgs: OrgSnapshot[] = [];
    const add = (sector: string, n: number) => {
      for (let i = 0; i < n; i++) orgs.push({ id: `${sector}${i}`, version: '1', region: 'twente', sector, sizeClass: 'small', aspects: {}, weakSpots: [] });
    };
    add('C', 3); add('F', 6); add('G', 9);
    const [grid] = protectDemandGrid([orgs]);
    const state = (s: string) => grid.get(cellKey('twente', s, TOTAL));
    expect(state('C')).toEqual({ shown: false, reason: 'too_few' });
    expect(state('F')).toEqual({ shown: false, reason: 'protects_another' });
    expect(state('G')).toMatchObject({ shown: true, organisations: 9 });
    expect(grid.get(cellKey('twente', TOTAL, TOTAL))).toMatchObject({ shown: true, organisations: 18 });
  });

  it('never lets two too-few cells under a shown total be pinned by their reasons (4 + 4 = 8)', () => {
    const orgs: OrgSnapshot[] = [];
    const add = (sector: string, n: number) => {
      for (let i = 0; i < n; i++) orgs.push({ id: `${sector}${i}`, version: '1', region: 'twente', sector, sizeClass: 'small', aspects: {}, weakSpots: [] });
    };
    add('C', 4); add('F', 4); add('G', 7);
    const [grid] = protectDemandGrid([orgs]);
    // C and F together hold 8, and each holds at most 4: both would be exactly 4. G is hidden too.
    expect(grid.get(cellKey('twente', 'G', TOTAL))).toEqual({ shown: false, reason: 'protects_another' });
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])('generated table %i: no hidden cell follows from all shown figures together', (seed) => {
    const orgs = generateOrgs(seed, 40 + seed * 13);
    const [grid] = protectDemandGrid([orgs]);
    const { members } = buildQuarter(orgs);
    const counts = countsOf(members);
    const shown = (key: CellKey) => grid.get(key)?.shown === true;
    // Some cells are really hidden, or the test proves nothing.
    expect([...counts.keys()].filter((k) => !shown(k)).length).toBeGreaterThan(0);
    expect(derivableHiddenCells(counts, shown)).toEqual([]);
    for (const [key, cell] of grid) {
      if (cell.shown) expect(cell.organisations).toBeGreaterThanOrEqual(K_ORGANISATIONS);
      else if (cell.reason === 'protects_another') expect(counts.get(key)).toBeGreaterThanOrEqual(K_ORGANISATIONS);
      else if (cell.reason === 'too_few') expect(counts.get(key)).toBeLessThan(K_ORGANISATIONS);
    }
  });

  it.each([3, 7, 11, 19, 23])('generated table %i: every filter pair, every "margin minus shown cells" leaves 0 or ≥ 5 organisations', (seed) => {
    const orgs = generateOrgs(seed, 70);
    const [grid] = protectDemandGrid([orgs]);
    const counts = countsOf(buildQuarter(orgs).members);
    const shownCount = (key: CellKey) => {
      const c = grid.get(key);
      return c?.shown ? c.organisations : null;
    };
    const rels = relations(counts.keys());
    // Single relations, and pairs of relations that share a cell (subtracting one from the other).
    const residues: number[] = [];
    for (const rel of rels) {
      const parent = shownCount(rel.parent);
      if (parent === null) continue;
      const hiddenKids = rel.children.filter((c) => shownCount(c) === null);
      residues.push(parent - rel.children.reduce((s, c) => s + (shownCount(c) ?? 0), 0));
      if (hiddenKids.length === 1) throw new Error(`${hiddenKids[0]} follows from ${rel.parent}`);
    }
    for (const a of rels) for (const b of rels) {
      if (a === b) continue;
      const pa = shownCount(a.parent); const pb = shownCount(b.parent);
      if (pa === null || pb === null) continue;
      const hiddenA = new Set(a.children.filter((c) => shownCount(c) === null));
      const hiddenB = new Set(b.children.filter((c) => shownCount(c) === null));
      // (A's hidden cells) − (B's hidden cells), when B's are a subset of A's: what is left is one group.
      if ([...hiddenB].every((c) => hiddenA.has(c)) && hiddenB.size > 0 && hiddenA.size > hiddenB.size) {
        const left = [...hiddenA].filter((c) => !hiddenB.has(c));
        expect(left.length).toBeGreaterThanOrEqual(1);
        if (left.length === 1) throw new Error(`${left[0]} follows from ${a.parent} minus ${b.parent}`);
      }
    }
    for (const residue of residues) expect(residue === 0 || residue >= K_ORGANISATIONS).toBe(true);
  });
});

describe('protectSeries: stability across quarters', () => {
  const org = (id: string, version = '1', sector = 'C'): OrgSnapshot => ({ id, version, region: 'twente', sector, sizeClass: 'small', aspects: {}, weakSpots: [] });
  const ids = (n: number, prefix = 'o') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  it('keeps a hidden cell hidden until 5 organisations changed, even when it reaches 5', () => {
    const quarters = [
      ids(4).map((id) => org(id)),
      ids(5).map((id) => org(id)),
      ids(8).map((id) => org(id)),
      ids(9).map((id) => org(id)),
    ];
    const key = cellKey('twente', 'C', 'small');
    const result = protectSeries(quarters.map((q) => buildQuarter(q).members));
    expect(result.map((q) => q.get(key))).toEqual([
      { shown: false, reason: 'too_few' },
      { shown: false, reason: 'protects_another' },
      { shown: false, reason: 'protects_another' },
      { shown: true, base: 3 },
    ]);
  });

  it("does not let one organisation's re-scan show as the difference of two quarters", () => {
    const first = ids(7).map((id) => org(id));
    const second = first.map((o, i) => (i === 0 ? { ...o, version: '2', aspects: { leadership: 1 } } : o));
    const grids = protectDemandGrid([first, second]);
    const key = cellKey('twente', 'C', 'small');
    // The second quarter shows the first quarter's figures: only one organisation changed.
    expect(grids[1].get(key)).toMatchObject({ shown: true, base: 0 });
    const sixMore = ids(5, 'n').map((id) => org(id));
    const third = [...second, ...sixMore];
    const later = protectDemandGrid([first, second, third]);
    expect(later[2].get(key)).toMatchObject({ shown: true, base: 2, organisations: 12 });
  });

  it.each([5, 8, 13])('generated series %i: two shown figures of one cell differ by 0 or at least 5 organisations', (seed) => {
    const rnd = random(seed * 101);
    let orgs = generateOrgs(seed, 60);
    const quarters: OrgSnapshot[][] = [orgs];
    for (let q = 1; q < 5; q++) {
      orgs = orgs
        .filter(() => rnd() > 0.05)
        .map((o) => (rnd() < 0.15 ? { ...o, version: `${o.version}-q${q}` } : o))
        .concat(generateOrgs(seed * 1000 + q, 6));
      quarters.push(orgs);
    }
    const grids = protectDemandGrid(quarters);
    const members = quarters.map((q) => buildQuarter(q).members);
    const keys = new Set(grids.flatMap((g) => [...g.keys()]));
    for (const key of keys) {
      const bases = [...new Set(grids.map((g) => g.get(key)).flatMap((c) => (c?.shown ? [c.base] : [])))];
      for (const a of bases) for (const b of bases) {
        if (a >= b) continue;
        const changed = changedBetween(members[a].get(key), members[b].get(key));
        expect(changed === 0 || changed >= K_ORGANISATIONS).toBe(true);
      }
    }
    // Each quarter on its own still passes the exact attack.
    grids.forEach((grid, q) => {
      const counts = countsOf(members[q]);
      // A cell that shows an earlier quarter's figures tells nothing about this quarter's count.
      const current = (k: CellKey) => { const c = grid.get(k); return c?.shown === true && c.base === q; };
      const leaks = derivableHiddenCells(counts, current);
      expect(leaks).toEqual([]);
    });
  });
});

describe('protectDemandGrid: counts of weak organisations', () => {
  it('shows how many are weak on an aspect only from 5, and never inside a hidden cell', () => {
    const orgs: OrgSnapshot[] = [];
    for (let i = 0; i < 12; i++) {
      orgs.push({ id: `w${i}`, version: '1', region: 'twente', sector: i < 6 ? 'C' : 'F', sizeClass: 'small',
        aspects: { leadership: 2, collaboration: 4 }, weakSpots: i < 5 || i === 11 ? ['leadership'] : ['collaboration'] });
    }
    const [grid] = protectDemandGrid([orgs]);
    const region = grid.get(cellKey('twente', TOTAL, TOTAL));
    const c = grid.get(cellKey('twente', 'C', TOTAL));
    const f = grid.get(cellKey('twente', 'F', TOTAL));
    expect(region).toMatchObject({ shown: true, organisations: 12, weak: { leadership: 6, collaboration: 6 } });
    expect(region).toMatchObject({ weakest: ['leadership'] });
    // C: 5 weak on leadership, 1 on collaboration; F: 1 on leadership, 5 on collaboration.
    // The single ones are hidden, and so must the fives be (region − five = the single one).
    expect(c).toMatchObject({ shown: true, weak: { leadership: null, collaboration: null } });
    expect(f).toMatchObject({ shown: true, weak: { leadership: null, collaboration: null } });
    expect(changedBetween(new Map([['a', '1']]), new Map([['a', '2'], ['b', '1']]))).toBe(2);
  });
});
