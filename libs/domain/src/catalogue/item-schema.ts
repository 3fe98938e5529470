import { ASPECT_KEYS } from '../aspects';
import { NATIONWIDE, REGIONS } from '../regions';
import { SECTORS } from '../sectors';
import { SIZE_CLASSES } from '../size-class';
import { COACH_TYPES, ITEM_FORMATS, ITEM_KINDS, ITEM_LANGUAGES, ITEM_TEXT_LIMITS } from './item-rules';

/** A JSON Schema (the OpenAPI 3.0 subset) of a catalogue item as the API takes it. `checkItem`
 * stays the rule that decides (it also checks what a schema cannot say: which details go with
 * which kind, date order, e-mail form); this describes the same fields, lists and limits for the
 * OpenAPI document, and `item-schema.spec.ts` holds the two together. */
export type JsonSchema = { [key: string]: unknown };

const text = (min: number, max: number, description?: string): JsonSchema => ({ type: 'string', ...(min ? { minLength: min } : {}), maxLength: max, ...(description ? { description } : {}) });
const day: JsonSchema = { type: 'string', format: 'date', description: 'YYYY-MM-DD' };
const listOf = (values: readonly string[], minItems = 0): JsonSchema => ({ type: 'array', items: { type: 'string', enum: [...values] }, uniqueItems: true, ...(minItems ? { minItems } : {}) });
const nullable = (schema: JsonSchema): JsonSchema => ({ ...schema, nullable: true });

const properties: Record<string, JsonSchema> = {
  kind: { type: 'string', enum: [...ITEM_KINDS] },
  title: text(...ITEM_TEXT_LIMITS.title),
  summary: text(...ITEM_TEXT_LIMITS.summary),
  description: text(...ITEM_TEXT_LIMITS.description, 'Markdown (no raw HTML)'),
  aspects: listOf(ASPECT_KEYS, 1),
  regions: listOf([NATIONWIDE, ...REGIONS.map((r) => r.key)], 1),
  sectors: listOf(SECTORS.map((s) => s.code)),
  sizeClasses: listOf(SIZE_CLASSES),
  provider: text(...ITEM_TEXT_LIMITS.provider),
  url: nullable({ ...text(...ITEM_TEXT_LIMITS.url), format: 'uri' }),
  contactEmail: nullable({ ...text(...ITEM_TEXT_LIMITS.contactEmail, 'required for a coach'), format: 'email' }),
  costEur: nullable({ type: 'number', minimum: 0, maximum: 1_000_000, description: 'required for a training' }),
  format: nullable({ type: 'string', enum: [...ITEM_FORMATS], description: 'required for a training' }),
  language: nullable({ type: 'string', enum: [...ITEM_LANGUAGES] }),
  validFrom: nullable(day),
  validUntil: nullable({ ...day, description: 'YYYY-MM-DD, not before validFrom' }),
  externalId: nullable(text(...ITEM_TEXT_LIMITS.externalId, 'the publisher’s own key; the import updates by it')),
  scheme: nullable({
    type: 'object',
    description: 'required for (and only for) a scheme',
    additionalProperties: false,
    required: ['windows', 'eligibility'],
    properties: {
      fundingShare: nullable({ type: 'number', exclusiveMinimum: true, minimum: 0, maximum: 1 }),
      maxAmountEur: nullable({ type: 'number', minimum: 0, maximum: 10_000_000 }),
      windows: {
        type: 'array', minItems: 1,
        items: { type: 'object', additionalProperties: false, required: ['opens', 'closes'], properties: { opens: day, closes: day } },
      },
      eligibility: text(10, 2000),
      startBy: nullable(day),
      completeBy: nullable(day),
    },
  }),
  training: nullable({
    type: 'object',
    description: 'only for a training',
    additionalProperties: false,
    properties: {
      durationHours: nullable({ type: 'number', exclusiveMinimum: true, minimum: 0, maximum: 5000 }),
      startDates: { type: 'array', items: day, uniqueItems: true },
    },
  }),
  coach: nullable({
    type: 'object',
    description: 'required for (and only for) a coach',
    additionalProperties: false,
    required: ['coachType', 'entrepreneurExperience', 'capacity'],
    properties: {
      coachType: { type: 'string', enum: [...COACH_TYPES] },
      entrepreneurExperience: { type: 'boolean' },
      capacity: { type: 'integer', minimum: 1, maximum: 100 },
      languages: { type: 'array', items: { type: 'string', pattern: '^[a-z]{2}$' }, uniqueItems: true },
    },
  }),
};

/** The body of `POST /api/publishers/:id/items` (and of each import row). */
export const ITEM_CREATE_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'title', 'summary', 'aspects', 'regions', 'provider'],
  properties,
};

/** The body of `PATCH /api/items/:id`: any of the fields but the kind. */
export const ITEM_PATCH_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(Object.entries(properties).filter(([key]) => key !== 'kind')),
};
