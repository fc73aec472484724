import { customProfile, mappingDefinitionSchema } from '@vigie/core';
import type { MappingSample } from '../../api/mapping-profiles';
import type { PreviewRow } from '../imports/PreviewTable';
import { type MappingValues, toCandidate } from './mappingValues';

type MappingPreviewResult =
  /** the definition does not hold yet: the form says why, beside its fields */
  | { readonly kind: 'incomplete' }
  /** columns the mapping reads that the sample lacks: the import would refuse the file */
  | { readonly kind: 'missingColumns'; readonly columns: readonly string[] }
  | { readonly kind: 'rows'; readonly rows: readonly PreviewRow[] };

/**
 * The sample's records as the import will read them, by the very profile the server builds
 * from the saved definition (core's customProfile). The sample carries no line numbers: they
 * are counted from the header (line 1) or, for JSON lines, from the first line, which holds
 * as long as no field spans lines.
 */
export function previewMapping(values: MappingValues, sample: MappingSample): MappingPreviewResult {
  const parsed = mappingDefinitionSchema.safeParse(toCandidate(values));
  if (!parsed.success) return { kind: 'incomplete' };
  const profile = customProfile(parsed.data);
  const present = new Set(sample.columns);
  const missing = profile.requiredColumns.filter((c) => !present.has(c));
  if (missing.length > 0) return { kind: 'missingColumns', columns: missing };
  const first = sample.format === 'jsonl' ? 1 : 2;
  return {
    kind: 'rows',
    rows: sample.records.map((record, index) => {
      const line = first + index;
      const { interaction, issues } = profile.map(record, line);
      return { key: String(index), line, interaction, issues };
    }),
  };
}
