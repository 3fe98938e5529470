import type { CoachType, Item, ItemFormat, ItemInput, ItemKind, ItemPatch } from '@groeiwijzer/contracts';
import type { AspectKey, SizeClass } from '@groeiwijzer/domain';

export const ITEM_KIND_OPTIONS: readonly ItemKind[] = ['scheme', 'training', 'coach'];
export const FORMAT_OPTIONS: readonly ItemFormat[] = ['online', 'klassikaal', 'blended', 'op-locatie'];
export const COACH_TYPE_OPTIONS: readonly CoachType[] = ['consularis', 'arbeidsmarktcoach', 'leerambassadeur', 'hr-adviseur'];
/** Languages a coach can tick; an item may hold others (kept when editing). */
export const COACH_LANGUAGE_OPTIONS = ['nl', 'en', 'de', 'fr', 'es', 'pl', 'ro', 'bg', 'tr', 'ar', 'uk', 'pt', 'fy'] as const;

export function isItemKind(value: unknown): value is ItemKind {
  return typeof value === 'string' && (ITEM_KIND_OPTIONS as readonly string[]).includes(value);
}

/** A row of a list the user can grow and shrink; `id` only keeps React's rows apart. */
export interface WindowRow {
  id: string;
  opens: string;
  closes: string;
}

export interface DateRow {
  id: string;
  value: string;
}

/** What the item form holds: the raw text of each input, lists as picked. */
export interface ItemFormValues {
  kind: ItemKind;
  title: string;
  summary: string;
  description: string;
  /** In order of importance: the first is the primary aspect. */
  aspects: AspectKey[];
  regions: string[];
  sectors: string[];
  sizeClasses: SizeClass[];
  provider: string;
  url: string;
  contactEmail: string;
  costEur: string;
  format: ItemFormat | '';
  language: 'nl' | 'en' | '';
  validFrom: string;
  validUntil: string;
  externalId: string;
  scheme: {
    /** 0–100, as people think of it; the API takes 0–1. */
    fundingPercent: string;
    maxAmountEur: string;
    eligibility: string;
    startBy: string;
    completeBy: string;
    windows: WindowRow[];
  };
  training: { durationHours: string; startDates: DateRow[] };
  coach: { coachType: CoachType | ''; entrepreneurExperience: boolean; capacity: string; languages: string[] };
}

/** Numbers the form could not read; the API never sees them. */
export type LocalProblem = 'number' | 'percent';

let rowCounter = 0;
export function newRowId(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export function emptyItemValues(kind: ItemKind): ItemFormValues {
  return {
    kind,
    title: '',
    summary: '',
    description: '',
    aspects: [],
    regions: [],
    sectors: [],
    sizeClasses: [],
    provider: '',
    url: '',
    contactEmail: '',
    costEur: '',
    format: '',
    language: '',
    validFrom: '',
    validUntil: '',
    externalId: '',
    scheme: {
      fundingPercent: '',
      maxAmountEur: '',
      eligibility: '',
      startBy: '',
      completeBy: '',
      windows: [{ id: newRowId(), opens: '', closes: '' }],
    },
    training: { durationHours: '', startDates: [] },
    coach: { coachType: '', entrepreneurExperience: false, capacity: '', languages: [] },
  };
}

const numberText = (value: number | null | undefined) => (typeof value === 'number' ? String(value) : '');
/** 0.35 → "35"; at most two decimals so 1/3 does not show as 33.333333333333336. */
const percentText = (share: number | null | undefined) =>
  typeof share === 'number' ? String(Math.round(share * 10_000) / 100) : '';

export function valuesFromItem(item: Item): ItemFormValues {
  const empty = emptyItemValues(item.kind);
  return {
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    description: item.description ?? '',
    aspects: [...item.aspects],
    regions: [...item.regions],
    sectors: [...item.sectors],
    sizeClasses: [...item.sizeClasses],
    provider: item.provider,
    url: item.url ?? '',
    contactEmail: item.contactEmail ?? '',
    costEur: numberText(item.costEur),
    format: item.format ?? '',
    language: item.language ?? '',
    validFrom: item.validFrom ?? '',
    validUntil: item.validUntil ?? '',
    externalId: item.externalId ?? '',
    scheme: item.scheme
      ? {
          fundingPercent: percentText(item.scheme.fundingShare),
          maxAmountEur: numberText(item.scheme.maxAmountEur),
          eligibility: item.scheme.eligibility ?? '',
          startBy: item.scheme.startBy ?? '',
          completeBy: item.scheme.completeBy ?? '',
          windows: item.scheme.windows.map((w) => ({ id: newRowId(), opens: w.opens, closes: w.closes })),
        }
      : empty.scheme,
    training: item.training
      ? {
          durationHours: numberText(item.training.durationHours),
          startDates: (item.training.startDates ?? []).map((value) => ({ id: newRowId(), value })),
        }
      : empty.training,
    coach: item.coach
      ? {
          coachType: item.coach.coachType,
          entrepreneurExperience: item.coach.entrepreneurExperience,
          capacity: numberText(item.coach.capacity),
          languages: [...(item.coach.languages ?? [])],
        }
      : empty.coach,
  };
}

/** Reads a number as Dutch and English users type it: "1.250,50", "1250.5", "€ 250", "12,5".
 * null when empty, NaN when it is no number at all. */
export function parseDecimal(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0€%]/g, '');
  if (cleaned === '') return null;
  let normal: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(cleaned)) normal = cleaned.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned)) normal = cleaned.replace(/,/g, '');
  else normal = cleaned.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

