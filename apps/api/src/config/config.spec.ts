import { stopPasswordChecks } from '../auth/password-policy';
import { assertStrongAdminPassword, ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('starts with nothing set: embedded database and mail catcher, port 3000', () => {
    const config = loadConfig({}, '/srv/gw');
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.smtpUrl).toBeNull();
    expect(config.dataDir).toBe('/srv/gw/.data');
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.cookieSecure).toBe(false);
    expect(config.demoData).toBe(true);
  });

  it('reports every bad variable on its own line, without echoing secrets', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://user:hunter2@db/x', SMTP_URL: 'nope', COOKIE_SECURE: 'maybe' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toEqual([
      'PORT must be a whole number from 0 to 65535 (got "abc")',
      'DATABASE_URL is not a valid postgres:// or postgresql:// URL',
      'SMTP_URL is not a valid smtp:// or smtps:// URL',
      'COOKIE_SECURE must be true or false (got "maybe")',
    ]);
    expect(error!.message).not.toContain('hunter2');
  });

  it('takes a metrics token of at least 16 characters and never echoes it', () => {
    expect(loadConfig({ METRICS_TOKEN: 'a-long-enough-metrics-token' }).metricsToken).toBe('a-long-enough-metrics-token');
    expect(loadConfig({}).metricsToken).toBeNull();
    let error: ConfigError | undefined;
    try {
      loadConfig({ METRICS_TOKEN: 'sh0rt-s3cret' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error!.problems).toEqual(['METRICS_TOKEN must be at least 16 characters']);
    expect(error!.message).not.toContain('sh0rt-s3cret');
  });

  it('requires a real database and SMTP server in production, and secure cookies by default', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL is required/);
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://gw@db:5432/gw',
      SMTP_URL: 'smtps://mail.example.nl',
    });
    expect(config.cookieSecure).toBe(true);
    expect(config.demoData).toBe(false);
  });

  it('checks the first admin pair together', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'admin@example.nl' })).toThrow(/ADMIN_PASSWORD is required/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'admin@example.nl', ADMIN_PASSWORD: 'short' })).toThrow(/at least 12/);
    expect(loadConfig({ ADMIN_EMAIL: 'Admin@Example.nl', ADMIN_PASSWORD: 'a-long-password!' }).adminEmail).toBe('admin@example.nl');
  });

  it('refuses the variables of the old flat sign-in lock, pointing to the throttle that replaced it', () => {
    expect(() => loadConfig({ LOGIN_MAX_PER_ACCOUNT: '5' })).toThrow(/LOGIN_MAX_PER_ACCOUNT is no longer used: sign-ins are throttled with progressive delays/);
    expect(loadConfig({ LOGIN_FREE_FAILURES_PER_ADDRESS: '100', LOGIN_DELAY_CAP_SECONDS: '60' })).toMatchObject({ loginFreePerAddress: 100, loginDelayCapSeconds: 60, loginFreePerPair: 5 });
  });

  it('refuses a common or guessable ADMIN_PASSWORD, without echoing it', async () => {
    const weak = loadConfig({ ADMIN_EMAIL: 'admin@example.nl', ADMIN_PASSWORD: 'password1234' });
    await expect(assertStrongAdminPassword(weak)).rejects.toThrow(/ADMIN_PASSWORD is on the list of common or leaked passwords/);
    await expect(assertStrongAdminPassword(weak)).rejects.not.toThrow(/password1234/);
    await expect(assertStrongAdminPassword(loadConfig({ ADMIN_EMAIL: 'admin@example.nl', ADMIN_PASSWORD: 'zeven-zonnige-zeilboten' }))).resolves.toBeUndefined();
  });

  afterAll(() => stopPasswordChecks());
});
