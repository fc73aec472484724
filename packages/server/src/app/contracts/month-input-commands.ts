import { isIsoMonth, type MonthInput, type MonthInputRecord, readScope } from '@vigie/core';
import type { ServerContext } from '../../context.ts';
import { upsertMonthInput } from '../../db/repositories/month-inputs.ts';
import { findVendor } from '../../db/repositories/vendors.ts';
import { AppError } from '../../http/app-error.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { auditedWrite } from '../audited-write.ts';

/**
 * Writes a vendor's hours, FTE, outcomes and forecast of a month. Vendor users write their own
 * vendor's only (another vendor is not found for them).
 */
export async function saveMonthInput(
  ctx: ServerContext,
  actor: RequestActor,
  vendorId: string,
  month: string,
  input: MonthInput,
): Promise<MonthInputRecord> {
  authorize(actor, 'update', 'month_input');
  if (!isIsoMonth(month))
    throw new AppError('validation_failed', `month ${month}: must be written YYYY-MM`, [
      { path: ['month'], code: 'month', message: 'Must be a month written YYYY-MM' },
    ]);
  return auditedWrite(ctx, actor, {}, async (trx) => {
    if (!(await findVendor(trx, readScope(actor), vendorId))) throw AppError.notFound('Vendor');
    const after = await upsertMonthInput(trx, actor.workspaceId, vendorId, month, input, ctx.now());
    return {
      result: after,
      audit: {
        action: 'update',
        entity: 'month_input',
        entityId: `${vendorId}/${month}`,
        before: null,
        after,
      },
    };
  });
}
