import { recommendationsQueryString } from './api/matching-api';
import {
  activeChoiceCount,
  filtersHref,
  NO_FILTERS,
  readFilters,
  toRecommendationsQuery,
  withoutChoices,
  writeFilters,
} from './recommendation-filters';

const ROUND = '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const read = (query: string) => readFilters(new URLSearchParams(query));

describe('the filters of the "Hulp vinden" page in the address bar', () => {
  it('reads every choice the owner can make', () => {
    expect(read(`roundId=${ROUND}&kind=coach&regionalOnly=true&freeOnly=1&language=en`)).toEqual({
      roundId: ROUND, kind: 'coach', regionalOnly: true, freeOnly: true, language: 'en',
    });
  });

  it('starts with nothing chosen', () => {
    expect(read('')).toEqual(NO_FILTERS);
  });

  it('leaves out what it does not know: an old link or a typo does not break the page', () => {
    expect(read('kind=subsidie&regionalOnly=ja&freeOnly=false&language=de&roundId=123')).toEqual(NO_FILTERS);
  });

  it('writes only what is set, in a fixed order, and reads it back the same', () => {
    const filters = { kind: 'training' as const, regionalOnly: false, freeOnly: true, language: 'nl' as const, roundId: ROUND };
    expect(writeFilters(filters).toString()).toBe(`roundId=${ROUND}&kind=training&freeOnly=true&language=nl`);
    expect(readFilters(writeFilters(filters))).toEqual(filters);
    expect(filtersHref(NO_FILTERS)).toBe('');
    expect(filtersHref({ ...NO_FILTERS, regionalOnly: true })).toBe('?regionalOnly=true');
  });

  it('asks the API for exactly the chosen filters, without the switched-off ones', () => {
    expect(toRecommendationsQuery(NO_FILTERS)).toEqual({});
    expect(toRecommendationsQuery({ ...NO_FILTERS, kind: 'scheme', regionalOnly: true })).toEqual({ kind: 'scheme', regionalOnly: true });
    expect(recommendationsQueryString(toRecommendationsQuery(read('freeOnly=true&kind=coach&language=en')))).toBe(
      'kind=coach&freeOnly=true&language=en',
    );
    expect(recommendationsQueryString({})).toBe('');
  });

  it('counts the owner\'s choices and clears them, keeping the round the list is about', () => {
    const filters = read(`roundId=${ROUND}&kind=coach&freeOnly=true`);
    expect(activeChoiceCount(filters)).toBe(2);
    expect(activeChoiceCount(read(`roundId=${ROUND}`))).toBe(0);
    expect(withoutChoices(filters)).toEqual({ ...NO_FILTERS, roundId: ROUND });
  });
});
