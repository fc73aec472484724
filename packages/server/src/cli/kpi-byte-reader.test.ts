import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { testInstant, VIGIE_CSV_HEADER, vigieCsvRows } from '../io/vigie-csv-test-file.ts';
import { type KpiCommandOptions, type KpiReaderChoice, runKpi } from './kpi.ts';

/**
 * `vigie kpi` reads files of the `vigie` profile from their bytes (VigieCsvKpiReader); these
 * tests hold it to the generic reader (split, mapping, Interaction): same output to the byte,
 * same messages on stderr, same error. `bytes` fails where the byte reader would hand the whole
 * file back to the generic one, so a test with it also shows the file was read from its bytes.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-kpi-bytes-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function write(content: string | Buffer, extension = '.csv'): string {
  const file = path.join(dir, `f${++fileCount}${extension}`);
  fs.writeFileSync(file, content);
  return file;
}
const csv = (lines: readonly string[], header = VIGIE_CSV_HEADER): string =>
  `${[header, ...lines].join('\n')}\n`;

interface Outcome {
  stdout: string;
  stderr: string;
  error: string | null;
}

async function kpi(
  files: string[],
  reader: KpiReaderChoice,
  options: Partial<KpiCommandOptions> = {},
): Promise<Outcome> {
  const stderr: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk));
    return true;
  });
  try {
    const pieces = await runKpi(files, {
      profile: 'vigie',
      by: 'day',
      slThreshold: '20',
      slVariant: 'offered',
      shortAbandon: '5',
      fcrDays: '7',
      format: 'json',
      reader,
      ...options,
    });
    return { stdout: [...pieces].join(''), stderr: stderr.join(''), error: null };
  } catch (err) {
    return { stdout: '', stderr: stderr.join(''), error: err instanceof Error ? err.message : String(err) };
  } finally {
    spy.mockRestore();
  }
}

/** Runs the generic reader and `reader`, expects the same, returns the generic outcome. */
async function same(
  files: string[],
  reader: KpiReaderChoice,
  options: Partial<KpiCommandOptions> = {},
): Promise<Outcome> {
  const generic = await kpi(files, 'generic', options);
  expect(await kpi(files, reader, options)).toEqual(generic);
  return generic;
}

/** A valid row; `over` replaces columns by name. */
function row(k: number, over: Record<string, string> = {}): string {
  const cells: Record<string, string> = {
    id: `x-${k}`,
    channel: 'phone',
    direction: 'inbound',
    activity: 'Support',
    vendor: 'Acme',
    site: 'Lyon',
    agent: 'Ana',
    customer_id: `C-${k % 7}`,
    offered_at: testInstant(3600 * k),
    answered_at: testInstant(3600 * k + 15),
    ended_at: testInstant(3600 * k + 200),
    wait_seconds: '15',
    talk_seconds: '150',
    hold_seconds: '10',
    wrap_up_seconds: '25',
    disposition: 'answered',
    offered: '',
    outcomes: 'resolved',
    ...over,
  };
  return VIGIE_CSV_HEADER.split(',')
    .map((c) => cells[c] ?? '')
    .join(',');
}

