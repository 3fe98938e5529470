import type { CreateRoundRequest } from '@groeiwijzer/contracts';
import { DEFAULT_MIN_RESPONSES } from '@groeiwijzer/domain';
import { isoDateInAmsterdam } from '../../lib/format';

/** What the "new scan" form holds: strings, as the inputs give them. */
export interface RoundFormValues {
  title: string;
  closesAt: string;
  minResponses: string;
  groups: string;
}

/** Most rounds run two or three weeks: long enough for everyone, short enough to keep attention. */
export const DEFAULT_ROUND_DAYS = 14;

export function defaultRoundValues(title: string, now: Date = new Date()): RoundFormValues {
  return {
    title,
    closesAt: isoDateInAmsterdam(now, DEFAULT_ROUND_DAYS),
    minResponses: String(DEFAULT_MIN_RESPONSES),
    groups: '',
  };
}

/** Group names, one per line; blanks and repeats dropped. */
export function parseGroups(text: string): string[] {
  const seen = new Set<string>();
  const groups: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const name = line.trim().replace(/\s+/g, ' ');
    if (!name || seen.has(name.toLocaleLowerCase('nl'))) continue;
    seen.add(name.toLocaleLowerCase('nl'));
    groups.push(name);
  }
  return groups;
}

/** The request as the API expects it; the API checks the values and names any problem. */
export function toCreateRoundRequest(values: RoundFormValues): CreateRoundRequest {
  const request: CreateRoundRequest = { title: values.title.trim(), closesAt: values.closesAt };
  const min = values.minResponses.trim();
  // A non-number goes through as NaN (null in JSON): the API's message then explains the field.
  if (min !== '') request.minResponses = /^\d+$/.test(min) ? Number(min) : Number.NaN;
  const groups = parseGroups(values.groups);
  if (groups.length > 0) request.groups = groups;
  return request;
}
