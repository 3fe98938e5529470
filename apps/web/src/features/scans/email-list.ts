import type { InviteResponse } from '@groeiwijzer/contracts';

/** The API takes at most this many addresses per request. */
export const MAX_INVITES_PER_REQUEST = 500;

/**
 * The addresses in pasted text: one per line, or separated by commas, semicolons or spaces;
 * "Anne de Vries <anne@example.nl>" (as mail programs copy them) counts as the part in brackets.
 * Empty parts are dropped and repeats (any letter case) kept once, in the order of first
 * appearance. Whether an address is valid is left to the API, which reports invalid ones.
 */
export function parseEmailList(text: string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  // Quoted display names may hold commas ("Vries, Anne" <anne@…>): drop them first.
  const bracketed = text.replace(/"[^"\n]*"/g, ' ').replace(/[^<>\n,;]*<([^<>]*)>/g, ' $1 ');
  for (const part of bracketed.split(/[\s,;]+/)) {
    const address = part.trim().replace(/^mailto:/i, '').replace(/^["'(]+|["').]+$/g, '');
    if (!address) continue;
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(address);
  }
  return result;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new RangeError('size must be at least 1');
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** One result for several invitation requests. */
export function mergeInviteResults(results: readonly InviteResponse[]): InviteResponse {
  return results.reduce<InviteResponse>(
    (total, result) => ({
      invited: total.invited + result.invited,
      duplicates: [...total.duplicates, ...result.duplicates],
      invalid: [...total.invalid, ...result.invalid],
    }),
    { invited: 0, duplicates: [], invalid: [] },
  );
}
