/**
 * Three-way merge of an article's spans when its annotation file changed under us (another window,
 * `git pull`) while we had changes of our own. Spans are matched by (start, end, label):
 * - changed only on one side: that side wins (including deletions);
 * - changed on both sides: the decision with the later `time` wins (ours on a tie).
 * All three lists must be anchored in the same text (re-anchor the disk versions first).
 */
import { sortSpans, spanKey, type AnnotationSpan } from './types';

export interface Merge3Result {
  spans: AnnotationSpan[];
  /** Keys changed on both sides. */
  conflicts: number;
}

export function merge3(base: readonly AnnotationSpan[], ours: readonly AnnotationSpan[], theirs: readonly AnnotationSpan[]): Merge3Result {
  const b = byKey(base);
  const o = byKey(ours);
  const t = byKey(theirs);
  const keys = new Set([...b.keys(), ...o.keys(), ...t.keys()]);
  const out: AnnotationSpan[] = [];
  let conflicts = 0;
  for (const k of keys) {
    const bs = b.get(k);
    const os = o.get(k);
    const ts = t.get(k);
    let pick: AnnotationSpan | undefined;
    if (same(os, bs)) pick = ts;
    else if (same(ts, bs)) pick = os;
    else if (same(os, ts)) pick = os;
    else {
      conflicts++;
      if (!os) pick = ts;
      else if (!ts) pick = os;
      else pick = (ts.time ?? '') > (os.time ?? '') ? ts : os;
    }
    if (pick) out.push(pick);
  }
  return { spans: sortSpans(out), conflicts };
}

function byKey(spans: readonly AnnotationSpan[]): Map<string, AnnotationSpan> {
  const m = new Map<string, AnnotationSpan>();
  for (const s of spans) m.set(spanKey(s) + (s.orphan ? ':orphan:' + s.text : ''), s);
  return m;
}

/** Equal as decisions (context is derived data and ignored). */
function same(a: AnnotationSpan | undefined, b: AnnotationSpan | undefined): boolean {
  if (!a || !b) return a === b;
  if (a === b) return true;
  return canon(a) === canon(b);
}

function canon(s: AnnotationSpan): string {
  const { context: _c, ...rest } = s;
  const r = rest as Record<string, unknown>;
  return JSON.stringify(Object.keys(r).filter((k) => r[k] !== undefined).sort().map((k) => [k, r[k]]));
}
