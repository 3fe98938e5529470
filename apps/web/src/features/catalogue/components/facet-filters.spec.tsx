import type { SearchResponse } from '@groeiwijzer/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { LocaleProvider } from '../../../i18n';
import type { SearchState } from '../search-state';
import { FacetFilters } from './facet-filters';

/** The counts the API gives with kind=training: the kind facet is counted without its own
 * filter, so the schemes keep their count (disjunctive facets). */
const FACETS: SearchResponse['facets'] = {
  kind: { training: 2, scheme: 3 },
  region: { twente: 2, landelijk: 1 },
  aspect: { leadership: 2 },
  sector: { F: 1 },
  sizeClass: { small: 2 },
};

function render(state: SearchState, facets: SearchResponse['facets'] | undefined, locale: 'nl' | 'en' = 'nl') {
  const html = renderToStaticMarkup(
    <LocaleProvider initialLocale={locale}>
      <FacetFilters state={state} facets={facets} onChange={() => undefined} />
    </LocaleProvider>,
  );
  const text = html.replace(/<[^>]+>/g, ' ');
  const radio = (value: string) => new RegExp(`<input[^>]*name="kind"[^>]*value="${value}"[^>]*>`).exec(html)?.[0] ?? '';
  return {
    text,
    /** The label text of a kind radio (the radio sits in its label), as a screen reader names it. */
    kindLabel: (value: string) => new RegExp(`<label[^>]*>${escape(radio(value))}<span>([^<]*)</span></label>`).exec(html)?.[1],
    checked: (value: string) => /\schecked=""/.test(radio(value)),
    option: (select: string, value: string) => {
      const body = new RegExp(`<select[^>]*name="${select}"[^>]*>(.*?)</select>`).exec(html)?.[1] ?? '';
      return new RegExp(`<option value="${value}"[^>]*>([^<]*)</option>`).exec(body)?.[1];
    },
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('FacetFilters', () => {
  it('after a kind is chosen, every other kind still shows its count in its label text', () => {
    const { kindLabel, checked } = render({ q: '', kind: 'training', page: 1 }, FACETS);
    expect(checked('training')).toBe(true);
    expect(kindLabel('training')).toBe('Opleidingen (2)');
    expect(kindLabel('scheme')).toBe('Regelingen (3)');
    // A value the API does not list finds nothing: said as 0, not left blank.
    expect(kindLabel('coach')).toBe('Coaches (0)');
  });

  it('shows the counts in the options of the selects too, and explains what they mean', () => {
    const { text, option } = render({ q: '', region: 'twente', page: 1 }, FACETS);
    expect(option('region', 'twente')).toBe('Twente (2)');
    expect(option('region', 'landelijk')).toMatch(/\(1\)$/);
    expect(option('region', 'rijnmond')).toBe('Rijnmond (0)');
    expect(option('sizeClass', 'small')).toMatch(/\(2\)$/);
    expect(text).toContain('Het getal achter een keuze is het aantal resultaten dat je met die keuze vindt');
  });

  it('in English as well', () => {
    const { text, kindLabel } = render({ q: '', kind: 'training', page: 1 }, FACETS, 'en');
    expect(kindLabel('scheme')).toBe('Schemes (3)');
    expect(text).toContain('The number after a choice is how many results you find with that choice');
  });

  it('before the first answer: the choices without counts, and no explanation of counts', () => {
    const { text, kindLabel, option } = render({ q: '', page: 1 }, undefined);
    expect(kindLabel('scheme')).toBe('Regelingen');
    expect(option('region', 'twente')).toBe('Twente');
    expect(text).not.toContain('Het getal achter een keuze');
  });
});
