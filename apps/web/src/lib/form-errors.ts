import { isApiRequestError } from './api';

export interface FormErrors {
  /** Text for the alert above the form, or null when there is nothing to say. */
  summary: string | null;
  /** Problem per field name, as the API wrote it. */
  fields: Record<string, string>;
}

export const NO_FORM_ERRORS: FormErrors = { summary: null, fields: {} };

export interface GenericMessages {
  network: string;
  unknown: string;
}

/** Turns whatever a mutation threw into what a form shows: the API's own words first. */
export function toFormErrors(error: unknown, generic: GenericMessages): FormErrors {
  if (!error) return NO_FORM_ERRORS;
  if (!isApiRequestError(error)) return { summary: generic.unknown, fields: {} };
  if (error.status === 0) return { summary: generic.network, fields: {} };
  const fields: Record<string, string> = {};
  for (const [name, message] of Object.entries(error.fields)) {
    if (typeof message === 'string' && message) fields[name] = message;
  }
  const firstField = Object.values(fields)[0];
  return { summary: error.body.message || firstField || generic.unknown, fields };
}
