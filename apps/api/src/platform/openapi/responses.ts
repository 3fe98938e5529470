import { applyDecorators } from '@nestjs/common';
import { ApiResponse, type OpenAPIObject } from '@nestjs/swagger';
import CONTRACT_SCHEMAS from './contract-schemas.json';
import { type ContractTypes } from './contract-types';

/** How a route documents its answers in the OpenAPI document. The schemas are generated from
 * libs/contracts (`contract-schemas.json`, see `testing/contract-schemas.ts`), and `Returns` is
 * typed by the same contracts: a handler whose return type is not the named contract type does
 * not compile, so the document, the contracts lib and the code cannot drift apart. */

export type ContractName = keyof ContractTypes;
type Handler<T> = (...args: never[]) => T | Promise<T>;
type HandlerDecorator<T> = <H extends Handler<T>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<H>) => void;
type SuccessStatus = 200 | 201 | 202;

export const schemaRef = (name: ContractName) => ({ $ref: `#/components/schemas/${name}` });

const respond = (status: SuccessStatus, schema: object, description?: string) => ApiResponse({ status, description: description ?? '', schema });

/** A 2xx answer of the contract type `name` (200 unless told). */
export function Returns<K extends ContractName>(name: K, status: SuccessStatus = 200, description?: string): HandlerDecorator<ContractTypes[K]> {
  return respond(status, schemaRef(name), description);
}

/** A 2xx answer that is a list of `name`. */
export function ReturnsList<K extends ContractName>(name: K, status: SuccessStatus = 200, description?: string): HandlerDecorator<ContractTypes[K][]> {
  return respond(status, { type: 'array', items: schemaRef(name) }, description);
}

/** A 2xx answer that is one of several contract types. */
export function ReturnsOneOf<K extends ContractName>(names: K[], status: SuccessStatus = 200, description?: string): HandlerDecorator<ContractTypes[K]> {
  return respond(status, { oneOf: names.map(schemaRef) }, description);
}

/** 204: done, nothing to say. */
export const NoContent = (description = 'Done; no body.') => ApiResponse({ status: 204, description });

/** A file (or page) instead of JSON: its media type, e.g. text/csv or application/pdf; a download
 * (`attachment`, the default) says so in its Content-Disposition header. */
export function ReturnsFile(mediaType: string, description: string, extraMediaTypes: string[] = [], attachment = true) {
  const schemaOf = (type: string) => (type === 'application/json' ? { type: 'object' } : /^text\/|\+xml$/.test(type) ? { type: 'string' } : { type: 'string', format: 'binary' });
  const content = Object.fromEntries([mediaType, ...extraMediaTypes].map((type) => [type, { schema: schemaOf(type) }]));
  // Not ApiProduces: that would give the error answers (JSON) the file's media type too.
  const headers = attachment ? { 'Content-Disposition': { description: 'attachment; filename="…"', schema: { type: 'string' } } } : undefined;
  return ApiResponse({ status: 200, description, content, ...(headers ? { headers } : {}) });
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429;

const ERROR_TEXTS: Record<ErrorStatus, string> = {
  400: '`validation_failed`: `fields` names each bad field (in the caller\'s language); `invalid_json` for a body that is not JSON; `bad_request` for NUL or broken text in a field.',
  401: '`unauthenticated`: no valid session cookie or API token.',
  403: '`forbidden`: signed in, but not allowed; `cross_origin` for a cookie request from another site.',
  404: '`not_found`: unknown, malformed or not yours (the API does not tell which).',
  409: '`conflict`: the state does not allow it.',
  410: 'gone: it existed but is over.',
  413: '`payload_too_large`: the body is over the limit (2 MB).',
  422: 'the request was understood but cannot be carried out.',
  429: 'too many attempts: wait (see `Retry-After`).',
};

/** The error answers a route really gives, each in the error filter's shape (`ApiError`):
 * a status alone gets the standard text, `[status, text]` names the route's own codes. */
export function Errors(...errors: (ErrorStatus | [ErrorStatus, string])[]) {
  return applyDecorators(...errors.map((e) => {
    const [status, description] = Array.isArray(e) ? e : [e, ERROR_TEXTS[e]];
    return ApiResponse({ status, description, schema: schemaRef('ApiError') });
  }));
}

/** An answer other than an error whose body is a contract type (e.g. 422 with the import's
 * problems, 503 with the health figures). */
export function AlsoReturns(status: number, name: ContractName, description: string) {
  return ApiResponse({ status, description, schema: schemaRef(name) });
}

/** Adds the generated contract schemas to the document's components. A DTO class of the same
 * name would silently replace one of them, so that is refused. */
export function withContractSchemas(document: OpenAPIObject): OpenAPIObject {
  const own = document.components?.schemas ?? {};
  const clash = Object.keys(CONTRACT_SCHEMAS).filter((name) => name in own);
  if (clash.length) throw new Error(`OpenAPI: DTO classes named like contract types: ${clash.join(', ')}`);
  return { ...document, components: { ...document.components, schemas: { ...own, ...(CONTRACT_SCHEMAS as Record<string, object>) } } };
}
