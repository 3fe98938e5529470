import type { Item } from '@groeiwijzer/contracts';
import {
  emptyItemValues,
  makePrimary,
  parseDecimal,
  toggleValue,
  toItemInput,
  toItemPatch,
  valuesFromItem,
  type ItemFormValues,
} from './item-form-values';

function filled(kind: ItemFormValues['kind']): ItemFormValues {
  return {
    ...emptyItemValues(kind),
    title: '  SLIM-regeling  ',
    summary: ' Subsidie voor leren en ontwikkelen in het mkb. ',
    description: '## Voor wie\n\n- mkb\n',
    aspects: ['learning_organisation', 'leadership'],
    regions: ['twente', 'landelijk'],
    provider: 'Rijksoverheid',
  };
}

const stored: Item = {
  id: '0b7f0c1e-0000-4000-8000-000000000001',
  kind: 'scheme',
  title: 'SLIM-regeling',
  summary: 'Subsidie voor leren en ontwikkelen in het mkb.',
  description: 'Meer weten?',
  descriptionHtml: '<p>Meer weten?</p>',
  aspects: ['learning_organisation', 'leadership'],
  regions: ['landelijk'],
  sectors: [],
  sizeClasses: ['micro', 'small'],
  provider: 'Rijksoverheid',
  url: 'https://www.uitvoeringvanbeleidszw.nl/slim',
  contactEmail: null,
  costEur: null,
  format: null,
  language: 'nl',
  validFrom: null,
  validUntil: '2026-12-31',
  externalId: 'slim-2026',
  scheme: {
    fundingShare: 0.6,
    maxAmountEur: 24_999,
    eligibility: 'Mkb-bedrijven met minder dan 250 medewerkers.',
    startBy: null,
    completeBy: null,
    windows: [{ opens: '2026-03-02', closes: '2026-03-31' }],
  },
  training: null,
  coach: null,
  status: 'published',
  publisherId: '0b7f0c1e-0000-4000-8000-0000000000aa',
  publisherName: 'Sectortafel Bouw & Infra',
  verifiedOn: '2026-01-15',
  needsVerification: false,
  approved: true,
  publishedAt: '2026-01-15T10:00:00+01:00',
  createdAt: '2026-01-10T10:00:00+01:00',
  updatedAt: '2026-01-15T10:00:00+01:00',
};

describe('parseDecimal', () => {
  it('reads numbers as Dutch and English people type them', () => {
    expect(parseDecimal('250')).toBe(250);
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('€ 1.250,50')).toBe(1250.5);
    expect(parseDecimal('1,250.50')).toBe(1250.5);
    expect(parseDecimal('25.000')).toBe(25000);
    expect(parseDecimal(' 50 % ')).toBe(50);
  });

  it('is null for nothing and NaN for text that is no number', () => {
    expect(parseDecimal('  ')).toBeNull();
    expect(Number.isNaN(parseDecimal('veel'))).toBe(true);
    expect(Number.isNaN(parseDecimal('12,5,3'))).toBe(true);
  });
});

