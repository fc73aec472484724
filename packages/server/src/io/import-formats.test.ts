import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  amazonConnectProfile,
  asteriskCdrProfile,
  customProfile,
  type Interaction,
  type InteractionProfile,
  vigieCsvProfile,
} from '@vigie/core';
import { afterAll, describe, expect, it } from 'vitest';
import { runKpi } from '../cli/kpi.ts';
import { importFormat, importInteractions, type RowIssue } from './import-interactions.ts';
import { formatOfFile, readRecords } from './read-records.ts';
import { readSample } from './read-sample.ts';
import type { RecordReadWarning, RecordRow } from './record-format-error.ts';

const fixture = (path: string) => fileURLToPath(new URL(`../../test/fixtures/${path}`, import.meta.url));
const MASTER = fixture('asterisk-cdr/Master.csv');
const FIREHOSE = fixture(
  'amazon-connect/connect-ctr-stream-1-2025-03-30-08-00-00-3b5e2a1c-7d4f-4f0e-9a6b-1c2d3e4f5a6b',
);
const CALLS_XLSX = fixture('xlsx/calls.xlsx');

const dir = mkdtempSync(join(tmpdir(), 'vigie-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importAll(path: string, profile: InteractionProfile, format?: 'csv' | 'xlsx' | 'jsonl') {
  const rows: { line: number; interaction: Interaction }[] = [];
  const issues: (RowIssue | RecordReadWarning)[] = [];
  for await (const row of importInteractions(path, profile, {
    onIssue: (i) => issues.push(i),
    ...(format ? { format } : {}),
  }))
    rows.push(row);
  return { rows, issues };
}

const kpiOptions = {
  by: 'day',
  slThreshold: '20',
  slVariant: 'offered',
  shortAbandon: '5',
  fcrDays: '7',
  format: 'json' as const,
};

describe('Asterisk Master.csv (headerless)', () => {
  it('imports every call with the semantics of the profile', async () => {
    const { rows, issues } = await importAll(MASTER, asteriskCdrProfile);
    expect(issues).toEqual([]);
    expect(
      rows.map((r) => [r.line, r.interaction.disposition, r.interaction.offered, r.interaction.agent]),
    ).toEqual([
      [1, 'answered', true, '1001'],
      [2, 'abandoned', true, null],
      [3, 'abandoned', true, null],
      [4, 'abandoned', true, null],
      [5, 'vru_only', false, null],
      [6, 'answered', true, '2001'],
      [7, 'abandoned', true, null],
      [8, 'answered', true, '1003'],
      [9, 'vru_only', false, null],
      [10, 'answered', true, '1002'],
    ]);
    expect(rows[2]?.interaction).toMatchObject({
      customerId: '0145678901',
      waitSeconds: 20,
      id: '1743404580.5',
    });
    expect(rows[5]?.interaction).toMatchObject({
      customerId: null,
      activity: 'facturation',
      waitSeconds: 12,
      talkSeconds: 228,
    });
    expect(rows[9]?.interaction).toMatchObject({
      offeredAt: '2025-03-31T23:58:30',
      answeredAt: '2025-03-31T23:59:10',
      endedAt: '2025-04-01T00:03:10',
      waitSeconds: 40,
      talkSeconds: 240,
    });
  });

  it('gives the KPIs of the day through vigie kpi --profile asterisk-cdr', async () => {
    const out = JSON.parse(
      [...(await runKpi([MASTER], { ...kpiOptions, profile: 'asterisk-cdr' }))].join(''),
    );
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0]).toMatchObject({
      day: '2025-03-31',
      offered: 6,
      answered: 4,
      abandoned: 2,
      shortAbandoned: 2,
      vruOnly: 2,
      asaSeconds: 25.75,
      ahtSeconds: 256,
    });
    expect(out.rows[0].serviceLevel).toBeCloseTo(2 / 6, 10);
  });

  it('stops on a bad row: an unparsable start, named by line and field', async () => {
    const path = join(dir, 'Master.csv');
    writeFileSync(
      path,
      '"","0612345678","3900","from-trunk","","PJSIP/t-1","PJSIP/1001-2","Queue","support","2025-03-31 09:00:05","2025-03-31 09:00:47","2025-03-31 09:05:12",307,265,"ANSWERED","DOCUMENTATION","u1",""\n' +
        '"","0612345679","3900","from-trunk","","PJSIP/t-3","PJSIP/1001-4","Queue","support","31/03/2025 09:10","","2025-03-31 09:11:00",55,0,"NO ANSWER","DOCUMENTATION","u2",""\n',
    );
    const { rows, issues } = await importAll(path, asteriskCdrProfile);
    expect(rows).toHaveLength(1);
    expect(issues).toEqual([
      expect.objectContaining({ line: 2, field: 'start', code: 'invalid_timestamp', severity: 'error' }),
    ]);
    await expect(runKpi([path], { ...kpiOptions, profile: 'asterisk-cdr' })).rejects.toThrow(
      `${path}: Line 2, start: "31/03/2025 09:10" is not a time (expected YYYY-MM-DD HH:MM:SS).`,
    );
  });
});

