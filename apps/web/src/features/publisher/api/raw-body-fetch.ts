import type { ApiError } from '@groeiwijzer/contracts';
import type { Locale } from '@groeiwijzer/domain';
import { ApiRequestError } from '../../../lib/api';

export interface RawBodyFetchOptions {
  method?: 'POST' | 'PUT';
  /** The request body as it is, e.g. the text of an uploaded CSV file. */
  body: string;
  contentType: string;
  /** The UI language, so the API answers (and explains problems) in it. */
  locale: Locale;
  signal?: AbortSignal;
}

function toApiError(status: number, payload: unknown): ApiError {
  if (payload && typeof payload === 'object' && typeof (payload as ApiError).error === 'string') {
    const { error, message, fields } = payload as ApiError;
    return {
      error,
      message: typeof message === 'string' ? message : '',
      ...(fields && typeof fields === 'object' ? { fields } : {}),
    };
  }
  return { error: `http_${status}`, message: '' };
}

/** Like apiFetch, but sends a body that is not JSON-encoded by us (a file's text). Same
 * session cookie, same language header, same errors. */
export async function rawBodyFetch<T>(path: string, options: RawBodyFetchOptions): Promise<T> {
  const { method = 'POST', body, contentType, locale, signal } = options;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { Accept: 'application/json', 'Accept-Language': locale, 'Content-Type': contentType },
      body,
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiRequestError(0, { error: 'network_error', message: '' });
  }

  const text = response.status === 204 ? '' : await response.text();
  let payload: unknown = undefined;
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = undefined;
    }
  }
  if (!response.ok) throw new ApiRequestError(response.status, toApiError(response.status, payload));
  return payload as T;
}
