/**
 * Overlap resolution: the output is a flat, sorted list of non-overlapping spans. Longer spans win
 * over the spans they overlap; at equal length, higher confidence wins, then earlier start.
 * Linear in the total length of the spans (an occupancy map), so large documents stay fast.
 */
import type { EntitySpan } from '../model';

export function resolveOverlaps(spans: EntitySpan[]): EntitySpan[] {
  if (spans.length <= 1) return spans.slice();
  if (spans.length <= 16) return resolveSmall(spans);
  return resolveClusters(spans);
}

/**
 * Greedy resolution decides a span only against the spans it overlaps, directly or through a chain:
 * so the spans are cut into overlap clusters (a sweep in start order), and each cluster of two or more
 * is resolved on its own. Same result as the global greedy order; most clusters hold one span.
 */
function resolveClusters(spans: EntitySpan[]): EntitySpan[] {
  const n = spans.length;
  const st: number[] = new Array(n);
  // the input is usually a few sorted runs (one list per recogniser): find where each run starts
  const runs: number[] = [0];
  let integral = true;
  for (let i = 0; i < n; i++) {
    const v = spans[i].start;
    st[i] = v;
    if (i > 0 && v < st[i - 1]) runs.push(i);
    if (!(v >= 0 && Number.isInteger(v))) integral = false;
  }
  // stable order by start: ties keep the input order, as the global sort does
  let idx: number[];
  if (runs.length === 1) {
    idx = new Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
  } else if (runs.length <= 16) idx = mergeRuns(st, runs, n);
  else {
    idx = new Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
    if (integral && n * (st.reduce((m, v) => (v > m ? v : m), 0) + 1) < Number.MAX_SAFE_INTEGER) {
      // one numeric key per span, start * n + index: a native typed-array sort, no comparator calls
      const keys = new Float64Array(n);
      for (let i = 0; i < n; i++) keys[i] = st[i] * n + i;
      keys.sort();
      for (let i = 0; i < n; i++) idx[i] = keys[i] % n;
    } else idx.sort((a, b) => st[a] - st[b] || a - b);
  }
  const out: EntitySpan[] = [];
  let k = 0;
  while (k < n) {
    let j = k + 1;
    let maxEnd = spans[idx[k]].end;
    while (j < n && st[idx[j]] < maxEnd) { const e = spans[idx[j]].end; if (e > maxEnd) maxEnd = e; j++; }
    if (j === k + 1) out.push(spans[idx[k]]);
    else {
      const cluster: EntitySpan[] = [];
      // input order within the cluster, for equal priorities
      const members = idx.slice(k, j).sort((a, b) => a - b);
      for (const m of members) cluster.push(spans[m]);
      for (const s of cluster.length <= 64 ? resolveSmall(cluster) : resolveLarge(cluster)) out.push(s);
    }
    k = j;
  }
  return out;
}

/**
 * Indexes of the sorted runs [runs[r], runs[r+1]) merged by start, pairwise; on equal starts the
 * earlier run (earlier in the input) comes first, so the order is the stable sort's.
 */
function mergeRuns(st: number[], runs: number[], n: number): number[] {
  let lists: number[][] = [];
  for (let r = 0; r < runs.length; r++) {
    const end = r + 1 < runs.length ? runs[r + 1] : n;
    const l: number[] = new Array(end - runs[r]);
    for (let i = runs[r]; i < end; i++) l[i - runs[r]] = i;
    lists.push(l);
  }
  while (lists.length > 1) {
    const next: number[][] = [];
    for (let r = 0; r + 1 < lists.length; r += 2) next.push(merge2(st, lists[r], lists[r + 1]));
    if (lists.length % 2) next.push(lists[lists.length - 1]);
    lists = next;
  }
  return lists[0];
}

function merge2(st: number[], a: number[], b: number[]): number[] {
  const out: number[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = st[b[j]] < st[a[i]] ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/** A large cluster: resolveSorted for a few thousand, an occupancy map beyond. */
function resolveLarge(spans: EntitySpan[]): EntitySpan[] {
  if (spans.length <= 4000) return resolveSorted(spans);
  let min = Infinity;
  let max = 0;
  for (const s of spans) {
    if (s.start < min) min = s.start;
    if (s.end > max) max = s.end;
  }
  const taken = new Uint8Array(max - min);
  const order = spans.slice().sort(byPriority);
  const kept: EntitySpan[] = [];
  outer: for (const s of order) {
    for (let i = s.start - min; i < s.end - min; i++) if (taken[i]) continue outer;
    taken.fill(1, s.start - min, s.end - min);
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const byPriority = (a: EntitySpan, b: EntitySpan) => (b.end - b.start) - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start;

/** Few spans: pairwise checks, no allocation of an occupancy map. */
function resolveSmall(spans: EntitySpan[]): EntitySpan[] {
  const order = spans.slice().sort(byPriority);
  const kept: EntitySpan[] = [];
  outer: for (const s of order) {
    for (const k of kept) if (s.start < k.end && k.start < s.end) continue outer;
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Medium lists: priority order by numeric keys (monomorphic), kept spans in start order with binary search. */
function resolveSorted(spans: EntitySpan[]): EntitySpan[] {
  const n = spans.length;
  const len = new Float64Array(n);
  const conf = new Float64Array(n);
  const st = new Float64Array(n);
  const en = new Float64Array(n);
  const idx: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = spans[i];
    st[i] = s.start;
    en[i] = s.end;
    len[i] = s.end - s.start;
    conf[i] = s.confidence;
    idx[i] = i;
  }
  idx.sort((a, b) => len[b] - len[a] || conf[b] - conf[a] || st[a] - st[b]);
  const kept: number[] = [];
  for (const i of idx) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (st[kept[mid]] < st[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && en[kept[lo - 1]] > st[i]) continue;
    if (lo < kept.length && st[kept[lo]] < en[i]) continue;
    kept.splice(lo, 0, i);
  }
  return kept.map((i) => spans[i]);
}
