/** The Meetings view: TreeDataProvider over the index's merged meetings, with sort/group/filter. */
import * as vscode from 'vscode';
import type { MeetingGrouping, MeetingSort } from '../../core/index/meetingViews';
import { CommandId } from '../commandIds';
import { ViewId } from '../keys';
import { Disposable } from '../util/dispose';
import { TreeEventBatcher } from './treeEvents';
import { SidebarContext } from './contextKeys';
import { FIELD_ICON, SidebarColor, meetingIcon, statusText } from './icons';
import type { IndexService, SidebarChange } from './indexService';
import { meetingChildren, meetingRootItems, type MeetingNode, type MeetingTreeNode, type MeetingViewState, type MentionNode } from './meetingModel';

const STATE_KEY = 'newsAnnotator.sidebar.meetingsView';

export class MeetingsView extends Disposable implements vscode.TreeDataProvider<MeetingTreeNode> {
  private readonly emitter = this._register(new TreeEventBatcher<MeetingTreeNode>());
  readonly onDidChangeTreeData = this.emitter.event;
  readonly view: vscode.TreeView<MeetingTreeNode>;
  readonly state: MeetingViewState;
  private roots: MeetingTreeNode[] | undefined;
  private readonly nodes = new Map<string, MeetingTreeNode>();
  /** Meeting id -> its meeting nodes currently in the tree (one per group it appears in). */
  private readonly meetingNodes = new Map<string, MeetingNode[]>();

  constructor(private readonly service: IndexService, private readonly memento: vscode.Memento) {
    super();
    this.state = { sort: 'date', group: 'none', filter: '', ...memento.get<Partial<MeetingViewState>>(STATE_KEY, {}) };
    this.view = this._register(vscode.window.createTreeView(ViewId.Meetings, { treeDataProvider: this, canSelectMany: true, showCollapseAll: true }));
    this._register(service.onDidChange((c) => this.onIndexChange(c)));
    this.updateChrome();
  }

  private onIndexChange(c: SidebarChange): void {
    const structural = c.reset || c.meetingsAdded.length || c.meetingsRemoved.length || (this.state.group && this.state.group !== 'none' && c.meetingsChanged.length);
    if (structural) {
      this.refreshAll();
      return;
    }
    const changed: MeetingTreeNode[] = [];
    for (const id of c.meetingsChanged) {
      const m = this.service.index.meeting(id);
      for (const node of this.meetingNodes.get(id) ?? []) {
        if (!m) continue;
        const labelBefore = node.label;
        const fresh = meetingRootItems([m], { sort: this.state.sort, filter: '' })[0] as MeetingNode;
        node.meeting = m;
        node.label = fresh.label;
        node.description = fresh.description;
        node.sources = fresh.sources;
        if (labelBefore !== node.label && this.state.sort !== 'date') { this.refreshAll(); return; }
        changed.push(node);
      }
    }
    if (changed.length) this.emitter.queue(changed);
    this.updateChrome();
  }

  refreshAll(): void {
    this.roots = undefined;
    this.nodes.clear();
    this.meetingNodes.clear();
    this.emitter.queue();
    this.updateChrome();
  }

  setSort(sort: MeetingSort): void { this.state.sort = sort; this.persist(); }
  setGroup(group: MeetingGrouping): void { this.state.group = group; this.persist(); }
  setFilter(filter: string): void { this.state.filter = filter.trim(); this.persist(); }

  private persist(): void {
    void this.memento.update(STATE_KEY, { ...this.state });
    this.refreshAll();
  }

  private updateChrome(): void {
    const total = this.service.index.meetings().length;
    const shown = this.rootMeetingCount();
    this.view.badge = total ? { value: total, tooltip: vscode.l10n.t('{0} meetings in the corpus', total) } : undefined;
    const f = this.state.filter;
    this.view.message = f ? vscode.l10n.t('Filter: "{0}" ({1} of {2} meetings)', f, shown ?? '…', total) : undefined;
    this.view.description = this.state.group && this.state.group !== 'none' ? vscode.l10n.t('by {0}', this.state.group) : undefined;
    void this.service.contextKeys.set(SidebarContext.MeetingFilter, !!f);
  }

  private rootMeetingCount(): number | undefined {
    if (!this.roots) return undefined;
    const ids = new Set<string>();
    for (const r of this.roots) {
      if (r.kind === 'meeting') ids.add(r.meeting.id);
      else if (r.kind === 'group') for (const m of r.meetings) ids.add(m.id);
    }
    return ids.size;
  }

  private remember(nodes: MeetingTreeNode[]): MeetingTreeNode[] {
    for (const n of nodes) {
      this.nodes.set(n.id, n);
      if (n.kind === 'meeting') {
        const list = this.meetingNodes.get(n.meeting.id) ?? [];
        const i = list.findIndex((x) => x.id === n.id);
        if (i >= 0) list[i] = n; else list.push(n);
        this.meetingNodes.set(n.meeting.id, list);
      }
    }
    return nodes;
  }

