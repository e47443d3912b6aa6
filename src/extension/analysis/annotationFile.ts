/**
 * Rendering an annotation file (code point offsets, context, deterministic JSON) and its hashes: the
 * CPU part of saving, shared by the analysis worker (large articles) and the host (small ones). No vscode.
 */
import { createHash } from 'node:crypto';
import { fromAnnotationFile, parseAnnotationFile, serializeAnnotationFile, toAnnotationFile, type AnnotationSpan } from '../../core/annotations';

export interface RenderedAnnotationFile {
  /** The file's UTF-8 bytes. */
  bytes: Uint8Array;
  /** SHA-256 (hex) of the file content. */
  hash: string;
}

const encoder = new TextEncoder();

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The annotation file of `article` (its workspace-relative path) for `spans` over `text`. */
export function renderAnnotationFile(article: string, text: string, spans: readonly AnnotationSpan[]): RenderedAnnotationFile {
  const out = serializeAnnotationFile(toAnnotationFile({ article, sha256: sha256(text), spans: [...spans] }, text));
  return { bytes: encoder.encode(out), hash: sha256(out) };
}

/** An annotation file read for the current text of its article. */
export interface LoadedAnnotationFile {
  spans: AnnotationSpan[];
  /** Spans re-anchored, orphaned, recovered because the article changed since the file was written. */
  moved: number;
  orphaned: number;
  recovered: number;
}

/** Parse an annotation file and re-anchor its spans to `text`. Throws AnnotationFormatError for a bad file. */
export function loadAnnotationFile(content: string, text: string): LoadedAnnotationFile {
  const loaded = fromAnnotationFile(parseAnnotationFile(content), text, sha256(text));
  return { spans: loaded.annotations.spans, moved: loaded.moved, orphaned: loaded.orphaned, recovered: loaded.recovered };
}
