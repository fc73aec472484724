import { describe, expect, it } from 'vitest';
import {
  customProfile,
  type MappingDefinitionInput,
  mappedColumns,
  mappingDefinitionSchema,
} from './custom-mapping.ts';

/** A French vendor's export: `;`-separated, date and time apart, durations hh:mm:ss, French statuses. */
const armor: MappingDefinitionInput = {
  name: 'Armor Contact — export mensuel',
  format: 'csv',
  delimiter: ';',
  fields: {
    id: { column: 'N° appel' },
    channel: { constant: 'phone' },
    vendor: { constant: 'Armor Contact' },
    activity: { column: 'File' },
    agent: { column: 'Conseiller' },
    customerId: { column: 'Client' },
    offeredAt: { dateColumn: 'Date', timeColumn: 'Heure' },
    waitSeconds: { column: 'Attente' },
    talkSeconds: { column: 'Durée conversation' },
    disposition: { column: 'Statut' },
    outcomes: { column: 'Résultat' },
  },
  timestampFormat: 'DD/MM/YYYY HH:mm:ss',
  durationFormat: 'hh:mm:ss',
  dispositionValues: {
    Répondu: 'answered',
    Abandonné: 'abandoned',
    'Dissuadé SVI': 'vru_only',
    Débordé: 'overflowed',
  },
  outcomeValues: { Vente: 'sale', Résolu: 'resolved', 'Rendez-vous': 'appointment' },
};

const row = (values: Record<string, string>) => ({
  'N° appel': '',
  Date: '',
  Heure: '',
  File: '',
  Conseiller: '',
  Attente: '',
  'Durée conversation': '',
  Statut: '',
  Client: '',
  Résultat: '',
  ...values,
});

