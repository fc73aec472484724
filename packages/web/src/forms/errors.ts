import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import i18n from 'i18next';
import { isApiError } from '../api/client';
import { apiIssuesToErrors, type FormErrors } from './issues';

/** A sentence for any failed request, in the interface language. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unexpected');
  if (error.status === 0) return t('errors.network');
  if (error.status === 429) {
    return error.retryAfter
      ? t('errors.rate_limited_retry', { count: error.retryAfter })
      : t('errors.rate_limited');
  }
  const key = `errors.${error.code}`;
  if (i18n.exists(key)) return t(key);
  return error.message || t('errors.unexpected');
}

export function notifyError(t: TFunction, error: unknown, title?: string): void {
  notifications.show({ color: 'red', title: title ?? t('errors.title'), message: errorMessage(t, error) });
}

/** A refused delete: a 409 means the thing is still used elsewhere. */
export function notifyDeleteError(t: TFunction, error: unknown, title: string): void {
  const inUse = isApiError(error) && error.status === 409;
  notifications.show({ color: 'red', title, message: inUse ? t('errors.inUse') : errorMessage(t, error) });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message });
}

/** What showErrorOnForm needs of a Mantine form. */
export interface FormLike {
  setErrors: (errors: FormErrors) => void;
  setFieldError: (path: string, error: string) => void;
}

/**
 * Shows a failed save on the form: the server's issues (400, 422) beside their fields, a 409 on
 * the field that must be unique; anything else as a notification. Returns true when placed.
 */
export function showErrorOnForm(
  t: TFunction,
  form: FormLike,
  error: unknown,
  options: { conflictField?: string; conflictMessage?: string } = {},
): boolean {
  if (isApiError(error)) {
    if ((error.status === 400 || error.status === 422) && error.issues.length > 0) {
      form.setErrors(apiIssuesToErrors(t, error.issues));
      return true;
    }
    if (error.status === 409 && options.conflictField) {
      form.setFieldError(options.conflictField, options.conflictMessage ?? t('errors.conflict'));
      return true;
    }
  }
  notifyError(t, error);
  return false;
}
