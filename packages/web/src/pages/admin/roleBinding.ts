import { checkRoleBinding } from '@vigie/core';
import type { TFunction } from 'i18next';
import { type FormErrors, issuesToErrors } from '../../forms/issues';
import type { RoleValues } from './RoleFields';

/** Client-side check of a role and its vendor, with core's rule (role.vendor_required...). */
export function roleErrors(t: TFunction, values: RoleValues): FormErrors {
  if (!values.role) return { role: t('validation.choose') };
  return issuesToErrors(t, checkRoleBinding(values.role, values.vendorId));
}
