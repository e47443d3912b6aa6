import type { AgreementSpan, Disagreement } from './types';
import { isValidSpan, maxMatching, overlapFinder, overlapLength, sortSpans, spanKey } from './spans';

export interface Comparison<T extends AgreementSpan> {
  /** Spans both sides have exactly (same start, end and label); the left side's objects. */
  agreed: T[];
  disagreements: Disagreement<T>[];
}

export function disagreementId(left: AgreementSpan | undefined, right: AgreementSpan | undefined): string {
  return [left ? `L${spanKey(left)}` : '', right ? `R${spanKey(right)}` : ''].filter(Boolean).join('|');
}

/**
 * Lists where two annotation sets differ. Exact matches agree; then overlapping leftovers are paired
 * one-to-one, preferring the same label (boundary mismatch) over a different label (label
 * mismatch), then larger overlap; the rest are only-left or only-right. Sorted by position.
 */
export function compareAnnotations<T extends AgreementSpan>(left: readonly T[], right: readonly T[]): Comparison<T> {
  const l = sortSpans(left.filter(isValidSpan));
  const r = sortSpans(right.filter(isValidSpan));
  // 1. exact matches (multiset: each right span used once)
  const rightByKey = new Map<string, number[]>();
  r.forEach((s, j) => {
    const k = spanKey(s);
    const list = rightByKey.get(k);
    if (list) list.push(j); else rightByKey.set(k, [j]);
  });
  const usedR = new Set<number>();
  const agreed: T[] = [];
  const restL: T[] = [];
  for (const s of l) {
    const j = rightByKey.get(spanKey(s))?.shift();
    if (j === undefined) restL.push(s);
    else { usedR.add(j); agreed.push(s); }
  }
  const restR = r.filter((_, j) => !usedR.has(j));
  // 2. pair overlapping leftovers
  const prefer = (a: T, b: T, c: T): number =>
    Number(b.label !== a.label) - Number(c.label !== a.label) || overlapLength(a, c) - overlapLength(a, b) || b.start - c.start;
  const find = overlapFinder(restR);
  const m = maxMatching(restL.length, restR.length, (i) => find(restL[i]).sort((x, y) => prefer(restL[i], restR[x], restR[y])));
  const out: Disagreement<T>[] = [];
  const pairedR = new Set<number>();
  restL.forEach((a, i) => {
    const j = m[i];
    if (j < 0) {
      out.push({ id: disagreementId(a, undefined), kind: 'only-left', left: a, start: a.start, end: a.end });
      return;
    }
    pairedR.add(j);
    const b = restR[j];
    const sameRange = a.start === b.start && a.end === b.end;
    const d: Disagreement<T> = {
      id: disagreementId(a, b),
      kind: a.label === b.label ? 'boundary-mismatch' : 'label-mismatch',
      left: a, right: b,
      start: Math.min(a.start, b.start), end: Math.max(a.end, b.end),
    };
    if (d.kind === 'label-mismatch') d.boundaryDiffers = !sameRange;
    out.push(d);
  });
  restR.forEach((b, j) => {
    if (!pairedR.has(j)) out.push({ id: disagreementId(undefined, b), kind: 'only-right', right: b, start: b.start, end: b.end });
  });
  out.sort((x, y) => x.start - y.start || x.end - y.end || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { agreed, disagreements: out };
}
