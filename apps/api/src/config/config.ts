import path from 'node:path';
import { PASSWORD_MIN_LENGTH } from '@groeiwijzer/domain';
import { weakPasswordHint } from '../auth/password-policy';
import { message } from '../i18n';
import { DEFAULT_QUIET_HOURS, type QuietHours } from '../notifications/kinds';

/** Everything the API reads from the environment, validated once at boot. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  /** Unset: the API starts an embedded PostgreSQL with its data in `dataDir`. */
  databaseUrl: string | null;
  databasePoolSize: number;
  dataDir: string;
  embeddedPgPort: number;
  /** Unset: the API starts a local mail catcher with a web inbox. */
  smtpUrl: string | null;
  mailFrom: string;
  catcherSmtpPort: number;
  catcherWebPort: number;
  mailPollMs: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  cookieSecure: boolean;
  adminEmail: string | null;
  adminPassword: string | null;
  demoData: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Sign-in throttle (docs/security.md): failures that are free before delays start, per
   * account at one address, per account over all addresses, per address over all accounts. */
  loginFreePerPair: number;
  loginFreePerAccount: number;
  loginFreePerAddress: number;
  /** The longest delay between two attempts, however many failures. */
  loginDelayCapSeconds: number;
  /** Failures older than this no longer count. */
  loginForgetHours: number;
  /** Failures through one device cookie before that cookie stops counting as trusted. */
  loginDeviceMaxFailures: number;
  loginDeviceDays: number;
  webDist: string;
  trustProxy: boolean;
  /** Unset: search runs on PostgreSQL full-text search. */
  meiliUrl: string | null;
  meiliKey: string | null;
  /** Index name, so tests and instances can share one Meilisearch. */
  meiliIndex: string;
  searchSyncPollMs: number;
  /** Search results kept per instance for the current catalogue version (0: no cache). */
  searchCacheSize: number;
  /** PostgreSQL engine: answer searches from an in-memory index kept in step with the database
   * (default), or run the full SQL statement for every search (`SEARCH_MEMORY_INDEX=false`). */
  searchMemoryIndex: boolean;
  /** How often each instance reads catalogue changes into its in-memory index. */
  searchRefreshMs: number;
  /** How many items the in-memory index's two caches (merged word lists, search plans) may hold
   * each, at 8 bytes an item (see catalogue-index.ts; 0: no caches). */
  searchIndexCacheEntries: number;
  /** The in-memory index in a worker thread of its own, beside the main thread
   * (`SEARCH_INDEX_THREAD=true`: ~1.6 times the searches a second on 2 cores, ~20 MB more memory;
   * docs/benchmarks.md), or on the main thread (default). */
  searchIndexThread: boolean;
  /** No reminder mail leaves in these hours (Europe/Amsterdam); null only for test setups. */
  quietHours: QuietHours | null;
  /** How long a claimed outbox row stays with its sender before another may take it over. */
  mailLockSeconds: number;
  /** Answers one address may give to one round through its shared link per 10 minutes (0: any). */
  surveyMaxPerAddress: number;
  /** A round takes no more answers through its shared link than the organisation has employees. */
  surveyCapToEmployees: boolean;
  /** Days between asking to erase an organisation or account and the erasure (undo possible). */
  erasureGraceDays: number;
  /** Recommendation lists kept per instance while nothing they depend on changed (0: none). */
  matchingCacheSize: number;
  /** Bearer token for `GET /metrics`; unset: /metrics answers only outside production. */
  metricsToken: string | null;
}

/** Variables whose values never appear in logs or error messages. */
export const SECRET_VARIABLES: readonly string[] = ['DATABASE_URL', 'SMTP_URL', 'ADMIN_PASSWORD', 'MEILI_KEY', 'METRICS_TOKEN'];

