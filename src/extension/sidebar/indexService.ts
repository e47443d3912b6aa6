/**
 * Owns the corpus index for the workspace: finds the articles, loads the cache, runs the indexing
 * workers (with progress in the Meetings view and a cancel), follows file and annotation changes,
 * saves the cache, and announces each `IndexChange` so the views refresh only what changed.
 */
import * as vscode from 'vscode';
import { CorpusIndex } from '../../core/index/corpusIndex';
import { emptyChange, isEmptyChange, stampOf, type ArticleEntry, type IndexChange } from '../../core/index/types';
import type { KbEntity, Meeting } from '../../core/model';
import { MARKER_FOLDER, SECTION, Setting, ViewId } from '../keys';
import { Disposable } from '../util/dispose';
import type { SidebarAnnotations } from './annotationsBridge';
import { loadCache, saveCache, yieldNow } from './cacheFile';
import { SlicedApplier } from './indexer/applier';
import { IndexWorkerPool, type IndexRunResult } from './indexer/client';
import type { WorkItem } from './indexer/protocol';
import { prepareMeetings } from './meetingModel';
import { ReviewStore } from './reviewStore';
import { ContextKeys, SidebarContext } from './contextKeys';

export interface SidebarChange extends IndexChange {
  /** Everything may have changed (cache loaded, full reset). */
  reset?: boolean;
}

export interface IndexServiceOptions {
  annotations?: SidebarAnnotations;
  /** Extra knowledge-base entities of the workspace (entities.json), passed to the analyser. */
  extraEntities?: () => Promise<KbEntity[] | undefined>;
  /** Human meeting decisions, applied over the merged meetings. */
  applyDecisions?: (merged: Meeting[]) => Meeting[];
  /** The article files of the workspace (the editor's article registry); default: the glob. */
  findArticles?: (token?: vscode.CancellationToken) => Promise<vscode.Uri[]>;
}

const EXCLUDE = `**/{node_modules,.git,${MARKER_FOLDER}}/**`;
const CACHE_FILE = 'index-cache.jsonl';

/** Quiet time after the last annotation change of an article before the sidebar re-indexes it. */
const REINDEX_DELAY_MS = 300;

export class IndexService extends Disposable {
  readonly index: CorpusIndex;
  readonly review: ReviewStore;
  readonly contextKeys = new ContextKeys();
  private readonly changeEmitter = this._register(new vscode.EventEmitter<SidebarChange>());
  readonly onDidChange = this.changeEmitter.event;
  private readonly uris = new Map<string, vscode.Uri>();
  private pool: IndexWorkerPool | undefined;
  private cancelCurrent: (() => void) | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly reindexTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private _indexing = false;
  private _discovered = false;
  private analyzer: string;