  getChildren(node?: MeetingTreeNode): MeetingTreeNode[] {
    if (!node) {
      if (!this.roots) {
        this.roots = this.remember(meetingRootItems(this.service.index.meetings(), this.state));
        queueMicrotask(() => this.updateChrome());
      }
      return this.roots;
    }
    return this.remember(meetingChildren(node));
  }

  getParent(node: MeetingTreeNode): MeetingTreeNode | undefined {
    return node.parentId ? this.nodes.get(node.parentId) : undefined;
  }

  getTreeItem(node: MeetingTreeNode): vscode.TreeItem {
    const collapsible = node.kind === 'mention' || node.kind === 'value' || (node.kind === 'field' && !node.disagreement)
      ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, collapsible);
    item.id = node.id;
    item.description = node.description;
    switch (node.kind) {
      case 'group':
        item.iconPath = new vscode.ThemeIcon('folder');
        item.contextValue = 'meetingGroup';
        break;
      case 'meeting': {
        const m = node.meeting;
        item.iconPath = meetingIcon(m);
        item.contextValue = `meeting.${m.review?.state ?? 'unreviewed'}`;
        item.description = vscode.l10n.t('{0} sources', node.sources);
        const md = new vscode.MarkdownString(undefined, true);
        md.appendMarkdown(`**${escapeMd(node.label)}**\n\n${escapeMd(statusText(m))} · ${vscode.l10n.t('confidence {0}', m.confidence.toFixed(2))}\n\n`);
        md.appendMarkdown(vscode.l10n.t('Reported by {0} articles', node.sources));
        if (m.disagreements && Object.keys(m.disagreements).length) md.appendMarkdown(`\n\n$(warning) ${escapeMd(vscode.l10n.t('Sources disagree on: {0}', Object.keys(m.disagreements).join(', ')))}`);
        item.tooltip = md;
        const first = m.mentions[0];
        if (first) item.command = { command: CommandId.RevealMention, title: vscode.l10n.t('Show First Mention'), arguments: [first] };
        break;
      }
      case 'field':
        item.iconPath = node.disagreement
          ? new vscode.ThemeIcon('warning', new vscode.ThemeColor(SidebarColor.Disagreement))
          : new vscode.ThemeIcon(FIELD_ICON[node.field] ?? 'symbol-field');
        item.contextValue = `meetingField.${node.field}`;
        if (node.disagreement) {
          item.tooltip = vscode.l10n.t('Sources disagree: {0}', node.disagreement.map((v) => `${v.value} (${v.sources.join(', ')})`).join('; '));
        }
        break;
      case 'value':
        item.iconPath = new vscode.ThemeIcon('quote');
        item.contextValue = 'meetingFieldValue';
        item.tooltip = vscode.l10n.t('{0} according to {1}', node.label, node.sources.join(', '));
        break;
      case 'source':
        item.iconPath = vscode.ThemeIcon.File;
        item.resourceUri = this.service.uriOf(node.document);
        item.label = node.document;
        item.contextValue = 'meetingSource';
        item.tooltip = vscode.l10n.t('{0} mentions in {1}', node.mentions.length, node.document);
        break;
      case 'mention':
        item.iconPath = new vscode.ThemeIcon('quote');
        item.contextValue = 'meetingMention';
        item.tooltip = new vscode.MarkdownString(escapeMd(node.mention.text));
        item.command = { command: CommandId.RevealMention, title: vscode.l10n.t('Show Mention'), arguments: [node.mention] };
        break;
    }
    return item;
  }

  /** The mention node of a meeting at (document, offset), creating the path to it; for reveal. */
  findMention(meetingId: string, document: string, offset: number): MentionNode | undefined {
    const roots = this.getChildren();
    const meetingNode = roots.flatMap((r) => (r.kind === 'group' ? this.getChildren(r) : [r]))
      .find((n): n is MeetingNode => n.kind === 'meeting' && n.meeting.id === meetingId);
    if (!meetingNode) return undefined;
    const source = this.getChildren(meetingNode).find((n) => n.kind === 'source' && n.document === document);
    if (!source) return undefined;
    return this.getChildren(source).find((n): n is MentionNode => n.kind === 'mention' && n.mention.start <= offset && offset <= n.mention.end);
  }

  /** Nodes currently selected, or the clicked node: the targets of a context action. */
  targets(node: MeetingTreeNode | undefined, selected: readonly MeetingTreeNode[] | undefined): MeetingTreeNode[] {
    if (selected?.length && (!node || selected.some((s) => s.id === node.id))) return [...selected];
    if (node) return [node];
    return [...this.view.selection];
  }
}

export function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
