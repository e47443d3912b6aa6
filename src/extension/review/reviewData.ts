import * as vscode from 'vscode';
import { analyzeDocument } from '../../core/analyze';
import { builtinKnowledgeBase } from '../../core/kb/builtin';
import { applyDecisions, extractMeetings } from '../../core/meetings';
import type { MeetingDecision } from '../../core/meetings/decisions';
import type { DocumentAnalysis, EntitySpan, KbEntity, Meeting } from '../../core/model';
import { matchSourceMeetings } from '../../core/review';
import type { AnnotationAccess } from './annotationComparison';

/** An article as the review works on it: its id (workspace-relative path), URI and current text. */
export interface ReviewDoc {
  id: string;
  uri: vscode.Uri;
  text: string;
  analysis: DocumentAnalysis;
}

/** A meeting found for review, with each source's own report and where each source lives. */
export interface FoundMeeting {
  merged: Meeting;
  perSource: Record<string, Meeting | undefined>;
  docs: Map<string, ReviewDoc>;
}

/**
 * Optional hooks other parts of the extension can provide (the sidebar's index knows every
 * meeting; the store knows each article's current spans). Without them the review analyses the
 * articles itself with the core.
 */
export interface ReviewHooks {
  /**
   * The annotation store: an article's current spans (human decisions included) are the entities
   * the review compares; articles without spans yet are analysed with the core.
   */
  store?: AnnotationAccess;
  /** Human decisions on meetings (the meetings decisions file), replayed over extracted meetings. */
  meetingDecisions?(): Promise<MeetingDecision[]>;
  /** The article files of the workspace. */
  findArticles?(token?: vscode.CancellationToken): Promise<vscode.Uri[]>;
  /**
   * Analysis off the extension host's thread (the analysis worker), with the workspace's entities;
   * default: the core, in-process, with the built-in knowledge base.
   */
  analyze?(text: string): Promise<DocumentAnalysis>;
  /** Canonical names of entities (workspace entities included); default: the built-in knowledge base. */
  entityName?(id: string): KbEntity['name'] | undefined;
}

export function docId(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

/** Analyses articles (cached per document version) and finds meetings across them. */
export class ReviewData implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; doc: ReviewDoc }>();
  private readonly _onDidInvalidate = new vscode.EventEmitter<vscode.Uri>();
  /** Fired when an article's spans changed in the store (its cached analysis was dropped). */
  readonly onDidInvalidate = this._onDidInvalidate.event;
  private readonly listener: vscode.Disposable | undefined;

  constructor(private readonly hooks: ReviewHooks = {}) {
    this.listener = hooks.store?.onDidChangeAnnotations?.((e) => {
      if (this.cache.delete(e.uri.toString())) this._onDidInvalidate.fire(e.uri);
    });
  }

  dispose(): void {
    this.listener?.dispose();
    this._onDidInvalidate.dispose();
  }

  async load(uri: vscode.Uri): Promise<ReviewDoc> {
    const td = await vscode.workspace.openTextDocument(uri);
    const key = uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === td.version) return hit.doc;
    const text = td.getText();
    const version = td.version;
    const analysis = this.hooks.analyze ? await this.hooks.analyze(text) : analyzeDocument(text);
    // The document changed while the worker analysed it: analyse its current version instead.
    if (td.version !== version && !td.isClosed) return this.load(uri);
    const fromStore = await this.storeEntities(uri);
    if (fromStore) analysis.entities = fromStore;
    const doc: ReviewDoc = { id: docId(uri), uri, text, analysis };
    this.cache.set(key, { version: td.version, doc });
    return doc;
  }

  private async storeEntities(uri: vscode.Uri): Promise<EntitySpan[] | undefined> {
    const store = this.hooks.store;
    if (!store) return undefined;
    try {
      await store.open(uri);
    } catch {
      return undefined;
    }
    const spans = store.spans(uri).filter((s) => !s.orphan && s.status !== 'rejected');
    return spans.length ? spans.map((s) => ({ ...s, confidence: s.confidence ?? 1 })) : undefined;
  }

  async findArticles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    if (this.hooks.findArticles) return this.hooks.findArticles(token);
    const glob = vscode.workspace.getConfiguration('newsAnnotator').get<string>('articleGlob', '**/*.txt') || '**/*.txt';
    const found = await vscode.workspace.findFiles(glob, '**/{node_modules,.news-annotator,.git}/**', 2000, token);
    return found.filter((u) => !u.path.endsWith('.annotations.json')).sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  /**
   * Meetings of the given articles (default: every workspace article), merged across articles,
   * each with its sources' own single-article reports.
   */
  async meetings(uris: readonly vscode.Uri[] | undefined, token?: vscode.CancellationToken): Promise<{ merged: Meeting[]; perDoc: Meeting[]; docs: Map<string, ReviewDoc> }> {
    const list = uris ?? (await this.findArticles(token));
    const docs = new Map<string, ReviewDoc>();
    for (const u of list) {
      if (token?.isCancellationRequested) throw new vscode.CancellationError();
      const d = await this.load(u);
      docs.set(d.id, d);
    }
    const inputs = [...docs.values()].map((d) => ({ id: d.id, text: d.text, analysis: d.analysis }));
    const entityName = (id: string) => (this.hooks.entityName ? this.hooks.entityName(id) : builtinKnowledgeBase().get(id)?.name);
    let merged = extractMeetings(inputs, { entityName });
    const decisions = await this.hooks.meetingDecisions?.().catch(() => undefined);
    if (decisions?.length) merged = applyDecisions(merged, decisions, { textOf: (id) => docs.get(id)?.text });
    const perDoc = inputs.flatMap((d) => extractMeetings([d], { entityName }));
    return { merged, perDoc, docs };
  }

  /** Finds a meeting by id among the given (or all) articles. */
  async findMeeting(id: string, uris?: readonly vscode.Uri[], token?: vscode.CancellationToken): Promise<FoundMeeting | undefined> {
    const { merged, perDoc, docs } = await this.meetings(uris, token);
    const m = merged.find((x) => x.id === id);
    if (!m) return undefined;
    return { merged: m, perSource: matchSourceMeetings(m, perDoc), docs };
  }
}
