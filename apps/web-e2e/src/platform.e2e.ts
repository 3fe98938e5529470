import { spawnSync } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { startApp, type RunningApp } from './support/app';

const root = path.resolve(__dirname, '../../..');
const main = path.join(root, 'dist/apps/api/apps/api/src/main.js');
const adminCli = path.join(root, 'dist/apps/api/apps/api/src/cli/admin.js');

/** The built platform as an operator meets it: configuration errors, the admin command, and a
 * clean stop. */
describe('running the platform', () => {
  it('refuses to start on bad configuration, one clear line per problem', () => {
    const r = spawnSync(process.execPath, [main], {
      cwd: root,
      env: { ...process.env, PORT: 'zestig', DATABASE_URL: 'mysql://u:geheim@db/gw', SESSION_IDLE_MINUTES: '0', NODE_ENV: 'test' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'Configuration error: PORT must be a whole number from 0 to 65535 (got "zestig")',
      'Configuration error: DATABASE_URL is not a valid postgres:// or postgresql:// URL',
      'Configuration error: SESSION_IDLE_MINUTES must be a whole number from 1 to 43200 (got "0")',
    ]);
    expect(r.stderr).not.toContain('geheim');
  });

  describe('with a running app', () => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startApp();
    });
    afterAll(() => app?.stop());

    it('creates an admin from the command line, who can then sign in as admin', async () => {
      const r = spawnSync(process.execPath, [adminCli, '--email', 'Beheer@Regio.nl'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: app.databaseUrl, ADMIN_PASSWORD: 'een-lang-beheerwachtwoord' },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(r.stdout).toMatch(/^Admin ready: beheer@regio\.nl \([0-9a-f-]{36}\)/);
      expect(r.status).toBe(0);
      const login = await fetch(`${app.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'beheer@regio.nl', password: 'een-lang-beheerwachtwoord' }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.getSetCookie()[0].split(';')[0];
      const me = await (await fetch(`${app.baseUrl}/api/auth/me`, { headers: { cookie } })).json();
      expect(me.isAdmin).toBe(true);
    });
  });

  describe('stopping', () => {
    // Its own app: this test stops it, and the tests may run in any order.
    let app: RunningApp;
    beforeAll(async () => {
      app = await startApp({ LOG_LEVEL: 'info' });
    });
    afterAll(() => app?.stop());

    it('writes JSON log lines, and on SIGTERM finishes the request in flight, then exits 0', async () => {
      // The request is in flight for sure once the server has read its headers and answered
      // "100 Continue"; its body (and the argon2id hash of a registration) comes after SIGTERM.
      const body = JSON.stringify({ email: 'laatste@bedrijf.nl', password: 'een-lang-wachtwoord', name: 'Laatste' });
      const { port } = new URL(app.baseUrl);
      const request = http.request({
        host: 'localhost', port, method: 'POST', path: '/api/auth/register',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
      });
      const answered = new Promise<number>((resolve, reject) => {
        request.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
      });
      await new Promise<void>((resolve) => request.once('continue', resolve));
      const code = app.terminate();
      request.end(body);
      expect(await answered).toBe(201);
      expect(await code).toBe(0);
      const { rows } = await app.db.query(`SELECT email FROM users WHERE email = 'laatste@bedrijf.nl'`);
      expect(rows).toHaveLength(1);
      const lines = app.output().split('\n').filter((l) => l.startsWith('{'));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(JSON.parse(line)).toMatchObject({ time: expect.any(String), level: expect.any(String) });
      expect(lines.some((l) => JSON.parse(l).msg === 'shutting down')).toBe(true);
    });
  });
});
