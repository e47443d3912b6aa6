/** The Entities view: label -> canonical entity (mention and article counts) -> mentions across the corpus. */
import * as vscode from 'vscode';
import type { EntityAggregate } from '../../core/index/entityIndex';
import { foldForMatch } from '../../core/index/meetingViews';
import type { KbEntity } from '../../core/model';
import { CommandId } from '../commandIds';
import { ViewId } from '../keys';
import { Disposable } from '../util/dispose';
import { TreeEventBatcher } from './treeEvents';
import { LABEL_ICON } from './icons';
import type { IndexService, SidebarChange } from './indexService';
import { mentionLabel } from './meetingModel';

export type EntityTreeNode =
  | { kind: 'label'; id: string; label: string }
  | { kind: 'entity'; id: string; label: string; key: string; parentId: string }
  | { kind: 'mention'; id: string; label: string; key: string; document: string; start: number; end: number; text: string; parentId: string };

/** Mention reference passed to the reveal command. */
export interface EntityMentionRef { document: string; start: number; end: number; text: string }

export class EntitiesView extends Disposable implements vscode.TreeDataProvider<EntityTreeNode> {
  private readonly emitter = this._register(new TreeEventBatcher<EntityTreeNode>());
  readonly onDidChangeTreeData = this.emitter.event;
  readonly view: vscode.TreeView<EntityTreeNode>;
  private readonly nodes = new Map<string, EntityTreeNode>();
  private labelNodes = new Map<string, EntityTreeNode>();
  filter = '';

  constructor(private readonly service: IndexService, private readonly kbName: (id: string) => KbEntity | undefined) {
    super();
    this.view = this._register(vscode.window.createTreeView(ViewId.Entities, { treeDataProvider: this, canSelectMany: true, showCollapseAll: true }));
    this._register(service.onDidChange((c) => this.onIndexChange(c)));
    this.updateBadge();
  }

  private onIndexChange(c: SidebarChange): void {
    const known = c.labels.every((l) => this.labelNodes.has(l));
    if (c.reset || !known || c.labels.some((l) => !this.service.index.entities.entities(l).length)) {
      this.refreshAll();
      return;
    }
    // Only the labels whose entities changed are re-read.
    const changed = c.labels.map((l) => this.labelNodes.get(l)).filter((n): n is EntityTreeNode => !!n);
    if (changed.length) this.emitter.queue(changed);
    this.updateBadge();
  }

  refreshAll(): void {
    this.nodes.clear();
    this.labelNodes.clear();
    this.emitter.queue();
    this.updateBadge();
  }

  private updateBadge(): void {
    const e = this.service.index.entities;
    const n = e.labels().reduce((sum, l) => sum + e.entities(l).length, 0);
    this.view.badge = n ? { value: n, tooltip: vscode.l10n.t('{0} entities in the corpus', n) } : undefined;
    this.view.message = this.filter ? vscode.l10n.t('Filter: "{0}"', this.filter) : undefined;
  }

  /** Display name: the workspace/KB name of a linked entity, else the most frequent surface form. */
  displayName(agg: EntityAggregate): string {
    const kb = agg.entityId ? this.kbName(agg.entityId) : undefined;
    return kb?.name.hi ?? kb?.name.en ?? agg.name;
  }

  aggregate(node: EntityTreeNode): EntityAggregate | undefined {
    if (node.kind === 'label') return undefined;
    const label = node.id.split('\u0000')[0];
    return this.service.index.entities.entity(label, node.key);
  }

  private keep<T extends EntityTreeNode>(n: T): T {
    this.nodes.set(n.id, n);
    return n;
  }

