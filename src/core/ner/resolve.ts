/**
 * Overlap resolution: the output is a flat, sorted list of non-overlapping spans. Longer spans win
 * over the spans they overlap; at equal length, higher confidence wins, then earlier start.
 * Linear in the total length of the spans (an occupancy map), so large documents stay fast.
 */
import type { EntitySpan } from '../model';

export function resolveOverlaps(spans: EntitySpan[]): EntitySpan[] {
  if (spans.length <= 1) return spans.slice();
  let min = Infinity;
  let max = 0;
  for (const s of spans) {
    if (s.start < min) min = s.start;
    if (s.end > max) max = s.end;
  }
  const taken = new Uint8Array(max - min);
  const order = spans.slice().sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
  const kept: EntitySpan[] = [];
  outer: for (const s of order) {
    for (let i = s.start - min; i < s.end - min; i++) if (taken[i]) continue outer;
    taken.fill(1, s.start - min, s.end - min);
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}
