import type {
  InvoiceDifference,
  InvoiceDifferenceRecord,
  InvoiceLine,
  InvoiceRecord,
  InvoiceStatus,
  InvoiceSummary,
  ReadScope,
} from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database, InvoiceDifferenceTable, InvoiceTable } from '../schema.ts';

export interface InvoiceListQuery {
  contractId?: string | undefined;
  vendorId?: string | undefined;
  month?: string | undefined;
  status?: InvoiceStatus | undefined;
}

function summaryOf(row: InvoiceTable, differenceCount: number): InvoiceSummary {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    vendorId: row.vendorId,
    contractId: row.contractId,
    month: row.month,
    status: row.status as InvoiceStatus,
    currency: row.currency,
    fileName: row.fileName,
    invoicedTotalCents: Number(row.invoicedTotalCents),
    statementTotalCents: Number(row.statementTotalCents),
    differenceCount,
    uploadedAt: row.uploadedAt,
    updatedAt: row.updatedAt,
  };
}

function differenceOf(row: InvoiceDifferenceTable): InvoiceDifferenceRecord {
  return {
    id: row.id,
    position: row.position,
    code: row.code,
    label: row.label,
    kind: row.kind,
    expected: row.expected === null ? null : Number(row.expected),
    invoiced: row.invoiced === null ? null : Number(row.invoiced),
    deltaCents: Number(row.deltaCents),
    row: row.row,
    explanation: row.explanation,
    decision: row.decision as InvoiceDifferenceRecord['decision'],
    comment: row.comment,
    decidedAt: row.decidedAt,
    answer: row.answer,
    answeredAt: row.answeredAt,
  };
}

/** Invoices in the scope: all of the workspace, or the vendor user's own vendor's. */
function scoped(db: Kysely<Database>, scope: ReadScope) {
  let q = db.selectFrom('invoice').selectAll('invoice').where('invoice.workspaceId', '=', scope.workspaceId);
  if (scope.vendorId !== null) q = q.where('invoice.vendorId', '=', scope.vendorId);
  return q;
}

export async function listInvoices(
  db: Kysely<Database>,
  scope: ReadScope,
  query: InvoiceListQuery,
): Promise<InvoiceSummary[]> {
  let q = scoped(db, scope).select((eb) =>
    eb
      .selectFrom('invoiceDifference')
      .select((e) => e.fn.countAll<number>().as('n'))
      .whereRef('invoiceDifference.invoiceId', '=', 'invoice.id')
      .as('differenceCount'),
  );
  if (query.contractId !== undefined) q = q.where('invoice.contractId', '=', query.contractId);
  if (query.vendorId !== undefined) q = q.where('invoice.vendorId', '=', query.vendorId);
  if (query.month !== undefined) q = q.where('invoice.month', '=', query.month);
  if (query.status !== undefined) q = q.where('invoice.status', '=', query.status);
  const rows = await q.orderBy('invoice.month', 'desc').orderBy('invoice.uploadedAt', 'desc').execute();
  return rows.map((r) => summaryOf(r, Number(r.differenceCount ?? 0)));
}

/** An invoice with its lines and differences, and the statement it was checked against. */
export interface StoredInvoice {
  readonly record: InvoiceRecord;
  readonly uploadedBy: string;
  readonly statementJson: string;
}

export async function findInvoice(
  db: Kysely<Database>,
  scope: ReadScope,
  id: string,
): Promise<StoredInvoice | undefined> {
  const row = await scoped(db, scope).where('invoice.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const diffs = await db
    .selectFrom('invoiceDifference')
    .selectAll()
    .where('invoiceId', '=', id)
    .orderBy('position')
    .execute();
  return {
    record: {
      ...summaryOf(row, diffs.length),
      lines: JSON.parse(row.linesJson) as InvoiceLine[],
      differences: diffs.map(differenceOf),
    },
    uploadedBy: row.uploadedBy,
    statementJson: row.statementJson,
  };
}

export interface NewInvoice {
  readonly id: string;
  readonly workspaceId: string;
  readonly vendorId: string;
  readonly contractId: string;
  readonly month: string;
  readonly currency: string;
  readonly fileName: string;
  readonly lines: readonly InvoiceLine[];
  readonly statementJson: string;
  readonly statementTotalCents: number;
  readonly differences: readonly InvoiceDifference[];
  readonly uploadedBy: string;
}

/** Stores an invoice as a draft, with its differences, in the caller's transaction. */
export async function insertInvoice(
  db: Kysely<Database>,
  inv: NewInvoice,
  newId: () => string,
  now: string,
): Promise<void> {
  await db
    .insertInto('invoice')
    .values({
      id: inv.id,
      workspaceId: inv.workspaceId,
      vendorId: inv.vendorId,
      contractId: inv.contractId,
      month: inv.month,
      status: 'draft',
      currency: inv.currency,
      fileName: inv.fileName,
      linesJson: JSON.stringify(inv.lines),
      statementJson: inv.statementJson,
      invoicedTotalCents: inv.lines.reduce((sum, l) => sum + l.amountCents, 0),
      statementTotalCents: inv.statementTotalCents,
      uploadedBy: inv.uploadedBy,
      uploadedAt: now,
      updatedAt: now,
    })
    .execute();
  if (inv.differences.length === 0) return;
  await db
    .insertInto('invoiceDifference')
    .values(
      inv.differences.map((d, position) => ({
        id: newId(),
        invoiceId: inv.id,
        position,
        code: d.code,
        label: d.label,
        kind: d.kind,
        expected: d.expected,
        invoiced: d.invoiced,
        deltaCents: d.deltaCents,
        row: d.row,
        explanation: d.explanation,
        decision: null,
        comment: null,
        decidedBy: null,
        decidedAt: null,
        answer: null,
        answeredBy: null,
        answeredAt: null,
      })),
    )
    .execute();
}

export async function setInvoiceStatus(
  db: Kysely<Database>,
  id: string,
  status: InvoiceStatus,
  now: string,
): Promise<void> {
  await db.updateTable('invoice').set({ status, updatedAt: now }).where('id', '=', id).execute();
}

export async function updateDifference(
  db: Kysely<Database>,
  invoiceId: string,
  differenceId: string,
  changes: Partial<
    Pick<
      InvoiceDifferenceTable,
      'decision' | 'comment' | 'decidedBy' | 'decidedAt' | 'answer' | 'answeredBy' | 'answeredAt'
    >
  >,
): Promise<void> {
  await db
    .updateTable('invoiceDifference')
    .set(changes)
    .where('invoiceId', '=', invoiceId)
    .where('id', '=', differenceId)
    .execute();
}

export async function deleteInvoice(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('invoice').where('id', '=', id).execute();
}

/** The months of a contract with an invoice past draft: their statements are settled. */
export async function invoicedMonths(db: Kysely<Database>, contractId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('invoice')
    .select('month')
    .distinct()
    .where('contractId', '=', contractId)
    .where('status', '!=', 'draft')
    .orderBy('month')
    .execute();
  return rows.map((r) => r.month);
}
