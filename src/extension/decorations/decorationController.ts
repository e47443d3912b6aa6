import * as vscode from 'vscode';
import { allDecorationKeys, type AnnotationSpan, type BoilerplateMode } from '../../core/annotations';
import type { ArticleRegistry } from '../articles/articleRegistry';
import { SECTION, Setting } from '../keys';
import type { AnnotationStore } from '../store/annotationStore';
import { Disposable } from '../util/dispose';
import { decorationWindow, groupVisible, WINDOW_MARGIN_LINES, WINDOW_THRESHOLD } from './visibleSpans';


/** Colour id (contributes.colors) of a decorated label. */
export function colorIdOf(label: string): string {
  return `newsAnnotator.${label === 'OTHER' ? 'other' : label.toLowerCase()}`;
}

/**
 * Highlights spans in visible article editors: one decoration type per (label, status, dimmed),
 * created once. Colours come from contributes.colors (`newsAnnotator.<label>` fill, `newsAnnotator.<label>Border`).
 * Accepted spans: filled with a solid border; suggestions: dashed border, no fill;
 * boilerplate spans dimmed (dotted) or hidden by `newsAnnotator.boilerplateSpans`. Updates are
 * debounced per document and only touch visible editors; in articles with thousands of spans only the
 * visible part (plus a margin) is decorated and scrolling updates it. Between updates VS Code itself
 * moves existing decorations with the text.
 */
export class DecorationController extends Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Number of decoration passes, and ranges set by the last one (for tests and diagnostics). */
  updates = 0;
  lastRangeCount = 0;
  /** Offsets decorated by the last pass in a large article (undefined: the whole article). */
  lastWindow: { start: number; end: number } | undefined;

  constructor(
    private readonly store: AnnotationStore,
    private readonly registry: ArticleRegistry,
    private readonly delay = 30,
  ) {
    super();
    for (const key of allDecorationKeys()) this.types.set(key, this._register(vscode.window.createTextEditorDecorationType(styleOf(key))));
    this._register(store.onDidChangeAnnotations((e) => this.schedule(e.uri)));
    this._register(vscode.window.onDidChangeVisibleTextEditors((eds) => eds.forEach((ed) => this.schedule(ed.document.uri))));
    // Large articles are decorated around the visible part only: follow scrolling.
    this._register(
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if ((this.store.get(e.textEditor.document.uri)?.set.spans.length ?? 0) > WINDOW_THRESHOLD) this.schedule(e.textEditor.document.uri);
      }),
    );
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.${Setting.BoilerplateSpans}`)) vscode.window.visibleTextEditors.forEach((ed) => this.schedule(ed.document.uri));
      }),
    );
    this._register({ dispose: () => this.pending.forEach((t) => clearTimeout(t)) });
  }

  private schedule(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.pending.has(key)) return;
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        this.refresh(uri);
      }, this.delay),
    );
  }

  /** Re-decorate every visible editor of `uri` now. */
  refresh(uri: vscode.Uri): void {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === uri.toString());
    if (editors.length === 0) return;
    const state = this.store.get(uri);
    const mode = vscode.workspace.getConfiguration(SECTION).get<BoilerplateMode>(Setting.BoilerplateSpans, 'dim');
    const spans: readonly AnnotationSpan[] = state && this.registry.isArticle(editors[0].document) ? state.set.spans : [];
    this.updates++;
    this.lastRangeCount = 0;
    for (const ed of editors) {
      const doc = ed.document;
      const window = this.windowOf(ed, spans.length);
      this.lastWindow = window;
      // Only the spans in the window are grouped and converted (every key is set, so stale ranges clear).
      for (const [key, shown] of groupVisible(spans, mode, window)) {
        const type = this.types.get(key)!;
        this.lastRangeCount += shown.length;
        const ranges = new Array<vscode.Range>(shown.length);
        for (let i = 0; i < shown.length; i++) ranges[i] = new vscode.Range(doc.positionAt(shown[i].start), doc.positionAt(shown[i].end));
        ed.setDecorations(type, ranges);
      }
    }
  }

  /** For articles with many spans: the visible ranges plus a generous margin, as offsets. */
  private windowOf(ed: vscode.TextEditor, spanCount: number): { start: number; end: number } | undefined {
    if (spanCount <= WINDOW_THRESHOLD || ed.visibleRanges.length === 0) return undefined;
    const doc = ed.document;
    const first = Math.max(0, ed.visibleRanges[0].start.line - WINDOW_MARGIN_LINES);
    const last = Math.min(doc.lineCount - 1, ed.visibleRanges[ed.visibleRanges.length - 1].end.line + WINDOW_MARGIN_LINES);
    const visibleStart = doc.offsetAt(ed.visibleRanges[0].start);
    const visibleEnd = doc.offsetAt(ed.visibleRanges[ed.visibleRanges.length - 1].end);
    return decorationWindow(visibleStart, visibleEnd, doc.offsetAt(new vscode.Position(first, 0)), doc.offsetAt(doc.lineAt(last).range.end));
  }
}

function styleOf(key: string): vscode.DecorationRenderOptions {
  const [label, status, dim] = key.split('|');
  const color = new vscode.ThemeColor(colorIdOf(label));
  const border = new vscode.ThemeColor(`${colorIdOf(label)}Border`);
  const rulerColor = border;
  if (dim === 'dim') {
    return { borderWidth: '0 0 1px 0', borderStyle: 'dotted', borderColor: border, opacity: '0.75' };
  }
  if (status === 'accepted') {
    return {
      backgroundColor: color,
      borderWidth: '1px',
      borderStyle: 'solid',
      borderColor: border,
      borderRadius: '2px',
      overviewRulerColor: rulerColor,
      overviewRulerLane: vscode.OverviewRulerLane.Center,
    };
  }
  return {
    borderWidth: '1px',
    borderStyle: 'dashed',
    borderColor: border,
    borderRadius: '2px',
    overviewRulerColor: rulerColor,
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  };
}
