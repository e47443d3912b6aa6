/**
 * Entity actions: rename, merge two entities, add an alias. They write the workspace knowledge base
 * (`.news-annotator/entities.json`, `{"version":1,"entities":[...]}`, atomically) and re-index.
 */
import * as vscode from 'vscode';
import type { EntityAggregate } from '../../core/index/entityIndex';
import { parseKbJson } from '../../core/kb/knowledgeBase';
import type { KbEntity } from '../../core/model';
import { CommandId } from '../commandIds';
import { MARKER_FOLDER } from '../keys';
import { Disposable } from '../util/dispose';
import type { EntitiesView, EntityTreeNode } from './entitiesView';
import type { IndexService } from './indexService';
import { readJson, writeBytesAtomic } from './jsonFile';

const isDevanagari = (s: string) => /[\u0900-\u097f]/.test(s);

/** A workspace id for an entity the knowledge base does not know. */
export function workspaceEntityId(label: string, name: string): string {
  return `ws:${label.toLowerCase()}:${name.normalize('NFC').toLowerCase().replace(/\s+/g, '-')}`;
}

export class EntityCommands extends Disposable {
  /** `reindexAfterWrite`: false when a knowledge-base service re-indexes on its own once it reloaded the file. */
  constructor(private readonly service: IndexService, private readonly view: EntitiesView, private readonly kb: (id: string) => KbEntity | undefined, private readonly reindexAfterWrite = true) {
    super();
    const reg = (id: CommandId, fn: (...args: never[]) => unknown) => this._register(vscode.commands.registerCommand(id, fn as (...a: unknown[]) => unknown));
    reg(CommandId.RenameEntity, (n?: EntityTreeNode, name?: string) => this.rename(n, name));
    reg(CommandId.AddEntityAlias, (n?: EntityTreeNode, alias?: string) => this.addAlias(n, alias));
    reg(CommandId.MergeEntities, (n?: EntityTreeNode, sel?: EntityTreeNode[]) => this.merge(n, sel));
  }

  private file(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, MARKER_FOLDER, 'entities.json');
  }

  /** Read-modify-write of entities.json; an unreadable file is never overwritten. */
  private async update(fn: (list: KbEntity[]) => void): Promise<boolean> {
    const uri = this.file();
    if (!uri) return false;
    try {
      const json = await readJson(uri);
      const list = json === undefined ? [] : parseKbJson(json, vscode.workspace.asRelativePath(uri));
      fn(list);
      const body = '{\n  "version": 1,\n  "entities": [\n' + list.map((e) => '    ' + JSON.stringify(e)).join(',\n') + '\n  ]\n}\n';
      await writeBytesAtomic(uri, new TextEncoder().encode(body));
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot update {0}: {1}', uri.fsPath, (err as Error).message));
      return false;
    }
    // New aliases change what the analyser finds: re-read every article.
    if (this.reindexAfterWrite) void this.service.indexWorkspace({ force: true });
    return true;
  }

  /** The workspace entry of an aggregate: the same id as the knowledge base, or a new workspace id. */
  private entryFor(list: KbEntity[], agg: EntityAggregate): KbEntity {
    const id = agg.entityId ?? workspaceEntityId(agg.label, agg.name);
    let entry = list.find((e) => e.id === id);
    if (!entry) {
      const base = this.kb(id);
      entry = { id, label: base?.label ?? agg.label, name: { ...(base?.name ?? {}) }, aliases: [] };
      if (!agg.entityId) for (const f of agg.forms.keys()) if (!entry.aliases.includes(f)) entry.aliases.push(f);
      list.push(entry);
    }
    return entry;
  }

  private targets(n: EntityTreeNode | undefined, sel?: EntityTreeNode[]): EntityAggregate[] {
    const nodes = sel?.length && (!n || sel.some((s) => s.id === n.id)) ? sel : n ? [n] : [...this.view.view.selection];
    return nodes.filter((x) => x.kind === 'entity').map((x) => this.view.aggregate(x)).filter((a): a is EntityAggregate => !!a);
  }

  async rename(n: EntityTreeNode | undefined, name?: string): Promise<boolean> {
    const agg = this.targets(n)[0];
    if (!agg) return false;
    name ??= await vscode.window.showInputBox({ title: vscode.l10n.t('Rename entity'), value: this.view.displayName(agg) });
    const v = name?.trim();
    if (!v) return false;
    return this.update((list) => {
      const e = this.entryFor(list, agg);
      if (isDevanagari(v)) e.name.hi = v;
      else e.name.en = v;
      if (!e.aliases.includes(v)) e.aliases.push(v);
    });
  }

  async addAlias(n: EntityTreeNode | undefined, alias?: string): Promise<boolean> {
    const agg = this.targets(n)[0];
    if (!agg) return false;
    alias ??= await vscode.window.showInputBox({ title: vscode.l10n.t('Add an alias of {0}', this.view.displayName(agg)), prompt: vscode.l10n.t('Another spelling, in any script') });
    const v = alias?.trim();
    if (!v) return false;
    return this.update((list) => {
      const e = this.entryFor(list, agg);
      if (!e.aliases.includes(v)) e.aliases.push(v);
    });
  }

  /** Merge the selected entities into the first: its entry gets every name and spelling of the others. */
  async merge(n: EntityTreeNode | undefined, sel?: EntityTreeNode[]): Promise<boolean> {
    const aggs = this.targets(n, sel);
    if (aggs.length < 2 || aggs.some((a) => a.label !== aggs[0].label)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select two or more entities of the same label to merge (Ctrl/Cmd+click).'));
      return false;
    }
    const [into, ...rest] = aggs;
    return this.update((list) => {
      const target = this.entryFor(list, into);
      for (const other of rest) {
        const names = [...other.forms.keys(), other.name];
        const kbOther = other.entityId ? this.kb(other.entityId) : undefined;
        if (kbOther) names.push(...kbOther.aliases, ...[kbOther.name.hi, kbOther.name.en].filter((x): x is string => !!x));
        for (const a of names) if (!target.aliases.includes(a)) target.aliases.push(a);
        if (other.entityId) {
          const o = this.entryFor(list, other);
          o.attrs = { ...(o.attrs ?? {}), mergedInto: target.id };
        }
      }
    });
  }
}
