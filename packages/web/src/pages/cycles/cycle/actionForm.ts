import type { TFunction } from 'i18next';
import type { FormErrors } from '../../../forms/issues';

/** An action as typed: what, who, by when. */
export interface ActionValues {
  text: string;
  owner: string;
  dueOn: string;
}

export const TEXT_MAX = 2000;
export const OWNER_MAX = 200;
export const COMMENT_MAX = 5000;

/** The checks the server makes too (text and owner not blank, a due date). */
export function validateAction(t: TFunction, v: ActionValues): FormErrors {
  const errors: FormErrors = {};
  if (!v.text.trim()) errors.text = t('validation.required');
  if (!v.owner.trim()) errors.owner = t('validation.required');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.dueOn)) errors.dueOn = t('validation.date');
  return errors;
}

export function toActionInput(v: ActionValues): ActionValues {
  return { text: v.text.trim(), owner: v.owner.trim(), dueOn: v.dueOn };
}
