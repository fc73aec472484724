/**
 * A bounded, reproducible sample of example call ids: the `capacity` calls with the smallest
 * (hash of the id, id). Keeping the smallest keys rather than the first calls seen makes the sample
 * independent of arrival order — the same ids whichever worker saw which call, and whatever order
 * merges happen in — and, the hash being unrelated to the id's meaning, a pseudo-random sample
 * rather than the earliest calls (ids often grow with time).
 */

/** FNV-1a, 32 bits: fast, stable across runs and platforms, good enough to shuffle ids. */
export function exampleHash(callId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < callId.length; i++) {
    h ^= callId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function compareIds(a: string, b: string): number {
  const byHash = exampleHash(a) - exampleHash(b);
  if (byHash !== 0) return byHash;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Adds `callId` to `sample` (kept sorted, at most `capacity` ids) in place. O(capacity) at worst,
 * O(1) once the sample is full and the id's key is beyond the last kept one, the common case.
 */
export function offerExample(sample: string[], callId: string, capacity: number): void {
  if (capacity <= 0) return;
  const last = sample[sample.length - 1];
  if (sample.length >= capacity && last !== undefined && compareIds(callId, last) >= 0) return;
  let at = sample.length;
  while (at > 0) {
    const before = sample[at - 1] as string;
    const order = compareIds(callId, before);
    if (order === 0) return;
    if (order > 0) break;
    at--;
  }
  sample.splice(at, 0, callId);
  if (sample.length > capacity) sample.pop();
}

/** The sample of the union of two samples' calls (duplicates once). */
export function mergeExamples(a: readonly string[], b: readonly string[], capacity: number): string[] {
  const merged = [...new Set([...a, ...b])].sort(compareIds);
  return merged.slice(0, Math.max(0, capacity));
}
