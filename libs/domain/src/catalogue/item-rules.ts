import { ASPECT_KEYS } from '../aspects';
import { isRegionKey, NATIONWIDE } from '../regions';
import { isSectorCode } from '../sectors';
import { SIZE_CLASSES } from '../size-class';

/** The rules for a catalogue item, shared by the API (create, edit, import) and the web app.
 * Pure: plain input in, a normalised item or per-field problems out. */

export const ITEM_KINDS = ['scheme', 'training', 'coach'] as const;
export const ITEM_FORMATS = ['online', 'klassikaal', 'blended', 'op-locatie'] as const;
export const COACH_TYPES = ['consularis', 'arbeidsmarktcoach', 'leerambassadeur', 'hr-adviseur'] as const;
export const ITEM_LANGUAGES = ['nl', 'en'] as const;

export type ItemKindKey = (typeof ITEM_KINDS)[number];

/** The problem codes; the API has a Dutch and an English text for each. */
export type ItemProblemCode =
  | 'field_required' | 'field_unknown' | 'field_string' | 'field_min_length' | 'field_max_length'
  | 'field_choice' | 'field_region' | 'field_sector' | 'field_url' | 'field_email' | 'field_array'
  | 'field_date' | 'field_min' | 'field_max' | 'field_int' | 'field_number' | 'field_boolean'
  | 'field_aspect' | 'field_size_class' | 'field_duplicate' | 'field_list_min' | 'field_date_order'
  | 'field_not_for_kind' | 'field_object';

export interface ItemProblem {
  field: string;
  code: ItemProblemCode;
  vars?: Record<string, string | number>;
}

export interface NormalisedItem {
  kind: ItemKindKey;
  title: string;
  summary: string;
  description: string;
  aspects: string[];
  regions: string[];
  sectors: string[];
  sizeClasses: string[];
  provider: string;
  url: string | null;
  contactEmail: string | null;
  costEur: number | null;
  format: string | null;
  language: string | null;
  validFrom: string | null;
  validUntil: string | null;
  externalId: string | null;
  scheme: {
    fundingShare: number | null; maxAmountEur: number | null; windows: { opens: string; closes: string }[];
    eligibility: string | null; startBy: string | null; completeBy: string | null;
  } | null;
  training: { durationHours: number | null; startDates: string[] } | null;
  coach: { coachType: string; entrepreneurExperience: boolean; capacity: number; languages: string[] } | null;
}

/** Shortest and longest length of each text field ([min, max]; 0: may be empty). */
export const ITEM_TEXT_LIMITS = {
  title: [3, 160], summary: [10, 400], description: [0, 20000], provider: [2, 160], url: [0, 500], contactEmail: [0, 254], externalId: [0, 100],
} as const;
const limits = (field: keyof typeof ITEM_TEXT_LIMITS) => ({ min: ITEM_TEXT_LIMITS[field][0], max: ITEM_TEXT_LIMITS[field][1] });

export const ITEM_FIELDS = [
  'kind', 'title', 'summary', 'description', 'aspects', 'regions', 'sectors', 'sizeClasses', 'provider', 'url',
  'contactEmail', 'costEur', 'format', 'language', 'validFrom', 'validUntil', 'externalId', 'scheme', 'training', 'coach',
] as const;
export const SCHEME_FIELDS = ['fundingShare', 'maxAmountEur', 'windows', 'eligibility', 'startBy', 'completeBy'];
export const TRAINING_FIELDS = ['durationHours', 'startDates'];
export const COACH_FIELDS = ['coachType', 'entrepreneurExperience', 'capacity', 'languages'];

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]{2,}$/;

