import type { AgreementSpan, MatchMode, PrfReport, PrfScore } from './types';
import { isValidSpan, maxMatching, overlapFinder, overlapLength, score, sortSpans, spanKey } from './spans';

/**
 * Pairs left and right spans one-to-one. Exact: same start, end and label. Overlap: same label and
 * at least one shared code unit; among several candidates the larger overlap is preferred, and the
 * number of pairs is maximal (a nested span never steals the only partner of another span).
 * Returns, for each left index, the matched right index or -1.
 */
function matchLeft(left: readonly AgreementSpan[], right: readonly AgreementSpan[], mode: MatchMode): number[] {
  const find = mode === 'overlap' ? overlapFinder(right) : () => [];
  const exactByKey = new Map<string, number[]>();
  right.forEach((r, j) => {
    if (!isValidSpan(r)) return;
    const k = spanKey(r);
    const list = exactByKey.get(k);
    if (list) list.push(j); else exactByKey.set(k, [j]);
  });
  const candidates = (i: number): number[] => {
    const l = left[i];
    if (!isValidSpan(l)) return [];
    if (mode === 'exact') return exactByKey.get(spanKey(l)) ?? [];
    return find(l)
      .filter((j) => right[j].label === l.label)
      .sort((a, b) => overlapLength(l, right[b]) - overlapLength(l, right[a]) || right[a].start - right[b].start || a - b);
  };
  return maxMatching(left.length, right.length, candidates);
}

/** The pairs of `matchLeft` as [leftIndex, rightIndex] into the given (unsorted) arrays. */
export function matchSpans(left: readonly AgreementSpan[], right: readonly AgreementSpan[], mode: MatchMode): [number, number][] {
  const pairs: [number, number][] = [];
  matchLeft(left, right, mode).forEach((j, i) => { if (j >= 0) pairs.push([i, j]); });
  return pairs;
}

interface Counts { tp: number; fp: number; fn: number }

/** Adds one document's counts per label into `acc` (used for corpus-level figures). */
export function accumulatePrf(acc: Map<string, Counts>, left: readonly AgreementSpan[], right: readonly AgreementSpan[], mode: MatchMode): void {
  const l = left.filter(isValidSpan);
  const r = right.filter(isValidSpan);
  const get = (label: string): Counts => {
    let c = acc.get(label);
    if (!c) { c = { tp: 0, fp: 0, fn: 0 }; acc.set(label, c); }
    return c;
  };
  const m = matchLeft(l, r, mode);
  const matchedR = new Uint8Array(r.length);
  for (let i = 0; i < l.length; i++) {
    if (m[i] >= 0) { matchedR[m[i]] = 1; get(l[i].label).tp++; } else get(l[i].label).fn++;
  }
  for (let j = 0; j < r.length; j++) if (!matchedR[j]) get(r[j].label).fp++;
}

export function prfFromCounts(acc: Map<string, Counts>, mode: MatchMode): PrfReport {
  const perLabel: Record<string, PrfScore> = {};
  let tp = 0, fp = 0, fn = 0;
  for (const label of [...acc.keys()].sort()) {
    const c = acc.get(label)!;
    perLabel[label] = score(c.tp, c.fp, c.fn);
    tp += c.tp; fp += c.fp; fn += c.fn;
  }
  const labels = Object.keys(perLabel);
  const macroF1 = labels.length ? labels.reduce((s, k) => s + perLabel[k].f1, 0) / labels.length : 1;
  return { mode, perLabel, overall: score(tp, fp, fn), macroF1 };
}

/**
 * Span-level precision, recall and F1 of `right` against `left` (the reference), per label and
 * overall (micro). Swapping the sides swaps precision and recall; F1 is symmetric.
 */
export function spanPrf(left: readonly AgreementSpan[], right: readonly AgreementSpan[], mode: MatchMode): PrfReport {
  const acc = new Map<string, Counts>();
  accumulatePrf(acc, sortSpans(left), sortSpans(right), mode);
  return prfFromCounts(acc, mode);
}
