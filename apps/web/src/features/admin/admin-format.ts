import { NATIONWIDE } from '@groeiwijzer/domain';
import { regionName } from '../../lib/reference';

/** Region keys as names, in the given order; `landelijk` as the given word for nationwide. */
export function regionList(keys: readonly string[], nationwide: string): string {
  return keys.map((key) => (key === NATIONWIDE ? nationwide : regionName(key))).join(', ');
}

/** A publisher's website as a link target, or null when it is not a web address (a typed
 * `javascript:` or `mailto:` must never become a link). A bare domain gets https. */
export function websiteHref(website: string | null | undefined): string | null {
  const text = website?.trim();
  if (!text) return null;
  const candidate = /^[a-z][a-z\d+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(candidate);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') ? url.href : null;
  } catch {
    return null;
  }
}

const COACH_TYPES = ['consularis', 'arbeidsmarktcoach', 'leerambassadeur', 'hr-adviseur'] as const;
export type KnownCoachType = (typeof COACH_TYPES)[number];

/** Only the coach types the UI has words for; anything else is shown as the API sent it. */
export function isKnownCoachType(value: unknown): value is KnownCoachType {
  return typeof value === 'string' && (COACH_TYPES as readonly string[]).includes(value);
}