describe('customProfile', () => {
  const profile = customProfile(armor);

  it('reads the definition: name, format, delimiter, and every mapped column as required', () => {
    expect(profile).toMatchObject({ name: 'Armor Contact — export mensuel', format: 'csv', delimiter: ';' });
    expect([...profile.requiredColumns].sort()).toEqual(
      [
        'Attente',
        'Client',
        'Conseiller',
        'Date',
        'Durée conversation',
        'File',
        'Heure',
        'N° appel',
        'Résultat',
        'Statut',
      ].sort(),
    );
  });

  it('maps an answered call: date + time columns, hh:mm:ss durations, French values case-insensitively', () => {
    const { interaction, issues } = profile.map(
      row({
        'N° appel': 'AR-0017',
        Date: '03/03/2025',
        Heure: '9:14:05',
        File: 'Service client',
        Conseiller: 'Lucie Martin',
        Attente: '00:00:42',
        'Durée conversation': '00:05:18',
        Statut: 'RÉPONDU',
        Client: 'C-88412',
        Résultat: 'Vente; résolu',
      }),
      2,
    );
    expect(issues).toEqual([]);
    expect(interaction).toEqual({
      id: 'AR-0017',
      channel: 'phone',
      direction: 'inbound',
      activity: 'Service client',
      vendor: 'Armor Contact',
      site: null,
      agent: 'Lucie Martin',
      customerId: 'C-88412',
      offeredAt: '2025-03-03T09:14:05',
      answeredAt: null,
      endedAt: null,
      waitSeconds: 42,
      talkSeconds: 318,
      holdSeconds: 0,
      wrapUpSeconds: 0,
      disposition: 'answered',
      offered: true,
      outcomes: ['sale', 'resolved'],
    });
  });

  it('reads workbook date cells (YYYY-MM-DDT00:00:00) whatever the declared format, and Vigie values as is', () => {
    const { interaction, issues } = profile.map(
      row({
        'N° appel': 'AR-0018',
        Date: '2025-03-03T00:00:00',
        Heure: '23:59:59',
        Statut: 'dissuadé svi',
        Attente: '0:10',
      }),
      3,
    );
    expect(issues).toEqual([]);
    expect(interaction).toMatchObject({
      offeredAt: '2025-03-03T23:59:59',
      disposition: 'vru_only',
      offered: false,
      waitSeconds: 10,
    });
    expect(
      profile.map(row({ 'N° appel': 'x', Date: '04/03/2025', Heure: '08:00', Statut: 'callback' }), 4)
        .interaction,
    ).toMatchObject({
      disposition: 'callback',
      offeredAt: '2025-03-04T08:00:00',
      offered: true,
    });
  });

  it('rejects bad values with issues naming the line, the field and the column', () => {
    const { interaction, issues } = profile.map(
      row({
        'N° appel': 'AR-0019',
        Date: '31/02/2025',
        Heure: '09:00:00',
        Attente: '42 s',
        Statut: 'Rappel',
        Résultat: 'Fidélisé',
      }),
      9,
    );
    expect(interaction).toBeNull();
    expect(issues).toEqual([
      {
        line: 9,
        field: 'Date',
        code: 'invalid_timestamp',
        severity: 'error',
        message:
          'Line 9, offeredAt (column "Date"): "31/02/2025 09:00:00" is not a date-time in the format DD/MM/YYYY HH:mm:ss.',
      },
      expect.objectContaining({ line: 9, field: 'Statut', code: 'unknown_disposition' }),
      expect.objectContaining({ line: 9, field: 'Résultat', code: 'unknown_outcome' }),
      {
        line: 9,
        field: 'Attente',
        code: 'invalid_duration',
        severity: 'error',
        message: 'Line 9, waitSeconds (column "Attente"): "42 s" is not a duration in hh:mm:ss.',
      },
    ]);
    expect(issues[1]?.message).toBe(
      'Line 9, disposition (column "Statut"): unknown disposition "Rappel" (expected "répondu", "abandonné", "dissuadé svi", "débordé" or answered, abandoned, short_abandoned, vru_only, overflowed, transferred, callback, phantom).',
    );
    expect(profile.map(row({ 'N° appel': '', Date: '', Heure: '', Statut: 'Répondu' }), 10).issues).toEqual([
      expect.objectContaining({ field: 'N° appel', code: 'missing_value' }),
      expect.objectContaining({
        field: 'Date',
        code: 'missing_value',
        message: 'Line 10, offeredAt (column "Date"): offeredAt is required.',
      }),
    ]);
  });

  it('derives disposition and durations from answer and end times; converts UTC instants to the zone', () => {
    const iso = customProfile({
      name: 'CRM export',
      format: 'jsonl',
      fields: {
        id: { column: 'call.id' },
        channel: { column: 'call.media' },
        direction: { column: 'call.way' },
        offeredAt: { column: 'call.queuedAt' },
        answeredAt: { column: 'call.answeredAt' },
        endedAt: { column: 'call.endedAt' },
      },
      channelValues: { voice: 'phone', webchat: 'chat' },
      directionValues: { in: 'inbound', out: 'outbound' },
      timeZone: 'Europe/Paris',
    });
    expect(iso.requiredColumns).toEqual(['call.id', 'call.queuedAt']);
    expect(iso.format).toBe('jsonl');
    const answered = iso.map(
      {
        'call.id': 'k1',
        'call.media': 'Voice',
        'call.way': 'in',
        'call.queuedAt': '2025-10-26T00:59:30Z',
        'call.answeredAt': '2025-10-26T01:00:10Z',
        'call.endedAt': '2025-10-26T01:04:10Z',
      },
      1,
    ).interaction;
    // autumn DST: 02:59:30 CEST, then 02:00:10 CET; the wait is the real 40 s
    expect(answered).toMatchObject({
      disposition: 'answered',
      offeredAt: '2025-10-26T02:59:30',
      answeredAt: '2025-10-26T02:00:10',
      waitSeconds: 40,
      talkSeconds: 240,
      channel: 'phone',
    });
    const abandoned = iso.map(
      {
        'call.id': 'k2',
        'call.media': 'webchat',
        'call.way': 'in',
        'call.queuedAt': '2025-03-03T09:00:00+01:00',
        'call.answeredAt': '',
        'call.endedAt': '2025-03-03T08:01:30Z',
      },
      2,
    ).interaction;
    expect(abandoned).toMatchObject({
      disposition: 'abandoned',
      channel: 'chat',
      offered: true,
      waitSeconds: 90,
      talkSeconds: 0,
      offeredAt: '2025-03-03T09:00:00',
      endedAt: '2025-03-03T09:01:30',
    });
    const outbound = iso.map(
      { 'call.id': 'k3', 'call.media': 'voice', 'call.way': 'OUT', 'call.queuedAt': '2025-03-03T10:00:00' },
      3,
    ).interaction;
    expect(outbound).toMatchObject({
      direction: 'outbound',
      offered: false,
      offeredAt: '2025-03-03T10:00:00',
    });
    expect(
      iso.map(
        { 'call.id': 'k4', 'call.media': 'fax', 'call.way': 'in', 'call.queuedAt': '2025-03-03T10:00:00' },
        4,
      ).issues,
    ).toEqual([expect.objectContaining({ field: 'call.media', code: 'unknown_channel' })]);
  });

  it('reads epoch seconds, milliseconds, and the offeredWhen rules', () => {
    const epoch = customProfile({
      name: 'Dialer',
      format: 'xlsx',
      fields: {
        id: { column: 'id' },
        offeredAt: { column: 'ts' },
        disposition: { column: 'status' },
        talkSeconds: { column: 'talk_ms' },
        site: { constant: 'Brest' },
      },
      timestampFormat: 'epoch-seconds',
      durationFormat: 'milliseconds',
      offeredWhen: { rule: 'column-equals', column: 'queue', values: ['SAV', 'Ventes'] },
    });
    expect(epoch.requiredColumns).toEqual(['id', 'ts', 'talk_ms', 'status', 'queue']);
    const { interaction } = epoch.map(
      { id: '1', ts: '1741000000', status: 'answered', talk_ms: '61499', queue: 'sav' },
      2,
    );
    expect(interaction).toMatchObject({
      offeredAt: '2025-03-03T12:06:40',
      talkSeconds: 61,
      offered: true,
      site: 'Brest',
    });
    expect(
      epoch.map({ id: '2', ts: '1741000000', status: 'answered', talk_ms: '', queue: 'Interne' }, 3)
        .interaction?.offered,
    ).toBe(false);
    expect(
      epoch.map({ id: '3', ts: '2025-03-03', status: 'answered', talk_ms: '', queue: '' }, 4).issues,
    ).toEqual([expect.objectContaining({ field: 'ts', code: 'invalid_timestamp' })]);
  });
});

