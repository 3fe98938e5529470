import { checkItem, checkPatchKeys, isIsoDate, isWebUrl, type ItemProblem } from './item-rules';

type Input = Record<string, unknown>;

const common = {
  title: 'SLIM-regeling voor leren',
  summary: 'Subsidie voor mkb-bedrijven die leren op het werk willen stimuleren.',
  aspects: ['learning_organisation'],
  regions: ['landelijk'],
  sectors: [],
  sizeClasses: [],
  provider: 'Rijksoverheid',
};

const scheme = (over: Input = {}): Input => ({
  ...common,
  kind: 'scheme',
  scheme: { fundingShare: 0.6, windows: [{ opens: '2026-03-01', closes: '2026-03-31' }], eligibility: 'Mkb-bedrijven met personeel in Nederland.' },
  ...over,
});

const training = (over: Input = {}): Input => ({
  ...common,
  kind: 'training',
  title: 'Leidinggeven aan leren',
  regions: ['twente'],
  sectors: ['C', 'F'],
  costEur: 450,
  format: 'blended',
  training: { durationHours: 12, startDates: ['2026-09-07'] },
  ...over,
});

const coach = (over: Input = {}): Input => ({
  ...common,
  kind: 'coach',
  title: 'Marieke Jansen, consulent',
  regions: ['twente'],
  contactEmail: 'marieke@example.nl',
  coach: { coachType: 'consularis', entrepreneurExperience: true, capacity: 5, languages: ['nl'] },
  ...over,
});

/** The input with one (possibly nested) field removed. */
function without(input: Input, path: string): Input {
  const copy = structuredClone(input);
  const keys = path.split('.');
  const last = keys.pop() as string;
  let target: Input = copy;
  for (const k of keys) target = target[k] as Input;
  delete target[last];
  return copy;
}

/** The problem reported for one field, if any. */
const problemAt = (problems: ItemProblem[], field: string) => problems.find((p) => p.field === field);

describe('checkItem: a valid item of each kind', () => {
  it.each([
    ['scheme', scheme()],
    ['training', training()],
    ['coach', coach()],
  ])('accepts a complete %s', (kind, input) => {
    const { item, problems } = checkItem(input);
    expect(problems).toEqual([]);
    expect(item?.kind).toBe(kind);
    expect(item?.title).toBe(input.title);
  });

  it('keeps only the details of the item kind and fills the optional fields with null', () => {
    const { item } = checkItem(scheme());
    expect(item?.scheme?.eligibility).toBe('Mkb-bedrijven met personeel in Nederland.');
    expect(item?.training).toBeNull();
    expect(item?.coach).toBeNull();
    expect(item?.url).toBeNull();
    expect(item?.costEur).toBeNull();
    expect(item?.description).toBe('');
  });
});

describe('checkItem: what each kind requires', () => {
  it.each([
    ['a scheme', scheme(), 'scheme', 'scheme', 'field_required'],
    ['a scheme', scheme(), 'scheme.eligibility', 'scheme.eligibility', 'field_required'],
    ['a scheme', scheme(), 'scheme.windows', 'scheme.windows', 'field_required'],
    ['a training', training(), 'costEur', 'costEur', 'field_required'],
    ['a training', training(), 'format', 'format', 'field_required'],
    ['a coach', coach(), 'contactEmail', 'contactEmail', 'field_required'],
    ['a coach', coach(), 'coach', 'coach', 'field_required'],
    ['a coach', coach(), 'coach.coachType', 'coach.coachType', 'field_required'],
    ['a coach', coach(), 'coach.entrepreneurExperience', 'coach.entrepreneurExperience', 'field_required'],
    ['a coach', coach(), 'coach.capacity', 'coach.capacity', 'field_required'],
    ['any item', training(), 'title', 'title', 'field_required'],
    ['any item', training(), 'summary', 'summary', 'field_required'],
    ['any item', training(), 'provider', 'provider', 'field_required'],
    ['any item', training(), 'aspects', 'aspects', 'field_required'],
    ['any item', training(), 'regions', 'regions', 'field_required'],
    ['any item', training(), 'kind', 'kind', 'field_required'],
  ])('%s without %s is refused', (_what, input, path, field, code) => {
    const { item, problems } = checkItem(without(input, path));
    expect(item).toBeNull();
    expect(problemAt(problems, field)?.code).toBe(code);
  });

  it('a scheme needs at least one application window', () => {
    const { problems } = checkItem(scheme({ scheme: { eligibility: 'Mkb-bedrijven met personeel.', windows: [] } }));
    expect(problemAt(problems, 'scheme.windows')).toEqual({ field: 'scheme.windows', code: 'field_list_min', vars: { n: 1 } });
  });

  it('a training needs no details block, a scheme no cost, a training no contact', () => {
    expect(checkItem(without(training(), 'training')).problems).toEqual([]);
    expect(checkItem(scheme({ costEur: undefined, format: undefined })).problems).toEqual([]);
    expect(checkItem(training({ contactEmail: undefined })).problems).toEqual([]);
  });

  it('treats a blank required text as missing', () => {
    expect(problemAt(checkItem(training({ title: '   ' })).problems, 'title')?.code).toBe('field_required');
    expect(problemAt(checkItem(coach({ contactEmail: ' ' })).problems, 'contactEmail')?.code).toBe('field_required');
  });
});

