import * as vscode from 'vscode';
import { findWholeWord, snapToWords, type AnnotationSpan, type ChangeRecord } from '../../core/annotations';
import type { KbEntity } from '../../core/model';
import type { ArticleRegistry } from '../articles/articleRegistry';
import { CommandId } from '../commandIds';
import type { EntityService } from '../entities/entityService';
import { ReadOnlyError, type AnnotationStore } from '../store/annotationStore';
import type { PreAnnotator } from '../store/preAnnotator';
import { Disposable } from '../util/dispose';
import { decodeText } from '../util/fsUtil';
import { pickLabel } from './taggingCommands';
import { articleEditor, targetSpans, who } from './target';

/** What Link to Entity… does, when given by a caller (tests) instead of the quick pick. */
export type LinkChoice = { entityId: string } | { create: { label?: string; name?: string } };

/** Commands working across the corpus or the knowledge base, and pre-annotation. */
export class CorpusCommands extends Disposable {
  constructor(
    private readonly store: AnnotationStore,
    private readonly registry: ArticleRegistry,
    private readonly entities: EntityService,
    private readonly pre: PreAnnotator,
  ) {
    super();
    const reg = (id: CommandId, fn: (...args: unknown[]) => unknown) => this._register(vscode.commands.registerCommand(id, fn));
    reg(CommandId.AnnotateFile, () => this.annotateFile());
    reg(CommandId.AnnotateWorkspace, () => this.pre.annotateWorkspace());
    reg(CommandId.TagAllOccurrences, (label) => this.tagAllOccurrences(typeof label === 'string' ? label : undefined));
    reg(CommandId.LinkEntity, (ref, choice) => this.linkEntity(ref, choice as LinkChoice | undefined));
    reg(CommandId.ResolveOrphans, (uri, action) => this.resolveOrphans(uri, action as 'delete' | undefined));
  }

  async annotateFile(): Promise<number | undefined> {
    const ed = articleEditor(this.registry);
    if (!ed) return undefined;
    const added = await this.pre.annotate(ed.document.uri);
    vscode.window.setStatusBarMessage(vscode.l10n.t('News Annotator: {0} new suggestion(s)', added), 4000);
    return added;
  }

