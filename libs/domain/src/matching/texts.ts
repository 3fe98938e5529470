import { type Locale } from '../locale';

/**
 * Every text matching shows, in Dutch (B1: short sentences, "jullie", no jargon) and English.
 * `{name}` is filled in by `text()`. Keys are stable: tests and the web app may refer to them.
 */
export const MATCHING_TEXTS = {
  // Eligibility, one line per criterion: "past bij jullie: regio ✓, sector ✓, …".
  region_own: { nl: 'In jullie regio ({region})', en: 'In your region ({region})' },
  region_nationwide: { nl: 'Landelijk aanbod', en: 'Available nationwide' },
  region_other: { nl: 'Alleen in {regions}', en: 'Only in {regions}' },
  region_fix: { nl: 'Alleen voor bedrijven in {regions}.', en: 'Only for companies in {regions}.' },
  sector_all: { nl: 'Voor alle sectoren', en: 'Open to all sectors' },
  sector_own: { nl: 'Voor jullie sector ({sector})', en: 'For your sector ({sector})' },
  sector_other: { nl: 'Alleen voor {sectors}', en: 'Only for {sectors}' },
  sector_fix: { nl: 'Alleen voor bedrijven in deze sector: {sectors}.', en: 'Only for companies in: {sectors}.' },
  size_all: { nl: 'Voor elke bedrijfsgrootte', en: 'For companies of any size' },
  size_own: { nl: 'Voor jullie grootte: {size}', en: 'For your size: {size}' },
  size_other: { nl: 'Alleen voor {sizes}', en: 'Only for {sizes}' },
  size_fix: { nl: 'Jullie hebben {employees} medewerkers. Dit is voor {sizes}.', en: 'You have {employees} employees. This is for {sizes}.' },
  validity_open: { nl: 'Geen einddatum', en: 'No end date' },
  validity_until: { nl: 'Geldig tot en met {date}', en: 'Valid until {date}' },
  validity_not_yet: { nl: 'Pas geldig vanaf {date}', en: 'Not valid until {date}' },
  validity_not_yet_fix: { nl: 'Vanaf {date} kunnen jullie het gebruiken.', en: 'You can use it from {date}.' },
  validity_expired: { nl: 'Verlopen op {date}', en: 'Expired on {date}' },
  window_open: { nl: 'Aanvragen kan tot en met {date}', en: 'Applications open until {date}' },
  window_opening: { nl: 'Aanvragen kan vanaf {date}', en: 'Applications open from {date}' },
  window_unknown: { nl: 'Geen aanvraagtermijn bekend', en: 'No application period known' },
  window_later: { nl: 'Aanvragen kan pas vanaf {date}', en: 'Applications only open from {date}' },
  window_later_fix: { nl: 'Vanaf {date} kunnen jullie aanvragen.', en: 'You can apply from {date}.' },
  window_closed: { nl: 'Aanvragen kan niet meer (gesloten op {date})', en: 'Applications closed on {date}' },
  capacity_free: { nl: 'Heeft nog plek', en: 'Has room for new companies' },
  capacity_full: { nl: 'Heeft nu geen plek', en: 'Has no room right now' },
  capacity_fix: { nl: 'Er komt weer plek als een lopende begeleiding klaar is.', en: 'Room opens up when a current referral ends.' },

  // Reasons for a recommendation.
  need_lowest: { nl: '{aspect} scoort {mean} van 5. Dat is jullie laagste score (gemiddeld {avg}).', en: '{aspect} scores {mean} out of 5: your lowest score (your average is {avg}).' },
  need_second: { nl: '{aspect} scoort {mean} van 5. Dat is jullie op één na laagste score (gemiddeld {avg}).', en: '{aspect} scores {mean} out of 5: your second-lowest score (your average is {avg}).' },
  need_below: { nl: '{aspect} scoort {mean} van 5. Dat is lager dan jullie gemiddelde van {avg}.', en: '{aspect} scores {mean} out of 5, below your average of {avg}.' },
  need_growth: { nl: '{aspect} scoort {mean} van 5. Dat is goed, maar het minst sterk bij jullie.', en: '{aspect} scores {mean} out of 5. That is good, but it is your least strong aspect.' },
  need_unscored: { nl: '{aspect} is een aandachtspunt uit jullie scan.', en: '{aspect} is a point for attention from your scan.' },
  need_plain: { nl: '{aspect} scoort {mean} van 5.', en: '{aspect} scores {mean} out of 5.' },
  fit_primary: { nl: 'Vooral gericht op: {aspect}.', en: 'Mainly aimed at: {aspect}.' },
  fit_secondary: { nl: 'Helpt ook bij: {aspect}. De nadruk ligt op: {primary}.', en: 'Also helps with: {aspect}. Its focus is: {primary}.' },
  fit_other_weak_spot: { nl: 'Helpt ook bij jullie andere aandachtspunt: {aspect}.', en: 'Also helps with your other point for attention: {aspect}.' },
  regional: { nl: 'In jullie regio: {region}.', en: 'In your region: {region}.' },
  nationwide: { nl: 'Landelijk aanbod, dus ook voor jullie.', en: 'Nationwide, so open to you too.' },
  sector_specific: { nl: 'Speciaal voor jullie sector ({sector}).', en: 'Made for your sector ({sector}).' },
  window_closing_soon: { nl: 'Aanvragen sluit {when} ({date}).', en: 'Applications close {when} ({date}).' },
  window_open_now: { nl: 'Aanvragen kan nu, tot en met {date}.', en: 'You can apply now, until {date}.' },
  window_opens_soon: { nl: 'Aanvragen opent {when} ({date}).', en: 'Applications open {when} ({date}).' },
  window_unknown_reason: { nl: 'Geen aanvraagtermijn bekend. Vraag na wanneer jullie kunnen aanvragen.', en: 'No application period known. Ask when you can apply.' },
  fresh: { nl: 'Onlangs nog gecontroleerd ({date}).', en: 'Recently checked ({date}).' },
  stale: { nl: 'Meer dan een jaar niet gecontroleerd ({date}). Kijk of het nog klopt.', en: 'Not checked for more than a year ({date}). Make sure it is still right.' },
  entrepreneur_consularis: { nl: 'Was zelf ondernemer (consularis). Kent de zorgen van een eigenaar.', en: 'A former entrepreneur (consularis) who knows what owners worry about.' },
  entrepreneur: { nl: 'Heeft zelf een bedrijf gehad. Kent de zorgen van een eigenaar.', en: 'Has run a business and knows what owners worry about.' },
  outcomes: { nl: 'Eerdere bedrijven gaven gemiddeld {rating} van 5 ({count} beoordelingen).', en: 'Earlier companies gave {rating} out of 5 on average ({count} ratings).' },
  response: { nl: 'Reageert meestal binnen {within}.', en: 'Usually answers within {within}.' },
  response_slow: { nl: 'Reageert meestal pas na {within}.', en: 'Usually takes {within} to answer.' },
  share: { nl: 'Vergelijkbare coaches wisselen elkaar af. Zo krijgt ieder bedrijf snel hulp.', en: 'Similar coaches take turns, so every company gets help quickly.' },
  profile_fit: { nl: 'Past bij jullie regio, sector en grootte.', en: 'Fits your region, sector and size.' },

  // Group intros and the explanation above the list.
  intro_lowest: { nl: '{aspect} scoort {mean} van 5. Dat is jullie laagste score. Hiermee kunnen jullie verder:', en: '{aspect} scores {mean} out of 5, your lowest score. This can help:' },
  intro_weak: { nl: '{aspect} scoort {mean} van 5. Ook hier is winst te halen:', en: '{aspect} scores {mean} out of 5. There is something to gain here too:' },
  intro_unscored: { nl: '{aspect} is een aandachtspunt uit jullie scan. Dit kan helpen:', en: '{aspect} is a point for attention from your scan. This can help:' },
  intro_all_high: { nl: 'Jullie scoren overal goed. Wil je verder groeien, kijk dan naar {aspect} ({mean} van 5). Dat is jullie minst sterke punt.', en: 'You score well on every aspect. To grow further, look at {aspect} ({mean} out of 5), your least strong aspect.' },
  intro_profile: { nl: 'Jullie hebben nog geen scan afgerond. Dit aanbod past bij jullie regio, sector en grootte. Doe eerst de scan. Dan zien jullie wat het meest helpt.', en: 'You have not finished a scan yet. These offers fit your region, sector and size. Run the scan first to see what helps most.' },
  explain_weak_spots: { nl: 'Bovenaan staat wat het best past bij jullie zwakste punten. Jullie zien alleen aanbod waar jullie gebruik van kunnen maken.', en: 'At the top is what fits your weakest points best. You only see offers you can use.' },
  explain_profile: { nl: 'Jullie zien alleen aanbod waar jullie gebruik van kunnen maken.', en: 'You only see offers you can use.' },
  pref_regional: { nl: 'Jullie kozen: alleen aanbod uit jullie eigen regio.', en: 'Your choice: only offers from your own region.' },
  pref_free: { nl: 'Jullie kozen: alleen gratis aanbod.', en: 'Your choice: only free offers.' },
  pref_kinds: { nl: 'Jullie kozen: alleen {kinds}.', en: 'Your choice: only {kinds}.' },
  pref_language: { nl: 'Jullie kozen: alleen aanbod in het {language}.', en: 'Your choice: only offers in {language}.' },
  gap: { nl: 'Voor {aspect} is er nu geen {kind} die bij jullie past.', en: 'For {aspect} there is no {kind} that fits you right now.' },
  gap_preferences: { nl: 'Voor {aspect} is er geen {kind} die past bij wat jullie kozen.', en: 'For {aspect} there is no {kind} that fits your choices.' },
  gap_profile: { nl: 'Er is nu geen {kind} die bij jullie past.', en: 'There is no {kind} that fits you right now.' },

  // Words used inside other texts.
  kind_scheme: { nl: 'regeling', en: 'scheme' },
  kind_training: { nl: 'training', en: 'training' },
  kind_coach: { nl: 'coach', en: 'coach' },
  kinds_scheme: { nl: 'regelingen', en: 'schemes' },
  kinds_training: { nl: 'trainingen', en: 'training offers' },
  kinds_coach: { nl: 'coaches', en: 'coaches' },
  language_nl: { nl: 'Nederlands', en: 'Dutch' },
  language_en: { nl: 'Engels', en: 'English' },
  size_micro: { nl: 'micro (minder dan 10 medewerkers)', en: 'micro (fewer than 10 employees)' },
  size_small: { nl: 'klein (10 tot 50 medewerkers)', en: 'small (10 to 49 employees)' },
  size_medium: { nl: 'middelgroot (50 tot 250 medewerkers)', en: 'medium-sized (50 to 249 employees)' },
  and: { nl: 'en', en: 'and' },
  today: { nl: 'vandaag', en: 'today' },
  tomorrow: { nl: 'morgen', en: 'tomorrow' },
  in_days: { nl: 'over {n} dagen', en: 'in {n} days' },
  in_week: { nl: 'over 1 week', en: 'in 1 week' },
  in_weeks: { nl: 'over {n} weken', en: 'in {n} weeks' },
  in_month: { nl: 'over 1 maand', en: 'in 1 month' },
  in_months: { nl: 'over {n} maanden', en: 'in {n} months' },
  within_hours: { nl: '{n} uur', en: '{n} hours' },
  within_day: { nl: 'een dag', en: 'a day' },
  within_days: { nl: '{n} dagen', en: '{n} days' },

  // Dutch public holidays (working days).
  holiday_new_year: { nl: 'Nieuwjaarsdag', en: "New Year's Day" },
  holiday_easter_sunday: { nl: 'Eerste Paasdag', en: 'Easter Sunday' },
  holiday_easter_monday: { nl: 'Tweede Paasdag', en: 'Easter Monday' },
  holiday_kings_day: { nl: 'Koningsdag', en: "King's Day" },
  holiday_liberation_day: { nl: 'Bevrijdingsdag', en: 'Liberation Day' },
  holiday_ascension: { nl: 'Hemelvaartsdag', en: 'Ascension Day' },
  holiday_whit_sunday: { nl: 'Eerste Pinksterdag', en: 'Whit Sunday' },
  holiday_whit_monday: { nl: 'Tweede Pinksterdag', en: 'Whit Monday' },
  holiday_christmas: { nl: 'Eerste Kerstdag', en: 'Christmas Day' },
  holiday_boxing_day: { nl: 'Tweede Kerstdag', en: 'Boxing Day' },
} as const satisfies Record<string, { nl: string; en: string }>;

