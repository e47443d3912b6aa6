/** Article actions: annotate, mark done / not done. */
import * as vscode from 'vscode';
import { CommandId } from '../commandIds';
import { Disposable } from '../util/dispose';
import type { ArticleNode, ArticlesView } from './articlesView';
import type { IndexService } from './indexService';

export class ArticleCommands extends Disposable {
  constructor(private readonly service: IndexService, private readonly view: ArticlesView) {
    super();
    const reg = (id: CommandId, fn: (...args: never[]) => unknown) => this._register(vscode.commands.registerCommand(id, fn as (...a: unknown[]) => unknown));
    reg(CommandId.AnnotateArticle, (n?: ArticleNode | vscode.Uri) => this.annotate(n));
    reg(CommandId.MarkArticleDone, (n?: ArticleNode, sel?: ArticleNode[]) => this.mark(n, sel, true));
    reg(CommandId.MarkArticleNotDone, (n?: ArticleNode, sel?: ArticleNode[]) => this.mark(n, sel, false));
  }

  private ids(n: ArticleNode | undefined, sel?: ArticleNode[]): string[] {
    const nodes = sel?.length && (!n || sel.some((s) => s.id === n.id)) ? sel : n ? [n] : [...this.view.view.selection];
    return nodes.map((x) => x.id);
  }

  /** Open the article and run the editor's Annotate Current Article on it. */
  async annotate(n: ArticleNode | vscode.Uri | undefined): Promise<boolean> {
    const uri = n instanceof vscode.Uri ? n : n ? this.service.uriOf(n.id) : undefined;
    if (!uri) return false;
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand(CommandId.AnnotateFile, uri);
    return true;
  }

  async mark(n: ArticleNode | undefined, sel: ArticleNode[] | undefined, done: boolean): Promise<boolean> {
    const ids = this.ids(n, sel);
    try {
      for (const id of ids) await this.service.setDone(id, done);
    } catch (err) {
      void vscode.window.showErrorMessage((err as Error).message);
      return false;
    }
    return ids.length > 0;
  }
}
