/**
 * Re-anchoring: after the article changed outside the editor, find each span again by its text and
 * the context stored around it. Spans that cannot be found are kept and flagged `orphan`, never dropped.
 */
import { moveSpan, spanKey, sortSpans, type AnnotationSpan } from './types';

export interface ReanchorResult {
  spans: AnnotationSpan[];
  /** Spans found at a different place. */
  moved: number;
  /** Spans that could not be found (now flagged orphan). */
  orphaned: number;
  /** Former orphans found again. */
  recovered: number;
}

/** Characters searched on each side of the old position before searching the whole text. */
const NEAR_WINDOW = 4096;

export function reanchorSpans(spans: readonly AnnotationSpan[], text: string): ReanchorResult {
  let moved = 0;
  let orphaned = 0;
  let recovered = 0;
  const out: AnnotationSpan[] = [];
  const taken = new Set<string>();
  const pending: AnnotationSpan[] = [];
  // First pass: spans still matching in place keep their place (and claim it).
  for (const s of spans) {
    if (s.text !== '' && s.end <= text.length && text.slice(s.start, s.end) === s.text && !taken.has(spanKey(s))) {
      taken.add(spanKey(s));
      if (s.orphan) {
        recovered++;
        out.push(withoutOrphan(s));
      } else out.push(s);
    } else pending.push(s);
  }
  const occurrenceCache = new Map<string, number[]>();
  for (const s of pending) {
    const at = findBest(s, text, taken, occurrenceCache);
    if (at === undefined) {
      if (!s.orphan) orphaned++;
      const start = Math.min(s.start, text.length);
      const o = moveSpan(s, start, Math.max(start, Math.min(s.end, text.length)));
      o.orphan = true;
      out.push(o);
      continue;
    }
    const movedSpan = moveSpan(s, at, at + s.text.length);
    taken.add(spanKey(movedSpan));
    if (s.orphan) {
      recovered++;
      out.push(withoutOrphan(movedSpan));
    } else {
      moved++;
      out.push(movedSpan);
    }
  }
  return { spans: sortSpans(out), moved, orphaned, recovered };
}

function withoutOrphan(s: AnnotationSpan): AnnotationSpan {
  const copy = moveSpan(s, s.start, s.end);
  copy.orphan = undefined;
  return copy;
}

function findBest(s: AnnotationSpan, text: string, taken: Set<string>, cache: Map<string, number[]>): number | undefined {
  if (s.text === '') return undefined;
  const len = s.text.length;
  const free = (at: number) => !taken.has(spanKey({ start: at, end: at + len, label: s.label }));
  const needed = len < 3 ? 1 : 0; // very short texts need some matching context
  const full = s.context.before.length + s.context.after.length;
  // Near the old position first: outside edits usually move text a little.
  if (full > 0) {
    const lo = Math.max(0, s.start - NEAR_WINDOW);
    const hi = Math.min(text.length, s.end + NEAR_WINDOW);
    const near = occurrences(text, s.text, lo, hi);
    const bestNear = pick(near, s, text, free, needed);
    if (bestNear && bestNear.score === full) return bestNear.at;
  }
  let all = cache.get(s.text);
  if (!all) {
    all = occurrences(text, s.text, 0, text.length);
    cache.set(s.text, all);
  }
  // Without stored context every occurrence scores the same: take the nearest free one (binary search),
  // instead of scoring thousands of occurrences of a common word for each span.
  if (full === 0) return needed > 0 ? undefined : nearestFree(all, s.start, free);
  return pick(all, s, text, free, needed)?.at;
}

function nearestFree(sorted: readonly number[], target: number, free: (at: number) => boolean): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  let left = lo - 1;
  let right = lo;
  while (left >= 0 || right < sorted.length) {
    const dl = left >= 0 ? target - sorted[left] : Infinity;
    const dr = right < sorted.length ? sorted[right] - target : Infinity;
    if (dr <= dl) {
      if (free(sorted[right])) return sorted[right];
      right++;
    } else {
      if (free(sorted[left])) return sorted[left];
      left--;
    }
  }
  return undefined;
}

function occurrences(text: string, needle: string, from: number, to: number): number[] {
  const out: number[] = [];
  let i = text.indexOf(needle, from);
  while (i >= 0 && i + needle.length <= to) {
    out.push(i);
    i = text.indexOf(needle, i + 1);
  }
  return out;
}

function pick(
  candidates: number[],
  s: AnnotationSpan,
  text: string,
  free: (at: number) => boolean,
  needed: number,
): { at: number; score: number } | undefined {
  let best: { at: number; score: number; dist: number } | undefined;
  for (const at of candidates) {
    if (!free(at)) continue;
    const score = commonSuffix(text, at, s.context.before) + commonPrefix(text, at + s.text.length, s.context.after);
    if (score < needed) continue;
    const dist = Math.abs(at - s.start);
    if (!best || score > best.score || (score === best.score && dist < best.dist)) best = { at, score, dist };
  }
  return best;
}

/** How many characters of `before` match the text ending at `at`. */
function commonSuffix(text: string, at: number, before: string): number {
  let n = 0;
  while (n < before.length && at - n - 1 >= 0 && text.charCodeAt(at - n - 1) === before.charCodeAt(before.length - n - 1)) n++;
  return n;
}

/** How many characters of `after` match the text starting at `at`. */
function commonPrefix(text: string, at: number, after: string): number {
  let n = 0;
  while (n < after.length && at + n < text.length && text.charCodeAt(at + n) === after.charCodeAt(n)) n++;
  return n;
}
