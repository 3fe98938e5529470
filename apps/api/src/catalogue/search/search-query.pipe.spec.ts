import 'reflect-metadata';
import { type ArgumentMetadata } from '@nestjs/common';
import { ValidationFailed } from '../../common/app-error';
import { createValidationPipe, dtoValidationPipe } from '../../common/validation';
import { SearchQueryDto } from './search-query.dto';
import { quickSearchQuery, SearchQueryPipe } from './search-query.pipe';

const meta: ArgumentMetadata = { type: 'query', metatype: SearchQueryDto, data: undefined };
const full = dtoValidationPipe(SearchQueryDto);
/** What the class-validator rules make of a query: the object, or the fields they refuse. */
const byRules = async (value: object) => {
  try {
    return { ok: { ...(await full.transform(value, meta)) } };
  } catch (e) {
    if (!(e instanceof ValidationFailed)) throw e;
    return { refused: e.problems.map((p) => p.field).sort() };
  }
};

// Values of each parameter: as the web app sends them, and the edge cases around them.
const VALUES: Record<string, { valid: unknown[]; edge: unknown[] }> = {
  q: { valid: ['', 'subsidie', 'subsidie ', ' leiderschap training', 'x'.repeat(200)], edge: ['x'.repeat(201), '😀'.repeat(150), ['a', 'b']] },
  kind: { valid: ['scheme', 'training', 'coach'], edge: ['', 'boek', 'Scheme'] },
  region: { valid: ['twente', 'landelijk', 'achterhoek'], edge: ['mars', '', 'Twente'] },
  sector: { valid: ['F', 'C', 'U'], edge: ['f', 'Z', '', 'FF'] },
  aspect: { valid: ['room_and_safety', 'leadership'], edge: ['nope', ''] },
  sizeClass: { valid: ['micro', 'small', 'medium'], edge: ['large', ''] },
  page: { valid: ['1', '2', '500'], edge: ['501', '0', '01', '-1', ' 2', '2.0', '1e2', 'abc', '', ['1', '2']] },
  perPage: { valid: ['1', '10', '50'], edge: ['51', '0', '20 ', 'ten'] },
  foo: { valid: [], edge: ['bar'] },
};

/** A deterministic stream of queries: each parameter left out or given a value, an edge case one time in five. */
function* queries(count: number): Generator<Record<string, unknown>> {
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let i = 0; i < count; i++) {
    const q: Record<string, unknown> = {};
    for (const [key, { valid, edge }] of Object.entries(VALUES)) {
      if (next(key === 'foo' ? 30 : 2) !== 0) continue;
      const values = valid.length && next(5) !== 0 ? valid : edge;
      q[key] = values[next(values.length)];
    }
    yield q;
  }
}

describe('SearchQueryPipe', () => {
  it('accepts at a glance only what the DTO rules accept, and gives the same parameters', async () => {
    let quick = 0;
    for (const q of queries(3000)) {
      const fast = quickSearchQuery(q);
      if (!fast) continue;
      quick++;
      expect([q, { ok: { ...fast } }]).toEqual([q, await byRules(q)]);
    }
    // The quick path is the usual one, not a corner case.
    expect(quick).toBeGreaterThan(100);
  });

  it('takes the quick path for what the web app sends', () => {
    expect(quickSearchQuery({ q: 'leiderschap training', region: 'twente', kind: 'coach', page: '2', perPage: '10' }))
      .toEqual(Object.assign(new SearchQueryDto(), { q: 'leiderschap training', region: 'twente', kind: 'coach', page: 2, perPage: 10 }));
    expect(quickSearchQuery({})).toEqual(new SearchQueryDto());
  });

  it('refuses bad parameters through the DTO rules, naming each field', async () => {
    const pipe = new SearchQueryPipe();
    await expect(pipe.transform({ kind: 'boek', region: 'mars', perPage: '500' }, meta)).rejects.toMatchObject({
      problems: [expect.objectContaining({ field: 'kind' }), expect.objectContaining({ field: 'region' }), expect.objectContaining({ field: 'perPage' })],
    });
    await expect(pipe.transform({ q: 'x', foo: 'bar' }, meta)).rejects.toMatchObject({ problems: [{ field: 'foo', key: 'field_unknown', vars: {} }] });
    // Still valid by the rules though not at a glance: a page written 2.0 is page 2.
    expect(await pipe.transform({ page: '2.0' }, meta)).toMatchObject({ page: 2 });
  });

  it('is the only check: the global pipe leaves the search parameters to it', async () => {
    const value = { kind: 'boek' };
    expect(await createValidationPipe().transform(value, meta)).toBe(value);
  });
});
