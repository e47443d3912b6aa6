/**
 * One article's annotations in memory, with every editing operation the commands need. Pure: the
 * caller passes text, author and time. Every user operation returns what it changed and is recorded
 * for undo; pre-annotation merges and text edits are not undo steps (text edits are logged so that
 * undo stays correct after typing).
 */
import { AnnotationHistory, type HistoryEntry } from './history';
import { mergeSuggestions, type MergeResult } from './merge';
import { reanchorSpans, type ReanchorResult } from './reanchor';
import { shiftSpans, type TextChange } from './shift';
import { countSpans, moveSpan, sortSpans, spanKey, type AnnotationSpan, type SpanCounts } from './types';
import type { SpanStatus } from '../model';

export interface Decision {
  author?: string;
  time?: string;
}

export interface ChangeRecord {
  description: string;
  removed: AnnotationSpan[];
  added: AnnotationSpan[];
}

export class AnnotationSet {
  private _spans: AnnotationSpan[];
  readonly history = new AnnotationHistory();
  /** Bumped on every change. */
  version = 0;

  constructor(spans: readonly AnnotationSpan[] = []) {
    this._spans = sortSpans([...spans]);
  }

  get spans(): readonly AnnotationSpan[] {
    return this._spans;
  }

  counts(): SpanCounts {
    return countSpans(this._spans);
  }

  /** Replace everything (e.g. reloaded from disk). Clears the undo history unless told otherwise. */
  replaceAll(spans: readonly AnnotationSpan[], keepHistory = false): void {
    this._spans = sortSpans([...spans]);
    if (!keepHistory) this.history.clear();
    this.version++;
  }

  /** Tag [start, end) (already snapped) as `label`: accepted. Overlapping visible spans are replaced. */
  tag(start: number, end: number, label: string, text: string, who: Decision, entityId?: string): ChangeRecord {
    const key = spanKey({ start, end, label });
    const removed: AnnotationSpan[] = [];
    let kept: AnnotationSpan | undefined;
    const rest: AnnotationSpan[] = [];
    for (const s of this._spans) {
      if (!s.orphan && spanKey(s) === key) kept = s;
      else if (!s.orphan && s.status !== 'rejected' && s.start < end && s.end > start) removed.push(s);
      else rest.push(s);
    }
    let added: AnnotationSpan;
    if (kept) {
      removed.push(kept);
      added = stamp({ ...kept, status: 'accepted' }, who);
      if (entityId !== undefined) added.entityId = entityId;
    } else {
      added = stamp(moveSpan({ start, end, label, text, source: 'manual', status: 'accepted', context: { before: '', after: '' } }, start, end), who);
      if (entityId !== undefined) added.entityId = entityId;
    }
    rest.push(added);
    return this.commit(`Tag ${label}`, rest, removed, [added]);
  }

  /** Remove tags: automatic suggestions become rejected (so they do not come back), manual spans go. */
  removeTags(targets: readonly AnnotationSpan[], who: Decision): ChangeRecord {
    const set = new Set(targets);
    const removed: AnnotationSpan[] = [];
    const added: AnnotationSpan[] = [];
    const rest: AnnotationSpan[] = [];
    for (const s of this._spans) {
      if (!set.has(s)) rest.push(s);
      else {
        removed.push(s);
        if (s.source === 'auto' && s.status !== 'rejected') {
          const r = stamp({ ...s, status: 'rejected' }, who);
          added.push(r);
          rest.push(r);
        }
      }
    }
    return this.commit('Remove tag', rest, removed, added);
  }

  /** Delete spans outright (e.g. resolving orphans). */
  deleteSpans(targets: readonly AnnotationSpan[], description = 'Delete'): ChangeRecord {
    const set = new Set(targets);
    const removed = this._spans.filter((s) => set.has(s));
    return this.commit(description, this._spans.filter((s) => !set.has(s)), removed, []);
  }

  setStatus(targets: readonly AnnotationSpan[], status: SpanStatus, who: Decision): ChangeRecord {
    const desc = status === 'accepted' ? 'Accept' : status === 'rejected' ? 'Reject' : 'Mark as suggestion';
    return this.mapSpans(targets, desc, (s) => (s.status === status ? s : stamp({ ...s, status }, who)));
  }

  /** Change the label: the result is a person's decision (accepted, manual). */
  setLabel(targets: readonly AnnotationSpan[], label: string, who: Decision): ChangeRecord {
    return this.mapSpans(targets, `Change label to ${label}`, (s) =>
      s.label === label && s.status === 'accepted' ? s : stamp({ ...s, label, status: 'accepted', source: 'manual' }, who),
    );
  }

  /** Link to a knowledge-base entity (or unlink with undefined). Linking is a decision: accepted. */
  link(targets: readonly AnnotationSpan[], entityId: string | undefined, who: Decision): ChangeRecord {
    return this.mapSpans(targets, entityId ? `Link to ${entityId}` : 'Unlink', (s) => {
      if (s.entityId === entityId && s.status === 'accepted') return s;
      const r = stamp({ ...s, status: s.status === 'rejected' ? 'rejected' : 'accepted' }, who);
      if (entityId === undefined) r.entityId = undefined;
      else r.entityId = entityId;
      return r;
    });
  }

