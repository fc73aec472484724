import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  computeStatement,
  expectedInvoiceLines,
  invoiceTemplateCsv,
  reconcileInvoice,
  validateContract,
} from '@vigie/core';
import { describe, expect, it } from 'vitest';
import { xlsx } from '../../test/xlsx-builder.ts';
import { type InvoiceFileResult, readInvoiceFile } from './read-invoice-file.ts';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../test/fixtures/invoices/${name}`, import.meta.url)));

const knownCodes = new Set(['fee:per_contact:phone', 'fee:fixed_fee', 'kpi:service_level', 'credit:csat']);
const options = { currency: 'EUR', knownCodes };
const read = (name: string, content: string | Uint8Array) =>
  readInvoiceFile(name, typeof content === 'string' ? Buffer.from(content, 'utf8') : content, options);

const lines = async (pending: Promise<InvoiceFileResult>) => {
  const r = await pending;
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.lines;
};
const errors = async (pending: Promise<InvoiceFileResult>) => {
  const r = await pending;
  return r.ok ? [] : r.errors;
};
const messages = async (pending: Promise<InvoiceFileResult>) => (await errors(pending)).map((e) => e.message);

/** The four lines of both fixtures, from row 2 (French) or with the empty line 4 skipped (English). */
const FOUR = [
  { code: 'fee:per_contact:phone', quantity: 1_200, unitPriceCents: 180, amountCents: 216_000 },
  { code: 'fee:fixed_fee', quantity: 1, unitPriceCents: 500_000, amountCents: 500_000 },
  { code: 'kpi:service_level', quantity: null, unitPriceCents: null, amountCents: 30_000 },
  { code: 'credit:csat', quantity: null, unitPriceCents: null, amountCents: -20_000 },
];

describe('readInvoiceFile: files that read', () => {
  it('reads the English CSV template, quoted fields, an empty line skipped, rows as a spreadsheet shows them', async () => {
    const r = await lines(read('invoice.csv', fixture('invoice.csv')));
    expect(r).toEqual(FOUR.map((l, i) => ({ ...l, row: [2, 3, 5, 6][i], label: expect.any(String) })));
    expect(r[0]?.label).toBe('Calls, phone');
  });

  it('reads a French CSV: BOM, CRLF, semicolons, French headers, decimal commas, no-break spaces, €', async () => {
    const r = await lines(read('facture.csv', fixture('facture.csv')));
    expect(r).toEqual(FOUR.map((l, i) => ({ ...l, row: i + 2, label: expect.any(String) })));
    expect(r.map((l) => l.label)).toEqual([
      'Appels téléphone',
      'Plateforme; licences',
      'Bonus taux de service',
      'Pénalité CSAT',
    ]);
  });

  it('reads the first sheet of an XLSX: shared and inline strings, numbers as Excel shows them', async () => {
    const s = (ref: string, i: number) => `<c r="${ref}" t="s"><v>${i}</v></c>`;
    const n = (ref: string, v: string) => `<c r="${ref}"><v>${v}</v></c>`;
    const file = xlsx({
      sharedStrings: ['Code', 'Désignation', 'Qté', 'PU', 'Montant', 'fee:per_contact:phone', 'credit:csat'],
      rows:
        `<row r="1">${[0, 1, 2, 3, 4].map((i) => s(`${'ABCDE'[i]}1`, i)).join('')}</row>` +
        `<row r="2">${s('A2', 5)}<c r="B2" t="inlineStr"><is><t>Appels</t></is></c>${n('C2', '1200')}${n('D2', '1.8')}` +
        // 1,200 x 1.8 computed by Excel: 17 digits in the file, 2160 on screen
        `${n('E2', '2160.0000000000005')}</row>` +
        `<row r="4">${s('A4', 6)}<c r="E4" t="str"><v>-200,00 €</v></c></row>`,
    });
    expect(await lines(read('facture.xlsx', file))).toEqual([
      {
        row: 2,
        code: 'fee:per_contact:phone',
        label: 'Appels',
        quantity: 1_200,
        unitPriceCents: 180,
        amountCents: 216_000,
      },
      { row: 4, code: 'credit:csat', label: '', quantity: null, unitPriceCents: null, amountCents: -20_000 },
    ]);
  });

  it('accepts the usual ways of writing an amount, exactly to the cent', async () => {
    const amount = async (text: string, delimiter = ',') => {
      const q = text.includes(delimiter) ? `"${text}"` : text;
      const r = read('a.csv', `code${delimiter}amount\nfee:fixed_fee${delimiter}${q}\n`);
      return (await lines(r))[0]?.amountCents;
    };
    expect(await amount('1234.56')).toBe(123_456);
    expect(await amount('1,234.56')).toBe(123_456);
    expect(await amount('1 234,56', ';')).toBe(123_456);
    expect(await amount('1.234,56', ';')).toBe(123_456);
    expect(await amount('1\u00a0234,56\u00a0€', ';')).toBe(123_456);
    expect(await amount('1\u202f234,56 €', ';')).toBe(123_456);
    expect(await amount('-500,00', ';')).toBe(-50_000);
    expect(await amount('\u2212500,00', ';')).toBe(-50_000);
    expect(await amount('€1,234.56')).toBe(123_456);
    expect(await amount('-€12.30')).toBe(-1_230);
    expect(await amount('EUR 12.3')).toBe(1_230);
    expect(await amount('12 EUR')).toBe(1_200);
    expect(await amount('$5.00')).toBe(500); // `$` names several currencies: not held against EUR
    expect(await amount('1,234,567.89')).toBe(123_456_789);
    expect(await amount('0,1', ';')).toBe(10);
    // 0.29 x 100 is 28.999... in floating point: the decimal text is read, not a float
    expect(await amount('0.29')).toBe(29);
    expect(await amount('1 000 000')).toBe(100_000_000);
  });

  it('reads quantities with any number of decimals; a lone mark before 3 digits follows the file', async () => {
    const quantity = async (text: string, delimiter: string) =>
      (
        await lines(
          read(
            'q.csv',
            `code${delimiter}quantity${delimiter}amount\nfee:fixed_fee${delimiter}${text}${delimiter}1\n`,
          ),
        )
      )[0]?.quantity;
    expect(await quantity('10.125', ',')).toBe(10.125);
    expect(await quantity('1 200,5', ';')).toBe(1_200.5);
    expect(await quantity('1,234', ';')).toBe(1.234); // French: a decimal comma
    expect(await quantity('"1,234"', ',')).toBe(1_234); // English: a thousands comma
    expect(await quantity('1.234', ',')).toBe(1.234);
    expect(await quantity('', ',')).toBe(null);
  });

  it('reads back the template Vigie hands out: codes with @ and #, every figure, no difference', async () => {
    const fee = (amountCents: number) => ({ kind: 'fixed_fee' as const, amountCents });
    const perContact = { kind: 'per_contact' as const, channel: 'phone', unitPriceCents: 45 };
    const run = (start: string, end: string | null, kind: 'pilot' | 'run', priceLines: object[]) => ({
      kind,
      start,
      end,
      priceLines,
    });
    const contract = validateContract({
      id: 'c1',
      vendorId: 'v1',
      activities: ['support'],
      start: '2026-01-01',
      end: null,
      noticeDays: 90,
      currency: 'EUR',
      versions: [
        {
          effectiveFrom: '2026-01-01',
          reason: 'signed',
          phases: [
            run('2026-01-01', '2026-04-10', 'pilot', [fee(100_001), fee(50_000), perContact]),
            run('2026-04-11', null, 'run', [fee(300_000), perContact]),
          ],
        },
      ],
    });
    if (!contract.ok) throw new Error('bad test contract');
    const statement = computeStatement(contract.value, '2026-04', {
      month: '2026-04',
      kpis: {},
      volumes: { phone: 1_001 },
    });
    const expected = expectedInvoiceLines(statement);
    expect(expected.map((l) => l.code)).toEqual([
      'fee:fixed_fee@pilot#1',
      'fee:fixed_fee@pilot#2',
      'fee:per_contact:phone@pilot',
      'fee:fixed_fee@run',
      'fee:per_contact:phone@run',
    ]);
    for (const lang of ['en', 'fr'] as const) {
      const template = invoiceTemplateCsv(expected, 'EUR', lang);
      const r = await readInvoiceFile('template.csv', Buffer.from(template), {
        currency: 'EUR',
        knownCodes: new Set(expected.map((l) => l.code)),
      });
      expect(reconcileInvoice(expected, await lines(Promise.resolve(r))), lang).toEqual([]);
    }
  });

  it('reads Windows-1252 text (an old Excel CSV export)', async () => {
    const bytes = Buffer.from('code;libellé;montant\nfee:fixed_fee;Redevance Frédéric;5 000,00\n', 'latin1');
    expect((await lines(read('facture.csv', bytes)))[0]).toMatchObject({
      label: 'Redevance Frédéric',
      amountCents: 500_000,
    });
  });
});

describe('readInvoiceFile: errors, all of them, naming file, row and field', () => {
  it('collects every bad field of every row and returns no lines', async () => {
    const r = read(
      'invoice.csv',
      [
        'code,label,quantity,unit_price,amount,currency',
        'fee:per_contact:phone,Calls,1200,1.80,2160.00,USD',
        'fee:per_hour,Hours,,,12.00,EUR',
        'fee:fixed_fee,Platform,1,,"12,3,4",EUR',
        'kpi:service_level,Bonus,,,300.005,EUR',
        'fee:fixed_fee,Platform again,abc,1.2.3,5000,EUR',
        ',No code,,,,EUR',
        'credit:csat,Credit,2 €,,-200 £,EUR',
        'fee:per_contact:phone,Too much,,,123456789012345678,EUR',
      ].join('\n'),
    );
    expect((await r).ok).toBe(false);
    expect((await errors(r)).map((e) => [e.row, e.field])).toEqual([
      [2, 'currency'],
      [3, 'code'],
      [4, 'amount'],
      [5, 'amount'],
      [6, 'code'],
      [6, 'quantity'],
      [6, 'unit_price'],
      [7, 'code'],
      [7, 'amount'],
      [8, 'quantity'],
      [8, 'amount'],
      [9, 'code'],
      [9, 'amount'],
    ]);
    expect(await messages(r)).toEqual([
      'invoice.csv, row 2, currency: USD but the contract is in EUR',
      'invoice.csv, row 3, code: "fee:per_hour" is not a line of this month\'s statement (known: fee:per_contact:phone, fee:fixed_fee, kpi:service_level, credit:csat)',
      'invoice.csv, row 4, amount: "12,3,4" is not a number',
      'invoice.csv, row 5, amount: "300.005" has more than 2 decimals',
      'invoice.csv, row 6, code: "fee:fixed_fee" is already on row 4',
      'invoice.csv, row 6, quantity: "abc" is not a number',
      'invoice.csv, row 6, unit_price: "1.2.3" is not a number',
      'invoice.csv, row 7, code: is empty',
      'invoice.csv, row 7, amount: is empty',
      'invoice.csv, row 8, quantity: "2 €" is a quantity: it takes no currency',
      'invoice.csv, row 8, amount: "-200 £" is in GBP but the contract is in EUR',
      'invoice.csv, row 9, code: "fee:per_contact:phone" is already on row 2',
      'invoice.csv, row 9, amount: "123456789012345678" is too large',
    ]);
  });

  it('names a missing required column, and two columns giving one field, on the header row', async () => {
    expect(await errors(read('invoice.csv', 'label,quantity\nx,1\n'))).toEqual([
      {
        row: 1,
        field: 'code',
        message: 'invoice.csv, row 1, code: the header has no code column (accepted names: code)',
      },
      {
        row: 1,
        field: 'amount',
        message:
          'invoice.csv, row 1, amount: the header has no amount column (accepted names: amount, montant, montant_ht)',
      },
    ]);
    expect(await messages(read('facture.csv', 'code;Montant;Montant HT\nfee:fixed_fee;1;1\n'))).toEqual([
      'facture.csv, row 1, amount: the columns "Montant" and "Montant HT" both give the amount',
    ]);
  });

  it('refuses a file without lines, an empty file, and a file that is not a table', async () => {
    expect(await errors(read('invoice.csv', 'code,amount\n\n'))).toEqual([
      { row: null, field: null, message: 'invoice.csv: the file has no invoice lines, only a header' },
    ]);
    expect(await messages(read('invoice.csv', ''))).toEqual(['invoice.csv: the file is empty (0 bytes)']);
    expect(await errors(read('invoice.csv', 'code,amount\nfee:fixed_fee,1,2\n'))).toEqual([
      { row: 2, field: null, message: 'invoice.csv, row 2: the row has 3 field(s), the header has 2.' },
    ]);
    expect(await messages(read('invoice.xlsx', 'code,amount\n'))).toEqual([
      'invoice.xlsx: not an XLSX workbook: it is not a zip archive (an XLSX file is one).',
    ]);
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(30).fill(0)]);
    expect((await messages(read('invoice.xls', xls)))[0]).toContain('Excel 97-2003 (.xls)');
    expect(await messages(read('invoice.xlsx', xlsx({ rows: '' })))).toEqual([
      'invoice.xlsx: the first worksheet ("Feuil1") is empty: no header row.',
    ]);
  });

  it('lists at most 50 errors, the last one counting the rest', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `fee:nothing_${i},1`);
    const r = await errors(read('invoice.csv', ['code,amount', ...rows].join('\n')));
    expect(r).toHaveLength(50);
    expect(r[48]?.row).toBe(50);
    expect(r[49]).toEqual({
      row: null,
      field: null,
      message: 'invoice.csv: 11 more error(s) not listed; fix the ones above first',
    });
  });
});
