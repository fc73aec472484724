import { isIsoMonth, type MonthInput, type MonthInputRecord, readScope } from '@vigie/core';
import type { ServerContext } from '../../context.ts';
import { upsertMonthInput } from '../../db/repositories/month-inputs.ts';
import { findVendor } from '../../db/repositories/vendors.ts';
import { AppError } from '../../http/app-error.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { auditedWrite } from '../audited-write.ts';

/**
 * Writes a vendor's hours, FTE, outcomes and forecast of a month, until the month is invoiced.
 * Vendor users write their own vendor's only (another vendor is not found for them).
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
    // an invoiced month is settled: its figures stay those the invoice was checked against
    const invoiced = await trx
      .selectFrom('invoice')
      .select('status')
      .where('vendorId', '=', vendorId)
      .where('month', '=', month)
      .where('status', '!=', 'draft')
      .executeTakeFirst();
    if (invoiced)
      throw new AppError(
        'rule_violated',
        `${month} is invoiced (${invoiced.status}): its figures can no longer change`,
        [
          {
            path: ['month'],
            code: 'settled',
            message: `${month} is invoiced: its figures can no longer change`,
          },
        ],
      );
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
