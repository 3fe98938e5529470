import {
  activeFilters,
  pageCount,
  readSearchState,
  searchHref,
  toSearchQuery,
  withFilter,
  withoutFilters,
  withPage,
  withQuery,
  writeSearchState,
} from './search-state';

const read = (query: string) => readSearchState(new URLSearchParams(query));

describe('readSearchState', () => {
  it('reads words, filters and page from the address bar', () => {
    expect(read('q=subsidie+scholing&kind=scheme&region=twente&sector=F&aspect=leadership&sizeClass=micro&page=3')).toEqual({
      q: 'subsidie scholing',
      kind: 'scheme',
      region: 'twente',
      sector: 'F',
      aspect: 'leadership',
      sizeClass: 'micro',
      page: 3,
    });
  });

  it('accepts nationwide as a region', () => {
    expect(read('region=landelijk').region).toBe('landelijk');
  });

  it('leaves out values that are not valid', () => {
    expect(read('kind=boat&region=atlantis&sector=Z&aspect=fun&sizeClass=huge&page=-2')).toEqual({ q: '', page: 1 });
    expect(read('page=abc').page).toBe(1);
    expect(read('page=0').page).toBe(1);
  });

  it('tidies the words', () => {
    expect(read('q=%20%20leiderschap%20%20%20coach%20').q).toBe('leiderschap coach');
  });
});

describe('writeSearchState', () => {
  it('writes only what is set and leaves page 1 out', () => {
    expect(writeSearchState({ q: 'coach', region: 'twente', page: 1 }).toString()).toBe('q=coach&region=twente');
    expect(writeSearchState({ q: '', page: 2 }).toString()).toBe('page=2');
    expect(searchHref({ q: '', page: 1 })).toBe('');
    expect(searchHref({ q: 'bouw & infra', page: 1 })).toBe('?q=bouw+%26+infra');
  });

  it('round-trips through the address bar', () => {
    const state = read('q=slim&kind=training&aspect=collaboration&page=2');
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });
});

describe('changing the search', () => {
  const state = read('q=slim&kind=scheme&region=twente&page=4');

  it('goes back to page 1 when a filter or the words change', () => {
    expect(withFilter(state, 'aspect', 'leadership')).toMatchObject({ aspect: 'leadership', page: 1 });
    expect(withQuery(state, ' leren ')).toMatchObject({ q: 'leren', kind: 'scheme', page: 1 });
  });

  it('removes a filter, or all of them but keeps the words', () => {
    expect(withFilter(state, 'region', undefined)).toEqual({ q: 'slim', kind: 'scheme', page: 1 });
    expect(withFilter(state, 'region', '')).toEqual({ q: 'slim', kind: 'scheme', page: 1 });
    expect(withoutFilters(state)).toEqual({ q: 'slim', page: 1 });
  });

  it('lists the filters that are on, in a fixed order', () => {
    expect(activeFilters(state)).toEqual([
      { key: 'kind', value: 'scheme' },
      { key: 'region', value: 'twente' },
    ]);
  });

  it('keeps pages at 1 or more', () => {
    expect(withPage(state, 0).page).toBe(1);
    expect(withPage(state, 5).page).toBe(5);
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(21, 10)).toBe(3);
  });
});

describe('toSearchQuery', () => {
  it('sends only what is set, with the page size', () => {
    expect(toSearchQuery(read('q=coach&region=twente&page=2'), 10)).toEqual({ q: 'coach', region: 'twente', page: 2, perPage: 10 });
    expect(toSearchQuery(read(''), 10)).toEqual({ page: 1, perPage: 10 });
  });
});
