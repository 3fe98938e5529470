import { ContractCheck } from './contract-check';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Record<string, unknown>) => ({ content: { 'application/json': { schema } } });
const check = new ContractCheck({
  paths: {
    '/api/things/{id}': { get: { responses: { 200: json(ref('Thing')), 404: json(ref('ApiError')) } } },
    '/api/things/{id}/file.csv': { get: { responses: { 200: { content: { 'text/csv': { schema: { type: 'string' } } } } } } },
    '/api/things': { post: { responses: { 204: {} } } },
  },
  components: {
    schemas: {
      ApiError: { type: 'object', required: ['error', 'message'], properties: { error: { type: 'string' }, message: { type: 'string' } } },
      Thing: {
        type: 'object', additionalProperties: false, required: ['id', 'note', 'share'],
        properties: { id: { type: 'string' }, note: { type: 'string', nullable: true }, share: { type: 'number', minimum: 0, exclusiveMinimum: true } },
      },
    },
  },
});

describe('holding an answer to the OpenAPI document', () => {
  it('passes an answer that matches, nulls where the schema is nullable', () => {
    expect(check.problem('GET', '/api/things/1?x=y', 200, 'application/json; charset=utf-8', { id: '1', note: null, share: 0.5 })).toBeNull();
    expect(check.problem('GET', '/api/things/1/file.csv', 200, 'text/csv; charset=utf-8', 'a,b\n')).toBeNull();
    expect(check.problem('POST', '/api/things', 204, null, null)).toBeNull();
  });

  it('names a body off its schema: a missing or extra field, a wrong type, a bound', () => {
    expect(check.problem('GET', '/api/things/1', 200, 'application/json', { id: '1', share: 1 })).toMatch(/note/);
    expect(check.problem('GET', '/api/things/1', 200, 'application/json', { id: '1', note: 'x', share: 1, extra: 1 })).toMatch(/additional/);
    expect(check.problem('GET', '/api/things/1', 200, 'application/json', { id: 1, note: 'x', share: 1 })).toMatch(/\/id must be string/);
    expect(check.problem('GET', '/api/things/1', 200, 'application/json', { id: '1', note: 'x', share: 0 })).toMatch(/share/);
  });

  it('names a status or media type the route does not document', () => {
    expect(check.problem('GET', '/api/things/1', 409, 'application/json', { error: 'conflict', message: 'x' })).toMatch(/409.*not documented/);
    expect(check.problem('GET', '/api/things/1/file.csv', 200, 'application/json', {})).toMatch(/documented text\/csv/);
    expect(check.problem('POST', '/api/things', 200, 'application/json', {})).toMatch(/not documented/);
  });

  it('lets the answers listed once for every route pass when they are errors in the error shape', () => {
    expect(check.problem('GET', '/api/things/1', 500, 'application/json', { error: 'internal', message: 'x' })).toBeNull();
    expect(check.problem('POST', '/api/things', 403, 'application/json', { error: 'cross_origin', message: 'x' })).toBeNull();
    expect(check.problem('POST', '/api/things', 403, 'application/json', { error: 'forbidden', message: 'x' })).toMatch(/not documented/);
    expect(check.problem('GET', '/api/things/1', 500, 'application/json', { oops: true })).toMatch(/error/);
  });

  it('leaves addresses the document does not describe alone', () => {
    expect(check.problem('GET', '/metrics', 200, 'text/plain', 'x')).toBeNull();
  });
});