describe('toItemInput', () => {
  it('tidies the common fields and sends empty optional ones as null', () => {
    const { input, problems } = toItemInput({ ...filled('training'), costEur: '0', format: 'online' });
    expect(problems).toEqual({});
    expect(input).toMatchObject({
      kind: 'training',
      title: 'SLIM-regeling',
      summary: 'Subsidie voor leren en ontwikkelen in het mkb.',
      description: '## Voor wie\n\n- mkb',
      aspects: ['learning_organisation', 'leadership'],
      regions: ['twente', 'landelijk'],
      sectors: [],
      sizeClasses: [],
      provider: 'Rijksoverheid',
      url: null,
      contactEmail: null,
      costEur: 0,
      format: 'online',
      language: null,
      validFrom: null,
      validUntil: null,
      externalId: null,
    });
  });

  it('keeps the aspects in the order picked: the first is the primary one', () => {
    const values = { ...filled('coach'), aspects: makePrimary(['leadership', 'collaboration', 'work_content'] as const, 'work_content') };
    expect(toItemInput(values).input.aspects).toEqual(['work_content', 'leadership', 'collaboration']);
  });

  it('sends only the details of the item’s own kind', () => {
    const { input } = toItemInput(filled('training'));
    expect(input.training).toEqual({ durationHours: null, startDates: [] });
    expect(input).not.toHaveProperty('scheme');
    expect(input).not.toHaveProperty('coach');
  });

  it('turns the funding percentage into a share and keeps every window row in place', () => {
    const values = filled('scheme');
    values.scheme = {
      fundingPercent: '60',
      maxAmountEur: '24.999',
      eligibility: ' Mkb-bedrijven ',
      startBy: '',
      completeBy: '2027-06-30',
      windows: [
        { id: 'a', opens: '2026-03-02', closes: '2026-03-31' },
        { id: 'b', opens: '', closes: '' },
        { id: 'c', opens: '2026-09-01', closes: '' },
      ],
    };
    expect(toItemInput(values).input.scheme).toEqual({
      fundingShare: 0.6,
      maxAmountEur: 24999,
      eligibility: 'Mkb-bedrijven',
      startBy: null,
      completeBy: '2027-06-30',
      // The API's row numbers (scheme.windows.2.closes) must point at the form's third row.
      windows: [
        { opens: '2026-03-02', closes: '2026-03-31' },
        { opens: '', closes: '' },
        { opens: '2026-09-01', closes: '' },
      ],
    });
    expect(toItemInput({ ...values, scheme: { ...values.scheme, fundingPercent: '33,33' } }).input.scheme?.fundingShare).toBe(0.3333);
  });

  it('says which numbers it could not read, and a percentage outside 1–100', () => {
    const values = filled('scheme');
    values.costEur = 'gratis';
    values.scheme = { ...values.scheme, fundingPercent: '150' };
    expect(toItemInput(values).problems).toEqual({ costEur: 'number', 'scheme.fundingShare': 'percent' });
    expect(toItemInput({ ...values, costEur: '', scheme: { ...values.scheme, fundingPercent: '0' } }).problems).toEqual({
      'scheme.fundingShare': 'percent',
    });
  });

  it('leaves out empty start dates of a training', () => {
    const values = filled('training');
    values.training = {
      durationHours: '2,5',
      startDates: [
        { id: 'a', value: '2026-09-07' },
        { id: 'b', value: '' },
      ],
    };
    expect(toItemInput(values).input.training).toEqual({ durationHours: 2.5, startDates: ['2026-09-07'] });
  });

  it('sends the coach details, a missing capacity as null for the API to explain', () => {
    const values = filled('coach');
    values.contactEmail = ' coach@example.nl ';
    values.coach = { coachType: 'consularis', entrepreneurExperience: true, capacity: '3', languages: ['nl', 'tr'] };
    const { input } = toItemInput(values);
    expect(input.contactEmail).toBe('coach@example.nl');
    expect(input.coach).toEqual({ coachType: 'consularis', entrepreneurExperience: true, capacity: 3, languages: ['nl', 'tr'] });

    values.coach = { ...values.coach, capacity: '' };
    expect(JSON.parse(JSON.stringify(toItemInput(values).input)).coach.capacity).toBeNull();
  });
});

describe('valuesFromItem and toItemPatch', () => {
  it('fills the form from a stored item, the share as a percentage', () => {
    const values = valuesFromItem(stored);
    expect(values.scheme.fundingPercent).toBe('60');
    expect(values.scheme.maxAmountEur).toBe('24999');
    expect(values.scheme.windows.map(({ opens, closes }) => ({ opens, closes }))).toEqual(stored.scheme?.windows);
    expect(values.contactEmail).toBe('');
    expect(values.language).toBe('nl');
  });

  it('sends nothing when nothing changed', () => {
    expect(toItemPatch(toItemInput(valuesFromItem(stored)).input, stored)).toEqual({});
  });

  it('sends only what changed, the details of the kind whole, and emptied fields as null', () => {
    const values = valuesFromItem(stored);
    values.title = 'SLIM-regeling 2026';
    values.validUntil = '';
    values.scheme.windows[0].closes = '2026-04-30';
    expect(toItemPatch(toItemInput(values).input, stored)).toEqual({
      title: 'SLIM-regeling 2026',
      validUntil: null,
      scheme: { ...stored.scheme, windows: [{ opens: '2026-03-02', closes: '2026-04-30' }] },
    });
  });

  it('never sends the kind', () => {
    expect(toItemPatch(toItemInput({ ...valuesFromItem(stored), kind: 'scheme' }).input, stored)).not.toHaveProperty('kind');
  });
});

describe('toggleValue', () => {
  it('adds at the end and removes without changing the order of the rest', () => {
    expect(toggleValue(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggleValue(['a', 'b', 'c'], 'b', false)).toEqual(['a', 'c']);
    expect(toggleValue(['a', 'b'], 'a', true)).toEqual(['a', 'b']);
  });
});
