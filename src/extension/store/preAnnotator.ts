import * as vscode from 'vscode';
import { shiftSpans, suggestionsFromEntities, type AnnotationSpan, type TextChange } from '../../core/annotations';
import type { DocumentAnalysis, KbEntity } from '../../core/model';
import type { ArticleRegistry } from '../articles/articleRegistry';
import type { EntityService } from '../entities/entityService';
import { SECTION, Setting } from '../keys';
import { Disposable } from '../util/dispose';
import { decodeText } from '../util/fsUtil';
import type { AnnotationStore } from './annotationStore';

/** Analysis off the extension host's thread (src/extension/analysis/client.ts). */
export interface Analyzer {
  /** `entitiesOnly`: zones and sentences may be left out. */
  analyze(text: string, extraEntities?: KbEntity[], entitiesOnly?: boolean): Promise<DocumentAnalysis>;
}

/** Suggestions converted per host task (then the host may run other work). */
const CONVERT_SLICE = 2_000;
const yieldToHost = () => new Promise<void>((r) => setImmediate(r));

/**
 * Runs the analyser (on a worker thread, see `Analyzer`) and merges its suggestions into the store
 * (never accepting anything). Edits made while the worker analyses are replayed over the suggestions
 * (re-anchored by the same shifting as stored spans); a suggestion whose text was edited is dropped.
 */
export class PreAnnotator extends Disposable {
  /** Edits to open articles while an analysis of them is in flight, by URI. */
  private readonly inFlight = new Map<string, Set<TextChange[][]>>();

  constructor(
    private readonly store: AnnotationStore,
    private readonly registry: ArticleRegistry,
    private readonly entities: EntityService,
    private readonly log: vscode.LogOutputChannel,
    private readonly analyzer: Analyzer,
  ) {
    super();
    this._register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        const lists = this.inFlight.get(e.document.uri.toString());
        if (!lists || e.contentChanges.length === 0) return;
        const changes = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
        for (const edits of lists) edits.push(changes);
      }),
    );
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
      const key = doc.uri.toString();
      if (pre && !state.readOnly && !this.done.has(key) && !this.opening.has(key)) {
        this.opening.add(key);
        try {
          // Let the stored highlights paint first; the analysis itself runs on a worker thread.
          await new Promise((r) => setTimeout(r, 20));
          if (!doc.isClosed) await this.annotate(doc.uri);
        } finally {
          this.opening.delete(key);
        }
      }
    } catch (err) {
      this.log.error(`${doc.uri.toString()}: ${(err as Error).message}`);
    }
  }

  /** Articles pre-annotated in this session (on open, once). */
  private readonly done = new Set<string>();
  /** Articles whose pre-annotation on open is under way. */
  private readonly opening = new Set<string>();

  /** Analyse one article and merge the suggestions. Returns how many were added. */
  async annotate(uri: vscode.Uri, text?: string): Promise<number> {
    await this.entities.whenReady();
    const state = await this.store.open(uri, text);
    if (state.readOnly) return 0;
    const key = uri.toString();
    const t = this.store.textOf(uri) ?? text ?? '';
    const started = Date.now();
    // Edits from now on are recorded for this request (several may be in flight for one article).
    const edits: TextChange[][] = [];
    let lists = this.inFlight.get(key);
    if (!lists) this.inFlight.set(key, (lists = new Set()));
    lists.add(edits);
    let analysis: DocumentAnalysis;
    let suggestions: AnnotationSpan[] = [];
    let dropped = 0;
    let analysedIn = 0;
    try {
      analysis = await this.analyzer.analyze(t, this.entities.extraEntities(), true);
      analysedIn = Date.now() - started;
      // Converted in slices, so a large article's suggestions never hold the host for long.
      const time = new Date().toISOString();
      const { entities } = analysis;
      for (let i = 0; i < entities.length; i += CONVERT_SLICE) {
        if (i > 0) await yieldToHost();
        for (const s of suggestionsFromEntities(entities.slice(i, i + CONVERT_SLICE), 'news-annotator', time)) suggestions.push(s);
      }
      if (edits.length) {
        // The article changed while it was analysed: move the suggestions with the edits.
        for (const changes of edits) suggestions = shiftSpans(suggestions, changes, 'drop').spans;
        const now = this.store.textOf(uri);
        const before = suggestions.length;
        if (now !== undefined) suggestions = suggestions.filter((s) => now.slice(s.start, s.end) === s.text);
        dropped = before - suggestions.length;
      }
    } finally {
      lists.delete(edits);
      if (lists.size === 0 && this.inFlight.get(key) === lists) this.inFlight.delete(key);
    }
    if (!this.store.get(uri)) return 0; // closed (and released) meanwhile
    let added = 0;
    await this.store.mutate(
      uri,
      (set) => {
        added = set.mergeSuggestions(suggestions).added;
      },
      'annotate',
    );
    this.done.add(key);
    const moved = edits.length ? `, ${edits.length} edit(s) during analysis replayed (${dropped} dropped)` : '';
    this.log.info(`${state.relPath}: ${analysis.entities.length} suggestion(s), ${added} new, analysed in ${analysedIn} ms${moved}`);
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