/** A value as a problem message may show it: never the value of a secret variable. */
function shown(name: string, value: string): string {
  return SECRET_VARIABLES.includes(name) ? '' : ` (got "${value}")`;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  optional(name: string): string | null {
    return this.raw(name) ?? null;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max}${shown(name, value)}`);
      return fallback;
    }
    return n;
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['true', '1', 'yes'].includes(value)) return true;
    if (['false', '0', 'no'].includes(value)) return false;
    this.problems.push(`${name} must be true or false${shown(name, value)}`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')}${shown(name, value)}`);
      return fallback;
    }
    return value as T;
  }

  url(name: string, protocols: string[]): string | null {
    const value = this.raw(name);
    if (value === undefined) return null;
    let parsed: URL | null = null;
    try {
      parsed = new URL(value);
    } catch {
      parsed = null;
    }
    if (!parsed || !protocols.includes(parsed.protocol)) {
      const kinds = protocols.map((p) => `${p}//`).join(' or ');
      this.problems.push(`${name} is not a valid ${kinds} URL${shown(name, value)}`);
      return null;
    }
    return value;
  }
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const r = new Reader(env);
  const nodeEnv = r.oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const production = nodeEnv === 'production';
  const port = r.int('PORT', 3000, 0, 65535);
  const publicUrl = r.url('PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  const adminEmail = r.optional('ADMIN_EMAIL');
  const adminPassword = r.optional('ADMIN_PASSWORD');
  if (adminEmail && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(adminEmail)) {
    r.problems.push(`ADMIN_EMAIL is not a valid e-mail address (got "${adminEmail}")`);
  }
  if (adminEmail && !adminPassword) r.problems.push('ADMIN_PASSWORD is required when ADMIN_EMAIL is set');
  if (adminPassword && adminPassword.length < PASSWORD_MIN_LENGTH) r.problems.push(`ADMIN_PASSWORD must be at least ${PASSWORD_MIN_LENGTH} characters`);
  if (adminPassword && !adminEmail) r.problems.push('ADMIN_EMAIL is required when ADMIN_PASSWORD is set');

  const config: AppConfig = {
    nodeEnv,
    host: r.string('HOST', '127.0.0.1'),
    port,
    publicUrl: publicUrl.replace(/\/+$/, ''),
    databaseUrl: r.url('DATABASE_URL', ['postgres:', 'postgresql:']),
    databasePoolSize: r.int('DATABASE_POOL_SIZE', 10, 1, 500),
    dataDir: path.resolve(cwd, r.string('DATA_DIR', '.data')),
    embeddedPgPort: r.int('EMBEDDED_PG_PORT', 54329, 1, 65535),
    smtpUrl: r.url('SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: r.string('MAIL_FROM', 'Groeiwijzer <noreply@groeiwijzer.local>'),
    catcherSmtpPort: r.int('MAIL_CATCHER_SMTP_PORT', 1025, 1, 65535),
    catcherWebPort: r.int('MAIL_CATCHER_WEB_PORT', 1080, 1, 65535),
    mailPollMs: r.int('MAIL_POLL_MS', 1000, 50, 60000),
    sessionIdleMinutes: r.int('SESSION_IDLE_MINUTES', 120, 1, 60 * 24 * 30),
    sessionAbsoluteHours: r.int('SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 90),
    cookieSecure: r.bool('COOKIE_SECURE', production),
    adminEmail: adminEmail?.toLowerCase() ?? null,
    adminPassword,
    demoData: r.bool('DEMO_DATA', !production),
    logLevel: r.oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info'),
    loginFreePerPair: r.int('LOGIN_FREE_FAILURES_PER_PAIR', 5, 1, 1000),
    loginFreePerAccount: r.int('LOGIN_FREE_FAILURES_PER_ACCOUNT', 10, 1, 1000),
    loginFreePerAddress: r.int('LOGIN_FREE_FAILURES_PER_ADDRESS', 30, 1, 100000),
    loginDelayCapSeconds: r.int('LOGIN_DELAY_CAP_SECONDS', 900, 1, 86400),
    loginForgetHours: r.int('LOGIN_FORGET_HOURS', 24, 1, 24 * 30),
    loginDeviceMaxFailures: r.int('LOGIN_DEVICE_MAX_FAILURES', 10, 1, 1000),
    loginDeviceDays: r.int('LOGIN_DEVICE_DAYS', 180, 1, 3650),
    webDist: path.resolve(cwd, r.string('WEB_DIST', 'dist/apps/web')),
    trustProxy: r.bool('TRUST_PROXY', false),
    meiliUrl: r.url('MEILI_URL', ['http:', 'https:']),
    meiliKey: r.optional('MEILI_KEY'),
    meiliIndex: r.string('MEILI_INDEX', 'groeiwijzer-items'),
    searchSyncPollMs: r.int('SEARCH_SYNC_POLL_MS', 500, 50, 60000),
    searchCacheSize: r.int('SEARCH_CACHE_SIZE', 2000, 0, 100000),
    searchMemoryIndex: r.bool('SEARCH_MEMORY_INDEX', true),
    searchRefreshMs: r.int('SEARCH_REFRESH_MS', 200, 20, 60000),
    searchIndexCacheEntries: r.int('SEARCH_INDEX_CACHE_ENTRIES', 4_000_000, 0, 100_000_000),
    searchIndexThread: r.bool('SEARCH_INDEX_THREAD', false),
    quietHours: DEFAULT_QUIET_HOURS,
    mailLockSeconds: r.int('MAIL_LOCK_SECONDS', 120, 1, 3600),
    surveyMaxPerAddress: r.int('SURVEY_MAX_PER_ADDRESS', 20, 0, 100000),
    surveyCapToEmployees: r.bool('SURVEY_CAP_TO_EMPLOYEES', true),
    erasureGraceDays: r.int('ERASURE_GRACE_DAYS', 14, 1, 90),
    matchingCacheSize: r.int('MATCHING_CACHE_SIZE', 2000, 0, 100000),
    metricsToken: r.optional('METRICS_TOKEN'),
  };
  if (config.metricsToken && config.metricsToken.length < 16) r.problems.push('METRICS_TOKEN must be at least 16 characters');
  // The flat lock these set is gone; a deployment that still sets them should hear so.
  for (const old of ['LOGIN_MAX_PER_ACCOUNT', 'LOGIN_MAX_PER_IP', 'LOGIN_WINDOW_MINUTES']) {
    if (r.raw(old) !== undefined) r.problems.push(`${old} is no longer used: sign-ins are throttled with progressive delays (LOGIN_FREE_FAILURES_PER_PAIR, …_PER_ACCOUNT, …_PER_ADDRESS, LOGIN_DELAY_CAP_SECONDS; see docs/security.md)`);
  }
  const quiet = r.raw('QUIET_HOURS');
  if (quiet === 'off') {
    if (production) r.problems.push('QUIET_HOURS=off is for test setups; it cannot be used in production');
    config.quietHours = null;
  } else if (quiet !== undefined) {
    const m = /^(\d{1,2})-(\d{1,2})$/.exec(quiet);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 23 || m[1] === m[2]) r.problems.push(`QUIET_HOURS must look like 21-7 (from 21:00 to 07:00), or off in tests (got "${quiet}")`);
    else config.quietHours = { start: Number(m[1]), end: Number(m[2]) };
  }
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(config.meiliIndex)) r.problems.push(`MEILI_INDEX may only hold letters, digits, - and _ (got "${config.meiliIndex}")`);
  if (production && !config.databaseUrl) r.problems.push('DATABASE_URL is required when NODE_ENV=production');
  if (production && !config.smtpUrl) r.problems.push('SMTP_URL is required when NODE_ENV=production');
  if (r.problems.length) throw new ConfigError(r.problems);
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Refuses a common or guessable ADMIN_PASSWORD (without echoing it), as a configuration error.
 * Apart from loadConfig because the strength check runs in a worker thread (password-policy.ts). */
export async function assertStrongAdminPassword(config: Pick<AppConfig, 'adminEmail' | 'adminPassword'>): Promise<void> {
  if (!config.adminEmail || !config.adminPassword) return;
  const weak = await weakPasswordHint(config.adminPassword, { email: config.adminEmail });
  if (weak) throw new ConfigError([`ADMIN_PASSWORD ${message(weak, 'en')}`]);
}
