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
import { sortSpans, spanKey, type AnnotationSpan } from './types';

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
      return s;
    });
}

export function mergeSuggestions(existing: readonly AnnotationSpan[], suggestions: readonly AnnotationSpan[]): MergeResult {
  const suggestedKeys = new Map<string, AnnotationSpan>();
  for (const s of suggestions) if (!suggestedKeys.has(spanKey(s))) suggestedKeys.set(spanKey(s), s);
  const out: AnnotationSpan[] = [];
  const removed: AnnotationSpan[] = [];
  const byKey = new Map<string, AnnotationSpan>();
  let updated = 0;
  for (const e of existing) {
    const pending = e.status === 'suggested' && e.source === 'auto';
    if (pending) {
      const fresh = e.orphan ? undefined : suggestedKeys.get(spanKey(e));
      if (!fresh) {
        removed.push(e);
        continue;
      }
      const refreshed = refresh(e, fresh);
      if (refreshed !== e) updated++;
      out.push(refreshed);
      byKey.set(spanKey(refreshed), refreshed);
    } else {
      out.push(e);
      if (!e.orphan) byKey.set(spanKey(e), e);
    }
  }
  // Accepted, non-orphan spans block overlapping suggestions. Sorted by start for a sweep.
  const accepted = out.filter((s) => s.status === 'accepted' && !s.orphan).sort((a, b) => a.start - b.start);
  const maxLen = accepted.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  let added = 0;
  for (const s of suggestedKeys.values()) {
    if (byKey.has(spanKey(s))) continue;
    if (overlapsAny(accepted, s, maxLen)) continue;
    const sug: AnnotationSpan = { ...s, source: 'auto', status: 'suggested' };
    delete sug.orphan;
    out.push(sug);
    byKey.set(spanKey(sug), sug);
    added++;
  }
  return { spans: sortSpans(out), added, updated, removed };
}

function refresh(old: AnnotationSpan, fresh: AnnotationSpan): AnnotationSpan {
  const same =
    old.confidence === fresh.confidence &&
    old.entityId === fresh.entityId &&
    old.method === fresh.method &&
    !!old.inBoilerplate === !!fresh.inBoilerplate &&
    old.text === fresh.text;
  if (same) return old;
  const r: AnnotationSpan = { ...old, text: fresh.text, confidence: fresh.confidence };
  for (const k of ['entityId', 'method', 'attrs', 'date', 'inBoilerplate'] as const) {
    if (fresh[k] !== undefined) (r as unknown as Record<string, unknown>)[k] = fresh[k];
    else delete r[k];
  }
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
