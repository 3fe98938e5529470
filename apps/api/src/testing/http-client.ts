import { appendFileSync } from 'node:fs';
import { contractCheck } from './contract-check';

/** The running test's file, when Jest runs us (this file is also compiled with the app, where
 * Jest's globals are not declared). */
const testPath = (): string => (globalThis as { expect?: { getState(): { testPath?: string } } }).expect?.getState().testPath ?? '';

/** Every answer is held to the committed OpenAPI document (contract-check.ts): an undocumented
 * status or a body off its schema fails the test. CONTRACT_CHECK=record writes the problems to
 * tmp/contract-problems.txt instead (to survey them); CONTRACT_CHECK=off skips the check. */
function holdToContract(method: string, path: string, response: Response, body: unknown): void {
  const mode = process.env.CONTRACT_CHECK ?? 'fail';
  if (mode === 'off') return;
  const problem = contractCheck().problem(method, path, response.status, response.headers.get('content-type'), body);
  if (!problem) return;
  if (mode === 'record') appendFileSync(`${__dirname}/../../../../tmp/contract-problems.txt`, `${testPath()}\t${problem}\n`);
  else throw new Error(`The answer breaks the contract (apps/api/openapi.json): ${problem}`);
}

export interface HttpResponse<T = any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  status: number;
  body: T;
  headers: Headers;
}

/** fetch with a cookie jar, as one browser would be. */
export class HttpClient {
  private readonly cookies = new Map<string, string>();
  locale = 'nl';

  constructor(readonly baseUrl: string) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResponse<T>> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        'accept-language': this.locale,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookies.size ? { cookie: this.cookieHeader } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      const expired = attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    holdToContract(method, path, response, parsed);
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = any>(path: string, headers: Record<string, string> = {}) { return this.request<T>('GET', path, undefined, headers); } // eslint-disable-line @typescript-eslint/no-explicit-any
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) { return this.request<T>('POST', path, body, headers); } // eslint-disable-line @typescript-eslint/no-explicit-any
  patch<T = any>(path: string, body?: unknown) { return this.request<T>('PATCH', path, body); } // eslint-disable-line @typescript-eslint/no-explicit-any
  put<T = any>(path: string, body?: unknown) { return this.request<T>('PUT', path, body); } // eslint-disable-line @typescript-eslint/no-explicit-any
  delete<T = any>(path: string) { return this.request<T>('DELETE', path); } // eslint-disable-line @typescript-eslint/no-explicit-any

  /** Registers and stays signed in; returns the user. */
  async signUp(email: string, name = 'Test Gebruiker', password = 'een-lang-wachtwoord') {
    const r = await this.post('/api/auth/register', { email, password, name });
    if (r.status !== 201) throw new Error(`register failed: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.user as { id: string; email: string; name: string };
  }
}
