/**
 * Annotation spans as kept in memory by the editor. Offsets are UTF-16 code units into the
 * original article text, 0-based, end-exclusive (see ../model.ts). The stored file uses code
 * points (see format.ts); conversion happens only when reading and writing.
 */
import type { DateValue, Label, SpanSource, SpanStatus } from '../model';

/** A few characters around a span, used to find it again after the article changed outside the editor. */
export interface SpanContext {
  before: string;
  after: string;
}

/** One annotation decision (or pending suggestion) on an article. Treat as immutable: replace, don't mutate. */
export interface AnnotationSpan {
  start: number;
  end: number;
  label: Label;
  /** `articleText.slice(start, end)` when the span was anchored. */
  text: string;
  entityId?: string;
  source: SpanSource;
  status: SpanStatus;
  /** 0..1 for automatic suggestions. */
  confidence?: number;
  /** How an automatic suggestion was found ('kb-exact', 'cue', ...). */
  method?: string;
  /** Who made the last decision (user name or 'news-annotator'). */
  author?: string;
  /** ISO time of the last decision. */
  time?: string;
  context: SpanContext;
  /** True when the article changed and the span's text could not be found again. */
  orphan?: boolean;
  inBoilerplate?: boolean;
  attrs?: Record<string, string>;
  date?: DateValue;
}

/** An article's annotations, in memory (UTF-16 offsets). */
export interface ArticleAnnotations {
  /** Article path relative to its workspace folder, with '/' separators. */
  article: string;
  /** SHA-256 (hex) of the article text the offsets refer to. */
  sha256: string;
  spans: AnnotationSpan[];
}

/** Counts shown in the status bar and views. */
export interface SpanCounts {
  accepted: number;
  suggested: number;
  rejected: number;
  orphans: number;
  total: number;
}

export function countSpans(spans: readonly AnnotationSpan[]): SpanCounts {
  const c: SpanCounts = { accepted: 0, suggested: 0, rejected: 0, orphans: 0, total: spans.length };
  for (const s of spans) {
    if (s.orphan) c.orphans++;
    else if (s.status === 'accepted') c.accepted++;
    else if (s.status === 'suggested') c.suggested++;
    else c.rejected++;
  }
  return c;
}

/** Total order used everywhere (files, arrays): start, end, label, then status and source for ties. */
export function compareSpans(a: AnnotationSpan, b: AnnotationSpan): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    cmp(a.label, b.label) ||
    cmp(a.status, b.status) ||
    cmp(a.source, b.source) ||
    cmp(a.text, b.text) ||
    cmp(a.entityId ?? '', b.entityId ?? '')
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Identity of a span inside one article: one span per (start, end, label). */
export function spanKey(s: { start: number; end: number; label: string }): string {
  return `${s.start}:${s.end}:${s.label}`;
}

/**
 * A copy of `s` at new offsets (and optionally new text). Builds every field in one fixed order so all
 * spans share one object shape: shifting 20,000 spans per keystroke stays cheap. Absent optional
 * fields are present as `undefined` (JSON and the file format omit them).
 */
export function moveSpan(s: AnnotationSpan, start: number, end: number, text = s.text): AnnotationSpan {
  return {
    start,
    end,
    label: s.label,
    text,
    entityId: s.entityId,
    source: s.source,
    status: s.status,
    confidence: s.confidence,
    method: s.method,
    author: s.author,
    time: s.time,
    context: s.context,
    orphan: s.orphan,
    inBoilerplate: s.inBoilerplate,
    attrs: s.attrs,
    date: s.date,
  };
}

export function sortSpans(spans: AnnotationSpan[]): AnnotationSpan[] {
  return spans.sort(compareSpans);
}