describe('Amazon Connect records delivered by Firehose (no extension)', () => {
  it('reads them as JSON because the profile says so, keeps the first copy of a re-delivered record', async () => {
    expect(formatOfFile(FIREHOSE)).toBeNull();
    expect(importFormat(FIREHOSE, amazonConnectProfile)).toBe('jsonl');
    const { rows, issues } = await importAll(FIREHOSE, amazonConnectProfile);
    expect(
      rows.map((r) => [
        r.interaction.id.slice(-2),
        r.interaction.channel,
        r.interaction.direction,
        r.interaction.disposition,
        r.interaction.offered,
      ]),
    ).toEqual([
      ['01', 'phone', 'inbound', 'answered', true],
      ['02', 'chat', 'inbound', 'abandoned', true],
      ['03', 'phone', 'outbound', 'answered', false],
      ['04', 'phone', 'inbound', 'vru_only', false],
      ['05', 'messaging', 'inbound', 'answered', true],
      ['07', 'phone', 'inbound', 'callback', true],
      ['08', 'phone', 'outbound', 'answered', false],
      ['10', 'phone', 'inbound', 'answered', true],
    ]);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([
      ['duplicate_id', 'warning'],
      ['not_a_customer_contact', 'warning'],
    ]);
    expect(rows[0]?.interaction).toMatchObject({
      offeredAt: '2025-03-30T09:59:02',
      answeredAt: '2025-03-30T09:59:50',
      waitSeconds: 48,
      talkSeconds: 412,
      holdSeconds: 95,
      wrapUpSeconds: 60,
      agent: 'lucie.martin',
      customerId: '+33612345678',
    });
    expect(rows[1]?.interaction).toMatchObject({
      offeredAt: '2025-03-30T01:58:30',
      endedAt: '2025-03-30T03:02:05',
      waitSeconds: 215,
    });
  });

  it('gives the KPIs through vigie kpi --profile amazon-connect (warnings do not stop it)', async () => {
    const out = JSON.parse(
      [...(await runKpi([FIREHOSE], { ...kpiOptions, profile: 'amazon-connect' }))].join(''),
    );
    expect(out.rows[0]).toMatchObject({
      day: '2025-03-30',
      offered: 5,
      answered: 3,
      abandoned: 1,
      vruOnly: 1,
    });
    expect(out.rows[0].asaSeconds).toBeCloseTo((48 + 100 + 30) / 3, 10);
    expect(out.rows[0].ahtSeconds).toBeCloseTo((412 + 95 + 60 + 600 + 270) / 3, 10);
  });

  it('stops on a truncated file with the line where the object starts', async () => {
    const path = join(dir, 'ctr.jsonl');
    writeFileSync(
      path,
      '{"ContactId":"a","Channel":"VOICE","InitiationMethod":"INBOUND","InitiationTimestamp":"2025-03-30T07:58:40Z"}\n{"ContactId":"b","Chan',
    );
    await expect(importAll(path, amazonConnectProfile)).rejects.toThrow(
      `${path}, line 2: the file ends inside the object that starts on this line: the file is truncated.`,
    );
  });
});

