/**
 * Overlap resolution: the output is a flat, sorted list of non-overlapping spans. Longer spans win
 * over the spans they overlap; at equal length, higher confidence wins, then earlier start.
 */
import type { EntitySpan } from '../model';

export function resolveOverlaps(spans: EntitySpan[]): EntitySpan[] {
  const order = [...spans].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
  const kept: EntitySpan[] = [];
  // kept is kept sorted by start for overlap checks
  for (const s of order) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (kept[mid].start < s.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if ((prev && prev.end > s.start) || (next && next.start < s.end)) continue;
    kept.splice(lo, 0, s);
  }
  return kept;
}
