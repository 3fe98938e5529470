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
  // A page of ours with `Referrer-Policy: no-referrer` makes the browser send `Origin: null` for
  // its form posts (the unsubscribe page does); the browser's own Sec-Fetch-Site, which a page
  // cannot set, still says where it came from. A sandboxed or foreign page stays refused.
  if (origin === 'null') return headers['sec-fetch-site'] === 'same-origin';
  const allowed = new Set([new URL(publicUrl).origin]);
  if (headers.host) allowed.add(`${protocol}://${headers.host}`);
  return allowed.has(origin);
}
