import { isAllowedOrigin } from './same-origin';

const PUBLIC = 'https://groeiwijzer.example.nl';

describe('isAllowedOrigin', () => {
  it('lets reads through from anywhere', () => {
    expect(isAllowedOrigin('GET', { origin: 'https://evil.example' }, 'https', PUBLIC)).toBe(true);
  });

  it('accepts a POST from our own origin, by public URL or by Host', () => {
    expect(isAllowedOrigin('POST', { origin: PUBLIC }, 'https', PUBLIC)).toBe(true);
    expect(isAllowedOrigin('POST', { origin: 'http://localhost:3000', host: 'localhost:3000' }, 'http', PUBLIC)).toBe(true);
  });

  it('refuses a POST from another site, a sandboxed page, or a cross-site fetch', () => {
    expect(isAllowedOrigin('POST', { origin: 'https://evil.example', host: 'groeiwijzer.example.nl' }, 'https', PUBLIC)).toBe(false);
    expect(isAllowedOrigin('DELETE', { origin: 'null' }, 'https', PUBLIC)).toBe(false);
    expect(isAllowedOrigin('PATCH', { 'sec-fetch-site': 'cross-site' }, 'https', PUBLIC)).toBe(false);
  });

  it('accepts Origin: null only from our own page, as Sec-Fetch-Site says (a no-referrer form post)', () => {
    expect(isAllowedOrigin('POST', { origin: 'null', 'sec-fetch-site': 'same-origin' }, 'https', PUBLIC)).toBe(true);
    expect(isAllowedOrigin('POST', { origin: 'null', 'sec-fetch-site': 'same-site' }, 'https', PUBLIC)).toBe(false);
    expect(isAllowedOrigin('POST', { origin: 'null', 'sec-fetch-site': 'none' }, 'https', PUBLIC)).toBe(false);
  });

  it('treats clients without Origin as non-browsers', () => {
    expect(isAllowedOrigin('POST', { host: 'groeiwijzer.example.nl' }, 'https', PUBLIC)).toBe(true);
  });
});
