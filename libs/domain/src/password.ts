/** The password policy, the same for the API (which enforces it) and the web app (which shows it
 * while typing). Strength is estimated with zxcvbn-ts (common and leaked-password lists, Dutch and
 * English words, keyboard patterns, dates); both sides build it with these options. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's score 3: more than 10^8 guesses, "safely unguessable" behind a slow hash and the
 * sign-in throttle. */
export const PASSWORD_MIN_SCORE = 3;
/** Only the first characters are judged: zxcvbn's matchers grow steeply with length, and a
 * password whose first 64 characters are strong is strong. */
export const PASSWORD_CHECKED_LENGTH = 64;
/** Fewer l33t substitutions tried: with the default (100) a crafted 40-character password costs
 * the API half a second; with 4, under 0.1 s, and p4ssw0rd is still recognised. */
export const PASSWORD_L33T_SUBSTITUTIONS = 4;

export type PasswordProblem = 'common' | 'personal' | 'pattern' | 'weak';

/** What the API and the web app need of a zxcvbn result (its warnings as translation keys). */
export interface StrengthEstimate {
  score: number;
  feedback: { warning: string | null };
}

const WARNINGS: Record<string, PasswordProblem> = {
  topTen: 'common', topHundred: 'common', common: 'common', similarToCommon: 'common', pwned: 'common',
  wordByItself: 'common', namesByThemselves: 'common', commonNames: 'common',
  userInputs: 'personal',
  straightRow: 'pattern', keyPattern: 'pattern', simpleRepeat: 'pattern', extendedRepeat: 'pattern',
  sequences: 'pattern', recentYears: 'pattern', dates: 'pattern',
};

/** Null for a good password; else what is wrong with it, for a hint that helps. */
export function passwordProblem(estimate: StrengthEstimate): PasswordProblem | null {
  if (estimate.score >= PASSWORD_MIN_SCORE) return null;
  return WARNINGS[estimate.feedback.warning ?? ''] ?? 'weak';
}

/** Words that make a password guessable for this person: the site, their name, their address. */
export function passwordUserInputs(email = '', name = ''): string[] {
  const words = ['groeiwijzer', ...email.toLowerCase().split(/[@.+_-]/), ...name.toLowerCase().split(/\s+/)];
  return [...new Set(words.filter((w) => w.length >= 3))];
}
