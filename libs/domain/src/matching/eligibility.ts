import { type Locale } from '../locale';
import { NATIONWIDE, regionByKey } from '../regions';
import { SECTORS } from '../sectors';
import { type SizeClass } from '../size-class';
import { addMonths, assertCalendarDate } from './dates';
import { formatDay, formatList, matchingText, type MatchingTextKey } from './texts';
import { type Eligibility, type EligibilityCheck, type MatchItem, type MatchOrganisation, type MatchWindow } from './types';

/** A scheme whose next window opens at most this many calendar months ahead still counts. */
export const WINDOW_LOOKAHEAD_MONTHS = 3;

/** A scheme without any window: eligible ('unknown' never excludes), the text says so. */
export const UNKNOWN_WINDOW_IS_ELIGIBLE = true;

const regionName = (key: string): string => regionByKey(key)?.name ?? key;
const sectorName = (code: string, locale: Locale): string => {
  const sector = SECTORS.find((s) => s.code === code);
  return sector ? sector[locale] : code;
};
const sizeName = (size: SizeClass, locale: Locale): string => matchingText(locale, `size_${size}` as MatchingTextKey);

export type SchemeWindowState =
  | { state: 'open'; window: MatchWindow }
  | { state: 'opening'; window: MatchWindow }
  | { state: 'later'; window: MatchWindow }
  | { state: 'closed'; window: MatchWindow }
  | { state: 'unknown' };

/**
 * Where a scheme's application windows stand today. Open: opens <= today <= closes (of the open
 * windows the one that closes last, the real deadline). Opening: the earliest future window that
 * opens on or before today + 3 calendar months. Later: a future window beyond that. Closed: only
 * past windows. Unknown: no windows at all.
 */
export function schemeWindowState(windows: readonly MatchWindow[] | null | undefined, today: string): SchemeWindowState {
  if (!windows || windows.length === 0) return { state: 'unknown' };
  const open = windows.filter((w) => w.opens <= today && today <= w.closes).sort((a, b) => b.closes.localeCompare(a.closes));
  if (open.length) return { state: 'open', window: open[0] };
  const future = windows.filter((w) => w.opens > today && w.closes >= w.opens).sort((a, b) => a.opens.localeCompare(b.opens));
  if (future.length) {
    return future[0].opens <= addMonths(today, WINDOW_LOOKAHEAD_MONTHS) ? { state: 'opening', window: future[0] } : { state: 'later', window: future[0] };
  }
  const last = windows.slice().sort((a, b) => b.closes.localeCompare(a.closes))[0];
  return { state: 'closed', window: last };
}

/**
 * The one eligibility function: per criterion pass / fail / unknown with the rule in words, and
 * for a fail what would make the company eligible. An item is eligible when nothing fails.
 * Region, sector, size and validity apply to every item; the window only to schemes, capacity
 * only to coaches. `today` is the Europe/Amsterdam date (YYYY-MM-DD) the caller computed.
 */
