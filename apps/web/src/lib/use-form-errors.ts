import { useMemo } from 'react';
import { useT } from '../i18n';
import { toFormErrors, type FormErrors } from './form-errors';

/** What a form shows for the error of its mutation, in the current language. */
export function useFormErrors(error: unknown): FormErrors {
  const t = useT();
  return useMemo(() => toFormErrors(error, { network: t('errors.network'), unknown: t('errors.unknown') }), [error, t]);
}