describe('checkItem: details of another kind', () => {
  it.each([
    ['a training with coach details', training({ coach: coach().coach }), 'coach'],
    ['a scheme with training details', scheme({ training: { durationHours: 4 } }), 'training'],
    ['a coach with scheme details', coach({ scheme: scheme().scheme }), 'scheme'],
  ])('refuses %s', (_what, input, field) => {
    const { item, problems } = checkItem(input);
    expect(item).toBeNull();
    expect(problemAt(problems, field)?.code).toBe('field_not_for_kind');
  });
});

describe('checkItem: unknown fields', () => {
  it('names an unknown top-level field', () => {
    const { item, problems } = checkItem(training({ price: 450 }));
    expect(item).toBeNull();
    expect(problems).toEqual([{ field: 'price', code: 'field_unknown' }]);
  });

  it('names unknown fields inside the details and inside a window by their full path', () => {
    const input = scheme({
      scheme: { eligibility: 'Mkb-bedrijven met personeel.', deadline: '2026-04-01', windows: [{ opens: '2026-03-01', closes: '2026-03-31', until: 'x' }] },
    });
    const fields = checkItem(input).problems.filter((p) => p.code === 'field_unknown').map((p) => p.field).sort();
    expect(fields).toEqual(['scheme.deadline', 'scheme.windows.0.until']);
  });

  it('refuses something that is not an object', () => {
    for (const input of [null, 'scheme', [scheme()], 42]) {
      expect(checkItem(input)).toEqual({ item: null, problems: [{ field: '', code: 'field_object' }] });
    }
  });
});