export type MatchingTextKey = keyof typeof MATCHING_TEXTS;

const MONTHS = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** The text for a key in a language, with `{name}` filled in. */
export function matchingText(locale: Locale, key: MatchingTextKey, vars: Record<string, string | number> = {}): string {
  return MATCHING_TEXTS[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** "31 maart" / "31 March"; the year is added when it is not the year of `today`. */
export function formatDay(locale: Locale, date: string, today: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = `${d} ${MONTHS[locale][m - 1]}`;
  return date.slice(0, 4) === today.slice(0, 4) ? day : `${day} ${y}`;
}

/** One decimal, Dutch with a comma: 2,6 / 2.6. */
export function formatMean(locale: Locale, value: number): string {
  const s = (Math.round(value * 10) / 10).toFixed(1);
  return locale === 'nl' ? s.replace('.', ',') : s;
}

/** "Twente, Achterhoek en Rijnmond". */
export function formatList(locale: Locale, parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${matchingText(locale, 'and')} ${parts[parts.length - 1]}`;
}

/** "vandaag", "morgen", "over 12 dagen", "over 3 weken", "over 2 maanden" — `days` ≥ 0. */
export function formatIn(locale: Locale, days: number): string {
  if (days <= 0) return matchingText(locale, 'today');
  if (days === 1) return matchingText(locale, 'tomorrow');
  if (days < 14) return matchingText(locale, 'in_days', { n: days });
  if (days < 60) {
    const weeks = Math.round(days / 7);
    return weeks === 1 ? matchingText(locale, 'in_week') : matchingText(locale, 'in_weeks', { n: weeks });
  }
  const months = Math.round(days / 30);
  return months === 1 ? matchingText(locale, 'in_month') : matchingText(locale, 'in_months', { n: months });
}

/** "8 uur", "een dag", "3 dagen" for a median answer time in hours. */
export function formatWithin(locale: Locale, hours: number): string {
  if (hours < 20) return matchingText(locale, 'within_hours', { n: Math.max(1, Math.round(hours)) });
  const days = Math.round(hours / 24);
  return days <= 1 ? matchingText(locale, 'within_day') : matchingText(locale, 'within_days', { n: days });
}