export function checkEligibility(item: MatchItem, org: MatchOrganisation, today: string, locale: Locale = 'nl'): Eligibility {
  assertCalendarDate(today, 'today');
  const day = (date: string) => formatDay(locale, date, today);
  const checks: EligibilityCheck[] = [];

  // Region: the item lists the organisation's region, or is nationwide.
  if (item.regions.includes(org.region)) {
    checks.push({ criterion: 'region', result: 'pass', text: matchingText(locale, 'region_own', { region: regionName(org.region) }) });
  } else if (item.regions.includes(NATIONWIDE)) {
    checks.push({ criterion: 'region', result: 'pass', text: matchingText(locale, 'region_nationwide') });
  } else {
    const regions = formatList(locale, item.regions.map(regionName));
    checks.push({ criterion: 'region', result: 'fail', text: matchingText(locale, 'region_other', { regions }), fix: matchingText(locale, 'region_fix', { regions }) });
  }

  // Sector: [] is open to all; otherwise the organisation's SBI letter must be listed.
  if (item.sectors.length === 0) {
    checks.push({ criterion: 'sector', result: 'pass', text: matchingText(locale, 'sector_all') });
  } else if (item.sectors.includes(org.sector)) {
    checks.push({ criterion: 'sector', result: 'pass', text: matchingText(locale, 'sector_own', { sector: sectorName(org.sector, locale) }) });
  } else {
    const sectors = formatList(locale, item.sectors.map((s) => sectorName(s, locale)));
    checks.push({ criterion: 'sector', result: 'fail', text: matchingText(locale, 'sector_other', { sectors }), fix: matchingText(locale, 'sector_fix', { sectors }) });
  }

  // Size class: [] is every size.
  if (item.sizeClasses.length === 0) {
    checks.push({ criterion: 'size', result: 'pass', text: matchingText(locale, 'size_all') });
  } else if (item.sizeClasses.includes(org.sizeClass)) {
    checks.push({ criterion: 'size', result: 'pass', text: matchingText(locale, 'size_own', { size: sizeName(org.sizeClass, locale) }) });
  } else {
    const sizes = formatList(locale, item.sizeClasses.map((s) => sizeName(s, locale)));
    checks.push({ criterion: 'size', result: 'fail', text: matchingText(locale, 'size_other', { sizes }), fix: matchingText(locale, 'size_fix', { employees: org.employees, sizes }) });
  }

  // Validity: validFrom <= today <= validUntil, both inclusive and both optional.
  if (item.validFrom && item.validFrom > today) {
    const date = day(item.validFrom);
    checks.push({ criterion: 'validity', result: 'fail', text: matchingText(locale, 'validity_not_yet', { date }), fix: matchingText(locale, 'validity_not_yet_fix', { date }) });
  } else if (item.validUntil && item.validUntil < today) {
    checks.push({ criterion: 'validity', result: 'fail', text: matchingText(locale, 'validity_expired', { date: day(item.validUntil) }) });
  } else if (item.validUntil) {
    checks.push({ criterion: 'validity', result: 'pass', text: matchingText(locale, 'validity_until', { date: day(item.validUntil) }) });
  } else {
    checks.push({ criterion: 'validity', result: 'pass', text: matchingText(locale, 'validity_open') });
  }

  // Scheme window: open now, or opening within 3 calendar months.
  if (item.kind === 'scheme') {
    const w = schemeWindowState(item.scheme?.windows, today);
    if (w.state === 'open') checks.push({ criterion: 'window', result: 'pass', text: matchingText(locale, 'window_open', { date: day(w.window.closes) }) });
    else if (w.state === 'opening') checks.push({ criterion: 'window', result: 'pass', text: matchingText(locale, 'window_opening', { date: day(w.window.opens) }) });
    else if (w.state === 'later') {
      const date = day(w.window.opens);
      checks.push({ criterion: 'window', result: 'fail', text: matchingText(locale, 'window_later', { date }), fix: matchingText(locale, 'window_later_fix', { date }) });
    } else if (w.state === 'closed') checks.push({ criterion: 'window', result: 'fail', text: matchingText(locale, 'window_closed', { date: day(w.window.closes) }) });
    else checks.push({ criterion: 'window', result: 'unknown', text: matchingText(locale, 'window_unknown') });
  }

  // Coach capacity: room for one more referral.
  if (item.kind === 'coach') {
    const coach = item.coach;
    if (coach && coach.openReferrals < coach.capacity) checks.push({ criterion: 'capacity', result: 'pass', text: matchingText(locale, 'capacity_free') });
    else checks.push({ criterion: 'capacity', result: 'fail', text: matchingText(locale, 'capacity_full'), fix: matchingText(locale, 'capacity_fix') });
  }

  const eligible = checks.every((c) => c.result === 'pass' || (c.result === 'unknown' && UNKNOWN_WINDOW_IS_ELIGIBLE));
  return { eligible, checks };
}
