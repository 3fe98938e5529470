/** The query parameter that carries where to go back to after signing in. */
export const NEXT_PARAM = 'next';

/** Accepts only paths on this site, so a crafted link cannot send someone elsewhere. */
export function safeNextPath(value: string | null | undefined, fallback = '/dashboard'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if ([...value].some((char) => char.charCodeAt(0) < 0x20)) return fallback;
  return value;
}

export function signInPath(next: string): string {
  return `/inloggen?${NEXT_PARAM}=${encodeURIComponent(next)}`;
}
