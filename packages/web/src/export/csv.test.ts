import { describe, expect, it } from 'vitest';
import { csvDialect, toCsv } from './csv';
import { exportFileName } from './table';

const table = {
  title: 'Vendors',
  columns: [
    { header: 'Vendor', kind: 'text' as const },
    { header: 'Offered', kind: 'number' as const },
    { header: 'Service level', kind: 'percent' as const },
  ],
  rows: [
    ['Armor; "Brest"', 1234, 0.762],
    ['=HYPERLINK()', 0, null],
  ],
};

describe('CSV export', () => {
  it('writes numbers as numbers in the dialect of the language, and quotes text when needed', () => {
    expect(toCsv(table, csvDialect('en'))).toBe(
      'Vendor,Offered,Service level\r\n"Armor; ""Brest""",1234,0.762\r\n\'=HYPERLINK(),0,',
    );
    expect(toCsv(table, csvDialect('fr'))).toBe(
      'Vendor;Offered;Service level\r\n"Armor; ""Brest""";1234;0,762\r\n\'=HYPERLINK();0;',
    );
  });

  it('names the file after the table and the period', () => {
    expect(exportFileName('Sites – Armor Contact', { from: '2026-10-01', to: '2026-10-31' }, 'xlsx')).toBe(
      'vigie-sites-armor-contact-2026-10-01_2026-10-31.xlsx',
    );
    expect(exportFileName('Agents', { from: '2026-10-01', to: '2026-10-01' }, 'csv')).toBe(
      'vigie-agents-2026-10-01.csv',
    );
  });
});
