import { z } from 'zod';
import { CALL_GROUP_DIMENSIONS } from './call-groups.ts';

/**
 * The accumulator's state as plain JSON, to cross worker threads (postMessage, or a JSON line) and
 * be merged on the other side. Validated on the way in: a snapshot may come from another process.
 */
const count = z.number().int().min(0);
const seconds = z.number().finite().min(0);

const practiceCountersSchema = z.object({
  calls: count,
  hits: count,
  costSeconds: seconds,
  reactionAfter: z.array(count),
  reactionAnywhere: z.array(count),
  examples: z.array(z.string()),
});

const groupCountersSchema = z.object({
  dimension: z.enum(CALL_GROUP_DIMENSIONS),
  key: z.string().nullable(),
  calls: count,
  handleSeconds: seconds,
  reactionCalls: z.array(count),
  signedSum: z.number().int(),
  signedSquares: count,
  practices: z.array(practiceCountersSchema),
});

export const statsSnapshotSchema = z.object({
  version: z.literal(1),
  libraryId: z.string(),
  /** library order: the counters' arrays are indexed by it */
  practiceIds: z.array(z.string()),
  reactionIds: z.array(z.string()),
  exampleCapacity: count,
  groups: z.array(groupCountersSchema),
});
export type StatsSnapshot = z.output<typeof statsSnapshotSchema>;