  getChildren(node?: EntityTreeNode): EntityTreeNode[] {
    const idx = this.service.index.entities;
    if (!node) {
      const labels = idx.labels().sort();
      this.labelNodes = new Map(labels.map((l) => [l, this.keep({ kind: 'label' as const, id: l, label: l })]));
      return [...this.labelNodes.values()];
    }
    if (node.kind === 'label') {
      const f = foldForMatch(this.filter);
      return idx.entities(node.label)
        .filter((a) => !f || foldForMatch(`${this.displayName(a)} ${[...a.forms.keys()].join(' ')}`).includes(f))
        .sort((a, b) => b.mentionCount - a.mentionCount || (this.displayName(a) < this.displayName(b) ? -1 : 1))
        .map((a) => this.keep({ kind: 'entity' as const, id: `${node.label}\u0000${a.key}`, label: this.displayName(a), key: a.key, parentId: node.id }));
    }
    if (node.kind === 'entity') {
      const agg = this.aggregate(node);
      if (!agg) return [];
      const out: EntityTreeNode[] = [];
      for (const doc of [...agg.articles.keys()].sort()) {
        for (const m of this.service.index.article(doc)?.mentions ?? []) {
          if (m.label !== agg.label || this.service.index.entities.keyOf(m) !== agg.key) continue;
          out.push(this.keep({ kind: 'mention', id: `${node.id}\u0000${doc}\u0000${m.start}`, label: m.text, key: agg.key, document: doc, start: m.start, end: m.end, text: m.text, parentId: node.id }));
        }
      }
      return out;
    }
    return [];
  }

  getParent(node: EntityTreeNode): EntityTreeNode | undefined {
    return node.kind === 'label' ? undefined : this.nodes.get(node.parentId);
  }

  getTreeItem(node: EntityTreeNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, node.kind === 'mention' ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    if (node.kind === 'label') {
      const n = this.service.index.entities.entities(node.label).length;
      item.iconPath = new vscode.ThemeIcon(LABEL_ICON[node.label] ?? 'symbol-constant');
      item.description = vscode.l10n.t('{0} entities', n);
      item.contextValue = 'entityLabel';
    } else if (node.kind === 'entity') {
      const agg = this.aggregate(node);
      item.iconPath = new vscode.ThemeIcon(agg?.entityId ? 'link' : 'symbol-string');
      item.description = agg ? vscode.l10n.t('{0} mentions · {1} articles', agg.mentionCount, agg.articles.size) : '';
      item.tooltip = agg ? new vscode.MarkdownString([
        `**${this.displayName(agg)}**`,
        agg.entityId ? vscode.l10n.t('Knowledge-base id: {0}', agg.entityId) : vscode.l10n.t('Not linked to the knowledge base'),
        vscode.l10n.t('Spellings: {0}', [...agg.forms.entries()].map(([f, c]) => `${f} (${c})`).join(', ')),
      ].join('\n\n')) : undefined;
      item.contextValue = 'entity';
    } else {
      item.iconPath = new vscode.ThemeIcon('quote');
      item.label = mentionLabel(node.text, 40);
      item.description = `${node.document} · ${node.start}–${node.end}`;
      item.contextValue = 'entityMention';
      const ref: EntityMentionRef = { document: node.document, start: node.start, end: node.end, text: node.text };
      item.command = { command: CommandId.RevealMention, title: vscode.l10n.t('Show Mention'), arguments: [ref] };
    }
    return item;
  }

  /** The mention node at (document, offset), creating the path to it; for follow-the-cursor. */
  findMention(document: string, offset: number): EntityTreeNode | undefined {
    const m = this.service.index.article(document)?.mentions.find((x) => x.start <= offset && offset <= x.end);
    if (!m) return undefined;
    const labelNode = this.getChildren().find((n) => n.label === m.label);
    if (!labelNode) return undefined;
    const entity = this.getChildren(labelNode).find((n) => n.kind === 'entity' && n.key === this.service.index.entities.keyOf(m));
    if (!entity) return undefined;
    return this.getChildren(entity).find((n) => n.kind === 'mention' && n.document === document && n.start === m.start);
  }
}
