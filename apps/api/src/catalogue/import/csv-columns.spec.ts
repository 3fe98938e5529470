import { checkItem } from '@groeiwijzer/domain';
import { CSV_COLUMNS, csvTemplate, parseBoolean, parseCsv, parseNumber, recordToInput } from './csv-columns';

/** A CSV text from a header and rows of cells, quoting as a spreadsheet would. */
function csv(header: string[], rows: string[][], delimiter = ',', eol = '\r\n'): string {
  const cell = (v: string) => (/["\n\r,;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows].map((r) => r.map(cell).join(delimiter)).join(eol) + eol;
}

const TRAINING_ROW: Record<string, string> = {
  kind: 'training', title: 'Leidinggeven aan leren', summary: 'Training voor leidinggevenden die leren willen stimuleren.',
  aspects: 'leadership', regions: 'twente', provider: 'Leerwerkloket Twente', costEur: '450', format: 'blended',
};

describe('parseNumber', () => {
  it.each([
    ['1250', 1250],
    ['1250.50', 1250.5],
    ['1.250,50', 1250.5],
    ['1250,5', 1250.5],
    ['12.500', 12500],
    ['€ 450', 450],
    ['€1.250,00', 1250],
    ['1 250', 1250],
    ['0,6', 0.6],
    ['0.6', 0.6],
    ['-5', -5],
  ])('reads %p as %p', (text, n) => {
    expect(parseNumber(text)).toBe(n);
  });

  it.each(['gratis', 'op aanvraag', '1,250.50', '12abc', '1.2.3', '€'])('leaves %p as text for the rules to report', (text) => {
    expect(parseNumber(text)).toBe(text);
  });
});

describe('parseBoolean', () => {
  it.each([
    ['ja', true], ['Ja', true], ['true', true], ['TRUE', true], ['1', true], [' yes ', true],
    ['nee', false], ['Nee', false], ['false', false], ['0', false], ['no', false],
  ])('reads %p as %p', (text, value) => {
    expect(parseBoolean(text)).toBe(value);
  });

  it.each(['misschien', '2', 'waar'])('leaves %p as text for the rules to report', (text) => {
    expect(parseBoolean(text)).toBe(text);
  });
});

describe('recordToInput', () => {
  it('splits lists on | and trims each value, ignoring empty ones', () => {
    const input = recordToInput({ ...TRAINING_ROW, aspects: 'leadership | collaboration|', regions: ' twente|achterhoek ', sectors: 'C|F' });
    expect(input.aspects).toEqual(['leadership', 'collaboration']);
    expect(input.regions).toEqual(['twente', 'achterhoek']);
    expect(input.sectors).toEqual(['C', 'F']);
  });

  it('reads scheme windows as opens/closes pairs', () => {
    const input = recordToInput({ kind: 'scheme', 'scheme.windows': '2026-01-05/2026-03-31 | 2026-09-01 / 2026-10-15' });
    expect((input.scheme as Record<string, unknown>).windows).toEqual([
      { opens: '2026-01-05', closes: '2026-03-31' },
      { opens: '2026-09-01', closes: '2026-10-15' },
    ]);
  });

  it('puts dotted columns in the details, with numbers and yes/no read', () => {
    const input = recordToInput({
      kind: 'coach', 'coach.coachType': 'consularis', 'coach.entrepreneurExperience': 'nee', 'coach.capacity': '5', 'coach.languages': 'nl|en',
    });
    expect(input.coach).toEqual({ coachType: 'consularis', entrepreneurExperience: false, capacity: 5, languages: ['nl', 'en'] });
    expect(Object.keys(input)).not.toContain('coach.coachType');
  });

  it('reads empty sectors and sizes as [] (all), and leaves other empty cells out', () => {
    const input = recordToInput({ ...TRAINING_ROW, sectors: '', sizeClasses: ' ', url: '', contactEmail: '' });
    expect(input.sectors).toEqual([]);
    expect(input.sizeClasses).toEqual([]);
    expect(input).not.toHaveProperty('url');
    expect(input).not.toHaveProperty('contactEmail');
    const { item, problems } = checkItem(input);
    expect(problems).toEqual([]);
    expect(item).toMatchObject({ sectors: [], sizeClasses: [], url: null });
  });

  it('gives the rules an item they accept from a typical training row', () => {
    const input = recordToInput({ ...TRAINING_ROW, costEur: '1.250,50', 'training.durationHours': '12', 'training.startDates': '2026-09-07|2026-02-02' });
    const { item, problems } = checkItem(input);
    expect(problems).toEqual([]);
    expect(item).toMatchObject({ costEur: 1250.5, training: { durationHours: 12, startDates: ['2026-02-02', '2026-09-07'] } });
  });

  it('lets the rules name a number that is not one', () => {
    expect(checkItem(recordToInput({ ...TRAINING_ROW, costEur: 'gratis' })).problems).toEqual([{ field: 'costEur', code: 'field_number' }]);
  });

  it('reports a scheme row without windows as missing windows', () => {
    const input = recordToInput({ ...TRAINING_ROW, kind: 'scheme', 'scheme.eligibility': 'Mkb-bedrijven met personeel.' });
    expect(checkItem(input).problems.find((p) => p.field === 'scheme.windows')?.code).toBe('field_list_min');
  });

  it('reports details filled in for another kind', () => {
    const input = recordToInput({ ...TRAINING_ROW, 'coach.capacity': '5' });
    expect(checkItem(input).problems).toContainEqual({ field: 'coach', code: 'field_not_for_kind' });
  });

  it('adds no empty details of another kind', () => {
    const input = recordToInput({ ...TRAINING_ROW, 'coach.capacity': '', 'scheme.windows': '' });
    expect(input).not.toHaveProperty('coach');
    expect(input).not.toHaveProperty('scheme');
  });
});

describe('parseCsv', () => {
  const header = ['kind', 'title', 'summary', 'costEur'];

  it('reads a comma-separated file with the first item on row 2', () => {
    const { rows, unknownColumns } = parseCsv(csv(header, [['training', 'Eerste', 'Samenvatting', '450'], ['coach', 'Tweede', 'Samenvatting', '']]));
    expect(unknownColumns).toEqual([]);
    expect(rows.map((r) => [r.row, r.input.kind, r.input.title])).toEqual([[2, 'training', 'Eerste'], [3, 'coach', 'Tweede']]);
    expect(rows[0].input.costEur).toBe(450);
  });

  it('reads a semicolon-separated file from a Dutch spreadsheet, with decimal commas', () => {
    const { rows } = parseCsv('kind;title;summary;costEur\r\ntraining;Eerste, met komma;Samenvatting;1.250,50\r\n');
    expect(rows).toHaveLength(1);
    expect(rows[0].input).toMatchObject({ kind: 'training', title: 'Eerste, met komma', costEur: 1250.5 });
  });

  it('ignores a byte-order mark before the first column', () => {
    const { rows, unknownColumns } = parseCsv(`\uFEFF${csv(header, [['training', 'Eerste', 'Samenvatting', '450']])}`);
    expect(unknownColumns).toEqual([]);
    expect(rows[0].input.kind).toBe('training');
  });

  it('keeps commas, quotes and line breaks inside quoted cells, and counts rows as a spreadsheet does', () => {
    const text = csv(header, [
      ['training', 'Eerste', 'Regel een, met komma\nen een "tweede" regel', '450'],
      ['coach', 'Tweede', 'Samenvatting', ''],
    ], ',', '\n');
    const { rows } = parseCsv(text);
    expect(rows[0].input.summary).toBe('Regel een, met komma\nen een "tweede" regel');
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('counts an empty line as the spreadsheet row it shows as', () => {
    const { rows } = parseCsv('kind,title\r\ntraining,Eerste\r\n\r\ncoach,Tweede\r\n');
    expect(rows.map((r) => [r.row, r.input.title])).toEqual([[2, 'Eerste'], [4, 'Tweede']]);
  });

  it('reports columns it does not know, and trims header names', () => {
    const { rows, unknownColumns } = parseCsv(csv([' kind ', 'title', 'prijs', 'Title'], [['training', 'Eerste', '450', 'x']]));
    expect(unknownColumns).toEqual(['prijs', 'Title']);
    expect(rows[0].input).toMatchObject({ kind: 'training', title: 'Eerste' });
    expect(rows[0].input).not.toHaveProperty('prijs');
  });

  it('reports unknown columns of a file with only a header', () => {
    expect(parseCsv('kind;titel\r\n')).toEqual({ rows: [], unknownColumns: ['titel'] });
  });
});

describe('csvTemplate', () => {
  it('has every column in the header', () => {
    const { unknownColumns } = parseCsv(csvTemplate());
    expect(unknownColumns).toEqual([]);
    expect(csvTemplate().split('\r\n')[0].split(',')).toEqual([...CSV_COLUMNS]);
  });

  it('parses back into one example per kind that the item rules accept', () => {
    const { rows } = parseCsv(csvTemplate());
    expect(rows.map((r) => [r.row, r.input.kind])).toEqual([[2, 'scheme'], [3, 'training'], [4, 'coach']]);
    for (const { input } of rows) {
      const { item, problems } = checkItem(input);
      expect(problems).toEqual([]);
      expect(item).not.toBeNull();
    }
  });

  it('keeps values with a comma intact', () => {
    const coach = parseCsv(csvTemplate()).rows.find((r) => r.input.kind === 'coach');
    expect(coach?.input.title).toBe('Marieke Jansen, consulent leren en ontwikkelen');
  });
});
