import type { AgreementSpan, PrfScore } from './types';

export function compareSpans(a: AgreementSpan, b: AgreementSpan): number {
  return a.start - b.start || b.end - a.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

export function sortSpans<T extends AgreementSpan>(spans: readonly T[]): T[] {
  return [...spans].sort(compareSpans);
}

export function overlapLength(a: AgreementSpan, b: AgreementSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True for non-empty spans with integer, ordered offsets. Others are ignored by every figure. */
export function isValidSpan(s: AgreementSpan): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && typeof s.label === 'string';
}

export function spanKey(s: AgreementSpan): string {
  return `${s.start}-${s.end}:${s.label}`;
}

export function score(tp: number, fp: number, fn: number): PrfScore {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Maximum one-to-one matching between left and right items (Kuhn's augmenting paths).
 * `candidates(i)` lists the right indices left item i may match, most preferred first; the
 * preference order decides among matchings of the same (maximum) size.
 * Returns, for each left index, the matched right index or -1.
 */
export function maxMatching(leftCount: number, rightCount: number, candidates: (i: number) => number[]): number[] {
  const cand: number[][] = [];
  for (let i = 0; i < leftCount; i++) cand.push(candidates(i));
  const matchL = new Array<number>(leftCount).fill(-1);
  const matchR = new Array<number>(rightCount).fill(-1);
  // Visited marks carry the number of the search that set them, so no array is cleared or allocated per search.
  const seen = new Int32Array(rightCount);
  let stamp = 0;
  const tryAugment = (i: number): boolean => {
    for (const j of cand[i]) {
      if (seen[j] === stamp) continue;
      seen[j] = stamp;
      if (matchR[j] === -1 || tryAugment(matchR[j])) {
        matchL[i] = j;
        matchR[j] = i;
        return true;
      }
    }
    return false;
  };
  // First pass: greedy on preferences, so the common case keeps the preferred pairs.
  for (let i = 0; i < leftCount; i++) {
    for (const j of cand[i]) {
      if (matchR[j] === -1) { matchL[i] = j; matchR[j] = i; break; }
    }
  }
  for (let i = 0; i < leftCount; i++) {
    if (matchL[i] === -1 && cand[i].length) {
      stamp++;
      tryAugment(i);
    }
  }
  return matchL;
}

/**
 * Finds, for any range, the spans of `spans` that overlap it, without scanning them all: spans are
 * sorted by start once, and a query walks back from the last span starting before the range's end
 * only as far as the longest span could reach. Returns indices into `spans`.
 */
export function overlapFinder(spans: readonly AgreementSpan[]): (r: { start: number; end: number }) => number[] {
  const order = spans.map((_, i) => i).filter((i) => isValidSpan(spans[i])).sort((a, b) => spans[a].start - spans[b].start || a - b);
  const starts = order.map((i) => spans[i].start);
  let maxLen = 0;
  for (const i of order) maxLen = Math.max(maxLen, spans[i].end - spans[i].start);
  return (r) => {
    // last position with start < r.end
    let lo = 0, hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < r.end) lo = mid + 1; else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo - 1; k >= 0 && starts[k] > r.start - maxLen; k--) {
      const s = spans[order[k]];
      if (s.end > r.start) out.push(order[k]);
    }
    return out.reverse();
  };
}
