import { isApiRequestError, type ApiRequestError } from '../../../lib/api';
import { rawBodyFetch } from './raw-body-fetch';

type FetchMock = jest.Mock<Promise<Response>, [RequestInfo | URL, RequestInit | undefined]>;

const respond = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('rawBodyFetch', () => {
  let fetchMock: FetchMock;
  const realFetch = global.fetch;

  beforeEach(() => {
    fetchMock = jest.fn();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  afterAll(() => {
    global.fetch = realFetch;
  });

  it('sends the text as it is, with its content type, the session cookie and the UI language', async () => {
    fetchMock.mockResolvedValue(respond(200, { created: 2, updated: 0, errors: [], dryRun: true }));
    const csv = 'kind;title\ntraining;"Veilig werken, ook op hoogte"\n';
    const result = await rawBodyFetch('/api/publishers/p1/import?dryRun=true&publish=false', {
      body: csv,
      contentType: 'text/csv',
      locale: 'en',
    });
    expect(result).toEqual({ created: 2, updated: 0, errors: [], dryRun: true });
    const [path, init] = fetchMock.mock.calls[0];
    expect(path).toBe('/api/publishers/p1/import?dryRun=true&publish=false');
    expect(init).toMatchObject({ method: 'POST', body: csv, credentials: 'same-origin' });
    expect(init?.headers).toEqual({ Accept: 'application/json', 'Accept-Language': 'en', 'Content-Type': 'text/csv' });
  });

  it('throws the API error with its status and fields', async () => {
    const body = { error: 'publisher_not_approved', message: 'Deze uitgever is nog niet goedgekeurd.' };
    fetchMock.mockResolvedValue(respond(409, body));
    const error = await rawBodyFetch('/x', { body: '[]', contentType: 'application/json', locale: 'nl' }).catch((e: unknown) => e);
    expect(isApiRequestError(error, 409)).toBe(true);
    expect((error as ApiRequestError).body).toEqual(body);
  });

  it('turns an answer without JSON and a failed connection into errors the forms know', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<html>Bad gateway</html>', { status: 502 }));
    const bad = await rawBodyFetch('/x', { body: 'a', contentType: 'text/csv', locale: 'nl' }).catch((e: unknown) => e);
    expect((bad as ApiRequestError).body).toEqual({ error: 'http_502', message: '' });

    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const offline = await rawBodyFetch('/x', { body: 'a', contentType: 'text/csv', locale: 'nl' }).catch((e: unknown) => e);
    expect(isApiRequestError(offline, 0)).toBe(true);
    expect((offline as ApiRequestError).code).toBe('network_error');
  });
});
