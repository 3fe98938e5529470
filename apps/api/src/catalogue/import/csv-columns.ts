import { parse } from 'csv-parse/sync';

/** The CSV columns of an import, in template order. Lists are separated by `|`; scheme windows
 * are `opens/closes` pairs (`2026-01-05/2026-03-31|2026-09-01/2026-10-15`); yes/no accepts
 * ja/nee/true/false/1/0. The delimiter may be `,` or `;` (Dutch spreadsheets save with `;`). */
export const CSV_COLUMNS = [
  'kind', 'externalId', 'title', 'summary', 'description', 'aspects', 'regions', 'sectors', 'sizeClasses', 'provider',
  'url', 'contactEmail', 'costEur', 'format', 'language', 'validFrom', 'validUntil',
  'scheme.fundingShare', 'scheme.maxAmountEur', 'scheme.eligibility', 'scheme.windows', 'scheme.startBy', 'scheme.completeBy',
  'training.durationHours', 'training.startDates',
  'coach.coachType', 'coach.entrepreneurExperience', 'coach.capacity', 'coach.languages',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

const LISTS = new Set<Column>(['aspects', 'regions', 'sectors', 'sizeClasses', 'training.startDates', 'coach.languages']);
const NUMBERS = new Set<Column>(['costEur', 'scheme.fundingShare', 'scheme.maxAmountEur', 'training.durationHours', 'coach.capacity']);
const BOOLEANS = new Set<Column>(['coach.entrepreneurExperience']);

const list = (v: string) => v.split('|').map((x) => x.trim()).filter(Boolean);

/** A number as people type it: `1250`, `1250.50`, `1.250,50`, `1250,5`. Left as text when it is
 * not one, so the item rules report the field. */
export function parseNumber(v: string): number | string {
  const s = v.replace(/\s|€/g, '');
  const normal = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) ? s.replace(/\./g, '').replace(',', '.') : s.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : v;
}

export function parseBoolean(v: string): boolean | string {
  const s = v.trim().toLowerCase();
  if (['ja', 'yes', 'true', '1', 'j', 'y'].includes(s)) return true;
  if (['nee', 'no', 'false', '0', 'n'].includes(s)) return false;
  return v;
}

/** One CSV record as the item object the rules check. Empty cells are left out. */
export function recordToInput(record: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const nested = (group: string) => (out[group] ??= {}) as Record<string, unknown>;
  for (const column of CSV_COLUMNS) {
    const raw = record[column];
    if (raw === undefined || raw.trim() === '') {
      // Lists that may be empty ("all") are still lists.
      if (column === 'sectors' || column === 'sizeClasses') out[column] = [];
      continue;
    }
    const v = raw.trim();
    let value: unknown = v;
    if (column === 'scheme.windows') {
      value = list(v).map((pair) => {
        const [opens, closes] = pair.split('/').map((x) => x.trim());
        return { opens, closes };
      });
    } else if (LISTS.has(column)) value = list(v);
    else if (NUMBERS.has(column)) value = parseNumber(v);
    else if (BOOLEANS.has(column)) value = parseBoolean(v);
    const dot = column.indexOf('.');
    if (dot > 0) nested(column.slice(0, dot))[column.slice(dot + 1)] = value;
    else out[column] = value;
  }
  if (out.kind === 'scheme' && out.scheme && !('windows' in (out.scheme as object))) (out.scheme as Record<string, unknown>).windows = [];
  for (const group of ['scheme', 'training', 'coach']) if (out[group] && out.kind !== group && !Object.keys(out[group] as object).length) delete out[group];
  return out;
}

export interface ParsedCsv {
  rows: { row: number; input: Record<string, unknown> }[];
  unknownColumns: string[];
}

/** Parses an import CSV. `row` is the line as a spreadsheet shows it: the header is row 1. */
export function parseCsv(text: string): ParsedCsv {
  const body = text.replace(/^\uFEFF/, '');
  const header = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: Record<string, string>[] = parse(body, {
    columns: (names: string[]) => names.map((n) => n.trim()),
    delimiter,
    // Empty lines stay records, so row numbers match what a spreadsheet shows; dropped below.
    skip_empty_lines: false,
    relax_column_count: true,
    trim: false,
  });
  const present = records.length ? Object.keys(records[0]) : header.split(delimiter).map((n) => n.trim());
  return {
    rows: records
      .map((record, i) => ({ row: i + 2, record }))
      // Empty rows (also rows of only delimiters, as spreadsheets save them) are not items.
      .filter(({ record }) => Object.values(record).some((v) => typeof v === 'string' && v.trim() !== ''))
      .map(({ row, record }) => ({ row, input: recordToInput(record) })),
    unknownColumns: present.filter((name) => name && !(CSV_COLUMNS as readonly string[]).includes(name)),
  };
}

/** The template people download: the header and one example per kind. */
export function csvTemplate(): string {
  const examples: Partial<Record<Column, string>>[] = [
    {
      kind: 'scheme', externalId: 'slim-2027', title: 'SLIM-regeling 2027', summary: 'Subsidie voor mkb-bedrijven die leren en ontwikkelen willen stimuleren.',
      description: 'Met de **SLIM-regeling** krijg je subsidie voor bijvoorbeeld een leeradvies of een loopbaanscan.', aspects: 'learning_organisation|leadership',
      regions: 'landelijk', sectors: '', sizeClasses: 'micro|small|medium', provider: 'Rijksoverheid (RVO)', url: 'https://www.rvo.nl/subsidies-financiering/slim',
      costEur: '0', 'scheme.fundingShare': '0,6', 'scheme.maxAmountEur': '24999', 'scheme.eligibility': 'Mkb-ondernemingen met personeel in Nederland.',
      'scheme.windows': '2027-03-01/2027-03-31',
    },
    {
      kind: 'training', externalId: 'll-leidinggeven', title: 'Leidinggeven aan leren', summary: 'Training voor leidinggevenden die leren op de werkvloer willen stimuleren.',
      aspects: 'leadership', regions: 'twente|achterhoek', sectors: 'C|F', provider: 'Leerwerkloket Twente', costEur: '450', format: 'blended', language: 'nl',
      'training.durationHours': '12', 'training.startDates': '2027-02-01|2027-09-06',
    },
    {
      kind: 'coach', externalId: 'coach-jansen', title: 'Marieke Jansen, consulent leren en ontwikkelen', summary: 'Ik help ondernemers een leerplan te maken dat past bij hun bedrijf.',
      aspects: 'learning_organisation|room_and_safety', regions: 'twente', provider: 'Consularis Oost', contactEmail: 'marieke.jansen@example.nl',
      'coach.coachType': 'consularis', 'coach.entrepreneurExperience': 'ja', 'coach.capacity': '5', 'coach.languages': 'nl|en',
    },
  ];
  const cell = (v = '') => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [CSV_COLUMNS.join(','), ...examples.map((e) => CSV_COLUMNS.map((c) => cell(e[c])).join(','))].join('\r\n') + '\r\n';
}
