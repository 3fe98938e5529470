import { type Locator, type Page } from 'playwright-core';

const TIMEOUT = 10_000;

/** Polls until `check` holds (pages update asynchronously); fails with what was last seen. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string, timeout = TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      if (check(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: last seen ${JSON.stringify(last)}${lastError ? ` (${String(lastError)})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const matches = (actual: string, expected: string | RegExp) =>
  typeof expected === 'string' ? actual.trim() === expected : expected.test(actual);

export const expectVisible = (locator: Locator) => locator.first().waitFor({ state: 'visible', timeout: TIMEOUT });

export const expectText = (locator: Locator, expected: string | RegExp) =>
  eventually(() => locator.first().innerText({ timeout: 1000 }), (t) => matches(t, expected), `text of ${locator} should be ${expected}`);

export const expectContains = (locator: Locator, expected: string) =>
  eventually(() => locator.first().innerText({ timeout: 1000 }), (t) => t.includes(expected), `text of ${locator} should contain ${expected}`);

export const expectAttribute = (locator: Locator, name: string, value: string) =>
  eventually(() => locator.first().getAttribute(name, { timeout: 1000 }), (v) => v === value, `${name} of ${locator} should be ${value}`);

export const expectUrl = (page: Page, pattern: RegExp) =>
  eventually(async () => page.url(), (u) => pattern.test(u), `URL should match ${pattern}`);
