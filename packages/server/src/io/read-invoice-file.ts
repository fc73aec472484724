import { foldAccents, type InvoiceLine } from '@vigie/core';
import { parseWrittenNumber, toCents, toQuantity } from './parse-invoice-number.ts';
import { type InvoiceTable, readInvoiceTable } from './read-invoice-table.ts';
import { RecordFormatError } from './record-format-error.ts';

export interface InvoiceFileError {
  /** 1-based as a spreadsheet shows it (header = row 1); null for the file as a whole */
  readonly row: number | null;
  readonly field: string | null;
  /** `invoice.csv, row 4, amount: "12,3,4" is not a number` */
  readonly message: string;
}

export type InvoiceFileResult =
  | { readonly ok: true; readonly lines: InvoiceLine[] }
  | { readonly ok: false; readonly errors: InvoiceFileError[] };

export interface ReadInvoiceOptions {
  /** The contract's ISO currency: a currency column or symbol must name it. */
  readonly currency: string;
  /** The codes of the month's expected lines: any other code is refused. */
  readonly knownCodes: ReadonlySet<string>;
}

type Field = 'code' | 'label' | 'quantity' | 'unit_price' | 'amount' | 'currency';

/** Header names by field, compared without case, accents, and with spaces, dashes and underscores alike. */
const ALIASES: Readonly<Record<Field, readonly string[]>> = {
  code: ['code'],
  label: ['label', 'libelle', 'designation'],
  quantity: ['quantity', 'quantite', 'qte'],
  unit_price: ['unit_price', 'prix_unitaire', 'pu'],
  amount: ['amount', 'montant', 'montant_ht'],
  currency: ['currency', 'devise'],
};
const REQUIRED: readonly Field[] = ['code', 'amount'];
const MAX_ERRORS = 50;

const normalize = (name: string) =>
  foldAccents(name)
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
const FIELD_OF = new Map<string, Field>(
  Object.entries(ALIASES).flatMap(([field, names]) => names.map((n) => [n, field as Field] as const)),
);

/**
 * Reads a vendor's invoice file (CSV separated by commas or semicolons, UTF-8 with or without
 * a BOM, Windows-1252 tolerated; or the first sheet of an XLSX workbook) into invoice lines.
 * Columns are found by name, English or French (code, libellé, quantité, prix unitaire,
 * montant, devise...); `code` and `amount` are required. Amounts become exact integer cents
 * (`1 234,56 €`, `1,234.56`, `-500,00`; at most 2 decimals). A file with any fault yields
 * every fault found (up to 50), each naming the file, the row and the field, and no lines: an
 * invoice is taken whole or not at all.
 */
export async function readInvoiceFile(
  fileName: string,
  bytes: Uint8Array,
  options: ReadInvoiceOptions,
): Promise<InvoiceFileResult> {
  const fail = (errors: InvoiceFileError[]): InvoiceFileResult => ({
    ok: false,
    errors: capped(fileName, errors),
  });
  if (bytes.length === 0)
    return fail([{ row: null, field: null, message: `${fileName}: the file is empty (0 bytes)` }]);
  let table: InvoiceTable;
  try {
    table = await readInvoiceTable(fileName, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (err) {
    if (!(err instanceof RecordFormatError)) throw err;
    const prefix = err.line === null ? `${err.file}: ` : `${err.file}, line ${err.line}: `;
    const detail = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
    return fail([{ row: err.line, field: null, message: `${place(fileName, err.line, null)}${detail}` }]);
  }
  const errors: InvoiceFileError[] = [];
  const error = (row: number | null, field: string | null, detail: string) =>
    errors.push({ row, field, message: `${place(fileName, row, field)}${detail}` });
  const columns = mapColumns(table, error);
  if (errors.length > 0) return fail(errors);
  if (table.rows.length === 0) error(null, null, 'the file has no invoice lines, only a header');
  const lines: InvoiceLine[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const cell = (field: Field) => {
      const at = columns.get(field);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    const before = errors.length;
    const code = cell('code');
    if (code === '') error(row, 'code', 'is empty');
    else if (!options.knownCodes.has(code)) {
      const known = [...options.knownCodes].join(', ') || 'none';
      error(row, 'code', `"${code}" is not a line of this month's statement (known: ${known})`);
    } else if (firstRowOf.has(code))
      error(row, 'code', `"${code}" is already on row ${firstRowOf.get(code)}`);
    else firstRowOf.set(code, row);
    const number = (field: Field, money: boolean) =>
      readNumber(cell(field), field, row, table.decimalComma, options, error, money);
    const quantity = number('quantity', false);
    const unitPriceCents = number('unit_price', true);
    const amountCents = number('amount', true);
    if (cell('amount') === '') error(row, 'amount', 'is empty');
    const currency = cell('currency').toUpperCase();
    if (columns.has('currency') && currency !== options.currency.toUpperCase())
      error(row, 'currency', `${currency || 'empty'} but the contract is in ${options.currency}`);
    if (errors.length === before && amountCents !== null)
      lines.push({ row, code, label: cell('label'), quantity, unitPriceCents, amountCents });
  }
  return errors.length > 0 ? fail(errors) : { ok: true, lines };
}

/** Where each field's column is; errors when a required one is missing or a field has two columns. */
function mapColumns(
  table: InvoiceTable,
  error: (row: number | null, field: string | null, detail: string) => void,
) {
  const columns = new Map<Field, number>();
  table.header.forEach((name, i) => {
    const field = FIELD_OF.get(normalize(name));
    if (field === undefined) return; // other columns (VAT, notes...) are the vendor's business
    const seen = columns.get(field);
    if (seen !== undefined)
      error(
        table.headerRow,
        field,
        `the columns "${table.header[seen]}" and "${name}" both give the ${field}`,
      );
    else columns.set(field, i);
  });
  for (const field of REQUIRED)
    if (!columns.has(field))
      error(
        table.headerRow,
        field,
        `the header has no ${field} column (accepted names: ${ALIASES[field].join(', ')})`,
      );
  return columns;
}

function readNumber(
  text: string,
  field: Field,
  row: number,
  decimalComma: boolean,
  options: ReadInvoiceOptions,
  error: (row: number, field: string, detail: string) => void,
  money: boolean,
): number | null {
  if (text === '') return null;
  const n = parseWrittenNumber(text, decimalComma);
  const refuse = (detail: string) => {
    error(row, field, `"${text}" ${detail}`);
    return null;
  };
  if (n === null) return refuse('is not a number');
  if (n.currency !== null && !money) return refuse('is a quantity: it takes no currency');
  // `$` is the sign of several currencies: it cannot be held against the contract's
  if (n.currency !== null && n.currency !== '$' && n.currency !== options.currency.toUpperCase())
    return refuse(`is in ${n.currency} but the contract is in ${options.currency}`);
  if (!money) return toQuantity(n);
  const cents = toCents(n);
  return typeof cents === 'string' ? refuse(cents) : cents;
}

function place(fileName: string, row: number | null, field: string | null): string {
  return `${fileName}${row === null ? '' : `, row ${row}`}${field === null ? '' : `, ${field}`}: `;
}

/** At most 50 errors, the last saying how many more there were. */
function capped(fileName: string, errors: InvoiceFileError[]): InvoiceFileError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const more = errors.length - (MAX_ERRORS - 1);
  return [
    ...errors.slice(0, MAX_ERRORS - 1),
    {
      row: null,
      field: null,
      message: `${fileName}: ${more} more error(s) not listed; fix the ones above first`,
    },
  ];
}
