import type { SurveyInfo, SurveySubmission } from '@groeiwijzer/contracts';
import type { Locale } from '@groeiwijzer/domain';

/** Why a questionnaire cannot be shown or sent; each gets its own message. */
export type SurveyProblem = 'not_found' | 'already_answered' | 'round_closed' | 'link_closed' | 'busy' | 'round_full' | 'invalid' | 'network' | 'unknown';

export type SurveyResult<T> = { ok: true; value: T } | { ok: false; problem: SurveyProblem };

/** Maps an HTTP answer of the survey endpoints to what the respondent is told. */
export function problemFromStatus(status: number, code?: string): SurveyProblem {
  if (status === 0) return 'network';
  if (status === 404) return 'not_found';
  if (code === 'link_closed') return 'link_closed';
  if (code === 'round_full') return 'round_full';
  if (status === 429) return 'busy';
  if (status === 409 || code === 'already_answered') return 'already_answered';
  if (status === 410 || code === 'round_closed') return 'round_closed';
  if (status === 400) return 'invalid';
  return 'unknown';
}

// A tiny fetch of its own: the questionnaire bundle does without the main app's API layer.
async function request<T>(token: string, locale: Locale, body?: SurveySubmission): Promise<SurveyResult<T>> {
  let response: Response;
  try {
    response = await fetch(`/api/survey/${encodeURIComponent(token)}`, {
      method: body ? 'POST' : 'GET',
      headers: {
        Accept: 'application/json',
        'Accept-Language': locale,
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, problem: 'network' };
  }
  let payload: unknown = undefined;
  try {
    const text = await response.text();
    payload = text ? JSON.parse(text) : undefined;
  } catch {
    payload = undefined;
  }
  if (!response.ok) {
    const code = (payload as { error?: unknown } | undefined)?.error;
    return { ok: false, problem: problemFromStatus(response.status, typeof code === 'string' ? code : undefined) };
  }
  return { ok: true, value: payload as T };
}

export const surveyApi = {
  load: (token: string, locale: Locale) => request<SurveyInfo>(token, locale),
  submit: (token: string, locale: Locale, body: SurveySubmission) => request<unknown>(token, locale, body),
};
