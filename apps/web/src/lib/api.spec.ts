import { ApiRequestError, apiFetch, isApiRequestError, setApiLocale } from './api';

type FetchMock = jest.Mock<Promise<Response>, [RequestInfo | URL, RequestInit | undefined]>;

function respond(status: number, body?: unknown): Response {
  const text = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text, { status, headers: { 'Content-Type': 'application/json' } });
}

describe('apiFetch', () => {
  let fetchMock: FetchMock;
  const realFetch = global.fetch;

  beforeEach(() => {
    fetchMock = jest.fn();
    global.fetch = fetchMock as unknown as typeof fetch;
    setApiLocale('nl');
  });

  afterAll(() => {
    global.fetch = realFetch;
  });

  it('sends a file\'s text as it is, with its own content type', async () => {
    fetchMock.mockResolvedValue(respond(200, { created: 2, updated: 0, errors: [], dryRun: true }));
    setApiLocale('en');
    const csv = 'kind;title\ntraining;"Veilig werken, ook op hoogte"\n';
    const result = await apiFetch('/api/publishers/p1/import?dryRun=true', { method: 'POST', rawBody: { text: csv, contentType: 'text/csv' } });
    expect(result).toEqual({ created: 2, updated: 0, errors: [], dryRun: true });
    const [, init] = fetchMock.mock.calls[0];
    expect(init).toMatchObject({ method: 'POST', body: csv, credentials: 'same-origin' });
    expect(init?.headers).toEqual({ Accept: 'application/json', 'Accept-Language': 'en', 'Content-Type': 'text/csv' });
  });

  it('sends JSON with the session cookie and the UI language', async () => {
    fetchMock.mockResolvedValue(respond(201, { user: { id: '1' } }));
    setApiLocale('en');
    const result = await apiFetch<{ user: { id: string } }>('/api/auth/register', {
      method: 'POST',
      body: { email: 'a@b.nl' },
    });
    expect(result).toEqual({ user: { id: '1' } });
    const [path, init] = fetchMock.mock.calls[0];
    expect(path).toBe('/api/auth/register');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"email":"a@b.nl"}' });
    expect(init?.headers).toMatchObject({
      'Accept-Language': 'en',
      'Content-Type': 'application/json',
      Accept: 'application/json',
    });
  });

  it('sends no body or content type on a GET, and resolves undefined on 204', async () => {
    fetchMock.mockResolvedValue(respond(204));
    await expect(apiFetch('/api/auth/logout')).resolves.toBeUndefined();
    const init = fetchMock.mock.calls[0][1];
    expect(init?.method).toBe('GET');
    expect(init?.body).toBeUndefined();
    expect(init?.headers).not.toHaveProperty('Content-Type');
  });

  it('throws the API error body with its status and fields', async () => {
    const body = { error: 'validation_failed', message: 'Controleer de velden.', fields: { password: 'Te kort' } };
    fetchMock.mockResolvedValue(respond(400, body));
    const error = await apiFetch('/api/auth/register', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(isApiRequestError(error, 400)).toBe(true);
    const apiError = error as ApiRequestError;
    expect(apiError.body).toEqual(body);
    expect(apiError.code).toBe('validation_failed');
    expect(apiError.fields).toEqual({ password: 'Te kort' });
    expect(apiError.message).toBe('Controleer de velden.');
  });

  it('makes a usable error of a non-JSON failure', async () => {
    fetchMock.mockResolvedValue(new Response('<h1>Bad gateway</h1>', { status: 502 }));
    const error = (await apiFetch('/api/health').catch((e: unknown) => e)) as ApiRequestError;
    expect(error.status).toBe(502);
    expect(error.body).toEqual({ error: 'http_502', message: '' });
    expect(error.fields).toEqual({});
  });

  it('reports a network failure as status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const error = (await apiFetch('/api/auth/me').catch((e: unknown) => e)) as ApiRequestError;
    expect(isApiRequestError(error, 0)).toBe(true);
    expect(error.code).toBe('network_error');
  });
});
