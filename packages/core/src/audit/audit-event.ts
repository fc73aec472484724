import { z } from 'zod';

export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);

/** One recorded write: who, when, what, and the entity before and after. */
export const auditEventSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  at: z.string(),
  action: auditActionSchema,
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
