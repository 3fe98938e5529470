import type { ItemKind } from '@groeiwijzer/contracts';

/** Where an API field name shows its problem in a form: the form's own key, or null when the
 * form has no such field (then it goes in the summary above the form). */
export type ResolveField = (apiField: string) => string | null;

export interface PlacedErrors {
  /** Problem per form key, shown next to that field. */
  placed: Record<string, string>;
  /** API fields the form cannot show in place, with their problem. */
  unplaced: { field: string; message: string }[];
}

export function placeFieldErrors(fields: Record<string, string>, resolve: ResolveField): PlacedErrors {
  const placed: Record<string, string> = {};
  const unplaced: PlacedErrors['unplaced'] = [];
  for (const [field, message] of Object.entries(fields)) {
    const key = resolve(field);
    if (key === null) unplaced.push({ field, message });
    // The first problem of a field is the one worth telling.
    else placed[key] ??= message;
  }
  return { placed, unplaced };
}

/** The form key as a DOM id: `scheme.windows.0.closes` → `item-scheme-windows-0-closes`. */
export function fieldDomId(prefix: string, key: string): string {
  return `${prefix}-${key.replace(/\./g, '-')}`;
}

const ITEM_TOP_FIELDS = [
  'title', 'summary', 'description', 'aspects', 'regions', 'sectors', 'sizeClasses', 'provider', 'url',
  'contactEmail', 'costEur', 'format', 'language', 'validFrom', 'validUntil', 'externalId',
];
/** Lists of plain values: a problem with one entry (`aspects.2`) belongs to the whole list. */
const ITEM_LISTS = ['aspects', 'regions', 'sectors', 'sizeClasses', 'training.startDates', 'coach.languages'];
const KIND_FIELDS: Record<ItemKind, string[]> = {
  scheme: ['fundingShare', 'maxAmountEur', 'eligibility', 'startBy', 'completeBy', 'windows'],
  training: ['durationHours', 'startDates'],
  coach: ['coachType', 'entrepreneurExperience', 'capacity', 'languages'],
};

/** Form keys in the order the fields appear, for the error summary. */
export const ITEM_FIELD_ORDER = [
  'title', 'summary', 'description', 'provider', 'aspects', 'regions', 'sectors', 'sizeClasses',
  'scheme', 'scheme.eligibility', 'scheme.fundingShare', 'scheme.maxAmountEur', 'scheme.windows', 'scheme.startBy', 'scheme.completeBy',
  'training', 'training.durationHours', 'training.startDates',
  'coach', 'coach.coachType', 'coach.entrepreneurExperience', 'coach.capacity', 'coach.languages',
  'url', 'contactEmail', 'costEur', 'format', 'language', 'validFrom', 'validUntil', 'externalId',
];

export interface ItemFormShape {
  kind: ItemKind;
  /** How many application-window rows the form shows. */
  windows: number;
}

/** Maps the API's field names for an item (`title`, `aspects.1`, `scheme.windows.0.closes`,
 * `coach.capacity`) to the item form's keys. */
export function resolveItemField(shape: ItemFormShape): ResolveField {
  return (apiField) => {
    if (ITEM_TOP_FIELDS.includes(apiField)) return apiField;
    const list = ITEM_LISTS.find((name) => apiField === name || apiField.startsWith(`${name}.`));
    if (list && (!list.includes('.') || list.startsWith(`${shape.kind}.`))) return list;

    const [group, field, index, part, ...rest] = apiField.split('.');
    if (group !== shape.kind || rest.length > 0) return null;
    if (field === undefined) return group;
    if (!KIND_FIELDS[shape.kind].includes(field)) return null;
    if (field !== 'windows') return index === undefined ? `${group}.${field}` : null;

    if (index === undefined) return 'scheme.windows';
    const row = Number(index);
    if (!Number.isInteger(row) || row < 0 || row >= shape.windows) return 'scheme.windows';
    if (part === undefined) return `scheme.windows.${row}`;
    return part === 'opens' || part === 'closes' ? `scheme.windows.${row}.${part}` : `scheme.windows.${row}`;
  };
}

/** Sorts form keys as the fields appear; rows by their number. */
export function inFieldOrder(keys: string[], order: readonly string[]): string[] {
  const rank = (key: string) => {
    const base = order.indexOf(key.replace(/\.\d+(\.\w+)?$/, ''));
    return base === -1 ? order.length : base;
  };
  const rowOf = (key: string) => Number(/\.(\d+)(\.\w+)?$/.exec(key)?.[1] ?? -1);
  const partOf = (key: string) => (key.endsWith('.closes') ? 2 : key.endsWith('.opens') ? 1 : 0);
  return [...keys].sort((a, b) => rank(a) - rank(b) || rowOf(a) - rowOf(b) || partOf(a) - partOf(b));
}

/** The publisher registration form: name, regions, website. */
export const resolvePublisherField: ResolveField = (apiField) => {
  if (apiField === 'name' || apiField === 'website' || apiField === 'regions') return apiField;
  if (apiField.startsWith('regions.')) return 'regions';
  return null;
};
