import { fill, TEXTS } from '.';

type Tree = { readonly [key: string]: string | readonly string[] | Tree };

/** Every leaf as [dotted path, text]; a list's lines are leaves of their own. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [[path, value]];
    if (Array.isArray(value)) return (value as string[]).map((line, i): [string, string] => [`${path}.${i}`, line]);
    return leaves(value as Tree, path);
  });
}

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

describe('the API text catalogues', () => {
  const nl = new Map(leaves(TEXTS.nl));
  const en = new Map(leaves(TEXTS.en));

  it('have the same texts in Dutch and English, none empty', () => {
    expect([...en.keys()].sort()).toEqual([...nl.keys()].sort());
    for (const [path, text] of [...nl, ...en]) expect({ path, empty: text.trim() === '' }).toEqual({ path, empty: false });
  });

  it('use in English only placeholders that the Dutch text gets filled too', () => {
    for (const [path, text] of en) {
      const missing = [...placeholders(text)].filter((name) => !placeholders(nl.get(path)!).has(name));
      expect({ path, missing }).toEqual({ path, missing: [] });
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('moet minstens {n} zijn, niet {x}', { n: 3 })).toBe('moet minstens 3 zijn, niet {x}');
    expect(fill('{a}{a}', { a: '{b}' })).toBe('{b}{b}');
  });
});
