const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Browsers send Origin on state-changing requests; it must be ours. Clients that send no Origin
 * (curl, scripts, integrations) are not browsers and are not subject to this check. */
export function isAllowedOrigin(
  method: string,
  headers: { origin?: string; host?: string; 'sec-fetch-site'?: string },
  protocol: string,
  publicUrl: string,
): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  if (headers['sec-fetch-site'] === 'cross-site') return false;
  const origin = headers.origin;
  if (!origin) return true;
  if (origin === 'null') return false;
  const allowed = new Set([new URL(publicUrl).origin]);
  if (headers.host) allowed.add(`${protocol}://${headers.host}`);
  return allowed.has(origin);
}
