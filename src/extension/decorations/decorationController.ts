import * as vscode from 'vscode';
import { allDecorationKeys, groupForDecoration, type BoilerplateMode } from '../../core/annotations';
import type { ArticleRegistry } from '../articles/articleRegistry';
import { SECTION, Setting } from '../keys';
import type { AnnotationStore } from '../store/annotationStore';
import { Disposable } from '../util/dispose';

/** Colour id (contributes.colors) of a decorated label. */
export function colorIdOf(label: string): string {
  return `newsAnnotator.${label === 'OTHER' ? 'other' : label.toLowerCase()}`;
}

/**
 * Highlights spans in visible article editors: one decoration type per (label, status, dimmed),
 * created once. Colours come from contributes.colors (`newsAnnotator.<label>` fill, `newsAnnotator.<label>Border`).
 * Accepted spans: filled with a solid border; suggestions: dashed border, no fill;
 * boilerplate spans dimmed (dotted) or hidden by `newsAnnotator.boilerplateSpans`. Updates are
 * debounced per document and only touch visible editors.
 */
export class DecorationController extends Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Number of decoration passes (for tests and diagnostics). */
  updates = 0;

  constructor(
    private readonly store: AnnotationStore,
    private readonly registry: ArticleRegistry,
    private readonly delay = 30,
  ) {
    super();
    for (const key of allDecorationKeys()) this.types.set(key, this._register(vscode.window.createTextEditorDecorationType(styleOf(key))));
    this._register(store.onDidChangeAnnotations((e) => this.schedule(e.uri)));
    this._register(vscode.window.onDidChangeVisibleTextEditors((eds) => eds.forEach((ed) => this.schedule(ed.document.uri))));
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
    const groups = groupForDecoration(state && this.registry.isArticle(editors[0].document) ? state.set.spans : [], mode);
    this.updates++;
    for (const ed of editors) {
      const doc = ed.document;
      for (const [key, spans] of groups) {
        const type = this.types.get(key)!;
        ed.setDecorations(
          type,
          spans.map((s) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end))),
        );
      }
    }
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
