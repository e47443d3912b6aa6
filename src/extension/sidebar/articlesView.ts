/** The Articles view: the corpus's article files with review state and counts. */
import * as vscode from 'vscode';
import { reviewState } from '../../core/index/articleEntry';
import type { ArticleEntry, ReviewState } from '../../core/index/types';
import { ViewId } from '../keys';
import { Disposable } from '../util/dispose';
import { TreeEventBatcher } from './treeEvents';
import { reviewIcon } from './icons';
import type { IndexService, SidebarChange } from './indexService';

export interface ArticleNode { kind: 'article'; id: string }

export class ArticlesView extends Disposable implements vscode.TreeDataProvider<ArticleNode> {
  private readonly emitter = this._register(new TreeEventBatcher<ArticleNode>());
  readonly onDidChangeTreeData = this.emitter.event;
  readonly view: vscode.TreeView<ArticleNode>;
  private nodes = new Map<string, ArticleNode>();

  constructor(private readonly service: IndexService) {
    super();
    this.view = this._register(vscode.window.createTreeView(ViewId.Articles, { treeDataProvider: this, canSelectMany: true }));
    this._register(service.onDidChange((c) => this.onIndexChange(c)));
    this.updateBadge();
  }

  private onIndexChange(c: SidebarChange): void {
    const appeared = c.articles.some((p) => !this.nodes.has(p) && this.service.index.article(p));
    const gone = c.articles.some((p) => this.nodes.has(p) && !this.service.index.article(p));
    if (c.reset || appeared || gone) {
      this.nodes.clear();
      this.emitter.queue();
    } else {
      const changed = c.articles.map((p) => this.nodes.get(p)).filter((n): n is ArticleNode => !!n);
      if (changed.length) this.emitter.queue(changed);
    }
    this.updateBadge();
  }

  private updateBadge(): void {
    const all = this.service.index.articles();
    const open = all.filter((e) => reviewState(e) !== 'done').length;
    this.view.badge = all.length ? { value: open, tooltip: vscode.l10n.t('{0} of {1} articles not done', open, all.length) } : undefined;
  }

  getChildren(node?: ArticleNode): ArticleNode[] {
    if (node) return [];
    const list = this.service.articles().map((e) => this.nodes.get(e.path) ?? { kind: 'article' as const, id: e.path });
    this.nodes = new Map(list.map((n) => [n.id, n]));
    return list;
  }

  getParent(): undefined {
    return undefined;
  }

  entry(node: ArticleNode): ArticleEntry | undefined {
    return this.service.index.article(node.id);
  }

  getTreeItem(node: ArticleNode): vscode.TreeItem {
    const e = this.service.index.article(node.id);
    const item = new vscode.TreeItem(node.id, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    const uri = this.service.uriOf(node.id);
    item.resourceUri = uri;
    item.label = node.id;
    if (!e) return item;
    const state: ReviewState = reviewState(e);
    const meetings = this.service.index.meetingsOf(e.path).length;
    item.iconPath = reviewIcon(state, e.error);
    item.contextValue = `article.${state}`;
    const stateText = { notStarted: vscode.l10n.t('not started'), pending: vscode.l10n.t('suggestions pending'), done: vscode.l10n.t('done') }[state];
    item.description = e.error
      ? e.error
      : vscode.l10n.t('{0} · {1} entities · {2} pending · {3} meetings', stateText, e.mentions.length, e.pending, meetings);
    item.tooltip = new vscode.MarkdownString([
      `**${node.id}**`,
      vscode.l10n.t('Review: {0}', stateText),
      vscode.l10n.t('{0} entity mentions, {1} suggestions pending, {2} meetings', e.mentions.length, e.pending, meetings),
      e.error ? `$(warning) ${e.error}` : '',
    ].filter(Boolean).join('\n\n'), true);
    if (uri) item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Article'), arguments: [uri] };
    return item;
  }
}
