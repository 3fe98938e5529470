/** Every 4xx/5xx answer of the API has this shape (API.md, "Errors"). */
export interface ApiError {
  /** Stable machine code, e.g. `validation_failed`, `not_found`, `unauthenticated`. */
  error: string;
  /** Human text in the caller's language (Accept-Language: nl first, en second). */
  message: string;
  /** Per-field problem, in the same language, when the request body was at fault. */
  fields?: Record<string, string>;
}