describe('a saved mapping on a workbook', () => {
  const mapping = customProfile({
    name: 'Export Armor (Excel)',
    format: 'xlsx',
    fields: {
      id: { column: 'Identifiant' },
      offeredAt: { column: "Date d'appel" },
      activity: { column: 'File' },
      agent: { column: 'Conseiller' },
      customerId: { column: 'Client' },
      waitSeconds: { column: 'Attente (s)' },
      talkSeconds: { column: 'Durée' },
      disposition: { column: 'Statut' },
      vendor: { constant: 'Armor Contact' },
    },
    timestampFormat: 'DD/MM/YYYY HH:mm:ss',
    durationFormat: 'seconds',
    dispositionValues: { répondu: 'answered', abandon: 'abandoned' },
  });

  it('reads the first sheet: date cells whatever their display, durations as shown by Excel fail clearly', async () => {
    const { rows, issues } = await importAll(CALLS_XLSX, mapping);
    // "Durée" holds [h]:mm:ss durations: in "seconds" they are rejected with the line and column
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.line, 'field' in i ? i.field : undefined, i.code])).toEqual([
      [2, 'Durée', 'invalid_duration'],
      [3, 'Durée', 'invalid_duration'],
      [4, 'Durée', 'invalid_duration'],
      [6, 'Durée', 'invalid_duration'],
    ]);
    const fixed = customProfile({
      name: 'Export Armor (Excel)',
      format: 'xlsx',
      fields: {
        id: { column: 'Identifiant' },
        offeredAt: { column: "Date d'appel" },
        talkSeconds: { column: 'Durée' },
        disposition: { column: 'Statut' },
        customerId: { column: 'Client' },
      },
      durationFormat: 'hh:mm:ss',
      dispositionValues: { répondu: 'answered', abandon: 'abandoned' },
    });
    const ok = await importAll(CALLS_XLSX, fixed);
    expect(ok.issues).toEqual([]);
    expect(
      ok.rows.map((r) => [
        r.line,
        r.interaction.id,
        r.interaction.offeredAt,
        r.interaction.talkSeconds,
        r.interaction.disposition,
        r.interaction.customerId,
      ]),
    ).toEqual([
      [2, 'A-0001', '2025-03-03T09:14:05', 318, 'answered', 'C-88412'],
      [3, 'A-0002', '2025-03-03T09:14:30', 0, 'abandoned', 'C-10233'],
      [4, 'A-0003', '2025-03-03T23:59:59', 93780, 'answered', '33612345678'],
      [6, 'A-0004', '2025-03-04T08:00:00', 61, 'answered', null],
    ]);
  });

  it('names the mapped columns the sheet lacks', async () => {
    const other = customProfile({
      name: 'x',
      format: 'xlsx',
      fields: {
        id: { column: 'Identifiant' },
        offeredAt: { column: 'Début' },
        answeredAt: { column: 'Décroché' },
      },
    });
    await expect(importAll(CALLS_XLSX, other)).rejects.toThrow(
      `${CALLS_XLSX}, line 1: the header lacks the required column(s) Début, Décroché.`,
    );
  });

  it('reads a ;-separated CSV with the delimiter of the mapping', async () => {
    const path = join(dir, 'export.csv');
    writeFileSync(
      path,
      'Appel;Date;Statut\nX1;03/03/2025 09:00:00;Répondu\nX2;03/03/2025 25:00:00;Répondu\n',
    );
    const csv = customProfile({
      name: 'csv',
      format: 'csv',
      delimiter: ';',
      fields: { id: { column: 'Appel' }, offeredAt: { column: 'Date' }, disposition: { column: 'Statut' } },
      timestampFormat: 'DD/MM/YYYY HH:mm:ss',
      dispositionValues: { répondu: 'answered' },
    });
    const { rows, issues } = await importAll(path, csv);
    expect(rows.map((r) => r.interaction.offeredAt)).toEqual(['2025-03-03T09:00:00']);
    expect(issues).toEqual([
      expect.objectContaining({ line: 3, field: 'Date', code: 'invalid_timestamp', severity: 'error' }),
    ]);
  });
});

