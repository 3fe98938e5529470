import { startTestApp, type TestApp } from '../testing/test-app';

describe('health, OpenAPI and unknown routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports the database and the engines in use', async () => {
    const r = await t.client().get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: 'ok', database: 'up', search: 'postgres', mail: 'smtp' });
    expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('publishes the OpenAPI document and a browsable page', async () => {
    const doc = await t.client().get('/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    for (const path of ['/api/auth/register', '/api/auth/login', '/api/auth/me', '/api/organisations', '/api/organisations/{id}', '/api/health']) {
      expect(Object.keys(doc.body.paths)).toContain(path);
    }
    const page = await fetch(`${t.baseUrl}/api/docs`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger');
  });

  it('answers unknown API routes with the error format', async () => {
    const r = await t.client().get('/api/does-not-exist');
    expect(r.status).toBe(404);
    expect(r.body.error).toBe('not_found');
  });
});
