import { checkRoleBinding, type Role } from '@vigie/core';
import type { TFunction } from 'i18next';
import { type FormErrors, issuesToErrors } from '../../forms/issues';
import type { RoleValues } from './RoleFields';

/** Client-side check of a role and its vendor, with core's rule (role.vendor_required...). */
export function roleErrors(t: TFunction, values: RoleValues): FormErrors {
  if (!values.role) return { role: t('validation.choose') };
  return issuesToErrors(t, checkRoleBinding(values.role, values.vendorId));
}

export interface RoleBinding {
  readonly role: Role;
  readonly vendorId: string | null;
}

/**
 * The role as sent: a vendor chosen before the role changed is left out unless the role is
 * 'vendor'. Null while no role is chosen (validation stops that before a submit).
 */
export function toRoleBinding({ role, vendorId }: RoleValues): RoleBinding | null {
  if (!role) return null;
  return { role, vendorId: role === 'vendor' ? vendorId : null };
}