  constructor(private readonly context: vscode.ExtensionContext, private readonly log: vscode.LogOutputChannel, readonly options: IndexServiceOptions = {}) {
    super();
    this.index = new CorpusIndex({ applyDecisions: options.applyDecisions });
    this.review = new ReviewStore(vscode.workspace.workspaceFolders?.[0]?.uri);
    this.analyzer = `${(context.extension.packageJSON as { version?: string }).version ?? '0'}`;
    this._register({ dispose: () => { this.cancel(); this.pool?.dispose(); if (this.saveTimer) clearTimeout(this.saveTimer); for (const t of this.reindexTimers.values()) clearTimeout(t); } });
    this.watchFiles();
    if (options.annotations) {
      this._register(options.annotations.onDidChangeAnnotations((uri) => this.scheduleReindex(uri)));
    }
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.${Setting.ArticleGlob}`)) void this.indexWorkspace();
    }));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.indexWorkspace()));
  }

  /**
   * Re-index an article after its annotations changed, debounced per article: typing fires a change on
   * every keystroke, and each re-index sends the whole text to the index worker.
   */
  private scheduleReindex(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.reindexTimers.get(key);
    if (pending) clearTimeout(pending);
    this.reindexTimers.set(key, setTimeout(() => {
      this.reindexTimers.delete(key);
      void this.reindex([uri], { force: true });
    }, REINDEX_DELAY_MS));
  }

  get indexing(): boolean {
    return this._indexing;
  }

  /** Document id of an article URI: path relative to its workspace folder ('/'-separated). */
  idOf(uri: vscode.Uri): string {
    const multi = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    return vscode.workspace.asRelativePath(uri, multi);
  }

  uriOf(id: string): vscode.Uri | undefined {
    const known = this.uris.get(id);
    if (known) return known;
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, id) : undefined;
  }

  /** An article's current text (the editor's when open), or undefined when it cannot be read. */
  async textOf(id: string): Promise<string | undefined> {
    const uri = this.uriOf(id);
    if (!uri) return undefined;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
    } catch {
      return undefined;
    }
  }

  isArticle(uri: vscode.Uri): boolean {
    return this.uris.has(this.idOf(uri));
  }

  /** Load the review states and the cache (tree shown at once), then re-index what changed. */
  async start(): Promise<void> {
    const problem = await this.review.load();
    if (problem) this.log.warn(problem);
    await this.loadFromCache();
    await this.indexWorkspace();
  }

  /** Fill the index from the cache in storageUri; returns the number of entries (undefined: no usable cache). */
  async loadFromCache(): Promise<number | undefined> {
    const storage = this.context.storageUri;
    if (!storage) return undefined;
    const started = Date.now();
    // Cached entries go into the index in short slices; the views refresh once at the end.
    const applier = new SlicedApplier<ArticleEntry>((entries) => prepareMeetings(this.index.upsert(entries), (id) => this.index.meeting(id)));
    const n = await loadCache(vscode.Uri.joinPath(storage, CACHE_FILE), this.analyzer, (entries) => applier.push(entries));
    await applier.drain();
    if (n !== undefined) {
      this.fire({ ...emptyChange(), reset: true });
      this.log.info(`index cache: ${n} articles in ${Date.now() - started} ms`);
      await this.updateContext(true);
    }
    return n;
  }

  /** Find the article files of the workspace. */
  async discover(): Promise<vscode.Uri[]> {
    if (!vscode.workspace.workspaceFolders?.length) return [];
    if (this.options.findArticles) return this.options.findArticles();
    const glob = vscode.workspace.getConfiguration(SECTION).get<string>(Setting.ArticleGlob, '**/*.txt') || '**/*.txt';
    const found = await vscode.workspace.findFiles(`{${glob},**/*.article,**/*.news.txt}`, EXCLUDE);
    return found.sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
  }

  /** Index the whole workspace: only new or changed files are read (unless `force`). */
  indexWorkspace(opts: { force?: boolean } = {}): Promise<IndexRunResult | undefined> {
    this.cancel();
    return this.enqueue(() => this.runWorkspace(opts.force === true));
  }

  /** Re-index some articles (a file or its annotations changed). */
  reindex(uris: vscode.Uri[], opts: { force?: boolean } = {}): Promise<IndexRunResult | undefined> {
    return this.enqueue(async () => {
      const items: WorkItem[] = [];
      for (const uri of uris) {
        const id = this.idOf(uri);
        if (!this.uris.has(id) && !(await this.matchesGlob(uri))) continue;
        this.uris.set(id, uri);
        items.push(await this.workItem(uri, opts.force === true));
      }
      if (!items.length) return undefined;
      return this.run(items, false);
    });
  }

  /** Stop the running indexing job (the entries indexed so far stay). */
  cancel(): void {
    this.cancelCurrent?.();
  }

  async setDone(id: string, done: boolean): Promise<void> {
    await this.review.setDone(id, done);
    this.fire(this.index.setDone(id, done));
    this.scheduleSave();
  }

  /** Re-apply human meeting decisions (the decisions changed). */
  setDecisions(apply: ((merged: Meeting[]) => Meeting[]) | undefined): void {
    this.fire(this.index.setDecisions(apply));
  }

  /** Fold merged entities in the Entities view: group mentions by `resolve(entityId)`. */
  setEntityResolver(resolve: (id: string) => string): void {
    this.fire(this.index.setEntityResolver(resolve));
  }

  private fire(change: SidebarChange): void {
    if (change.reset || !isEmptyChange(change)) {
      this.changeEmitter.fire(change);
      void this.updateContext(this._discovered);
    }
  }

  private async matchesGlob(uri: vscode.Uri): Promise<boolean> {
    const all = await this.discover();
    return all.some((u) => u.toString() === uri.toString());
  }

  private enqueue<T>(fn: () => Promise<T>): Promise<T | undefined> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next.catch((err: unknown) => {
      this.log.error(`indexing failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: indexing failed: {0}', err instanceof Error ? err.message : String(err)));
      return undefined;
    });
  }

  private async workItem(uri: vscode.Uri, force: boolean): Promise<WorkItem> {
    const id = this.idOf(uri);
    const known = this.index.article(id);
    const item: WorkItem = { id, cached: known && stampOf(known), done: this.review.isDone(id) };
    if (force) item.force = true;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty || uri.scheme !== 'file') item.text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
    else item.file = uri.fsPath;
    const bridge = this.options.annotations;
    if (bridge) {
      const spans = await bridge.spansFor(uri);
      if (spans) {
        item.annotations = { spans };
        if (!item.text && open) item.text = open.getText();
      } else {
        const file = await bridge.annotationFileFor?.(uri);
        if (file?.scheme === 'file') item.annotationsFile = file.fsPath;
      }
    }
    return item;
  }

  private async runWorkspace(force: boolean): Promise<IndexRunResult | undefined> {
    const uris = await this.discover();
    this._discovered = true;
    const seen = new Set<string>();
    const items: WorkItem[] = [];
    let sliceStart = performance.now();
    for (const uri of uris) {
      const id = this.idOf(uri);
      seen.add(id);
      this.uris.set(id, uri);
      items.push(await this.workItem(uri, force));
      if (performance.now() - sliceStart > 10) { await yieldNow(); sliceStart = performance.now(); }
    }
    const gone = this.index.articles().map((e) => e.path).filter((p) => !seen.has(p));
    for (const id of [...this.uris.keys()]) if (!seen.has(id)) this.uris.delete(id);
    if (gone.length) this.fire(this.index.remove(gone));
    await this.updateContext(true);
    const result = await this.run(items, true);
    await this.updateContext(true);
    return result;
  }

  private workerPool(): IndexWorkerPool {
    if (!this.pool) {
      const file = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'indexWorker.js').fsPath;
      const size = vscode.workspace.getConfiguration(SECTION).get<number>('sidebar.indexWorkers', 1);
      this.pool = new IndexWorkerPool(file, Math.max(1, Math.min(4, size)));
    }
    return this.pool;
  }

  private async run(items: WorkItem[], showProgress: boolean): Promise<IndexRunResult> {
    const extraEntities = await this.options.extraEntities?.();
    const work = async (progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<IndexRunResult> => {
      this._indexing = true;
      await this.contextKeys.set(SidebarContext.Indexing, true);
      let done = 0;
      // Entries are merged into the index in short slices, never in one long task.
      const applier = new SlicedApplier<ArticleEntry>((entries) => {
        const change = this.index.upsert(entries);
        prepareMeetings(change, (id) => this.index.meeting(id));
        this.fire(change);
      });
      try {
        const result = await this.workerPool().run({
          items,
          extraEntities,
          onCancel: (cancel) => { this.cancelCurrent = cancel; },
          onBatch: (b) => {
            applier.push(b.entries);
            const change: SidebarChange = emptyChange();
            for (const t of b.touched) this.index.touch(t.id, t.mtime);
            for (const m of b.missing) this.log.warn(`cannot read ${m.id}: ${m.reason}`);
            const missing = b.missing.map((m) => m.id).filter((id) => this.index.article(id));
            if (missing.length) mergeInto(change, this.index.remove(missing));
            this.fire(change);
            done += b.handled;
            if (progress && items.length) {
              progress.report({ message: vscode.l10n.t('{0} of {1} articles', done, items.length), increment: (100 * b.handled) / items.length });
            }
          },
        });
        await applier.drain();
        if (result.analysed || this.index.size) this.scheduleSave();
        this.log.info(`indexed ${items.length} articles: ${result.analysed} analysed, ${result.reused} unchanged${result.cancelled ? ' (cancelled)' : ''}`);
        return result;
      } finally {
        this.cancelCurrent = undefined;
        this._indexing = false;
        await this.contextKeys.set(SidebarContext.Indexing, false);
      }
    };
    if (!showProgress) return work();
    return vscode.window.withProgress({ location: { viewId: ViewId.Meetings }, title: vscode.l10n.t('Indexing articles'), cancellable: true }, (progress, token) => {
      token.onCancellationRequested(() => this.cancel());
      return work(progress);
    });
  }

  private scheduleSave(): void {
    const storage = this.context.storageUri;
    if (!storage) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.enqueue(() => saveCache(vscode.Uri.joinPath(storage, CACHE_FILE), this.analyzer, this.index.articles()));
    }, 1000);
  }

  /** Force a cache write now (tests, deactivation). */
  async flushCache(): Promise<void> {
    const storage = this.context.storageUri;
    if (!storage) return;
    if (this.saveTimer) { clearTimeout(this.saveTimer); this.saveTimer = undefined; }
    await this.enqueue(() => saveCache(vscode.Uri.joinPath(storage, CACHE_FILE), this.analyzer, this.index.articles()));
  }

  private async updateContext(discovered: boolean): Promise<void> {
    const articles = this.index.size > 0 || this.uris.size > 0;
    await this.contextKeys.set(SidebarContext.Indexed, discovered);
    await this.contextKeys.set(SidebarContext.HasArticles, articles);
    await this.contextKeys.set(SidebarContext.HasMeetings, this.index.meetings().length > 0);
    await this.contextKeys.set(SidebarContext.HasEntities, this.index.entities.labels().length > 0);
  }

  private watchFiles(): void {
    const watcher = this._register(vscode.workspace.createFileSystemWatcher('**/*'));
    const pending = new Map<string, vscode.Uri>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      const uris = [...pending.values()];
      pending.clear();
      void this.reindex(uris);
    };
    const changed = (uri: vscode.Uri) => {
      if (uri.path.includes(`/${MARKER_FOLDER}/`) || uri.path.includes('/.git/')) return;
      pending.set(uri.toString(), uri);
      if (!timer) timer = setTimeout(flush, 300);
    };
    this._register(watcher.onDidChange(changed));
    this._register(watcher.onDidCreate(changed));
    this._register(watcher.onDidDelete((uri) => {
      const id = this.idOf(uri);
      const prefix = id.endsWith('/') ? id : `${id}/`;
      const gone = this.index.articles().map((e) => e.path).filter((p) => p === id || p.startsWith(prefix));
      for (const p of gone) this.uris.delete(p);
      if (gone.length) { this.fire(this.index.remove(gone)); this.scheduleSave(); }
    }));
  }

  /** For tests and the article view: entries sorted by path. */
  articles(): ArticleEntry[] {
    return this.index.articles().sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

function mergeInto(into: IndexChange, from: IndexChange): void {
  for (const k of Object.keys(emptyChange()) as (keyof IndexChange)[]) into[k].push(...from[k]);
}
