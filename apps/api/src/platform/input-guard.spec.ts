import { inspectInput, MAX_JSON_DEPTH } from './input-guard';

describe('input guard', () => {
  it('accepts ordinary nested input, including paired surrogates (emoji)', () => {
    expect(inspectInput({ name: 'Bakkerij 🥖', scheme: { windows: [{ opens: '2026-01-01' }] } })).toBeNull();
    expect(inspectInput([{ title: 'x' }, 5, null, true])).toBeNull();
  });

  it('names the field that holds a NUL character or an unpaired surrogate', () => {
    expect(inspectInput({ name: 'a\u0000b' })).toEqual({ kind: 'text', field: 'name', key: 'field_nul' });
    expect(inspectInput({ email: 'a\ud800@x.nl' })).toEqual({ kind: 'text', field: 'email', key: 'field_unpaired_surrogate' });
    expect(inspectInput({ email: 'a\udc00@x.nl' })).toEqual({ kind: 'text', field: 'email', key: 'field_unpaired_surrogate' });
    expect(inspectInput({ scheme: { windows: [{ opens: '\u0000' }] } })).toMatchObject({ field: 'scheme.windows.0.opens' });
    expect(inspectInput([{}, { title: 'x\u0000' }])).toMatchObject({ field: '1.title' });
    expect(inspectInput({ 'a\u0000': 1 })).toMatchObject({ field: 'a\u0000', key: 'field_nul' });
    expect(inspectInput('x\u0000', 'q')).toMatchObject({ field: 'q' });
    expect(inspectInput('x\u0000')).toMatchObject({ field: 'body' });
  });

  it('refuses nesting beyond the limit without overflowing the stack, however deep', () => {
    let shallow: unknown = 1;
    for (let i = 0; i < MAX_JSON_DEPTH; i++) shallow = [shallow];
    expect(inspectInput(shallow)).toBeNull();
    const deep = JSON.parse('['.repeat(200_000) + ']'.repeat(200_000));
    expect(inspectInput(deep)).toEqual({ kind: 'too_deep' });
  });
});