  /** Move spans with an editor change event; returns the spans removed because their text was deleted. */
  applyTextChanges(changes: readonly TextChange[]): AnnotationSpan[] {
    const r = shiftSpans(this._spans, changes, 'drop');
    this.history.applyTextChanges(changes);
    if (!r.changed) return [];
    this._spans = r.spans;
    // Record the removed spans in the new text's coordinates, so later edits (e.g. the editor's undo
    // putting the text back) move them correctly.
    if (r.removed.length) this.history.push({ description: 'Edit text', removed: shiftSpans(r.removed, changes, 'keep').spans, added: [] });
    this.version++;
    return r.removed;
  }

  /**
   * The text changed outside the editor (file reloaded from disk): move spans with the changes, then
   * verify each against the new text; those whose text is gone become orphans instead of being dropped.
   */
  applyOutsideChanges(changes: readonly TextChange[], newText: string): ReanchorResult {
    const moved = shiftSpans(this._spans, changes, 'keep').spans;
    const r = reanchorSpans(moved, newText);
    this.history.applyTextChanges(changes);
    this._spans = r.spans;
    this.version++;
    return r;
  }

  /** Merge pre-annotation suggestions (see merge.ts). Not an undo step. */
  mergeSuggestions(suggestions: readonly AnnotationSpan[]): MergeResult {
    const r = mergeSuggestions(this._spans, suggestions);
    if (r.added || r.updated || r.removed.length) {
      this._spans = r.spans;
      this.version++;
    }
    return r;
  }

  /** Undo the last recorded change against the current `text`. Returns it, or undefined if none. */
  undo(text: string): ChangeRecord | undefined {
    const e: HistoryEntry | undefined = this.history.pop();
    if (!e) return undefined;
    const addedKeys = new Set(e.added.map(spanKey));
    const rest = this._spans.filter((s) => !addedKeys.has(spanKey(s)));
    const restored = reanchorSpans(e.removed, text).spans;
    const restKeys = new Set(rest.filter((s) => !s.orphan).map(spanKey));
    for (const s of restored) if (s.orphan || !restKeys.has(spanKey(s))) rest.push(s);
    this._spans = sortSpans(rest);
    this.version++;
    return { description: e.description, removed: e.added, added: restored };
  }

  /** Visible (not rejected, not orphan) spans touching `offset` (start <= offset <= end), innermost first. */
  spansAt(offset: number, includeRejected = false): AnnotationSpan[] {
    return this._spans
      .filter((s) => !s.orphan && (includeRejected || s.status !== 'rejected') && s.start <= offset && offset <= s.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  /** Visible spans overlapping [start, end); for an empty range, those touching it. */
  spansIn(start: number, end: number): AnnotationSpan[] {
    if (start === end) return this.spansAt(start);
    return this._spans.filter((s) => !s.orphan && s.status !== 'rejected' && s.start < end && s.end > start);
  }

  /** Next (or previous) pending suggestion after (before) `offset`, wrapping around. */
  nextSuggestion(offset: number, direction: 1 | -1): AnnotationSpan | undefined {
    const sugg = this._spans.filter((s) => s.status === 'suggested' && !s.orphan);
    if (sugg.length === 0) return undefined;
    if (direction === 1) return sugg.find((s) => s.start > offset) ?? sugg[0];
    for (let i = sugg.length - 1; i >= 0; i--) if (sugg[i].start < offset) return sugg[i];
    return sugg[sugg.length - 1];
  }

  orphans(): AnnotationSpan[] {
    return this._spans.filter((s) => s.orphan);
  }

  private mapSpans(targets: readonly AnnotationSpan[], description: string, fn: (s: AnnotationSpan) => AnnotationSpan): ChangeRecord {
    const set = new Set(targets);
    const removed: AnnotationSpan[] = [];
    const added: AnnotationSpan[] = [];
    const changed: AnnotationSpan[] = [];
    const rest: AnnotationSpan[] = [];
    for (const s of this._spans) {
      if (!set.has(s)) {
        rest.push(s);
        continue;
      }
      const n = fn(s);
      if (n === s) rest.push(s);
      else {
        removed.push(s);
        changed.push(n);
      }
    }
    // A changed span replaces any other span with the same identity (e.g. an old rejected one).
    const newKeys = new Set(changed.map(spanKey));
    const final: AnnotationSpan[] = [];
    for (const s of rest) {
      if (!s.orphan && newKeys.has(spanKey(s))) removed.push(s);
      else final.push(s);
    }
    const seen = new Set<string>();
    for (const n of changed) {
      if (seen.has(spanKey(n))) continue;
      seen.add(spanKey(n));
      final.push(n);
      added.push(n);
    }
    return this.commit(description, final, removed, added);
  }

  private commit(description: string, spans: AnnotationSpan[], removed: AnnotationSpan[], added: AnnotationSpan[]): ChangeRecord {
    const rec = { description, removed, added };
    if (removed.length === 0 && added.length === 0) return rec;
    this._spans = sortSpans(spans);
    this.history.push(rec);
    this.version++;
    return rec;
  }
}

function stamp(s: AnnotationSpan, who: Decision): AnnotationSpan {
  if (who.author !== undefined) s.author = who.author;
  if (who.time !== undefined) s.time = who.time;
  return s;
}
