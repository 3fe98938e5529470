import type { ApiError } from '@groeiwijzer/contracts';
import { DEFAULT_LOCALE, type Locale } from '@groeiwijzer/domain';

/** A non-2xx answer of the API (or no answer at all: `status` 0, `error` "network_error"). */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly body: ApiError;

  constructor(status: number, body: ApiError) {
    super(body.message || `${body.error} (${status})`);
    this.name = 'ApiRequestError';
    this.status = status;
    this.body = body;
  }

  get code(): string {
    return this.body.error;
  }

  get fields(): Record<string, string> {
    return this.body.fields ?? {};
  }
}

export function isApiRequestError(error: unknown, status?: number): error is ApiRequestError {
  return error instanceof ApiRequestError && (status === undefined || error.status === status);
}

// The UI language travels with every request, so the API answers errors in that language.
let currentLocale: Locale = DEFAULT_LOCALE;

export function setApiLocale(locale: Locale): void {
  currentLocale = locale;
}

export interface ApiFetchOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** A body sent as it is instead of as JSON, e.g. the text of an uploaded CSV file. */
  rawBody?: { text: string; contentType: string };
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

/** JSON request to the same-origin API. Resolves with the parsed body (undefined for 204). */
export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const { method = 'GET', body, rawBody, signal } = options;
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLocale,
  };
  if (rawBody) headers['Content-Type'] = rawBody.contentType;
  else if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: rawBody ? rawBody.text : body === undefined ? undefined : JSON.stringify(body),
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
