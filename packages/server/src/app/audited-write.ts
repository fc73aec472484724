import type { Kysely } from 'kysely';
import type { ServerContext } from '../context.ts';
import { isForeignKeyViolation, isUniqueViolation } from '../db/errors.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import type { RequestActor } from './actor.ts';

export interface WriteOutcome<T> {
  result: T;
  audit: {
    action: 'create' | 'update' | 'delete';
    entity: string;
    entityId: string;
    before: unknown;
    after: unknown;
  };
}

export interface ClashMessages {
  /** what a unique-constraint clash means, and on which field */
  duplicate?: { field: string; message: string };
  /** what a foreign-key clash on delete means */
  inUse?: string;
}

/**
 * Runs a write and its audit record in one transaction: both land or neither does. Driver
 * clashes become 409s with the message the caller chose.
 */
export async function auditedWrite<T>(
  ctx: ServerContext,
  actor: RequestActor,
  clash: ClashMessages,
  write: (trx: Kysely<Database>) => Promise<WriteOutcome<T>>,
): Promise<T> {
  try {
    return await ctx.conn.db.transaction().execute(async (trx) => {
      const { result, audit } = await write(trx);
      await recordAudit(
        trx,
        { workspaceId: actor.workspaceId, actorUserId: actor.userId, actorEmail: actor.email, ...audit },
        ctx.newId(),
        ctx.now(),
      );
      return result;
    });
  } catch (err) {
    if (clash.duplicate && isUniqueViolation(err)) {
      throw new AppError('conflict', clash.duplicate.message, [
        { path: [clash.duplicate.field], code: 'duplicate', message: clash.duplicate.message },
      ]);
    }
    if (clash.inUse && isForeignKeyViolation(err)) throw new AppError('conflict', clash.inUse);
    throw err;
  }
}