/** A real calendar day written as YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function isWebUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const absent = (v: unknown) => v === undefined || v === null || v === '';

class Checker {
  readonly problems: ItemProblem[] = [];
  add(field: string, code: ItemProblemCode, vars?: Record<string, string | number>): void {
    if (!this.problems.some((p) => p.field === field)) this.problems.push(vars ? { field, code, vars } : { field, code });
  }

  unknownKeys(obj: Obj, allowed: readonly string[], prefix: string): void {
    for (const key of Object.keys(obj)) if (!allowed.includes(key)) this.add(prefix + key, 'field_unknown');
  }

  text(obj: Obj, key: string, field: string, opts: { required: boolean; min?: number; max: number }): string | null {
    const v = obj[key];
    if (absent(v) || (typeof v === 'string' && v.trim() === '')) {
      if (opts.required) this.add(field, 'field_required');
      return null;
    }
    if (typeof v !== 'string') return this.add(field, 'field_string'), null;
    const s = v.trim();
    if (opts.min && s.length < opts.min) this.add(field, 'field_min_length', { n: opts.min });
    else if (s.length > opts.max) this.add(field, 'field_max_length', { n: opts.max });
    return s;
  }

  num(obj: Obj, key: string, field: string, opts: { required?: boolean; min: number; max: number; int?: boolean; exclusiveMin?: boolean }): number | null {
    const v = obj[key];
    if (absent(v)) {
      if (opts.required) this.add(field, 'field_required');
      return null;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.add(field, opts.int ? 'field_int' : 'field_number'), null;
    if (opts.int && !Number.isInteger(v)) return this.add(field, 'field_int'), null;
    if (v < opts.min || (opts.exclusiveMin && v === opts.min)) return this.add(field, 'field_min', { n: opts.min }), null;
    if (v > opts.max) return this.add(field, 'field_max', { n: opts.max }), null;
    return v;
  }

  date(obj: Obj, key: string, field: string, required = false): string | null {
    const v = obj[key];
    if (absent(v)) {
      if (required) this.add(field, 'field_required');
      return null;
    }
    if (!isIsoDate(v)) return this.add(field, 'field_date'), null;
    return v;
  }

  choice(obj: Obj, key: string, field: string, choices: readonly string[], required = false): string | null {
    const v = obj[key];
    if (absent(v)) {
      if (required) this.add(field, 'field_required');
      return null;
    }
    if (typeof v !== 'string' || !choices.includes(v)) return this.add(field, 'field_choice'), null;
    return v;
  }

  list(obj: Obj, key: string, field: string, ok: (v: unknown) => boolean, bad: ItemProblemCode, min = 0): string[] {
    const v = obj[key];
    if (v === undefined || v === null) {
      if (min > 0) this.add(field, 'field_required');
      return [];
    }
    if (!Array.isArray(v)) return this.add(field, 'field_array'), [];
    const wrong = v.findIndex((x) => !ok(x));
    if (wrong >= 0) return this.add(field, bad, { value: String(v[wrong]).slice(0, 40) }), [];
    if (new Set(v).size !== v.length) return this.add(field, 'field_duplicate'), [];
    if (v.length < min) return this.add(field, 'field_list_min', { n: min }), [];
    return v as string[];
  }

  details(obj: Obj, key: string, field: string, fields: string[]): Obj | null {
    const v = obj[key];
    if (v === undefined || v === null) return null;
    if (!isObj(v)) return this.add(field, 'field_object'), null;
    this.unknownKeys(v, fields, `${field}.`);
    return v;
  }
}

const inList = (xs: readonly string[]) => (v: unknown) => typeof v === 'string' && xs.includes(v);

/** Checks a whole item (a create, an import row, or an existing item with a patch applied). */
export function checkItem(input: unknown): { item: NormalisedItem | null; problems: ItemProblem[] } {
  const c = new Checker();
  if (!isObj(input)) {
    c.add('', 'field_object');
    return { item: null, problems: c.problems };
  }
  c.unknownKeys(input, ITEM_FIELDS, '');
  const kind = c.choice(input, 'kind', 'kind', ITEM_KINDS, true) as ItemKindKey | null;
  const title = c.text(input, 'title', 'title', { required: true, ...limits('title') });
  const summary = c.text(input, 'summary', 'summary', { required: true, ...limits('summary') });
  const description = c.text(input, 'description', 'description', { required: false, ...limits('description') }) ?? '';
  const aspects = c.list(input, 'aspects', 'aspects', inList(ASPECT_KEYS), 'field_aspect', 1);
  const listed = c.list(input, 'regions', 'regions', (v) => v === NATIONWIDE || isRegionKey(v), 'field_region', 1);
  // Nationwide covers every region: the other regions add nothing.
  const regions = listed.includes(NATIONWIDE) ? [NATIONWIDE] : listed;
  const sectors = c.list(input, 'sectors', 'sectors', isSectorCode, 'field_sector');
  const sizeClasses = c.list(input, 'sizeClasses', 'sizeClasses', inList(SIZE_CLASSES), 'field_size_class');
  const provider = c.text(input, 'provider', 'provider', { required: true, ...limits('provider') });
  const url = c.text(input, 'url', 'url', { required: false, ...limits('url') });
  if (url !== null && !isWebUrl(url)) c.add('url', 'field_url');
  const contactEmail = c.text(input, 'contactEmail', 'contactEmail', { required: kind === 'coach', ...limits('contactEmail') });
  if (contactEmail !== null && !EMAIL.test(contactEmail)) c.add('contactEmail', 'field_email');
  const costEur = c.num(input, 'costEur', 'costEur', { required: kind === 'training', min: 0, max: 1_000_000 });
  const format = c.choice(input, 'format', 'format', ITEM_FORMATS, kind === 'training');
  const language = c.choice(input, 'language', 'language', ITEM_LANGUAGES);
  const validFrom = c.date(input, 'validFrom', 'validFrom');
  const validUntil = c.date(input, 'validUntil', 'validUntil');
  if (validFrom && validUntil && validUntil < validFrom) c.add('validUntil', 'field_date_order', { other: validFrom });
  const externalId = c.text(input, 'externalId', 'externalId', { required: false, ...limits('externalId') });

  const schemeIn = c.details(input, 'scheme', 'scheme', SCHEME_FIELDS);
  const trainingIn = c.details(input, 'training', 'training', TRAINING_FIELDS);
  const coachIn = c.details(input, 'coach', 'coach', COACH_FIELDS);
  for (const [key, value] of [['scheme', schemeIn], ['training', trainingIn], ['coach', coachIn]] as const) {
    if (value && kind && key !== kind) c.add(key, 'field_not_for_kind');
  }

  let scheme: NormalisedItem['scheme'] = null;
  if (kind === 'scheme') {
    if (!schemeIn) c.add('scheme', 'field_required');
    else {
      const windows: { opens: string; closes: string }[] = [];
      const raw = schemeIn.windows;
      if (!Array.isArray(raw)) c.add('scheme.windows', raw === undefined || raw === null ? 'field_required' : 'field_array');
      else if (raw.length === 0) c.add('scheme.windows', 'field_list_min', { n: 1 });
      else raw.forEach((w, i) => {
        const f = `scheme.windows.${i}`;
        if (!isObj(w)) return c.add(f, 'field_object');
        c.unknownKeys(w, ['opens', 'closes'], `${f}.`);
        const opens = c.date(w, 'opens', `${f}.opens`, true);
        const closes = c.date(w, 'closes', `${f}.closes`, true);
        if (opens && closes && closes < opens) c.add(`${f}.closes`, 'field_date_order', { other: opens });
        if (opens && closes) windows.push({ opens, closes });
      });
      scheme = {
        fundingShare: c.num(schemeIn, 'fundingShare', 'scheme.fundingShare', { min: 0, max: 1, exclusiveMin: true }),
        maxAmountEur: c.num(schemeIn, 'maxAmountEur', 'scheme.maxAmountEur', { min: 0, max: 10_000_000 }),
        windows: windows.sort((a, b) => a.opens.localeCompare(b.opens)),
        eligibility: c.text(schemeIn, 'eligibility', 'scheme.eligibility', { required: true, min: 10, max: 2000 }),
        startBy: c.date(schemeIn, 'startBy', 'scheme.startBy'),
        completeBy: c.date(schemeIn, 'completeBy', 'scheme.completeBy'),
      };
    }
  }

  let training: NormalisedItem['training'] = null;
  if (kind === 'training') {
    const t = trainingIn ?? {};
    training = {
      durationHours: c.num(t, 'durationHours', 'training.durationHours', { min: 0, max: 5000, exclusiveMin: true }),
      startDates: c.list(t, 'startDates', 'training.startDates', isIsoDate, 'field_date').slice().sort(),
    };
  }

  let coach: NormalisedItem['coach'] = null;
  if (kind === 'coach') {
    if (!coachIn) c.add('coach', 'field_required');
    else {
      const coachType = c.choice(coachIn, 'coachType', 'coach.coachType', COACH_TYPES, true);
      const exp = coachIn.entrepreneurExperience;
      if (exp === undefined || exp === null) c.add('coach.entrepreneurExperience', 'field_required');
      else if (typeof exp !== 'boolean') c.add('coach.entrepreneurExperience', 'field_boolean');
      const capacity = c.num(coachIn, 'capacity', 'coach.capacity', { required: true, min: 1, max: 100, int: true });
      const languages = c.list(coachIn, 'languages', 'coach.languages', (v) => typeof v === 'string' && /^[a-z]{2}$/.test(v), 'field_choice');
      if (coachType && typeof exp === 'boolean' && capacity !== null) {
        coach = { coachType, entrepreneurExperience: exp, capacity, languages };
      }
    }
  }

  if (c.problems.length || !kind || !title || !summary || !provider) return { item: null, problems: c.problems };
  return {
    item: {
      kind, title, summary, description, aspects, regions, sectors, sizeClasses, provider, url,
      contactEmail: contactEmail?.toLowerCase() ?? null, costEur, format, language, validFrom, validUntil, externalId,
      scheme, training, coach,
    },
    problems: [],
  };
}

/** Fields a PATCH may carry: everything but the kind. */
export function checkPatchKeys(patch: unknown): ItemProblem[] {
  if (!isObj(patch)) return [{ field: '', code: 'field_object' }];
  return Object.keys(patch)
    .filter((k) => k === 'kind' || !(ITEM_FIELDS as readonly string[]).includes(k))
    .map((field) => ({ field, code: 'field_unknown' as const }));
}