describe('mappingDefinitionSchema', () => {
  it('fills the defaults', () => {
    const def = mappingDefinitionSchema.parse({
      name: 'x',
      format: 'csv',
      fields: { id: { column: 'id' }, offeredAt: { column: 't' }, answeredAt: { column: 'a' } },
    });
    expect(def).toMatchObject({
      timestampFormat: 'iso',
      timeZone: 'Europe/Paris',
      durationFormat: 'seconds',
      dispositionValues: {},
      offeredWhen: { rule: 'disposition' },
    });
    expect(mappedColumns(def)).toEqual(['id', 't', 'a']);
  });

  it('refuses definitions that cannot work, with the path of the fault', () => {
    const paths = (input: unknown) =>
      mappingDefinitionSchema
        .safeParse(input)
        .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(
      paths({ name: 'x', format: 'csv', fields: { id: { column: 'id' }, offeredAt: { column: 't' } } }),
    ).toEqual([
      'fields.disposition: Map the disposition or the answer time (answeredAt): one of them tells answered calls',
    ]);
    expect(
      paths({
        name: 'x',
        format: 'xlsx',
        delimiter: ';',
        timeZone: 'Mars/Olympus',
        timestampFormat: 'epoch-seconds',
        fields: {
          id: { column: 'id' },
          offeredAt: { dateColumn: 'd', timeColumn: 't' },
          disposition: { column: 's' },
          channel: { constant: 'fax' },
        },
        dispositionValues: { OK: 'answered', ok: 'abandoned' },
      }),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^fields\.channel: /),
        'timeZone: Unknown time zone (expected an IANA name such as Europe/Paris)',
        'dispositionValues.ok: "ok" is mapped twice (case is ignored)',
      ]),
    );
    expect(() =>
      customProfile({
        name: '',
        format: 'csv',
        fields: { id: { column: 'id' }, offeredAt: { column: 't' } },
      } as MappingDefinitionInput),
    ).toThrow();
  });
});
