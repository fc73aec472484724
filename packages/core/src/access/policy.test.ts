import { describe, expect, it } from 'vitest';
import { type Actor, can, type Resource, readScope } from './policy.ts';
import { checkRoleBinding, ROLES } from './roles.ts';

const actor = (role: Actor['role'], vendorId: string | null = null): Actor => ({
  userId: 'u',
  workspaceId: 'w',
  role,
  vendorId,
});
const ORG: Resource[] = ['vendor', 'site', 'activity', 'allocation'];

describe('policy', () => {
  it('lets every role read the organisation, and only admins and managers change it', () => {
    for (const role of ROLES) {
      for (const resource of ORG) {
        expect(can(actor(role), 'read', resource)).toBe(true);
        for (const action of ['create', 'update', 'delete'] as const) {
          expect(can(actor(role), action, resource), `${role} ${action} ${resource}`).toBe(
            role === 'admin' || role === 'manager',
          );
        }
      }
    }
  });

  it('keeps users, invitations and the audit log to admins (managers may read members)', () => {
    expect(ROLES.filter((r) => can(actor(r), 'read', 'audit'))).toEqual(['admin']);
    expect(ROLES.filter((r) => can(actor(r), 'create', 'invitation'))).toEqual(['admin']);
    expect(ROLES.filter((r) => can(actor(r), 'read', 'member'))).toEqual(['admin', 'manager']);
    expect(ROLES.filter((r) => can(actor(r), 'update', 'member'))).toEqual(['admin']);
  });

  it('narrows reads to the vendor for vendor users only', () => {
    expect(readScope(actor('vendor', 'v1'))).toEqual({ workspaceId: 'w', vendorId: 'v1' });
    expect(readScope(actor('admin'))).toEqual({ workspaceId: 'w', vendorId: null });
    // a client role never gets a vendor scope, even if a vendor id were stored by mistake
    expect(readScope(actor('viewer', 'v1'))).toEqual({ workspaceId: 'w', vendorId: null });
  });

  it('binds the vendor role, and only it, to a vendor', () => {
    expect(checkRoleBinding('vendor', null).map((i) => i.code)).toEqual(['role.vendor_required']);
    expect(checkRoleBinding('admin', 'v1').map((i) => i.code)).toEqual(['role.vendor_forbidden']);
    expect(checkRoleBinding('vendor', 'v1')).toEqual([]);
  });
});
