/**
 * Deterministic UUID-shaped ids from a seed (mulberry32), so that the demo workspace has
 * the same ids on every machine and links in docs or bug reports stay valid.
 */
export function seededIds(seed: number): () => string {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return () => {
    const h = hex(next()) + hex(next()) + hex(next()) + hex(next());
    const variant = ((Number.parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
}