const text = (value: string) => value.trim();
const optionalText = (value: string) => value.trim() || null;

/** The form as the API takes it (POST), plus the numbers the form could not read. Only tidies
 * what people type; judging the values is the API's job, in its own words. */
export function toItemInput(values: ItemFormValues): { input: ItemInput; problems: Record<string, LocalProblem> } {
  const problems: Record<string, LocalProblem> = {};
  const number = (key: string, raw: string): number | null => {
    const value = parseDecimal(raw);
    if (value !== null && Number.isNaN(value)) {
      problems[key] = 'number';
      return null;
    }
    return value;
  };

  const input: ItemInput = {
    kind: values.kind,
    title: text(values.title),
    summary: text(values.summary),
    // Markdown: leading spaces can mean something, so only the ends are trimmed.
    description: values.description.trim(),
    aspects: [...values.aspects],
    regions: [...values.regions],
    sectors: [...values.sectors],
    sizeClasses: [...values.sizeClasses],
    provider: text(values.provider),
    url: optionalText(values.url),
    contactEmail: optionalText(values.contactEmail),
    costEur: number('costEur', values.costEur),
    format: values.format || null,
    language: values.language || null,
    validFrom: values.validFrom || null,
    validUntil: values.validUntil || null,
    externalId: optionalText(values.externalId),
  };

  if (values.kind === 'scheme') {
    const s = values.scheme;
    let fundingShare = number('scheme.fundingShare', s.fundingPercent);
    if (fundingShare !== null && (fundingShare <= 0 || fundingShare > 100)) {
      problems['scheme.fundingShare'] = 'percent';
      fundingShare = null;
    }
    input.scheme = {
      fundingShare: fundingShare === null ? null : Math.round(fundingShare * 100) / 10_000,
      maxAmountEur: number('scheme.maxAmountEur', s.maxAmountEur),
      eligibility: optionalText(s.eligibility),
      startBy: s.startBy || null,
      completeBy: s.completeBy || null,
      // Every row is sent, also a half-filled one, so the API's row numbers match the form's.
      windows: s.windows.map((w) => ({ opens: w.opens, closes: w.closes })),
    };
  }
  if (values.kind === 'training') {
    input.training = {
      durationHours: number('training.durationHours', values.training.durationHours),
      startDates: values.training.startDates.map((row) => row.value).filter((value) => value !== ''),
    };
  }
  if (values.kind === 'coach') {
    const c = values.coach;
    const capacity = number('coach.capacity', c.capacity);
    input.coach = {
      coachType: c.coachType as CoachType,
      entrepreneurExperience: c.entrepreneurExperience,
      // A missing capacity goes as null, so the API says it is needed.
      capacity: capacity as number,
      languages: [...c.languages],
    };
  }
  return { input, problems };
}

/** Equal as JSON values, with a missing key the same as null and key order ignored. */
export function sameValue(a: unknown, b: unknown): boolean {
  const left = a === undefined ? null : a;
  const right = b === undefined ? null : b;
  if (left === right) return true;
  if (left === null || right === null || typeof left !== 'object' || typeof right !== 'object') return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((value, index) => sameValue(value, right[index]));
  }
  const l = left as Record<string, unknown>;
  const r = right as Record<string, unknown>;
  const keys = new Set([...Object.keys(l), ...Object.keys(r)]);
  return [...keys].every((key) => sameValue(l[key], r[key]));
}

const PATCH_KEYS = [
  'title', 'summary', 'description', 'aspects', 'regions', 'sectors', 'sizeClasses', 'provider', 'url',
  'contactEmail', 'costEur', 'format', 'language', 'validFrom', 'validUntil', 'externalId', 'scheme', 'training', 'coach',
] as const satisfies readonly (keyof ItemPatch)[];

/** Only what changed against the stored item (PATCH). A kind's details go whole when any part
 * of them changed; an emptied field goes as null (cleared). */
export function toItemPatch(input: ItemInput, original: Item): ItemPatch {
  const patch: Record<string, unknown> = {};
  for (const key of PATCH_KEYS) {
    if (!(key in input)) continue;
    if (!sameValue(input[key], original[key])) patch[key] = input[key] ?? null;
  }
  return patch as ItemPatch;
}

/** Adds or removes one value, keeping the order in which the others were picked. */
export function toggleValue<T extends string>(list: readonly T[], value: T, on: boolean): T[] {
  if (on) return list.includes(value) ? [...list] : [...list, value];
  return list.filter((existing) => existing !== value);
}

/** Puts one picked aspect first: the primary one. */
export function makePrimary<T extends string>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? [value, ...list.filter((existing) => existing !== value)] : [...list];
}
