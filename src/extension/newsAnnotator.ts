import * as vscode from 'vscode';
import type { AnnotationSpan, SpanCounts } from '../core/annotations';
import { analyzeDocument } from '../core/analyze';
import { AnalysisClient } from './analysis/client';
import type { NewsAnnotatorApi } from './api';
import { ArticleRegistry } from './articles/articleRegistry';
import { CorpusCommands } from './commands/corpusCommands';
import { TaggingCommands } from './commands/taggingCommands';
import { DecorationController } from './decorations/decorationController';
import { EntityService } from './entities/entityService';
import { ExportCommands } from './export/exportCommands';
import { AnnotationHover } from './hover/annotationHover';
import { AnnotationStatusBar } from './status/statusBar';
import { AnnotationStore, type AnnotationsChangeEvent, type StoreError } from './store/annotationStore';
import { locateAnnotations } from './store/locations';
import { PreAnnotator } from './store/preAnnotator';
import { ReviewController } from './review/reviewController';
import { Sidebar } from './sidebar';
import { Disposable } from './util/dispose';

/** The extension's root object: owns every service, view and command for one activation. */
export class NewsAnnotator extends Disposable implements NewsAnnotatorApi {
  readonly output: vscode.LogOutputChannel;
  readonly articles: ArticleRegistry;
  readonly entities: EntityService;
  /** Annotation files: load, edit, save (see store/annotationStore.ts). */
  readonly store: AnnotationStore;
  readonly preAnnotator: PreAnnotator;
  /** Document analysis on a worker thread (pre-annotation, review). */
  readonly analysis: AnalysisClient;
  readonly decorations: DecorationController;
  readonly statusBar: AnnotationStatusBar;
  readonly tagging: TaggingCommands;
  readonly corpusCommands: CorpusCommands;
  /** Side-by-side review: Compare Sources, meeting comparison panel, Compare Annotations. */
  readonly review: ReviewController;
  /** Meetings, Entities and Articles views over the corpus index (src/extension/sidebar). */
  readonly sidebar: Sidebar;

  constructor(readonly context: vscode.ExtensionContext) {
    super();
    this.output = this._register(vscode.window.createOutputChannel('News Annotator', { log: true }));
    this.articles = this._register(new ArticleRegistry());
    this.entities = this._register(new EntityService(this.output));
    const analysis = new AnalysisClient({
      workerFile: vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath,
      inProcess: (text) => analyzeDocument(text, { kb: this.entities.kb() }),
      onWorkerError: (err) => this.output.error(`analysis worker: ${err.message}; analysing on the extension host instead`),
    });
    this.analysis = analysis;
    this._register({ dispose: () => analysis.dispose() });
    // Off the activation path: once the workspace entities are read, the worker builds its knowledge base
    // and optimises the pipeline, so the first large article opens at full speed (never throws).
    void this.entities.whenReady().then(() => analysis.warmUp(this.entities.extraEntities()), () => undefined);
    this.store = this._register(new AnnotationStore(this.output, analysis));
    this.preAnnotator = this._register(new PreAnnotator(this.store, this.articles, this.entities, this.output, analysis));
    this.decorations = this._register(new DecorationController(this.store, this.articles));
    this._register(new AnnotationHover(this.store, this.articles, this.entities));
    this.statusBar = this._register(new AnnotationStatusBar(this.store, this.articles));
    this.tagging = this._register(new TaggingCommands(this.store, this.articles));
    this.corpusCommands = this._register(new CorpusCommands(this.store, this.articles, this.entities, this.preAnnotator));
    this.review = this._register(new ReviewController(context, this.output, {
      store: this.store,
      findArticles: (t) => this.articles.findArticles(t),
      // the workspace's entities (entities.json) count in the review as in the editor
      analyze: async (t) => {
        await this.entities.whenReady();
        return analysis.analyze(t, this.entities.extraEntities());
      },
      entityName: (id) => this.entities.get(id)?.name,
    }));
    this.sidebar = this._register(new Sidebar(context, this.output, { store: this.store, annotationFileOf: (uri) => this.annotationFileOf(uri), entities: this.entities, articles: this.articles }));
    this._register(new ExportCommands(this.output, () => this.store.flushAll()));
    this.output.info(vscode.l10n.t('News Annotator activated'));
  }

  // --- NewsAnnotatorApi (store events and queries for other parts and tests) ---
  get onDidChangeAnnotations(): vscode.Event<AnnotationsChangeEvent> {
    return this.store.onDidChangeAnnotations;
  }
  get onDidReportError(): vscode.Event<StoreError> {
    return this.store.onDidReportError;
  }
  get annotationErrors(): readonly StoreError[] {
    return this.store.errors;
  }
  getSpans(uri: vscode.Uri): readonly AnnotationSpan[] {
    return this.store.spans(uri);
  }
  async loadSpans(uri: vscode.Uri): Promise<readonly AnnotationSpan[]> {
    return (await this.store.open(uri)).set.spans;
  }
  getCounts(uri: vscode.Uri): SpanCounts | undefined {
    return this.store.get(uri)?.set.counts();
  }
  readOnlyReason(uri: vscode.Uri): string | undefined {
    return this.store.get(uri)?.readOnly?.reason;
  }
  annotationFileOf(uri: vscode.Uri): vscode.Uri {
    return this.store.get(uri)?.annotationUri ?? locateAnnotations(uri).annotationUri;
  }
  flushAnnotations(uri?: vscode.Uri): Promise<void> {
    return uri ? this.store.flush(uri) : this.store.flushAll();
  }
  isArticle(doc: vscode.TextDocument): boolean {
    return this.articles.isArticle(doc);
  }
}
