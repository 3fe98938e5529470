import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';

/** Holds a real answer of the API to the committed contract (`apps/api/openapi.json`): the route
 * documents the status, and a JSON body matches the schema documented for it. The test client
 * (`http-client.ts`) runs it on every answer the integration tests see. */

type Schema = { [key: string]: unknown };
type Content = Record<string, { schema?: Schema }>;
type Operation = { responses: Record<string, { content?: Content }> };
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

const DOC_FILE = path.resolve(__dirname, '../../openapi.json');

/** OpenAPI 3.0 → JSON Schema draft 7, for Ajv: `nullable` becomes the null type. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const { nullable, ...rest } = node as Schema;
  const out = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, k === 'properties' ? Object.fromEntries(Object.entries(v as Schema).map(([p, s]) => [p, toJsonSchema(s)])) : toJsonSchema(v)]));
  // OpenAPI 3.0 keeps draft 4's boolean exclusive bounds; draft 7 gives the bound itself.
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (out[flag] === true) {
      out[flag] = out[bound];
      delete out[bound];
    } else if (out[flag] === false) delete out[flag];
  }
  if (nullable !== true) return out;
  if (typeof out.type === 'string' && !out.$ref && !out.allOf && !out.anyOf && !out.oneOf) {
    return { ...out, type: [out.type, 'null'], ...(Array.isArray(out.enum) ? { enum: [...out.enum, null] } : {}) };
  }
  const { description, ...schema } = out;
  return { ...(description ? { description } : {}), anyOf: [schema, { type: 'null' }] };
}

/** Answers any route may give that docs/api.md lists once instead of per route: 5xx, 415 (a body
 * neither JSON nor CSV) and 403 `cross_origin`. They still have the error shape. */
const unlisted = (status: number, body: unknown) =>
  status >= 500 || status === 415 || (status === 403 && (body as { error?: string } | null)?.error === 'cross_origin');

interface Route { method: string; template: string; pattern: RegExp; params: number; operation: Operation }

export class ContractCheck {
  private readonly routes: Route[];
  private readonly ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(doc: Doc = JSON.parse(readFileSync(DOC_FILE, 'utf8')) as Doc) {
    this.ajv.addSchema({ $id: 'openapi', components: { schemas: toJsonSchema(doc.components.schemas) } });
    this.routes = Object.entries(doc.paths).flatMap(([template, ops]) => Object.entries(ops).map(([method, operation]) => ({
      method: method.toUpperCase(),
      template,
      pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      params: (template.match(/\{/g) ?? []).length,
      operation,
    })));
  }

  /** The route an address is answered by (the one with fewest parameters when two fit). */
  route(method: string, url: string): Route | undefined {
    const p = url.split('?')[0];
    return this.routes.filter((r) => r.method === method && r.pattern.test(p)).sort((a, b) => a.params - b.params)[0];
  }

  /** What is wrong with the answer, or null. Addresses the document does not describe (the web
   * app, /metrics, /api/docs) are not checked. */
  problem(method: string, url: string, status: number, contentType: string | null, body: unknown): string | null {
    const route = this.route(method, url);
    if (!route) return null;
    const where = `${method} ${route.template} → ${status}`;
    const documented = route.operation.responses[String(status)] ?? (unlisted(status, body) ? { content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } } } : undefined);
    if (!documented) return `${where}: the status is not documented (documented: ${Object.keys(route.operation.responses).join(', ')})`;
    const mediaType = (contentType ?? '').split(';')[0].trim();
    if (!documented.content) return status === 204 || mediaType === '' ? null : `${where}: a body (${mediaType}) where the document has none`;
    const content = documented.content[mediaType];
    if (!content) return `${where}: answered ${mediaType || 'no body'}, documented ${Object.keys(documented.content).join(', ')}`;
    if (mediaType !== 'application/json' || !content.schema) return null;
    const key = `${route.method} ${route.template} ${status}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(this.resolveRefs(content.schema));
      this.validators.set(key, validate);
    }
    if (validate(body)) return null;
    const e = validate.errors?.[0];
    return `${where}: the body does not match the schema: ${e?.instancePath || '(root)'} ${e?.message} ${e?.params ? JSON.stringify(e.params) : ''}`;
  }

  private resolveRefs(schema: Schema): Schema {
    return JSON.parse(JSON.stringify(toJsonSchema(schema)).replace(/"#\/components\/schemas\//g, '"openapi#/components/schemas/')) as Schema;
  }
}

let shared: ContractCheck | undefined;
/** One checker per test file (the document is read once). */
export const contractCheck = (): ContractCheck => (shared ??= new ContractCheck());
