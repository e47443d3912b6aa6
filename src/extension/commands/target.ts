import * as os from 'node:os';
import * as vscode from 'vscode';
import type { AnnotationSpan } from '../../core/annotations';
import type { ArticleRegistry } from '../articles/articleRegistry';
import type { AnnotationStore } from '../store/annotationStore';

/** Identifies one span from a hover link or a test: the article and the span's identity. */
export interface SpanRef {
  uri: string;
  start: number;
  end: number;
  label: string;
}

export function refOf(uri: vscode.Uri, s: AnnotationSpan): SpanRef {
  return { uri: uri.toString(), start: s.start, end: s.end, label: s.label };
}

export function isSpanRef(v: unknown): v is SpanRef {
  const o = v as SpanRef;
  return !!o && typeof o === 'object' && typeof o.uri === 'string' && typeof o.start === 'number' && typeof o.end === 'number' && typeof o.label === 'string';
}

/** The active editor when it shows an article; otherwise tells the user and returns undefined. */
export function articleEditor(registry: ArticleRegistry, quiet = false): vscode.TextEditor | undefined {
  const ed = vscode.window.activeTextEditor;
  if (ed && registry.isArticle(ed.document)) return ed;
  if (!quiet) void vscode.window.showInformationMessage(vscode.l10n.t('Open a news article first (a .txt file in a folder with .news-annotator/, or a News Article file).'));
  return undefined;
}

/**
 * The spans a command applies to: the span given by a hover link, or the spans under the selection
 * (or caret) of the active article editor, optionally filtered.
 */
export async function targetSpans(
  store: AnnotationStore,
  registry: ArticleRegistry,
  arg: unknown,
  filter: (s: AnnotationSpan) => boolean = () => true,
): Promise<{ uri: vscode.Uri; spans: AnnotationSpan[] } | undefined> {
  if (isSpanRef(arg)) {
    const uri = vscode.Uri.parse(arg.uri);
    const state = await store.open(uri);
    const s = state.set.spans.find((x) => x.start === arg.start && x.end === arg.end && x.label === arg.label && !x.orphan);
    return { uri, spans: s && filter(s) ? [s] : [] };
  }
  const ed = articleEditor(registry);
  if (!ed) return undefined;
  const state = await store.open(ed.document.uri);
  const sel = ed.selection;
  const start = ed.document.offsetAt(sel.start);
  const end = ed.document.offsetAt(sel.end);
  const spans = (start === end ? state.set.spansAt(start, true) : spansOverlapping(state.set.spans, start, end)).filter(filter);
  // For a caret, act on the innermost span only.
  return { uri: ed.document.uri, spans: start === end ? spans.slice(0, 1) : spans };
}

function spansOverlapping(spans: readonly AnnotationSpan[], start: number, end: number): AnnotationSpan[] {
  return spans.filter((s) => !s.orphan && s.start < end && s.end > start);
}

export function who(): { author: string; time: string } {
  const configured = vscode.workspace.getConfiguration('newsAnnotator').get<string>('author', '');
  let author = configured;
  if (!author) {
    try {
      author = os.userInfo().username;
    } catch {
      author = 'annotator';
    }
  }
  return { author, time: new Date().toISOString() };
}
