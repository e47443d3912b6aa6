import type * as vscode from 'vscode';
import type { AnnotationSpan, SpanCounts } from '../core/annotations';
import type { AnnotationsChangeEvent, StoreError } from './store/annotationStore';

/**
 * What `activate` returns: the annotation store API for other parts (sidebar, export) and tests.
 * Offsets are UTF-16 into the article text as VS Code shows it.
 */
export interface NewsAnnotatorApi {
  /** Fired when an article's annotations change: loaded, edited, reloaded from disk, unloaded. */
  readonly onDidChangeAnnotations: vscode.Event<AnnotationsChangeEvent>;
  /** Fired when an annotation file cannot be read or written. */
  readonly onDidReportError: vscode.Event<StoreError>;
  /** Errors reported so far in this session. */
  readonly annotationErrors: readonly StoreError[];
  /** Spans of a loaded article (empty if not loaded). */
  getSpans(uri: vscode.Uri): readonly AnnotationSpan[];
  /** Load an article's annotations if needed and return its spans. */
  loadSpans(uri: vscode.Uri): Promise<readonly AnnotationSpan[]>;
  getCounts(uri: vscode.Uri): SpanCounts | undefined;
  /** Is the article's annotation file unreadable (and so read-only)? Gives the reason. */
  readOnlyReason(uri: vscode.Uri): string | undefined;
  /** Where the article's annotation file is. */
  annotationFileOf(uri: vscode.Uri): vscode.Uri;
  /** Save pending changes now (all articles when no uri). */
  flushAnnotations(uri?: vscode.Uri): Promise<void>;
  /** Is this open document an article? */
  isArticle(doc: vscode.TextDocument): boolean;
}
