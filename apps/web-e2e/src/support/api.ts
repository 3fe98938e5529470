import { type APIRequestContext } from 'playwright-core';

/** The admin the browser tests' apps start with (created from the environment at start). */
export const ADMIN = { ADMIN_EMAIL: 'beheer@groeiwijzer.nl', ADMIN_PASSWORD: 'een-lang-beheerwachtwoord' };
/** The password of the accounts the tests register. */
export const PASSWORD = 'een-goed-lang-wachtwoord';

/** One API call that must answer `status`; the body on any other answer, to see why. Setting up
 * through the API what a test is not about. */
export async function call<T = { id: string }>(request: APIRequestContext, url: string, method: 'GET' | 'POST', data: unknown, status: number): Promise<T> {
  const response = method === 'GET' ? await request.get(url) : await request.post(url, data === undefined ? {} : { data });
  if (response.status() !== status) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}
