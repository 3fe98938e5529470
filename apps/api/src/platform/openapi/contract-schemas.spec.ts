import { readFileSync, writeFileSync } from 'node:fs';
import { generateContractSchemas, SCHEMAS_FILE, TYPES_FILE, toOpenApi } from '../../testing/contract-schemas';

describe('the answer schemas generated from libs/contracts', () => {
  it('are the committed ones (npm run openapi writes them)', () => {
    const { schemas, types } = generateContractSchemas();
    if (process.env.UPDATE_OPENAPI === '1') {
      writeFileSync(SCHEMAS_FILE, schemas);
      writeFileSync(TYPES_FILE, types);
    }
    expect({ schemas: JSON.parse(readFileSync(SCHEMAS_FILE, 'utf8')), types: readFileSync(TYPES_FILE, 'utf8') })
      .toEqual({ schemas: JSON.parse(schemas), types });
  }, 60_000);

  it('turns JSON Schema nulls and constants into OpenAPI 3.0 terms', () => {
    expect(toOpenApi({ type: ['string', 'null'] })).toEqual({ type: 'string', nullable: true });
    expect(toOpenApi({ anyOf: [{ $ref: '#/definitions/User' }, { type: 'null' }], description: 'd' }))
      .toEqual({ allOf: [{ $ref: '#/components/schemas/User' }], nullable: true, description: 'd' });
    expect(toOpenApi({ anyOf: [{ type: 'string', enum: ['a'] }, { type: 'null' }] })).toEqual({ type: 'string', enum: ['a'], nullable: true });
    expect(toOpenApi({ const: 5, type: 'number' })).toEqual({ enum: [5], type: 'number' });
    expect(toOpenApi({ type: ['string', 'number'] })).toEqual({ anyOf: [{ type: 'string' }, { type: 'number' }] });
  });
});
