import type { DimensionComparison } from '@vigie/core';
import type { SampleDrawTable } from '../../db/schema.ts';

/** How the size was reached: given, or from the margin of error (with the unrounded value). */
export type SizeDetail =
  | { mode: 'fixed'; requested: number }
  | { mode: 'margin'; margin: number; confidence: number; z: number; exact: number; infiniteSize: number };

export interface SampleDrawRecord {
  id: string;
  planId: string;
  seed: number;
  populationSize: number;
  populationSha256: string;
  size: number;
  sizeDetail: SizeDetail;
  allocation: { stratum: string; population: number; drawn: number }[];
  comparisons: DimensionComparison[];
  /** false when the sample differs from its population on any dimension compared */
  representative: boolean;
  drawnBy: string;
  drawnAt: string;
}

export function toDrawRecord(row: SampleDrawTable): SampleDrawRecord {
  const comparisons = JSON.parse(row.comparisonJson) as DimensionComparison[];
  return {
    id: row.id,
    planId: row.planId,
    seed: row.seed,
    populationSize: row.populationSize,
    populationSha256: row.populationSha256,
    size: row.size,
    sizeDetail: JSON.parse(row.sizeDetailJson) as SizeDetail,
    allocation: JSON.parse(row.allocationJson) as SampleDrawRecord['allocation'],
    comparisons,
    representative: comparisons.every((c) => c.representative),
    drawnBy: row.drawnBy,
    drawnAt: row.drawnAt,
  };
}
