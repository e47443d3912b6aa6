/**
 * Undo history of annotation changes for one article. Each entry records the spans a change removed
 * and the spans it added. Text edits made after an entry are logged and applied to its spans only
 * when it is undone (shifted in 'keep' mode; restored spans are then re-anchored by the caller), so
 * a keystroke costs nothing here and undo stays correct after typing.
 */
import { shiftSpans, type TextChange } from './shift';
import type { AnnotationSpan } from './types';

export interface HistoryEntry {
  /** What the change was, for messages ("Tag PERSON", "Remove tag"...). */
  description: string;
  removed: AnnotationSpan[];
  added: AnnotationSpan[];
}

interface Stored extends HistoryEntry {
  /** Number of text-change batches logged before this entry was pushed. */
  seq: number;
}

export class AnnotationHistory {
  private entries: Stored[] = [];
  /** Text-change batches; batch i has sequence number base + i. */
  private batches: TextChange[][] = [];
  private base = 0;

  constructor(private readonly limit = 200) {}

  get size(): number {
    return this.entries.length;
  }

  push(entry: HistoryEntry): void {
    if (entry.removed.length === 0 && entry.added.length === 0) return;
    this.entries.push({ ...entry, seq: this.base + this.batches.length });
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
    this.trim();
  }

  /** Remove and return the newest entry, its spans moved by every text edit made since. */
  pop(): HistoryEntry | undefined {
    const e = this.entries.pop();
    if (!e) return undefined;
    const pending = this.batches.slice(e.seq - this.base);
    let { removed, added } = e;
    for (const batch of pending) {
      removed = shiftSpans(removed, batch, 'keep').spans;
      added = shiftSpans(added, batch, 'keep').spans;
    }
    this.trim();
    return { description: e.description, removed, added };
  }

  peekDescription(): string | undefined {
    return this.entries[this.entries.length - 1]?.description;
  }

  clear(): void {
    this.entries = [];
    this.base += this.batches.length;
    this.batches = [];
  }

  /** Log a text edit (one change event). */
  applyTextChanges(changes: readonly TextChange[]): void {
    if (this.entries.length === 0) {
      this.base += this.batches.length + 1;
      this.batches = [];
      return;
    }
    this.batches.push([...changes]);
  }

  /** Forget batches no entry needs. */
  private trim(): void {
    const oldest = this.entries.length ? this.entries[0].seq : this.base + this.batches.length;
    const drop = oldest - this.base;
    if (drop > 0) {
      this.batches.splice(0, drop);
      this.base = oldest;
    }
  }
}
