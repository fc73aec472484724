import { z } from 'zod';
import { issue, type RuleIssue } from '../shared/rule-issue.ts';

/** Per-workspace roles. A vendor user is bound to exactly one vendor of the workspace. */
export const ROLES = ['admin', 'manager', 'analyst', 'finance', 'viewer', 'vendor'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** The binding of a role: only the vendor role names a vendor, and it must. */
export function checkRoleBinding(role: Role, vendorId: string | null | undefined): RuleIssue[] {
  if (role === 'vendor' && !vendorId) {
    return [issue(['vendorId'], 'role.vendor_required', 'A vendor user must be bound to a vendor')];
  }
  if (role !== 'vendor' && vendorId) {
    return [issue(['vendorId'], 'role.vendor_forbidden', 'Only vendor users are bound to a vendor')];
  }
  return [];
}
