import { mappingDefinitionSchema } from '@vigie/core';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { MappingSample } from '../../api/mapping-profiles';
import { applySample } from './applySample';
import { mappingErrors } from './mappingErrors';
import { emptyValues, fromDefinition, toCandidate } from './mappingValues';
import { previewMapping } from './previewMapping';

/** The e2e fixture (e2e/fixtures/appels-prestataire.csv) as the sample route reads it. */
const columns = ['id_appel', 'date_appel', 'attente_s', 'duree_s', 'statut', 'conseiller'];
const rows = [
  ['A-0001', '2026-03-02 09:00:12', '12', '245', 'Répondu', 'Lucie Martin'],
  ['A-0002', '2026-03-02 09:03:40', '95', '0', 'Abandonné', ''],
  ['A-0005', '2026-02-30 10:15:00', '8', '120', 'Répondu', 'Karim Benali'],
];
const sample: MappingSample = {
  format: 'csv',
  delimiter: ';',
  columns,
  records: rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? '']))),
};
const t = ((key: string) => key) as unknown as TFunction;

describe('a French export, from its sample to the preview', () => {
  const values = applySample(emptyValues(), sample, 'appels-prestataire.csv', true);

  it('guesses the columns, the formats, the dispositions and a name', () => {
    expect(values.name).toBe('appels-prestataire');
    expect(values.delimiter).toBe(';');
    expect(values.fields.id.pick).toBe('column:id_appel');
    expect(values.fields.offeredAt.pick).toBe('column:date_appel');
    expect(values.fields.waitSeconds.pick).toBe('column:attente_s');
    expect(values.fields.talkSeconds.pick).toBe('column:duree_s');
    expect(values.fields.disposition.pick).toBe('column:statut');
    expect(values.fields.agent.pick).toBe('column:conseiller');
    expect(values.timestampFormat).toBe('YYYY-MM-DD HH:mm:ss');
    expect(values.dispositionValues).toEqual([
      { source: 'Répondu', disposition: 'answered' },
      { source: 'Abandonné', disposition: 'abandoned' },
    ]);
    expect(mappingErrors(t, values)).toEqual({});
  });

  it('previews each record as the import reads it, with the issues of the bad one', () => {
    const result = previewMapping(values, sample);
    if (result.kind !== 'rows') throw new Error(result.kind);
    expect(result.rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(result.rows[0]?.interaction).toMatchObject({
      id: 'A-0001',
      offeredAt: '2026-03-02T09:00:12',
      waitSeconds: 12,
      talkSeconds: 245,
      disposition: 'answered',
      agent: 'Lucie Martin',
    });
    expect(result.rows[1]?.interaction).toMatchObject({ disposition: 'abandoned', agent: null });
    expect(result.rows[2]?.interaction).toBeNull();
    expect(result.rows[2]?.issues).toMatchObject([
      { line: 4, field: 'date_appel', code: 'invalid_timestamp' },
    ]);
  });

  it('reads back what it saves', () => {
    const saved = mappingDefinitionSchema.parse(JSON.parse(JSON.stringify(toCandidate(values))));
    expect(fromDefinition(saved)).toEqual({ ...values, kept: expect.any(Object) });
  });

  it('names what is missing before the schema speaks', () => {
    const errors = mappingErrors(t, emptyValues());
    expect(errors).toMatchObject({
      name: 'validation.required',
      'fields.id': 'mapping.errors.required',
      'fields.offeredAt': 'mapping.errors.required',
      'fields.disposition': 'mapping.errors.dispositionOrAnswer',
    });
  });
});
