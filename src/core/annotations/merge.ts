/**
 * Merging automatic suggestions with existing human decisions, so re-running pre-annotation never
 * undoes a person's work:
 * - a suggestion at the same (start, end, label) as an accepted or rejected span leaves it as it is;
 * - a suggestion overlapping an accepted span (another range or label) is not added;
 * - earlier suggestions still pending are refreshed (confidence, link, method) or, when the analyser
 *   no longer proposes them, removed; orphaned suggestions are removed too;
 * - suggestions are always stored as `source: 'auto', status: 'suggested'`: never accepted.
 */
import type { EntitySpan } from '../model';
import { moveSpan, sortSpans, type AnnotationSpan } from './types';

export interface MergeResult {
  spans: AnnotationSpan[];
  added: number;
  updated: number;
  /** Stale suggestions removed. */
  removed: AnnotationSpan[];
}

/** Turn analyser output into suggestion spans (context is filled when saved). */
export function suggestionsFromEntities(entities: readonly EntitySpan[], author = 'news-annotator', time?: string): AnnotationSpan[] {
  return entities
    .filter((e) => e.end > e.start)
    .map((e) => {
      const s: AnnotationSpan = {
        start: e.start,
        end: e.end,
        label: e.label,
        text: e.text,
        source: 'auto',
        status: 'suggested',
        confidence: e.confidence,
        author,
        context: { before: '', after: '' },
      };
      if (time) s.time = time;
      if (e.entityId) s.entityId = e.entityId;
      if (e.method) s.method = e.method;
      if (e.inBoilerplate) s.inBoilerplate = true;
      if (e.attrs && Object.keys(e.attrs).length) s.attrs = { ...e.attrs };
      if (e.date) s.date = { ...e.date };
      return moveSpan(s, s.start, s.end);
    });
}

export function mergeSuggestions(existing: readonly AnnotationSpan[], suggestions: readonly AnnotationSpan[]): MergeResult {
  const suggestedKeys = new SpanIndex();
  for (const s of suggestions) if (!suggestedKeys.get(s)) suggestedKeys.set(s);
  const out: AnnotationSpan[] = [];
  const removed: AnnotationSpan[] = [];
  const byKey = new SpanIndex();
  let updated = 0;
  for (const e of existing) {
    const pending = e.status === 'suggested' && e.source === 'auto';
    if (pending) {
      const fresh = e.orphan ? undefined : suggestedKeys.get(e);
      if (!fresh) {
        removed.push(e);
        continue;
      }
      const refreshed = refresh(e, fresh);
      if (refreshed !== e) updated++;
      out.push(refreshed);
      byKey.set(refreshed);
    } else {
      out.push(e);
      if (!e.orphan) byKey.set(e);
    }
  }
  // Accepted, non-orphan spans block overlapping suggestions. Sorted by start for a sweep.
  const accepted = out.filter((s) => s.status === 'accepted' && !s.orphan).sort((a, b) => a.start - b.start);
  const maxLen = accepted.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  let added = 0;
  for (const s of suggestedKeys.values()) {
    if (byKey.get(s)) continue;
    if (overlapsAny(accepted, s, maxLen)) continue;
    // (no `delete`: it would turn the object into a slow dictionary-mode object)
    const sug = moveSpan(s, s.start, s.end);
    sug.source = 'auto';
    sug.status = 'suggested';
    sug.orphan = undefined;
    out.push(sug);
    byKey.set(sug);
    added++;
  }
  return { spans: sortSpans(out), added, updated, removed };
}

/** Spans by (start, end, label) with numeric keys (string keys are several times slower for 10^4+ spans). */
class SpanIndex {
  private readonly map = new Map<number, AnnotationSpan[]>();

  private static key(s: { start: number; end: number }): number {
    return s.start * 0x1000000 + (s.end - s.start);
  }

  get(s: { start: number; end: number; label: string }): AnnotationSpan | undefined {
    const list = this.map.get(SpanIndex.key(s));
    if (!list) return undefined;
    for (const x of list) if (x.label === s.label && x.end === s.end) return x;
    return undefined;
  }

  set(s: AnnotationSpan): void {
    const k = SpanIndex.key(s);
    const list = this.map.get(k);
    if (!list) this.map.set(k, [s]);
    else {
      const i = list.findIndex((x) => x.label === s.label && x.end === s.end);
      if (i >= 0) list[i] = s;
      else list.push(s);
    }
  }

  *values(): IterableIterator<AnnotationSpan> {
    for (const list of this.map.values()) yield* list;
  }
}

function refresh(old: AnnotationSpan, fresh: AnnotationSpan): AnnotationSpan {
  const same =
    old.confidence === fresh.confidence &&
    old.entityId === fresh.entityId &&
    old.method === fresh.method &&
    !!old.inBoilerplate === !!fresh.inBoilerplate &&
    old.text === fresh.text;
  if (same) return old;
  const r = moveSpan(old, old.start, old.end, fresh.text);
  r.confidence = fresh.confidence;
  r.entityId = fresh.entityId;
  r.method = fresh.method;
  r.attrs = fresh.attrs;
  r.date = fresh.date;
  r.inBoilerplate = fresh.inBoilerplate;
  return r;
}

/** Does `s` overlap any span of `sorted` (sorted by start; `maxLen` = longest span there)? */
export function overlapsAny(sorted: readonly AnnotationSpan[], s: { start: number; end: number }, maxLen = Infinity): boolean {
  // Binary search the first span starting at or after s.end; check those before it going backwards.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < s.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    if (sorted[i].end > s.start) return true;
    if (sorted[i].start + maxLen <= s.start) break; // no earlier span can reach s

  }
  return false;
}
