/**
 * Moving spans with text edits made in the editor. Offsets are UTF-16, as in editor change events.
 */
import { moveSpan, type AnnotationSpan } from './types';

/** Replace [start, end) of the text before the change by `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

export interface ShiftResult {
  spans: AnnotationSpan[];
  /** Spans that overlapped deleted or replaced text (mode 'drop'). */
  removed: AnnotationSpan[];
  /** True when any span changed. */
  changed: boolean;
}

/**
 * Apply changes to spans. `changes` are non-overlapping ranges of the text BEFORE the edit (as in one
 * VS Code change event); they are applied from the last to the first so each stays valid.
 *
 * - span before the change: unchanged; span after: moved by the length difference;
 * - pure insertion strictly inside a span: the span grows (mode 'drop': its text is updated too);
 * - span overlapping deleted/replaced text: removed (mode 'drop', for live spans) or kept with its
 *   ends mapped and its text unchanged (mode 'keep', for undo history: re-anchored when restored).
 */
export function shiftSpans(spans: readonly AnnotationSpan[], changes: readonly TextChange[], mode: 'drop' | 'keep' = 'drop'): ShiftResult {
  const ordered = [...changes].sort((a, b) => b.start - a.start || b.end - a.end);
  let current: AnnotationSpan[] = spans as AnnotationSpan[];
  const removed: AnnotationSpan[] = [];
  let changed = false;
  for (const ch of ordered) {
    const r = shiftOne(current, ch, mode, removed);
    if (r !== current) changed = true;
    current = r;
  }
  return { spans: current === spans ? [...spans] : current, removed, changed };
}

function shiftOne(spans: AnnotationSpan[], ch: TextChange, mode: 'drop' | 'keep', removed: AnnotationSpan[]): AnnotationSpan[] {
  const { start: s, end: e } = ch;
  const delta = ch.text.length - (e - s);
  if (delta === 0 && s === e) return spans;
  let out: AnnotationSpan[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i];
    let next: AnnotationSpan | undefined = sp;
    if (sp.end <= s && !(sp.end === s && s === e && sp.start === sp.end)) {
      // before: unchanged
    } else if (sp.start >= e) {
      next = delta === 0 ? sp : moveSpan(sp, sp.start + delta, sp.end + delta);
    } else if (s === e && sp.start < s && s < sp.end) {
      const k = s - sp.start;
      // Live spans take the typed text; recorded ('keep') spans keep theirs and are verified when restored.
      const text = mode === 'drop' ? sp.text.slice(0, k) + ch.text + sp.text.slice(k) : sp.text;
      next = moveSpan(sp, sp.start, sp.end + delta, text);
    } else if (mode === 'drop') {
      removed.push(sp);
      next = undefined;
    } else {
      const start = sp.start < s ? sp.start : Math.min(sp.start, s + ch.text.length);
      const end = sp.end > e ? sp.end + delta : Math.min(sp.end, s + ch.text.length);
      next = moveSpan(sp, start, Math.max(start, end));
    }
    if (next !== sp && !out) out = spans.slice(0, i);
    if (out && next) out.push(next);
  }
  return out ?? spans;
}
