import * as vscode from 'vscode';
import type { KbEntity } from '../../core/model';
import { createKnowledgeBase } from '../../core/kb/builtin';
import { parseKbJson, type KnowledgeBase } from '../../core/kb/knowledgeBase';
import { MARKER_FOLDER } from '../keys';
import { Disposable } from '../util/dispose';
import { decodeText, encodeText, KeyedQueue, readIfExists, writeAtomic } from '../util/fsUtil';

/**
 * The knowledge base: built-in entities plus each workspace folder's `.news-annotator/entities.json`
 * (`{"version":1,"entities":[...]}`), reloaded when that file changes. New entities and aliases are
 * written there (atomically).
 */
export class EntityService extends Disposable {
  private extra = new Map<string, KbEntity[]>();
  private kbCache?: KnowledgeBase;
  private readonly queue = new KeyedQueue();
  private ready: Promise<void>;
  private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this._onDidChange.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    super();
    this.ready = this.reload();
    const w = this._register(vscode.workspace.createFileSystemWatcher(`**/${MARKER_FOLDER}/entities.json`));
    const again = () => {
      this.ready = this.reload();
    };
    this._register(w.onDidChange(again));
    this._register(w.onDidCreate(again));
    this._register(w.onDidDelete(again));
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  private fileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, MARKER_FOLDER, 'entities.json');
  }

  private async reload(): Promise<void> {
    const next = new Map<string, KbEntity[]>();
    for (const f of vscode.workspace.workspaceFolders ?? []) {
      const file = this.fileOf(f);
      try {
        const bytes = await readIfExists(file);
        if (bytes) next.set(f.uri.toString(), parseKbJson(JSON.parse(decodeText(bytes)), vscode.workspace.asRelativePath(file)));
      } catch (err) {
        this.log.error(`${vscode.workspace.asRelativePath(file)}: ${(err as Error).message}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', vscode.workspace.asRelativePath(file), (err as Error).message));
      }
    }
    this.extra = next;
    this.kbCache = undefined;
    this._onDidChange.fire();
  }

  /** Workspace entities (all folders). */
  extraEntities(): KbEntity[] {
    return [...this.extra.values()].flat();
  }

  kb(): KnowledgeBase {
    if (!this.kbCache) this.kbCache = createKnowledgeBase(this.extraEntities());
    return this.kbCache;
  }

  get(id: string): KbEntity | undefined {
    return this.kb().get(id);
  }

  /** The entity an id stands for now: itself, or the entity it was merged into. */
  resolve(id: string): KbEntity | undefined {
    return this.kb().resolve(id);
  }

  /**
   * Add `alias` to entity `id` (an entry with the same id in entities.json extends the built-in one),
   * or create the entity when `create` is given. Returns the entity id.
   */
  async addAlias(folder: vscode.WorkspaceFolder, id: string, alias: string, create?: Omit<KbEntity, 'aliases' | 'id'>): Promise<string> {
    const file = this.fileOf(folder);
    await this.queue.run(file.toString(), async () => {
      const bytes = await readIfExists(file);
      const list = bytes ? parseKbJson(JSON.parse(decodeText(bytes)), vscode.workspace.asRelativePath(file)) : [];
      const entry = list.find((e) => e.id === id);
      if (entry) {
        if (!entry.aliases.includes(alias)) entry.aliases.push(alias);
      } else if (create) {
        list.push({ id, ...create, aliases: [alias] });
      } else {
        const base = this.kb().get(id);
        list.push({ id, label: base?.label ?? 'PERSON', name: {}, aliases: [alias] });
      }
      const body = '{\n  "version": 1,\n  "entities": [\n' + list.map((e) => '    ' + JSON.stringify(e)).join(',\n') + '\n  ]\n}\n';
      await writeAtomic(file, encodeText(body));
      this.extra.set(folder.uri.toString(), list);
      this.kbCache = undefined;
    });
    this._onDidChange.fire();
    return id;
  }
}
