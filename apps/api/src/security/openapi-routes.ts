import { randomUUID } from 'node:crypto';
import { type HttpClient } from '../testing/http-client';

/** One operation of the OpenAPI document, as the security tests walk them. */
export interface Operation {
  method: string;
  /** The templated path, e.g. `/api/rounds/{id}/report`. */
  path: string;
  pathParams: string[];
  queryParams: string[];
  /** Property names of the JSON body's schema, when it has any. */
  bodyFields: string[];
  hasBody: boolean;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: { content?: Record<string, { schema?: { $ref?: string; properties?: Record<string, unknown> } }> } }>>;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
}

/** Every operation of the running app's document, read at run time: routes added later are walked
 * without changing the tests. */
export async function readOperations(client: HttpClient): Promise<Operation[]> {
  const response = await client.get<OpenApiDocument>('/api/openapi.json');
  if (response.status !== 200) throw new Error(`openapi.json: ${response.status}`);
  const doc = response.body;
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const schema = op.requestBody?.content?.['application/json']?.schema;
      const resolved = schema?.$ref ? doc.components?.schemas?.[schema.$ref.split('/').pop()!] : schema;
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        bodyFields: Object.keys(resolved?.properties ?? {}),
        hasBody: !!op.requestBody,
      });
    }
  }
  return operations;
}

/** Which of a person's own records a path parameter names, read from the path segment before it
 * (`/organisations/{id}` → organisation, `/members/{userId}` → user). Null: a secret token or a
 * kind of record the fixtures do not make, filled with something random instead. */
export type RecordKind = 'organisation' | 'round' | 'publisher' | 'item' | 'token' | 'user' | 'invitation';
const SEGMENT_KINDS: Record<string, RecordKind> = {
  organisations: 'organisation', rounds: 'round', publishers: 'publisher', items: 'item', recommendations: 'item',
  tokens: 'token', members: 'user', invitations: 'invitation',
};

export function paramKind(path: string, param: string): RecordKind | 'secret' | null {
  const segments = path.split('/');
  const at = segments.indexOf(`{${param}}`);
  if (/token/i.test(param)) return 'secret';
  return SEGMENT_KINDS[segments[at - 1]] ?? null;
}

/** The path with each parameter filled from `ids` where the kind is known, else by `other`. */
export function fillPath(op: Operation, ids: Partial<Record<RecordKind, string>>, other: (param: string) => string = () => randomUUID()): { url: string; fromIds: number } {
  let fromIds = 0;
  let url = op.path;
  for (const param of op.pathParams) {
    const kind = paramKind(op.path, param);
    const id = kind && kind !== 'secret' ? ids[kind] : undefined;
    if (id) fromIds++;
    url = url.replace(`{${param}}`, id ?? other(param));
  }
  return { url, fromIds };
}

/** An error answer in the API's format: JSON with `error` and `message`. */
export function isApiError(body: unknown): boolean {
  return typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string' && typeof (body as { message?: unknown }).message === 'string';
}
