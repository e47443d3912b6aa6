/**
 * The sidebar: Meetings, Entities and Articles views over the corpus index, their commands, reveal
 * and follow-the-cursor. Built by the composition root (newsAnnotator.ts) with the services it owns.
 */
import * as vscode from 'vscode';
import type { MeetingGrouping, MeetingSort } from '../../core/index/meetingViews';
import type { AnnotationSpan } from '../../core/annotations';
import type { KbEntity } from '../../core/model';
import { CommandId } from '../commandIds';
import { Disposable } from '../util/dispose';
import { ArticleCommands } from './articleCommands';
import { ArticlesView } from './articlesView';
import { DecisionStore } from './decisionStore';
import { EntitiesView } from './entitiesView';
import { EntityCommands } from './entityCommands';
import { IndexService } from './indexService';
import { MeetingCommands } from './meetingCommands';
import { MeetingsView } from './meetingsView';
import { FollowCursor, revealMention, type MentionTarget } from './reveal';

export interface SidebarDeps {
  /** The annotation store (src/extension/store). */
  store?: {
    readonly onDidChangeAnnotations: vscode.Event<{ uri: vscode.Uri }>;
    get(uri: vscode.Uri): unknown;
    spans(uri: vscode.Uri): readonly AnnotationSpan[];
  };
  /** Where an article's annotation file is. */
  annotationFileOf?: (uri: vscode.Uri) => vscode.Uri;
  /** The knowledge base service (src/extension/entities). */
  entities?: {
    readonly onDidChange: vscode.Event<void>;
    extraEntities(): KbEntity[];
    get(id: string): KbEntity | undefined;
    /** The entity an id stands for now (following Merge Entities' `mergedInto`). */
    resolve(id: string): KbEntity | undefined;
    whenReady(): Promise<void>;
  };
  /** The article registry (src/extension/articles). */
  articles?: {
    readonly onDidChange: vscode.Event<void>;
    findArticles(token?: vscode.CancellationToken): Promise<vscode.Uri[]>;
    whenReady(): Promise<void>;
  };
}

export class Sidebar extends Disposable {
  readonly service: IndexService;
  readonly decisions: DecisionStore;
  readonly meetings: MeetingsView;
  readonly entityView: EntitiesView;
  readonly articleView: ArticlesView;
  readonly follow: FollowCursor;
  readonly meetingCommands: MeetingCommands;
  readonly entityCommands: EntityCommands;
  readonly articleCommands: ArticleCommands;
  /** Resolves once the cache is loaded and the first indexing finished. */
  readonly ready: Promise<void>;

  constructor(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, deps: SidebarDeps = {}) {
    super();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const decisions = this.decisions = this._register(new DecisionStore(folder, (doc) => this.service.textOf(doc), log));
    const { store, entities, articles } = deps;
    const service = this.service = this._register(new IndexService(context, log, {
      applyDecisions: (merged) => this.decisions.apply(merged),
      extraEntities: entities ? async () => { await entities.whenReady(); return entities.extraEntities(); } : undefined,
      findArticles: articles ? async (t) => { await articles.whenReady(); return articles.findArticles(t); } : undefined,
      annotations: store ? {
        onDidChangeAnnotations: (listener, thisArg, disposables) => store.onDidChangeAnnotations((e) => listener.call(thisArg, e.uri), undefined, disposables),
        // An article loaded with no span at all (nothing annotated yet) keeps the automatic analysis.
        spansFor: (uri) => {
          const spans = store.get(uri) ? store.spans(uri) : undefined;
          return spans?.length ? spans : undefined;
        },
        annotationFileFor: deps.annotationFileOf,
      } : undefined,
    }));
    const kb = (id: string) => entities?.get(id);
    this.meetings = this._register(new MeetingsView(service, context.workspaceState));
    this.entityView = this._register(new EntitiesView(service, kb));
    this.articleView = this._register(new ArticlesView(service));
    this.follow = this._register(new FollowCursor(service, this.meetings, this.entityView));
    this.meetingCommands = this._register(new MeetingCommands(service, this.meetings, this.decisions, log));
    this.entityCommands = this._register(new EntityCommands(service, this.entityView, kb, !entities));
    this.articleCommands = this._register(new ArticleCommands(service, this.articleView));
    this.registerViewCommands();
    this._register(this.decisions.onDidChange(() => service.setDecisions((merged) => this.decisions.apply(merged))));
    // entities merged in the workspace knowledge base (Merge Entities) fold into their target
    const resolver = () => (id: string) => entities?.resolve(id)?.id ?? id;
    if (entities) this._register(entities.onDidChange(() => {
      service.setEntityResolver(resolver());
      this.entityView.refreshAll();
      void service.indexWorkspace({ force: true });
    }));
    if (articles) this._register(articles.onDidChange(() => void service.indexWorkspace()));
    this.ready = (async () => {
      await decisions.load();
      service.setDecisions((merged) => decisions.apply(merged));
      if (entities) {
        await entities.whenReady();
        service.setEntityResolver(resolver());
      }
      await service.start();
    })().catch((err: unknown) => log.error(`sidebar start failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`));
  }

  private registerViewCommands(): void {
    const reg = (id: CommandId, fn: (...args: never[]) => unknown) => this._register(vscode.commands.registerCommand(id, fn as (...a: unknown[]) => unknown));
    reg(CommandId.RefreshSidebar, () => this.service.indexWorkspace());
    reg(CommandId.CancelIndexing, () => this.service.cancel());
    reg(CommandId.RevealMention, (m?: MentionTarget) => (m ? revealMention(this.service, m) : undefined));
    reg(CommandId.SortMeetings, async (by?: MeetingSort) => {
      by ??= (await vscode.window.showQuickPick(
        [{ label: vscode.l10n.t('By date'), v: 'date' as const }, { label: vscode.l10n.t('By participant'), v: 'participant' as const }, { label: vscode.l10n.t('By place'), v: 'place' as const }],
        { title: vscode.l10n.t('Sort meetings') }))?.v;
      if (by) this.meetings.setSort(by);
    });
    reg(CommandId.GroupMeetings, async (by?: MeetingGrouping) => {
      by ??= (await vscode.window.showQuickPick(
        [{ label: vscode.l10n.t('No groups'), v: 'none' as const }, { label: vscode.l10n.t('By month'), v: 'date' as const }, { label: vscode.l10n.t('By participant'), v: 'participant' as const }, { label: vscode.l10n.t('By place'), v: 'place' as const }],
        { title: vscode.l10n.t('Group meetings') }))?.v;
      if (by) this.meetings.setGroup(by);
    });
    reg(CommandId.FilterMeetings, async (text?: string) => {
      text ??= await vscode.window.showInputBox({ title: vscode.l10n.t('Filter meetings and entities'), prompt: vscode.l10n.t('Words that must all appear: names, places, dates, article paths'), value: this.meetings.state.filter });
      if (text === undefined) return;
      this.meetings.setFilter(text);
      this.entityView.filter = text.trim();
      this.entityView.refreshAll();
    });
    reg(CommandId.ClearMeetingFilter, () => {
      this.meetings.setFilter('');
      this.entityView.filter = '';
      this.entityView.refreshAll();
    });
    reg(CommandId.ChooseCorpusFolder, async () => {
      const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: vscode.l10n.t('Use as Corpus') });
      if (picked?.[0]) await vscode.commands.executeCommand('vscode.openFolder', picked[0]);
    });
  }
}
