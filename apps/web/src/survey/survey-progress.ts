import type { AnswerMap } from '@groeiwijzer/contracts';

/** What is kept on the device while someone answers, so a closed tab loses nothing. No
 * timestamps: nothing here says when someone answered. */
export interface SurveyProgress {
  /** Index of the screen to come back to (0 = first aspect). */
  step: number;
  answers: AnswerMap;
  comment: string;
  group: string;
}

const FORMAT_VERSION = 1;

/** Minimal storage interface (window.localStorage in the browser, a Map-backed fake in tests). */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function progressKey(token: string): string {
  return `gw.survey.${token}`;
}

export function emptyProgress(): SurveyProgress {
  return { step: 0, answers: {}, comment: '', group: '' };
}

/** True when there is anything worth restoring. */
export function hasProgress(progress: SurveyProgress): boolean {
  return Object.keys(progress.answers).length > 0 || progress.comment.trim() !== '';
}

export function serialiseProgress(progress: SurveyProgress): string {
  return JSON.stringify({ v: FORMAT_VERSION, ...progress });
}

const isAnswer = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5);

/** Reads what serialiseProgress wrote; anything damaged or foreign is dropped, not trusted. */
export function parseProgress(raw: string | null): SurveyProgress | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  if (record.v !== FORMAT_VERSION) return null;
  const answers: AnswerMap = {};
  if (record.answers && typeof record.answers === 'object' && !Array.isArray(record.answers)) {
    for (const [id, value] of Object.entries(record.answers as Record<string, unknown>)) {
      // Item ids start with a letter, so `__proto__` and friends never become keys.
      if (/^[A-Za-z][A-Za-z0-9_-]{0,39}$/.test(id) && isAnswer(value)) answers[id] = value;
    }
  }
  const step = typeof record.step === 'number' && Number.isInteger(record.step) && record.step >= 0 ? record.step : 0;
  return {
    step,
    answers,
    comment: typeof record.comment === 'string' ? record.comment : '',
    group: typeof record.group === 'string' ? record.group : '',
  };
}

export function loadProgress(storage: ProgressStorage | null, token: string): SurveyProgress | null {
  if (!storage) return null;
  try {
    return parseProgress(storage.getItem(progressKey(token)));
  } catch {
    return null;
  }
}

export function saveProgress(storage: ProgressStorage | null, token: string, progress: SurveyProgress): void {
  if (!storage) return;
  try {
    storage.setItem(progressKey(token), serialiseProgress(progress));
  } catch {
    // Storage full or blocked (private mode): answering still works, only resuming does not.
  }
}

export function clearProgress(storage: ProgressStorage | null, token: string): void {
  if (!storage) return;
  try {
    storage.removeItem(progressKey(token));
  } catch {
    // Nothing to clear when storage is blocked.
  }
}

/** window.localStorage when the browser allows it (it throws in some privacy modes). */
export function browserStorage(): ProgressStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The token from a questionnaire path `/s/<token>`, or null. */
export function tokenFromPath(pathname: string): string | null {
  const match = /^\/s\/([^/?#]+)\/?$/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
