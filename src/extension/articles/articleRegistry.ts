import * as vscode from 'vscode';
import { LANGUAGE_ID, MARKER_FOLDER, SECTION, Setting } from '../keys';
import { Disposable } from '../util/dispose';

/**
 * Decides which documents are articles: the `news-article` language, or files matching
 * `newsAnnotator.articleGlob` inside a workspace folder that contains a `.news-annotator/` folder.
 * Annotation files and anything inside `.news-annotator/` are never articles.
 */
export class ArticleRegistry extends Disposable {
  /** Workspace folder URI -> has a marker folder. */
  private readonly marked = new Map<string, boolean>();
  private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
  /** Fired when the set of articles may have changed (marker folders or settings). */
  readonly onDidChange = this._onDidChange.event;
  private ready: Promise<void>;

  constructor() {
    super();
    this.ready = this.refresh();
    const w = this._register(vscode.workspace.createFileSystemWatcher(`**/${MARKER_FOLDER}`));
    const again = () => {
      this.ready = this.refresh();
    };
    this._register(w.onDidCreate(again));
    this._register(w.onDidDelete(again));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(again));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.${Setting.ArticleGlob}`)) this._onDidChange.fire();
      }),
    );
  }

  /** Resolves once marker folders have been checked. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  private async refresh(): Promise<void> {
    for (const f of vscode.workspace.workspaceFolders ?? []) {
      let has = false;
      try {
        const st = await vscode.workspace.fs.stat(vscode.Uri.joinPath(f.uri, MARKER_FOLDER));
        has = (st.type & vscode.FileType.Directory) !== 0;
      } catch {
        has = false;
      }
      this.marked.set(f.uri.toString(), has);
    }
    this._onDidChange.fire();
  }

  glob(): string {
    return vscode.workspace.getConfiguration(SECTION).get<string>(Setting.ArticleGlob, '**/*.txt') || '**/*.txt';
  }

  /** Is this open document an article? */
  isArticle(doc: vscode.TextDocument): boolean {
    if (isAnnotationPath(doc.uri)) return false;
    if (doc.languageId === LANGUAGE_ID) return true;
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    if (!folder || !this.marked.get(folder.uri.toString())) return false;
    return vscode.languages.match({ pattern: new vscode.RelativePattern(folder, this.glob()) }, doc) > 0;
  }

  /** Every article file of the workspace (glob in marked folders, plus news-article extensions). */
  async findArticles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    await this.ready;
    const out = new Map<string, vscode.Uri>();
    for (const f of vscode.workspace.workspaceFolders ?? []) {
      const patterns = ['**/*.article', '**/*.news.txt'];
      if (this.marked.get(f.uri.toString())) patterns.push(this.glob());
      for (const p of patterns) {
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(f, p), `**/{node_modules,${MARKER_FOLDER}}/**`, undefined, token);
        for (const u of found) if (!isAnnotationPath(u)) out.set(u.toString(), u);
      }
    }
    return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

/** Annotation files and the extension's own folder are never articles. */
export function isAnnotationPath(uri: vscode.Uri): boolean {
  return uri.path.includes(`/${MARKER_FOLDER}/`) || uri.path.endsWith('.annotations.json') || /\.tmp-[0-9a-f]+$/.test(uri.path);
}
