import * as vscode from 'vscode';
import { analyzeDocument } from '../../core/analyze';
import { suggestionsFromEntities } from '../../core/annotations';
import type { ArticleRegistry } from '../articles/articleRegistry';
import type { EntityService } from '../entities/entityService';
import { SECTION, Setting } from '../keys';
import { Disposable } from '../util/dispose';
import { decodeText } from '../util/fsUtil';
import type { AnnotationStore } from './annotationStore';

/** Runs the analyser and merges its suggestions into the store (never accepting anything). */
export class PreAnnotator extends Disposable {
  constructor(
    private readonly store: AnnotationStore,
    private readonly registry: ArticleRegistry,
    private readonly entities: EntityService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((d) => void this.onOpen(d)));
    void this.registry.whenReady().then(() => {
      for (const d of vscode.workspace.textDocuments) void this.onOpen(d);
    });
    this._register(this.registry.onDidChange(() => {
      for (const d of vscode.workspace.textDocuments) void this.onOpen(d);
    }));
  }

  private async onOpen(doc: vscode.TextDocument): Promise<void> {
    if (!this.registry.isArticle(doc)) return;
    try {
      const state = await this.store.open(doc.uri);
      const pre = vscode.workspace.getConfiguration(SECTION).get<boolean>(Setting.PreAnnotateOnOpen, true);
      if (pre && !state.readOnly && !this.done.has(doc.uri.toString())) {
        // Let the stored highlights paint first: analysis of a large article takes a while.
        await new Promise((r) => setTimeout(r, 100));
        if (!doc.isClosed) await this.annotate(doc.uri);
      }
    } catch (err) {
      this.log.error(`${doc.uri.toString()}: ${(err as Error).message}`);
    }
  }

  /** Articles pre-annotated in this session (on open, once). */
  private readonly done = new Set<string>();

  /** Analyse one article and merge the suggestions. Returns how many were added. */
  async annotate(uri: vscode.Uri, text?: string): Promise<number> {
    await this.entities.whenReady();
    const state = await this.store.open(uri, text);
    if (state.readOnly) return 0;
    const t = this.store.textOf(uri) ?? text ?? '';
    const started = Date.now();
    // The prepared knowledge base is reused across documents (`kb` is ignored by analysers that lack it).
    const options = { extraEntities: this.entities.extraEntities(), kb: this.entities.kb() };
    const analysis = analyzeDocument(t, options);
    const suggestions = suggestionsFromEntities(analysis.entities, 'news-annotator', new Date().toISOString());
    let added = 0;
    await this.store.mutate(
      uri,
      (set) => {
        added = set.mergeSuggestions(suggestions).added;
      },
      'annotate',
    );
    this.done.add(uri.toString());
    this.log.info(`${state.relPath}: ${analysis.entities.length} suggestion(s), ${added} new, in ${Date.now() - started} ms`);
    return added;
  }

  /** Annotate every article of the workspace, with progress and cancellation. */
  async annotateWorkspace(): Promise<{ files: number; added: number; cancelled: boolean }> {
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('News Annotator: annotating workspace'), cancellable: true },
      async (progress, token) => {
        const files = await this.registry.findArticles(token);
        let added = 0;
        let n = 0;
        for (const uri of files) {
          if (token.isCancellationRequested) break;
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, files.length) });
          try {
            const isOpen = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
            const text = isOpen ? undefined : decodeText(await vscode.workspace.fs.readFile(uri));
            added += await this.annotate(uri, text);
            if (!isOpen) await this.store.release(uri);
          } catch (err) {
            this.log.error(`${vscode.workspace.asRelativePath(uri)}: ${(err as Error).message}`);
          }
          n++;
          await new Promise((r) => setTimeout(r, 0)); // yield to the extension host
        }
        return { files: n, added, cancelled: token.isCancellationRequested };
      },
    );
  }
}
