import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';

/** Generates the OpenAPI schemas of the API's answers from the one place they are written:
 * the TypeScript types of `libs/contracts`. `platform/openapi/contract-schemas.spec.ts` holds the
 * committed files to what this produces; `npm run openapi` writes them afresh. */

const ROOT = path.resolve(__dirname, '../../../..');
const CONTRACTS = path.join(ROOT, 'libs/contracts');
const OUT = path.join(ROOT, 'apps/api/src/platform/openapi');
export const SCHEMAS_FILE = path.join(OUT, 'contract-schemas.json');
export const TYPES_FILE = path.join(OUT, 'contract-types.ts');

type Schema = { [key: string]: unknown };

const isObject = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON Schema (draft 7, as the generator writes it) → the OpenAPI 3.0 subset the document uses:
 * `null` becomes `nullable`, `const` an `enum` of one, references point into components. */
export function toOpenApi(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toOpenApi);
  if (!isObject(node)) return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace('#/definitions/', '#/components/schemas/');
    else if (key === 'const') out.enum = [value];
    else out[key] = toOpenApi(value);
  }
  if (Array.isArray(out.type)) {
    const types = (out.type as string[]).filter((t) => t !== 'null');
    if (types.length < (out.type as string[]).length) out.nullable = true;
    if (types.length === 1) out.type = types[0];
    else {
      delete out.type;
      out.anyOf = types.map((type) => ({ type }));
    }
  }
  if (Array.isArray(out.anyOf)) {
    const options = (out.anyOf as Schema[]).filter((o) => !(o.type === 'null' && Object.keys(o).length === 1));
    if (options.length < (out.anyOf as Schema[]).length) {
      delete out.anyOf;
      if (options.length === 1 && options[0].$ref) return { ...out, allOf: options, nullable: true };
      if (options.length === 1) return { ...out, ...options[0], nullable: true };
      return { ...out, anyOf: options, nullable: true };
    }
  }
  return out;
}

/** The names of the types `libs/contracts` exports (its own, not the domain types they use). */
function contractTypeNames(): string[] {
  const dir = path.join(CONTRACTS, 'src');
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
    .flatMap((f) => [...readFileSync(path.join(dir, f), 'utf8').matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]));
  return [...new Set(names)].sort();
}

export function generateContractSchemas(): { schemas: string; types: string } {
  const generated = createGenerator({
    path: path.join(CONTRACTS, 'src/index.ts'),
    tsconfig: path.join(CONTRACTS, 'tsconfig.json'),
    type: '*',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: false,
  }).createSchema('*');
  const definitions = (generated.definitions ?? {}) as Record<string, unknown>;
  const schemas = Object.fromEntries(Object.keys(definitions).sort().map((name) => [name, toOpenApi(definitions[name])]));
  const names = contractTypeNames().filter((n) => n in schemas);
  const types = [
    '// Generated from libs/contracts by apps/api/src/testing/contract-schemas.ts (npm run openapi): do not edit.',
    "import type * as C from '@groeiwijzer/contracts';",
    '',
    '/** Every type of libs/contracts by its schema name in the OpenAPI document. */',
    'export interface ContractTypes {',
    ...names.map((n) => `  ${n}: C.${n};`),
    '}',
    '',
  ].join('\n');
  return { schemas: `${JSON.stringify(schemas, null, 2)}\n`, types };
}
