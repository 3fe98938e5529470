import { fieldDomId, inFieldOrder, ITEM_FIELD_ORDER, placeFieldErrors, resolveItemField, resolvePublisherField } from './field-errors';

describe('resolveItemField', () => {
  const scheme = resolveItemField({ kind: 'scheme', windows: 2 });
  const coach = resolveItemField({ kind: 'coach', windows: 1 });
  const training = resolveItemField({ kind: 'training', windows: 1 });

  it('places the common fields on themselves', () => {
    for (const field of ['title', 'summary', 'description', 'provider', 'url', 'contactEmail', 'costEur', 'validUntil', 'externalId']) {
      expect(scheme(field)).toBe(field);
    }
  });

  it('places a problem with one entry of a list on the whole list', () => {
    expect(scheme('aspects')).toBe('aspects');
    expect(scheme('aspects.2')).toBe('aspects');
    expect(scheme('regions.0')).toBe('regions');
    expect(coach('coach.languages.1')).toBe('coach.languages');
    expect(training('training.startDates.0')).toBe('training.startDates');
  });

  it('places the fields of the item’s kind, also per window row', () => {
    expect(scheme('scheme.fundingShare')).toBe('scheme.fundingShare');
    expect(scheme('scheme.windows')).toBe('scheme.windows');
    expect(scheme('scheme.windows.1.closes')).toBe('scheme.windows.1.closes');
    expect(scheme('scheme.windows.0')).toBe('scheme.windows.0');
    expect(scheme('scheme.windows.0.other')).toBe('scheme.windows.0');
    expect(scheme('scheme')).toBe('scheme');
    expect(coach('coach.capacity')).toBe('coach.capacity');
    expect(coach('coach.entrepreneurExperience')).toBe('coach.entrepreneurExperience');
  });

  it('puts a window row the form does not have on the list of windows', () => {
    expect(scheme('scheme.windows.5.opens')).toBe('scheme.windows');
  });

  it('has no place for unknown fields or another kind’s details', () => {
    expect(scheme('kind')).toBeNull();
    expect(scheme('colour')).toBeNull();
    expect(scheme('')).toBeNull();
    expect(scheme('coach.capacity')).toBeNull();
    expect(coach('coach.hobby')).toBeNull();
    expect(training('coach.languages.0')).toBeNull();
  });
});

describe('placeFieldErrors', () => {
  it('splits the API’s problems into those shown in place and the rest', () => {
    const fields = {
      'scheme.windows.0.closes': 'Kies een datum na de opening.',
      'aspects.1': 'Onbekend onderwerp.',
      aspects: 'Kies minstens één onderwerp.',
      extra: 'Onbekend veld.',
    };
    expect(placeFieldErrors(fields, resolveItemField({ kind: 'scheme', windows: 1 }))).toEqual({
      placed: { 'scheme.windows.0.closes': 'Kies een datum na de opening.', aspects: 'Onbekend onderwerp.' },
      unplaced: [{ field: 'extra', message: 'Onbekend veld.' }],
    });
  });

  it('works for the publisher registration form', () => {
    expect(placeFieldErrors({ name: 'Te kort.', 'regions.2': 'Onbekende regio.', x: 'y' }, resolvePublisherField)).toEqual({
      placed: { name: 'Te kort.', regions: 'Onbekende regio.' },
      unplaced: [{ field: 'x', message: 'y' }],
    });
  });
});

describe('fieldDomId and inFieldOrder', () => {
  it('makes ids without dots', () => {
    expect(fieldDomId('item', 'scheme.windows.0.closes')).toBe('item-scheme-windows-0-closes');
  });

  it('sorts as the form shows its fields, rows by number', () => {
    expect(
      inFieldOrder(['externalId', 'scheme.windows.1.opens', 'scheme.windows.0.closes', 'scheme.windows.0.opens', 'title', 'aspects'], ITEM_FIELD_ORDER),
    ).toEqual(['title', 'aspects', 'scheme.windows.0.opens', 'scheme.windows.0.closes', 'scheme.windows.1.opens', 'externalId']);
  });
});