describe('checkItem: dates', () => {
  it('refuses a validity that ends before it starts, naming the start', () => {
    const { problems } = checkItem(training({ validFrom: '2026-05-01', validUntil: '2026-04-30' }));
    expect(problemAt(problems, 'validUntil')).toEqual({ field: 'validUntil', code: 'field_date_order', vars: { other: '2026-05-01' } });
  });

  it('accepts a validity of a single day', () => {
    const { item } = checkItem(training({ validFrom: '2026-05-01', validUntil: '2026-05-01' }));
    expect(item).toMatchObject({ validFrom: '2026-05-01', validUntil: '2026-05-01' });
  });

  it('refuses a window that closes before it opens, by the window number', () => {
    const windows = [
      { opens: '2026-01-05', closes: '2026-03-31' },
      { opens: '2026-10-15', closes: '2026-09-01' },
    ];
    const { item, problems } = checkItem(scheme({ scheme: { eligibility: 'Mkb-bedrijven met personeel.', windows } }));
    expect(item).toBeNull();
    expect(problems).toEqual([{ field: 'scheme.windows.1.closes', code: 'field_date_order', vars: { other: '2026-10-15' } }]);
  });

  it('names an impossible date in the second window by its full path', () => {
    const windows = [
      { opens: '2026-01-05', closes: '2026-01-31' },
      { opens: '2026-02-30', closes: '2026-03-31' },
    ];
    const { problems } = checkItem(scheme({ scheme: { eligibility: 'Mkb-bedrijven met personeel.', windows } }));
    expect(problems).toEqual([{ field: 'scheme.windows.1.opens', code: 'field_date' }]);
  });

  it('puts windows in date order', () => {
    const windows = [
      { opens: '2026-09-01', closes: '2026-10-15' },
      { opens: '2026-01-05', closes: '2026-03-31' },
    ];
    const { item } = checkItem(scheme({ scheme: { eligibility: 'Mkb-bedrijven met personeel.', windows } }));
    expect(item?.scheme?.windows.map((w) => w.opens)).toEqual(['2026-01-05', '2026-09-01']);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-04-31', '2026-4-1', '01-04-2026', '2026-04-01T00:00'])(
    'refuses the date %s',
    (date) => {
      expect(problemAt(checkItem(training({ validFrom: date })).problems, 'validFrom')?.code).toBe('field_date');
      expect(problemAt(checkItem(training({ training: { startDates: [date] } })).problems, 'training.startDates')?.code).toBe('field_date');
    },
  );
});

describe('checkItem: normalising', () => {
  it('keeps only "landelijk" when nationwide is listed with regions', () => {
    expect(checkItem(training({ regions: ['twente', 'landelijk'] })).item?.regions).toEqual(['landelijk']);
    expect(checkItem(training({ regions: ['twente', 'achterhoek'] })).item?.regions).toEqual(['twente', 'achterhoek']);
  });

  it('trims texts and lower-cases the contact address', () => {
    const { item } = checkItem(coach({ title: '  Marieke Jansen  ', provider: ' Consularis Oost ', contactEmail: ' Marieke.Jansen@Example.NL ' }));
    expect(item).toMatchObject({ title: 'Marieke Jansen', provider: 'Consularis Oost', contactEmail: 'marieke.jansen@example.nl' });
  });

  it('measures the minimum length after trimming', () => {
    expect(problemAt(checkItem(training({ title: '  ab  ' })).problems, 'title')).toEqual({ field: 'title', code: 'field_min_length', vars: { n: 3 } });
  });

  it('sorts training start dates', () => {
    const { item } = checkItem(training({ training: { startDates: ['2026-09-07', '2026-02-02'] } }));
    expect(item?.training?.startDates).toEqual(['2026-02-02', '2026-09-07']);
  });
});

describe('checkItem: lists', () => {
  it.each([
    ['aspects', { aspects: ['leadership', 'leadership'] }],
    ['regions', { regions: ['twente', 'twente'] }],
    ['sectors', { sectors: ['C', 'C'] }],
    ['sizeClasses', { sizeClasses: ['micro', 'micro'] }],
    ['training.startDates', { training: { startDates: ['2026-09-07', '2026-09-07'] } }],
  ])('refuses the same value twice in %s', (field, over) => {
    const { item, problems } = checkItem(training(over));
    expect(item).toBeNull();
    expect(problemAt(problems, field)?.code).toBe('field_duplicate');
  });

  it.each([
    ['aspects', { aspects: ['learning'] }, 'field_aspect', 'learning'],
    ['regions', { regions: ['twente', 'mars'] }, 'field_region', 'mars'],
    ['sectors', { sectors: ['Z'] }, 'field_sector', 'Z'],
    ['sizeClasses', { sizeClasses: ['large'] }, 'field_size_class', 'large'],
  ])('names the wrong value in %s', (field, over, code, value) => {
    expect(problemAt(checkItem(training(over)).problems, field)).toEqual({ field, code, vars: { value } });
  });

  it('needs at least one aspect and one region; sectors and sizes may be empty (all)', () => {
    expect(problemAt(checkItem(training({ aspects: [] })).problems, 'aspects')?.code).toBe('field_list_min');
    expect(problemAt(checkItem(training({ regions: [] })).problems, 'regions')?.code).toBe('field_list_min');
    expect(checkItem(training({ sectors: [], sizeClasses: [] })).item).toMatchObject({ sectors: [], sizeClasses: [] });
  });

  it('refuses a single value where a list belongs', () => {
    expect(problemAt(checkItem(training({ regions: 'twente' })).problems, 'regions')?.code).toBe('field_array');
  });
});

describe('checkItem: values', () => {
  it.each([
    ['javascript:alert(1)', 'field_url'],
    ['JavaScript:alert(document.cookie)//example.nl', 'field_url'],
    ['data:text/html,<script>alert(1)</script>', 'field_url'],
    ['ftp://files.example.nl', 'field_url'],
    ['www.example.nl', 'field_url'],
  ])('refuses the link %s', (url, code) => {
    const { item, problems } = checkItem(training({ url }));
    expect(item).toBeNull();
    expect(problemAt(problems, 'url')?.code).toBe(code);
  });

  it('accepts a web link', () => {
    expect(checkItem(training({ url: ' https://www.leerwerkloket.nl/twente ' })).item?.url).toBe('https://www.leerwerkloket.nl/twente');
  });

  it.each(['marieke', 'marieke@example', 'marieke jansen@example.nl', 'a@b.c', '<m@example.nl>'])('refuses the address %s', (contactEmail) => {
    expect(problemAt(checkItem(coach({ contactEmail })).problems, 'contactEmail')?.code).toBe('field_email');
  });

  it.each([
    ['costEur', { costEur: '450' }, 'field_number'],
    ['costEur', { costEur: -1 }, 'field_min'],
    ['format', { format: 'webinar' }, 'field_choice'],
    ['language', { language: 'de' }, 'field_choice'],
    ['training.durationHours', { training: { durationHours: 0 } }, 'field_min'],
  ])('refuses a wrong %s on a training', (field, over, code) => {
    expect(problemAt(checkItem(training(over)).problems, field)?.code).toBe(code);
  });

  it.each([
    [0, 'field_min'],
    [1.2, 'field_max'],
  ])('refuses a funding share of %p', (fundingShare, code) => {
    const input = scheme({ scheme: { fundingShare, windows: [{ opens: '2026-03-01', closes: '2026-03-31' }], eligibility: 'Mkb-bedrijven met personeel.' } });
    expect(problemAt(checkItem(input).problems, 'scheme.fundingShare')?.code).toBe(code);
  });

  it.each([
    ['coach.capacity', { capacity: 2.5 }, 'field_int'],
    ['coach.capacity', { capacity: 0 }, 'field_min'],
    ['coach.capacity', { capacity: 101 }, 'field_max'],
    ['coach.entrepreneurExperience', { entrepreneurExperience: 'ja' }, 'field_boolean'],
    ['coach.coachType', { coachType: 'life-coach' }, 'field_choice'],
    ['coach.languages', { languages: ['Nederlands'] }, 'field_choice'],
  ])('refuses a wrong %s on a coach', (field, over, code) => {
    const input = coach({ coach: { ...(coach().coach as Input), ...over } });
    const { item, problems } = checkItem(input);
    expect(item).toBeNull();
    expect(problemAt(problems, field)?.code).toBe(code);
  });

  it('reports one problem per field', () => {
    const { problems } = checkItem(training({ title: 42, costEur: 'veel' }));
    const fields = problems.map((p) => p.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields.sort()).toEqual(['costEur', 'title']);
  });
});

describe('isIsoDate', () => {
  it.each(['2024-02-29', '2026-12-31', '2026-01-01'])('accepts %s', (d) => expect(isIsoDate(d)).toBe(true));
  it.each(['2026-02-30', '2023-02-29', '2026-00-10', '2026-06-31', '20260101', '2026-1-01', '', null, 20260101, new Date()])(
    'refuses %p',
    (d) => expect(isIsoDate(d)).toBe(false),
  );
});

describe('isWebUrl', () => {
  it.each(['https://www.rvo.nl/subsidies', 'http://leerwerkloket.nl'])('accepts %s', (u) => expect(isWebUrl(u)).toBe(true));
  it.each(['javascript:alert(1)', 'mailto:info@rvo.nl', 'https://localhost', 'rvo.nl', 'file:///etc/passwd', ''])('refuses %s', (u) =>
    expect(isWebUrl(u)).toBe(false),
  );
});

describe('checkPatchKeys', () => {
  it('allows every item field except the kind', () => {
    expect(checkPatchKeys({ title: 'Nieuw', regions: ['twente'], scheme: null, validUntil: '2026-12-31' })).toEqual([]);
    expect(checkPatchKeys({ kind: 'coach', title: 'Nieuw' })).toEqual([{ field: 'kind', code: 'field_unknown' }]);
  });

  it('names unknown fields', () => {
    expect(checkPatchKeys({ price: 1, status: 'published' })).toEqual([
      { field: 'price', code: 'field_unknown' },
      { field: 'status', code: 'field_unknown' },
    ]);
  });

  it('refuses something that is not an object', () => {
    expect(checkPatchKeys([])).toEqual([{ field: '', code: 'field_object' }]);
    expect(checkPatchKeys(null)).toEqual([{ field: '', code: 'field_object' }]);
  });
});