  /** Tag every whole-word occurrence of the selected text in every article. Returns the number tagged. */
  async tagAllOccurrences(label?: string): Promise<{ files: number; tagged: number } | undefined> {
    const ed = articleEditor(this.registry);
    if (!ed) return undefined;
    const doc = ed.document;
    const r = snapToWords(doc.getText(), doc.offsetAt(ed.selection.start), doc.offsetAt(ed.selection.end));
    if (!r) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select a word or phrase to tag.'));
      return undefined;
    }
    const needle = doc.getText().slice(r.start, r.end);
    const state = await this.store.open(doc.uri);
    label ??= state.set.spansAt(r.start).find((s) => s.start === r.start && s.end === r.end)?.label ?? (await pickLabel(vscode.l10n.t('Tag every “{0}” as', needle)));
    if (!label) return undefined;
    const l = label;
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Tagging every “{0}”', needle), cancellable: true },
      async (progress, token) => {
        const files = await this.registry.findArticles(token);
        if (!files.some((u) => u.toString() === doc.uri.toString())) files.unshift(doc.uri);
        let tagged = 0;
        let touched = 0;
        for (const uri of files) {
          if (token.isCancellationRequested) break;
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
          const isOpen = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
          try {
            const text = isOpen ? undefined : decodeText(await vscode.workspace.fs.readFile(uri));
            await this.store.open(uri, text);
            const t = this.store.textOf(uri) ?? '';
            const hits = findWholeWord(t, needle);
            if (hits.length) {
              await this.store.mutate(uri, (set) => {
                const me = who();
                for (const h of hits) {
                  const exists = set.spans.some((s) => s.start === h.start && s.end === h.end && s.label === l && s.status === 'accepted');
                  if (!exists) {
                    set.tag(h.start, h.end, l, needle, me);
                    tagged++;
                  }
                }
              });
              touched++;
            }
            if (!isOpen) await this.store.release(uri);
          } catch (err) {
            if (!(err instanceof ReadOnlyError)) throw err;
            void vscode.window.showErrorMessage(err.message);
          }
          await new Promise((res) => setTimeout(res, 0));
        }
        vscode.window.setStatusBarMessage(vscode.l10n.t('Tagged {0} occurrence(s) of “{1}” in {2} article(s)', tagged, needle, touched), 5000);
        return { files: touched, tagged };
      },
    );
  }

  /** Link the span under the caret to a knowledge-base entity (or a new one); the text becomes an alias. */
  async linkEntity(ref: unknown, choice?: LinkChoice): Promise<ChangeRecord | undefined> {
    await this.entities.whenReady();
    const t = await targetSpans(this.store, this.registry, ref, (s) => s.status !== 'rejected');
    if (!t) return undefined;
    const span = t.spans[0];
    if (!span) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a tag to link it.'));
      return undefined;
    }
    choice ??= await this.pickEntity(span);
    if (!choice) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(t.uri) ?? vscode.workspace.workspaceFolders?.[0];
    let id: string;
    if ('entityId' in choice) {
      id = choice.entityId;
      const e = this.entities.get(id);
      if (folder && e && !e.aliases.includes(span.text) && e.name.hi !== span.text && e.name.en !== span.text) await this.entities.addAlias(folder, id, span.text);
    } else {
      if (!folder) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder to create entities.'));
        return undefined;
      }
      const name = choice.create.name ?? span.text;
      const label = choice.create.label ?? span.label;
      id = `ws:${label.toLowerCase()}:${slug(name)}`;
      const devanagari = /[\u0900-\u097f]/.test(name);
      await this.entities.addAlias(folder, id, span.text, { label, name: devanagari ? { hi: name } : { en: name } });
    }
    return (await this.store.mutate(t.uri, (set) => set.link([span], id, who()))) as ChangeRecord;
  }

  private async pickEntity(span: AnnotationSpan): Promise<LinkChoice | undefined> {
    type Item = vscode.QuickPickItem & { choice: LinkChoice };
    const kb = this.entities.kb();
    const ranked = [...kb.lookupExact(span.text), ...kb.lookupVariant(span.text)];
    const seen = new Set<string>();
    const items: Item[] = [];
    const add = (e: KbEntity) => {
      if (seen.has(e.id)) return;
      seen.add(e.id);
      items.push({
        label: e.name.hi ?? e.name.en ?? e.id,
        description: [e.name.en, e.label, e.attrs?.role, e.attrs?.country].filter(Boolean).join(' · '),
        detail: e.aliases.join(', '),
        choice: { entityId: e.id },
      });
    };
    ranked.forEach(add);
    kb.entities.filter((e) => e.label === span.label).forEach(add);
    kb.entities.forEach(add);
    items.unshift({ label: `$(add) ${vscode.l10n.t('Create entity “{0}”', span.text)}`, description: span.label, choice: { create: {} }, alwaysShow: true });
    const pick = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Link “{0}” to entity', span.text),
      placeHolder: vscode.l10n.t('Search by any name, alias or spelling'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    return pick?.choice;
  }

  /** List orphaned spans (their text is no longer in the article) to delete or keep. */
  async resolveOrphans(arg?: unknown, action?: 'delete'): Promise<number | undefined> {
    const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.parse(arg) : articleEditor(this.registry)?.document.uri;
    if (!uri) return undefined;
    const state = await this.store.open(uri);
    const orphans = state.set.orphans();
    if (orphans.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No orphaned annotations in {0}.', state.relPath));
      return 0;
    }
    let chosen: AnnotationSpan[] | undefined;
    if (action === 'delete') chosen = orphans;
    else {
      const picks = await vscode.window.showQuickPick(
        orphans.map((s) => ({ label: s.text, description: `${s.label} · ${s.status}`, detail: `…${s.context.before}[${s.text}]${s.context.after}…`, span: s })),
        { canPickMany: true, title: vscode.l10n.t('Orphaned annotations of {0}: pick the ones to delete', state.relPath) },
      );
      chosen = picks?.map((p) => p.span);
    }
    if (!chosen || chosen.length === 0) return 0;
    const del = chosen;
    await this.store.mutate(uri, (set) => set.deleteSpans(del, 'Delete orphans'));
    return del.length;
  }
}

function slug(s: string): string {
  return s.normalize('NFC').trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'entity';
}
