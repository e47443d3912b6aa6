/**
 * The spans a decoration pass shows: in articles with thousands of spans only those overlapping the
 * visible window are grouped and turned into editor ranges (a typed character re-decorates a few
 * hundred spans, not 20,000). Pure: no vscode (used by the benchmark too).
 */
import { groupForDecoration, type AnnotationSpan, type BoilerplateMode } from '../../core/annotations';

/** Above this many spans, only spans near the visible ranges are decorated (re-done on scroll). */
export const WINDOW_THRESHOLD = 2000;
/** Lines decorated above and below the visible ranges... */
export const WINDOW_MARGIN_LINES = 300;
/** ...but at most this many UTF-16 units (long paragraph lines): ~75 paragraphs, re-done on scroll anyway. */
export const WINDOW_MARGIN_CHARS = 30_000;

/**
 * The decorated window: the visible offsets [visibleStart, visibleEnd] widened to the margin lines
 * ([marginStart, marginEnd], offsets of the first/last margin line) but not more than WINDOW_MARGIN_CHARS.
 */
export function decorationWindow(visibleStart: number, visibleEnd: number, marginStart: number, marginEnd: number): OffsetWindow {
  return { start: Math.max(marginStart, visibleStart - WINDOW_MARGIN_CHARS), end: Math.min(marginEnd, visibleEnd + WINDOW_MARGIN_CHARS) };
}

export interface OffsetWindow {
  start: number;
  end: number;
}

/** Spans overlapping [window.start, window.end] (touching counts), in their order. All spans without a window. */
export function spansInWindow(spans: readonly AnnotationSpan[], window: OffsetWindow | undefined): readonly AnnotationSpan[] {
  if (!window) return spans;
  const out: AnnotationSpan[] = [];
  const { start, end } = window;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.end >= start && s.start <= end) out.push(s);
  }
  return out;
}

/** Decoration groups (every key present, see groupForDecoration) of the spans in `window`. */
export function groupVisible(spans: readonly AnnotationSpan[], mode: BoilerplateMode, window: OffsetWindow | undefined): Map<string, AnnotationSpan[]> {
  return groupForDecoration(spansInWindow(spans, window), mode);
}
