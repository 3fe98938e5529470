import { COACH_FIELDS, checkItem, ITEM_FIELDS, ITEM_TEXT_LIMITS, SCHEME_FIELDS, TRAINING_FIELDS } from './item-rules';
import { ITEM_CREATE_SCHEMA, ITEM_PATCH_SCHEMA, type JsonSchema } from './item-schema';

const props = (schema: JsonSchema) => schema.properties as Record<string, JsonSchema>;

const valid = {
  kind: 'coach',
  title: 'Marieke Jansen, consulent',
  summary: 'Helpt mkb-bedrijven met een leerplan voor hun team.',
  aspects: ['learning_organisation'],
  regions: ['twente'],
  provider: 'Leerwerkloket Twente',
  contactEmail: 'marieke@example.nl',
  coach: { coachType: 'consularis', entrepreneurExperience: true, capacity: 5, languages: ['nl'] },
};

// The schema in the OpenAPI document and the rules that decide describe the same item.
describe('the item schema and the item rules agree', () => {
  it('name the same fields, at every level', () => {
    expect(Object.keys(props(ITEM_CREATE_SCHEMA)).sort()).toEqual([...ITEM_FIELDS].sort());
    expect(Object.keys(props(ITEM_PATCH_SCHEMA)).sort()).toEqual(ITEM_FIELDS.filter((f) => f !== 'kind').sort());
    expect(Object.keys(props(props(ITEM_CREATE_SCHEMA).scheme)).sort()).toEqual([...SCHEME_FIELDS].sort());
    expect(Object.keys(props(props(ITEM_CREATE_SCHEMA).training)).sort()).toEqual([...TRAINING_FIELDS].sort());
    expect(Object.keys(props(props(ITEM_CREATE_SCHEMA).coach)).sort()).toEqual([...COACH_FIELDS].sort());
  });

  it('require what the rules require of every item', () => {
    for (const field of ITEM_CREATE_SCHEMA.required as string[]) {
      const { [field]: _left, ...rest } = valid as Record<string, unknown>;
      expect(checkItem(rest).problems.map((p) => p.field)).toContain(field);
    }
    expect(checkItem(valid).problems).toEqual([]);
  });

  it('give each text the length limits the rules apply', () => {
    for (const [field, [min, max]] of Object.entries(ITEM_TEXT_LIMITS)) {
      const schema = props(ITEM_CREATE_SCHEMA)[field];
      expect(schema.maxLength).toBe(max);
      expect(schema.minLength ?? 0).toBe(min);
      const tooLong = field === 'contactEmail' ? `${'a'.repeat(max)}@example.nl` : field === 'url' ? `https://example.nl/${'a'.repeat(max)}` : 'a'.repeat(max + 1);
      expect(checkItem({ ...valid, [field]: tooLong }).problems.map((p) => p.field)).toContain(field);
      if (min > 1) expect(checkItem({ ...valid, [field]: 'a'.repeat(min - 1) }).problems.map((p) => p.field)).toContain(field);
    }
  });

  it('list only choices the rules accept', () => {
    for (const field of ['kind', 'format', 'language'] as const) {
      const values = props(ITEM_CREATE_SCHEMA)[field].enum as string[];
      for (const value of values) expect(checkItem({ ...valid, [field]: value }).problems.filter((p) => p.field === field && p.code === 'field_choice')).toEqual([]);
      expect(checkItem({ ...valid, [field]: 'onbekend' }).problems.map((p) => p.field)).toContain(field);
    }
    for (const field of ['aspects', 'regions', 'sectors', 'sizeClasses'] as const) {
      const values = (props(ITEM_CREATE_SCHEMA)[field].items as JsonSchema).enum as string[];
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) expect(checkItem({ ...valid, [field]: [value] }).problems.filter((p) => p.field === field)).toEqual([]);
      expect(checkItem({ ...valid, [field]: ['onbekend'] }).problems.map((p) => p.field)).toContain(field);
    }
  });
});
