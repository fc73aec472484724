import {
  expectedInvoiceLines,
  type InvoiceDecision,
  type InvoiceRecord,
  isIsoMonth,
  readScope,
  reconcileInvoice,
} from '@vigie/core';
import type { Kysely } from 'kysely';
import type { ServerContext } from '../../context.ts';
import { findContract } from '../../db/repositories/contracts.ts';
import {
  deleteInvoice,
  findInvoice,
  insertInvoice,
  type StoredInvoice,
  setInvoiceStatus,
  updateDifference,
} from '../../db/repositories/invoices.ts';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { readInvoiceFile } from '../../io/read-invoice-file.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { auditedWrite } from '../audited-write.ts';
import { contractStatements } from './contract-statements.ts';

export interface InvoiceUpload {
  readonly contractId: string;
  readonly month: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

const isClient = (actor: RequestActor) => actor.role !== 'vendor';

async function existing(trx: Kysely<Database>, actor: RequestActor, id: string): Promise<StoredInvoice> {
  const found = await findInvoice(trx, readScope(actor), id);
  if (!found) throw AppError.notFound('Invoice');
  return found;
}

function refuse(message: string, path: string[] = []): never {
  throw new AppError('rule_violated', message, [{ path, code: 'invoice_status', message }]);
}

/**
 * Runs a change of one invoice in a transaction with its audit event, then answers the invoice
 * as it now is.
 */
async function change(
  ctx: ServerContext,
  actor: RequestActor,
  id: string,
  write: (trx: Kysely<Database>, before: StoredInvoice) => Promise<void>,
): Promise<InvoiceRecord> {
  authorize(actor, 'update', 'invoice');
  return auditedWrite(ctx, actor, {}, async (trx) => {
    const before = await existing(trx, actor, id);
    await write(trx, before);
    const after = (await existing(trx, actor, id)).record;
    return {
      result: after,
      audit: { action: 'update', entity: 'invoice', entityId: id, before: before.record, after },
    };
  });
}

function differenceOf(invoice: StoredInvoice, differenceId: string) {
  const d = invoice.record.differences.find((x) => x.id === differenceId);
  if (!d) throw AppError.notFound('Difference');
  return d;
}

/** Upload, issue, decide, answer, agree, delete: the life of a vendor's invoice. */
export const invoiceCommands = {
  /**
   * Reads the file, checks it against the month's statement and stores it as a draft with the
   * differences found. A file with any bad line is refused whole, naming each line and field.
   */
  async upload(ctx: ServerContext, actor: RequestActor, upload: InvoiceUpload): Promise<InvoiceRecord> {
    authorize(actor, 'create', 'invoice');
    const scope = readScope(actor);
    const stored = await findContract(ctx.conn.db, scope, upload.contractId);
    if (!stored) throw AppError.notFound('Contract');
    if (!isIsoMonth(upload.month) || upload.month < stored.contract.start.slice(0, 7))
      throw new AppError(
        'validation_failed',
        `month ${upload.month}: must be a month YYYY-MM of the contract`,
        [{ path: ['month'], code: 'month', message: 'Must be a month YYYY-MM of the contract' }],
      );
    const [month] = await contractStatements(
      ctx.conn.db,
      scope,
      actor.workspaceId,
      stored.contract,
      upload.month,
      upload.month,
    );
    if (!month) throw new Error('no statement computed');
    const expected = expectedInvoiceLines(month.statement);
    const read = await readInvoiceFile(upload.fileName, upload.bytes, {
      currency: stored.contract.currency,
      knownCodes: new Set(expected.map((l) => l.code)),
    });
    if (!read.ok)
      throw new AppError(
        'validation_failed',
        `${upload.fileName}: ${read.errors.length} problem(s), nothing stored`,
        read.errors.map((e) => ({
          path: ['file', ...(e.row === null ? [] : [e.row]), ...(e.field === null ? [] : [e.field])],
          code: 'invoice_file',
          message: e.message,
        })),
      );
    const id = ctx.newId();
    return auditedWrite(ctx, actor, {}, async (trx) => {
      await insertInvoice(
        trx,
        {
          id,
          workspaceId: actor.workspaceId,
          vendorId: stored.contract.vendorId,
          contractId: stored.record.id,
          month: upload.month,
          currency: stored.contract.currency,
          fileName: upload.fileName,
          lines: read.lines,
          statementJson: JSON.stringify(month.statement),
          statementTotalCents: month.statement.totals.totalCents,
          differences: reconcileInvoice(expected, read.lines),
          uploadedBy: actor.userId,
        },
        ctx.newId,
        ctx.now(),
      );
      const after = (await existing(trx, actor, id)).record;
      return {
        result: after,
        audit: { action: 'create', entity: 'invoice', entityId: id, before: null, after },
      };
    });
  },

  /** Sends a draft to the other side; from then on it is checked, not edited. */
  issue: (ctx: ServerContext, actor: RequestActor, id: string) =>
    change(ctx, actor, id, async (trx, before) => {
      if (before.record.status !== 'draft') refuse(`The invoice is ${before.record.status}, not a draft`);
      await setInvoiceStatus(trx, id, 'issued', ctx.now());
    }),

  /** The client accepts or disputes one difference; the invoice is disputed while any is. */
  decide: (
    ctx: ServerContext,
    actor: RequestActor,
    id: string,
    differenceId: string,
    input: { decision: InvoiceDecision; comment: string | null },
  ) =>
    change(ctx, actor, id, async (trx, before) => {
      if (!isClient(actor)) throw AppError.forbidden();
      const status = before.record.status;
      if (status !== 'issued' && status !== 'disputed')
        refuse(`The invoice is ${status}: only an issued or disputed invoice is checked`);
      differenceOf(before, differenceId);
      if (input.decision === 'disputed' && !input.comment?.trim())
        refuse('A dispute needs a comment saying why', ['comment']);
      await updateDifference(trx, id, differenceId, {
        decision: input.decision,
        comment: input.comment?.trim() || null,
        decidedBy: actor.userId,
        decidedAt: ctx.now(),
      });
      const disputed = before.record.differences.some((d) =>
        d.id === differenceId ? input.decision === 'disputed' : d.decision === 'disputed',
      );
      await setInvoiceStatus(trx, id, disputed ? 'disputed' : 'issued', ctx.now());
    }),

  /** The answer to a disputed difference, usually the vendor's. */
  answer: (ctx: ServerContext, actor: RequestActor, id: string, differenceId: string, answer: string) =>
    change(ctx, actor, id, async (trx, before) => {
      const d = differenceOf(before, differenceId);
      if (d.decision !== 'disputed') refuse('Only a disputed difference is answered');
      if (!answer.trim()) refuse('The answer is empty', ['answer']);
      await updateDifference(trx, id, differenceId, {
        answer: answer.trim(),
        answeredBy: actor.userId,
        answeredAt: ctx.now(),
      });
    }),

  /** The client settles the invoice: every difference still open is accepted. */
  agree: (ctx: ServerContext, actor: RequestActor, id: string) =>
    change(ctx, actor, id, async (trx, before) => {
      if (!isClient(actor)) throw AppError.forbidden();
      const status = before.record.status;
      if (status !== 'issued' && status !== 'disputed')
        refuse(`The invoice is ${status}: it cannot be agreed`);
      if (before.record.differences.some((d) => d.decision === 'disputed'))
        refuse(
          'A difference is still disputed: accept it first, or have the vendor upload a corrected invoice',
        );
      for (const d of before.record.differences)
        if (d.decision === null)
          await updateDifference(trx, id, d.id, {
            decision: 'accepted',
            decidedBy: actor.userId,
            decidedAt: ctx.now(),
          });
      await setInvoiceStatus(trx, id, 'agreed', ctx.now());
    }),

  /** Only a draft is deleted: once issued, it is part of the record. */
  async remove(ctx: ServerContext, actor: RequestActor, id: string): Promise<void> {
    authorize(actor, 'delete', 'invoice');
    await auditedWrite(ctx, actor, {}, async (trx) => {
      const before = await existing(trx, actor, id);
      if (before.record.status !== 'draft')
        refuse(`The invoice is ${before.record.status}: only a draft is deleted`);
      await deleteInvoice(trx, id);
      return {
        result: undefined,
        audit: { action: 'delete', entity: 'invoice', entityId: id, before: before.record, after: null },
      };
    });
  },
};
