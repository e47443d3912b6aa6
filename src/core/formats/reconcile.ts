/**
 * Import check: bring imported spans (code points) onto an article's text (UTF-16), verifying
 * every span's text against the article at those offsets. A span whose text does not match is
 * reported, never imported shifted.
 */
import { OffsetMap } from './offsets';
import type { ImportedDocument, ImportedSpan } from './types';

/** An imported span placed on the article: UTF-16 offsets, text verified. */
export interface PlacedSpan extends Omit<ImportedSpan, 'text'> {
  text: string;
}

export interface SpanMismatch {
  document: string;
  label: string;
  /** Code-point offsets as the file gave them. */
  start: number;
  end: number;
  expected: string | undefined;
  found: string | undefined;
  reason: string;
}

export interface ReconcileResult {
  spans: PlacedSpan[];
  mismatches: SpanMismatch[];
}

/** Place an imported document's spans on `articleText` (result sorted by start, end, label). `documentName` is used in reports. */
export function reconcile(imported: ImportedDocument, articleText: string, documentName: string): ReconcileResult {
  const article = new OffsetMap(articleText);
  const source = imported.text !== undefined && imported.text !== articleText ? new OffsetMap(imported.text) : article;
  const spans: PlacedSpan[] = [];
  const mismatches: SpanMismatch[] = [];
  const seen = new Set<string>();
  for (const s of imported.spans) {
    const miss = (reason: string, expected?: string, found?: string) =>
      mismatches.push({ document: documentName, label: s.label, start: s.start, end: s.end, expected, found, reason });
    if (!/^[\p{L}\p{N}_-]+$/u.test(s.label)) {
      miss(`label '${s.label}' is not a valid label`);
      continue;
    }
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end)) {
      miss('invalid offsets');
      continue;
    }
    const expected = s.text ?? source.slice(s.start, s.end);
    const us = article.checkedUtf16(s.start);
    const ue = article.checkedUtf16(s.end);
    if (us === undefined || ue === undefined) {
      miss(`offsets beyond the end of the article (${article.length} code points)`, expected);
      continue;
    }
    const found = articleText.slice(us, ue);
    if (expected === undefined) {
      miss('offsets beyond the end of the imported text', expected, found);
      continue;
    }
    if (found !== expected) {
      miss('text at these offsets differs from the span text', expected, found);
      continue;
    }
    const key = `${us}:${ue}:${s.label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push({ ...s, start: us, end: ue, text: found });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return { spans, mismatches };
}
