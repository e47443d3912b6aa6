import * as vscode from 'vscode';
import type { ArticleRegistry } from '../articles/articleRegistry';
import { CommandId } from '../commandIds';
import { ContextKey } from '../keys';
import type { AnnotationStore } from '../store/annotationStore';
import { Disposable } from '../util/dispose';

/** Status bar item with the current article's counts; also maintains the `newsAnnotator.isArticle` context key. */
export class AnnotationStatusBar extends Disposable {
  readonly item: vscode.StatusBarItem;
  private lastIsArticle: boolean | undefined;

  constructor(
    private readonly store: AnnotationStore,
    private readonly registry: ArticleRegistry,
  ) {
    super();
    this.item = this._register(vscode.window.createStatusBarItem('newsAnnotator.counts', vscode.StatusBarAlignment.Right, 100));
    this.item.name = vscode.l10n.t('News Annotator Counts');
    this.item.command = CommandId.NextSuggestion;
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(store.onDidChangeAnnotations((e) => {
      if (e.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
    }));
    this._register(registry.onDidChange(() => this.update()));
    this.update();
  }

  update(): void {
    const ed = vscode.window.activeTextEditor;
    const isArticle = !!ed && this.registry.isArticle(ed.document);
    if (isArticle !== this.lastIsArticle) {
      this.lastIsArticle = isArticle;
      void vscode.commands.executeCommand('setContext', ContextKey.IsArticle, isArticle);
    }
    if (!ed || !isArticle) {
      this.item.hide();
      return;
    }
    const state = this.store.get(ed.document.uri);
    if (!state) {
      this.item.text = '$(tag) …';
      this.item.show();
      return;
    }
    const c = state.set.counts();
    const lock = state.readOnly ? '$(lock) ' : '';
    this.item.text = `${lock}$(tag) ${c.accepted} $(lightbulb) ${c.suggested}${c.orphans ? ` $(warning) ${c.orphans}` : ''}`;
    this.item.tooltip = state.readOnly
      ? vscode.l10n.t('Annotations are read-only: {0}', state.readOnly.reason)
      : vscode.l10n.t('{0} accepted, {1} pending suggestions, {2} rejected, {3} orphaned. Click for the next suggestion.', c.accepted, c.suggested, c.rejected, c.orphans);
    this.item.show();
  }
}
