// A seeded random number generator (mulberry32): the same seed gives the same draws on every machine, so a split or
// a pack can be rebuilt identically and checked (split.mjs, ab-reading.mjs).
export function mulberry32(seed) {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
