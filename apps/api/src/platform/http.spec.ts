import { redactPath, securityHeaders } from './http';

describe('security headers', () => {
  it('sets a strict CSP and the usual protections, computed once', () => {
    const headers = securityHeaders({ contentSecurityPolicy: { useDefaults: true, directives: { 'upgrade-insecure-requests': null } }, strictTransportSecurity: false });
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['strict-transport-security']).toBeUndefined();
  });

  it('asks browsers for HTTPS only when the platform runs on HTTPS', () => {
    expect(securityHeaders({ strictTransportSecurity: true })['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});

describe('redactPath', () => {
  it('keeps tokens out of the logs', () => {
    expect(redactPath('/api/survey/Abcdefghijklmnopqrstuvwxyz012345')).toBe('/api/survey/:token');
    expect(redactPath('/api/rounds/3f1c/report')).toBe('/api/rounds/3f1c/report');
  });
});
