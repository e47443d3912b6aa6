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
  // The first suggestion of each (start, end, label), in key order. Lookups below are binary searches
  // and merge-joins over key-sorted arrays: no map with an entry per span (20,000+ spans in a 1 MB article).
  const fresh = firstOfEachKey(suggestions);
  const out: AnnotationSpan[] = [];
  const removed: AnnotationSpan[] = [];
  /** Spans kept that claim their key: a suggestion at the same key is not added again. */
  const claimed: AnnotationSpan[] = [];
  let updated = 0;
  for (const e of existing) {
    const pending = e.status === 'suggested' && e.source === 'auto';
    if (pending) {
      const f = e.orphan ? undefined : findKey(fresh, e);
      if (!f) {
        removed.push(e);
        continue;
      }
      const refreshed = refresh(e, f);
      if (refreshed !== e) updated++;
      out.push(refreshed);
      claimed.push(refreshed);
    } else {
      out.push(e);
      if (!e.orphan) claimed.push(e);
    }
  }
  if (!isKeySorted(claimed)) claimed.sort(compareKey);
  // Accepted, non-orphan spans block overlapping suggestions. Sorted by start for a sweep.
  const accepted = out.filter((s) => s.status === 'accepted' && !s.orphan).sort((a, b) => a.start - b.start);
  const maxLen = accepted.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  let added = 0;
  let c = 0;
  for (const s of fresh) {
    while (c < claimed.length && compareKey(claimed[c], s) < 0) c++;
    if (c < claimed.length && compareKey(claimed[c], s) === 0) continue;
    if (overlapsAny(accepted, s, maxLen)) continue;
    // (no `delete`: it would turn the object into a slow dictionary-mode object)
    const sug = moveSpan(s, s.start, s.end);
    sug.source = 'auto';
    sug.status = 'suggested';
    sug.orphan = undefined;
    out.push(sug);
    added++;
  }
  return { spans: sortSpans(out), added, updated, removed };
}

/** Order by the span identity (start, end, label). */
function compareKey(a: { start: number; end: number; label: string }, b: { start: number; end: number; label: string }): number {
  return a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

function isKeySorted(spans: readonly AnnotationSpan[]): boolean {
  for (let i = 1; i < spans.length; i++) if (compareKey(spans[i - 1], spans[i]) > 0) return false;
  return true;
}

/** The first span of each key, sorted by key (a stable sort keeps the first of equal keys first). */
function firstOfEachKey(spans: readonly AnnotationSpan[]): AnnotationSpan[] {
  const sorted = isKeySorted(spans) ? spans : spans.slice().sort(compareKey);
  const out: AnnotationSpan[] = [];
  for (const s of sorted) if (!out.length || compareKey(out[out.length - 1], s) !== 0) out.push(s);
  return out;
}

/** The span with the key of `k` in a key-sorted list without duplicates (binary search). */
function findKey(sorted: readonly AnnotationSpan[], k: { start: number; end: number; label: string }): AnnotationSpan | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareKey(sorted[mid], k);
    if (c === 0) return sorted[mid];
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return undefined;
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
