/**
 * What the sidebar needs from the editor's annotation store. The composition root passes an
 * implementation backed by the store (src/extension/store); without one, the index uses the
 * automatic suggestions only.
 */
import type * as vscode from 'vscode';
import type { AnnotatedSpan } from '../../core/index/types';

export interface SidebarAnnotations {
  /** Fires with the URI of an article whose annotations changed (tagging, accept, reject...). */
  readonly onDidChangeAnnotations: vscode.Event<vscode.Uri>;
  /** The article's current spans (UTF-16 offsets into the current text), or undefined when it has none. */
  spansFor(uri: vscode.Uri): Promise<readonly AnnotatedSpan[] | undefined> | readonly AnnotatedSpan[] | undefined;
  /** The article's annotation file on disk, if it exists (read by the indexing worker). */
  annotationFileFor?(uri: vscode.Uri): Promise<vscode.Uri | undefined> | vscode.Uri | undefined;
}
