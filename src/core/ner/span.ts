import type { EntitySpan } from '../model';

/** A new automatic suggestion. */
export function autoSpan(text: string, start: number, end: number, label: string, confidence: number, method: string, extra?: Partial<EntitySpan>): EntitySpan {
  const span: EntitySpan = { start, end, label, text: text.slice(start, end), source: 'auto', status: 'suggested', confidence, method };
  return extra === undefined ? span : Object.assign(span, extra);
}

/** Find the token index whose start is `start` (binary search over sorted tokens), or -1. */
export function tokenIndexAt(tokens: { start: number }[], start: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo].start === start ? lo : -1;
}

/** Index of the first token with start >= pos. */
export function tokenIndexFrom(tokens: { start: number }[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The range of a sorted, non-overlapping list that contains `pos`, if any. */
export function rangeAt<T extends { start: number; end: number }>(ranges: T[], pos: number): T | undefined {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ranges[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo];
  return r && r.start <= pos && pos < r.end ? r : undefined;
}

/** Does [a, b) overlap a span of the sorted, non-overlapping list? */
export function overlapsSorted(spans: { start: number; end: number }[], a: number, b: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].end <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start < b;
}