describe('vigie kpi: byte reader against the generic reader', () => {
  const realistic = write(csv(vigieCsvRows(4000, 30)));

  it.each([
    ['day', 'json'],
    ['vendor,site,agent,interval15', 'csv'],
    ['channel,week', 'table'],
    ['activity,month', 'json'],
    ['', 'json'],
    ['agent,site,activity,channel,vendor,hour', 'csv'],
  ] as const)('gives the same output on a realistic file, by "%s" as %s', async (by, format) => {
    const out = await same([realistic], 'bytes', { by, format });
    expect(out.error).toBeNull();
    expect(out.stdout.length).toBeGreaterThan(200);
  });

  it('gives the same output with other contract options', async () => {
    await same([realistic], 'bytes', {
      by: 'vendor,interval30',
      slThreshold: '30',
      slVariant: 'answered-and-late-abandons',
      shortAbandon: '10',
      fcrDays: '3',
    });
  });

  it('reads the same rows whatever the column order, extra columns or absent optional ones', async () => {
    const names = VIGIE_CSV_HEADER.split(',');
    const lines = vigieCsvRows(500, 10).filter((l) => !l.includes('"')); // split below by commas
    const reordered = [...names].reverse();
    const reorder = (l: string) => {
      const cells = l.split(',');
      return reordered.map((n) => cells[names.indexOf(n)]).join(',');
    };
    const original = await kpi([write(csv(lines))], 'generic', { by: 'vendor,day' });
    expect(
      (await same([write(csv(lines.map(reorder), reordered.join(',')))], 'bytes', { by: 'vendor,day' }))
        .stdout,
    ).toBe(original.stdout);
    await same(
      [
        write(
          csv(
            lines.map((l) => `${l},extra`),
            `${VIGIE_CSV_HEADER},note`,
          ),
        ),
      ],
      'bytes',
      {
        by: 'vendor,agent,day',
      },
    );
    const required = ['id', 'channel', 'direction', 'offered_at', 'disposition', 'vendor'];
    const few = lines.map((l) => {
      const cells = l.split(',');
      return required.map((n) => cells[names.indexOf(n)]).join(',');
    });
    await same([write(csv(few, required.join(',')))], 'bytes', { by: 'vendor,site,day' });
  });

  it('reads rows it cannot vouch for with the generic code, with the same warnings', async () => {
    const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
    const rows = [
      row(0),
      row(1, { vendor: '"Sud ""Relation"", SA"' }), // doubled quotes
      row(2, { channel: ' phone', wait_seconds: ' 15', customer_id: 'C-1 ' }), // to trim
      row(3, { id: ' x-3', agent: ' Ana ', offered: 'FALSE' }),
      row(4, { agent: 'Léa Brontë', site: 'Évry', activity: 'Réclamations' }), // UTF-8, by bytes
      row(5, { outcomes: 'sale; resolved', talk_seconds: '0150' }),
      row(6, { outcomes: 'resolved;;sale;sale', answered_at: '', disposition: 'transferred' }),
      row(7, { wait_seconds: '', talk_seconds: '', hold_seconds: '', wrap_up_seconds: '' }),
      row(8, { customer_id: '', agent: '', site: '', activity: '' }),
      row(9, { vendor: '"Acme"', site: '""', outcomes: '"resolved;sale"' }),
      row(10, { offered: 'True', disposition: 'vru_only' }),
      row(11, { customer_id: '\u00a0C-4' }), // a no-break space, trimmed
      row(12, { disposition: 'abandoned', wait_seconds: '4', answered_at: '', outcomes: '' }),
      row(13, { wait_seconds: '12345678901234567' }), // 17 digits: left to the generic code
      row(14, { agent: '"Ana\r"', id: '"x-14"', outcomes: '"resolved\r"' }), // a CR inside quotes
    ];
    const text = `\ufeff${VIGIE_CSV_HEADER}\r\n${rows.slice(0, 4).join('\r\n')}\r\n\r\n${rows.slice(4).join('\n')}\n\n`;
    const file = write(
      Buffer.concat([
        Buffer.from(text),
        latin1(`${row(20, { agent: 'Hélène', site: 'Évry' })}\n`), // Windows-1252
        Buffer.from(`${row(21)}\n`),
        latin1(`${row(22, { vendor: 'Caf\u00e9 \u0080', customer_id: 'C-\u00e9' })}\n`),
        Buffer.from(row(23, { agent: 'Léa' })), // no final line feed
      ]),
    );
    for (const by of ['day', 'vendor,site,agent,activity,interval15', 'channel,month']) {
      const out = await same([file], 'bytes', { by, format: 'csv' });
      expect(out.error).toBeNull();
      expect(out.stderr).toMatch(/line 19: the text is not valid UTF-8; decoded as Windows-1252/);
      expect(out.stderr).toMatch(/2 lines were not valid UTF-8/);
    }
  });

  it('reports a rejected row exactly as the generic reader does', async () => {
    const names = VIGIE_CSV_HEADER.split(',');
    const rows = vigieCsvRows(300, 5).filter((l) => !l.includes('"'));
    const withCell = (line: string, column: string, value: string): string => {
      const cells = line.split(',');
      cells[names.indexOf(column)] = value;
      return cells.join(',');
    };
    const cases: [string, string][] = [
      ['channel', 'fax'],
      ['direction', 'Inbound'],
      ['offered_at', '2025-02-30T10:00:00'],
      ['answered_at', '2025-01-01T24:00:00'],
      ['ended_at', '2025-01-01 10:00:00'],
      ['wait_seconds', '-3'],
      ['hold_seconds', '1.5'],
      ['disposition', ''],
      ['offered', 'yes'],
      ['outcomes', 'resolved;won'],
      ['id', ''],
      ['talk_seconds', '9'.repeat(400)], // a number too large for the engine
    ];
    for (const [column, value] of cases) {
      const bad = [...rows];
      bad[150] = withCell(bad[150] as string, column, value);
      const out = await same([write(csv(bad))], 'auto');
      expect(out.error).toMatch(
        column === 'talk_seconds' ? /talkSeconds must be a finite number/ : /line 152/i,
      );
    }
    // a row of the wrong length, a quoted field left open, an empty file, bad headers
    const wrongLength = [...rows];
    wrongLength[100] = `${rows[100]},extra`;
    expect((await same([write(csv(wrongLength))], 'auto')).error).toMatch(/line 102: the row has 19 field/);
    expect((await same([write(csv([...rows, 'r-x,"phone']))], 'auto')).error).toMatch(/never closed/);
    expect((await same([write('')], 'auto')).error).toMatch(/empty/);
    expect(
      (await same([write(csv(rows, VIGIE_CSV_HEADER.replace('channel', 'canal')))], 'auto')).error,
    ).toMatch(/lacks the required column/);
    expect(
      (await same([write(csv(rows, VIGIE_CSV_HEADER.replace('site', 'vendor')))], 'auto')).error,
    ).toMatch(/twice/);
  });

  it('names both lines of a duplicate id, whichever reader read each', async () => {
    const rows = Array.from({ length: 40 }, (_, k) => row(k));
    const toTrim = (line: string): string => line.replace(',phone,', ', phone,'); // read by the generic code
    const cases: [string, string][] = [
      [rows[10] as string, toTrim(rows[10] as string)], // original from bytes, copy by the generic code
      [toTrim(rows[10] as string), rows[10] as string], // and the other way round
      [rows[10] as string, rows[10] as string], // both from bytes
    ];
    for (const [original, copy] of cases) {
      const lines = [...rows];
      lines[10] = original;
      lines.splice(12, 0, copy);
      const out = await same([write(csv(lines))], 'auto');
      expect(out.error).toMatch(/Line 14: id "x-10" was already imported from line 12; row rejected/);
    }
    const latin = Buffer.concat([
      Buffer.from(csv([row(0), row(1)])),
      Buffer.from(`${row(1, { agent: 'H\u00e9l\u00e8ne' })}\n`, 'latin1'),
    ]);
    expect((await same([write(latin)], 'auto')).error).toMatch(
      /Line 4: id "x-1" was already imported from line 3/,
    );
  });

  it('reads a quoted field going on to the next line, as the generic reader does', async () => {
    const rows = vigieCsvRows(200, 5).filter((l) => !l.includes('"'));
    rows[50] = row(50, { agent: '"Ana\nMaria"' });
    await same([write(csv(rows))], 'auto', { by: 'agent,day' });
  });

  it('reads a file out of time order again, saying so, with the same figures and messages', async () => {
    const rows = vigieCsvRows(3000, 20);
    const reversed = await same([write(csv([...rows].reverse()))], 'auto', {
      by: 'vendor,day',
      fcrDays: '3',
    });
    expect(reversed.stderr).toMatch(/^The contacts are not in time order \(Contact r-\d+ comes \d+ s before/);
    const ordered = await kpi([write(csv(rows))], 'bytes', { by: 'vendor,day', fcrDays: '3' });
    expect(reversed.stdout).toBe(ordered.stdout);
    // a duplicate far from its original: caught only when everything is kept
    const far = await same([write(csv([...rows, rows[10] as string]))], 'auto');
    expect(far.stderr).toMatch(/not in time order/);
    expect(far.error).toMatch(/Line 3002: id "r-10" was already imported from line 12/);
    // a contact a few hours late is within the tolerance: read once
    const late = [...rows];
    late.splice(1000, 0, late.splice(990, 1)[0] as string);
    expect((await same([write(csv(late))], 'bytes')).stderr).toBe('');
  });

  it('reads several files into one table, each by the reader that applies', async () => {
    const rows = vigieCsvRows(2000, 20);
    const first = write(csv(rows.slice(0, 1000)));
    const second = write(csv(rows.slice(1000), VIGIE_CSV_HEADER.replace('agent', '"agent"'))); // not by bytes
    const jsonLike = write(csv(rows.slice(0, 10)), '.txt');
    await same([first, second, jsonLike], 'auto', { by: 'vendor,agent,week' });
  });
});