describe('readRecords, formatOfFile, readSample', () => {
  it('tells the format from the extension', () => {
    expect(
      ['a.CSV', 'b.txt', 'c.xlsx', 'd.json', 'e.jsonl', 'f.ndjson', 'g.xls', 'h'].map(formatOfFile),
    ).toEqual(['csv', 'csv', 'xlsx', 'jsonl', 'jsonl', 'jsonl', null, null]);
  });

  it('yields one {line, record} shape from the three readers', async () => {
    const take = async (rows: AsyncGenerator<RecordRow>) => {
      for await (const row of rows) return row;
      return undefined;
    };
    expect(
      await take(readRecords(MASTER, { format: 'csv', columns: asteriskCdrProfile.columns ?? [] })),
    ).toMatchObject({
      line: 1,
      record: {
        src: '0612345678',
        dstchannel: 'PJSIP/1001-00000002',
        uniqueid: '1743404405.1',
        linkedid: '',
      },
    });
    expect(await take(readRecords(CALLS_XLSX, { format: 'xlsx' }))).toMatchObject({
      line: 2,
      record: { Identifiant: 'A-0001' },
    });
    expect(await take(readRecords(FIREHOSE, { format: 'jsonl' }))).toMatchObject({
      line: 1,
      record: { 'Agent.Username': 'lucie.martin' },
    });
    expect(() => readRecords(CALLS_XLSX, { format: 'xlsx', columns: ['a'] })).toThrow(
      'columns (a headerless file) apply to CSV only',
    );
  });

  it('samples the first records and the columns of each format', async () => {
    const csv = join(dir, 'sample.csv');
    writeFileSync(csv, 'id;"canal; principal";agent\n1;phone;Lucie\n2;chat;\n3;email;Youssef\n');
    expect(await readSample(csv, undefined, 2)).toEqual({
      format: 'csv',
      delimiter: ';',
      columns: ['id', 'canal; principal', 'agent'],
      records: [
        { id: '1', 'canal; principal': 'phone', agent: 'Lucie' },
        { id: '2', 'canal; principal': 'chat', agent: '' },
      ],
    });
    const empty = join(dir, 'header-only.csv');
    writeFileSync(empty, 'id,channel\n');
    expect(await readSample(empty)).toEqual({
      format: 'csv',
      delimiter: ',',
      columns: ['id', 'channel'],
      records: [],
    });
    const xlsx = await readSample(CALLS_XLSX, 'xlsx', 1);
    expect(xlsx.columns).toEqual([
      'Identifiant',
      "Date d'appel",
      'Heure',
      'File',
      'Conseiller',
      'Attente (s)',
      'Durée',
      'Statut',
      'Client',
      'Rappel',
    ]);
    expect(xlsx.records).toHaveLength(1);
    const json = await readSample(FIREHOSE, 'jsonl', 2);
    expect(json.records).toHaveLength(2);
    expect(json.columns).toContain('Queue.EnqueueTimestamp');
    expect(json.columns).toContain('Agent.Username');
    expect(json.columns).toContain('Agent'); // null in the second record
    const master = await readSample(MASTER, 'csv', 3, { columns: asteriskCdrProfile.columns ?? [] });
    expect(master.columns).toHaveLength(21);
    expect(master.records.map((r) => r.disposition)).toEqual(['ANSWERED', 'ANSWERED', 'NO ANSWER']);
  });

  it('lets options.format override the extension and the profile', async () => {
    const path = join(dir, 'calls.data');
    writeFileSync(
      path,
      '{"id":"c1","channel":"phone","direction":"inbound","offered_at":"2025-03-03T09:00:00","disposition":"answered"}\n',
    );
    expect(importFormat(path, vigieCsvProfile)).toBe('csv');
    const { rows } = await importAll(path, vigieCsvProfile, 'jsonl');
    expect(rows.map((r) => r.interaction.id)).toEqual(['c1']);
  });
});
