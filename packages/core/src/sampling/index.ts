export { DURATION_BUCKETS, durationBucket, hourBucket, UNKNOWN_BUCKET } from './comparison-buckets.ts';
export {
  type DrawPlan,
  type DrawResult,
  drawSample,
  type PopulationCall,
  type StratumDraw,
} from './draw-sample.ts';
export {
  type CompareOptions,
  type ComparisonRow,
  compareWithPopulation,
  type DimensionComparison,
} from './representativeness.ts';
export { type SampleSizeInput, type SampleSizeResult, sampleSize, zForConfidence } from './sample-size.ts';
export { SamplingInputError } from './sampling-error.ts';
export { allocate, STRATA_MODES, type StrataMode } from './stratify.ts';
