import * as vscode from 'vscode';
import { snapToWords, type AnnotationSpan, type ChangeRecord } from '../../core/annotations';
import { DEFAULT_LABELS } from '../../core/model';
import type { ArticleRegistry } from '../articles/articleRegistry';
import { CommandId } from '../commandIds';
import { ReadOnlyError, type AnnotationStore } from '../store/annotationStore';
import { Disposable } from '../util/dispose';
import { articleEditor, targetSpans, who } from './target';

const LABEL_COMMANDS: [CommandId, string][] = [
  [CommandId.TagPerson, 'PERSON'],
  [CommandId.TagOrg, 'ORG'],
  [CommandId.TagLocation, 'LOCATION'],
  [CommandId.TagDate, 'DATE'],
  [CommandId.TagEquipment, 'EQUIPMENT'],
  [CommandId.TagEvent, 'EVENT'],
];

/** Quick pick of labels; typing a label's digit picks it at once. */
export async function pickLabel(title: string, current?: string): Promise<string | undefined> {
  const labels = [...DEFAULT_LABELS] as string[];
  const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { labelId: string }>();
  qp.title = title;
  qp.placeholder = vscode.l10n.t('Type a digit or pick a label');
  qp.items = labels.map((l, i) => ({ label: `${i + 1}  ${l}`, labelId: l, description: l === current ? vscode.l10n.t('current') : undefined }));
  return new Promise((resolve) => {
    let done = false;
    const finish = (v: string | undefined) => {
      if (done) return;
      done = true;
      resolve(v);
      qp.hide();
      qp.dispose();
    };
    qp.onDidChangeValue((v) => {
      const n = Number(v.trim());
      if (/^[1-9]$/.test(v.trim()) && n <= labels.length) finish(labels[n - 1]);
    });
    qp.onDidAccept(() => finish(qp.selectedItems[0]?.labelId));
    qp.onDidHide(() => finish(undefined));
    qp.show();
  });
}

/** Tagging, reviewing and undo commands on the active article. */
export class TaggingCommands extends Disposable {
  constructor(
    private readonly store: AnnotationStore,
    private readonly registry: ArticleRegistry,
  ) {
    super();
    const reg = (id: CommandId, fn: (...args: unknown[]) => unknown) => this._register(vscode.commands.registerCommand(id, (...a: unknown[]) => this.guard(() => fn(...a))));
    reg(CommandId.TagSelection, (label) => this.tagSelection(typeof label === 'string' ? label : undefined));
    for (const [id, label] of LABEL_COMMANDS) reg(id, () => this.tagSelection(label));
    reg(CommandId.RemoveTag, (ref) => this.removeTag(ref));
    reg(CommandId.ChangeLabel, (ref, label) => this.changeLabel(ref, typeof label === 'string' ? label : undefined));
    reg(CommandId.AcceptSuggestion, (ref) => this.setStatus(ref, 'accepted'));
    reg(CommandId.RejectSuggestion, (ref) => this.setStatus(ref, 'rejected'));
    reg(CommandId.AcceptAllSuggestions, () => this.acceptAll());
    reg(CommandId.NextSuggestion, () => this.gotoSuggestion(1));
    reg(CommandId.PreviousSuggestion, () => this.gotoSuggestion(-1));
    reg(CommandId.UndoAnnotationChange, () => this.undo());
  }

  /** Runs a command, turning a read-only store into a message instead of an exception. */
  private async guard<T>(fn: () => T | Promise<T>): Promise<T | undefined> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof ReadOnlyError) {
        void vscode.window.showErrorMessage(err.message);
        return undefined;
      }
      throw err;
    }
  }

  async tagSelection(label?: string): Promise<ChangeRecord | undefined> {
    const ed = articleEditor(this.registry);
    if (!ed) return undefined;
    const doc = ed.document;
    const text = doc.getText();
    const r = snapToWords(text, doc.offsetAt(ed.selection.start), doc.offsetAt(ed.selection.end));
    if (!r) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select a word or phrase to tag.'));
      return undefined;
    }
    label ??= await pickLabel(vscode.l10n.t('Tag “{0}” as', text.slice(r.start, r.end)));
    if (!label) return undefined;
    const l = label;
    const rec = (await this.store.mutate(doc.uri, (set) => set.tag(r.start, r.end, l, text.slice(r.start, r.end), who()))) as ChangeRecord;
    ed.selection = new vscode.Selection(doc.positionAt(r.start), doc.positionAt(r.end));
    return rec;
  }

  async removeTag(ref: unknown): Promise<ChangeRecord | undefined> {
    const t = await targetSpans(this.store, this.registry, ref, (s) => s.status !== 'rejected');
    if (!t) return undefined;
    if (t.spans.length === 0) return this.nothing(vscode.l10n.t('No tag here to remove.'));
    return (await this.store.mutate(t.uri, (set) => set.removeTags(t.spans, who()))) as ChangeRecord;
  }

  async changeLabel(ref: unknown, label?: string): Promise<ChangeRecord | undefined> {
    const t = await targetSpans(this.store, this.registry, ref, (s) => s.status !== 'rejected');
    if (!t) return undefined;
    if (t.spans.length === 0) return this.nothing(vscode.l10n.t('No tag here to relabel.'));
    label ??= await pickLabel(vscode.l10n.t('Change label of “{0}” to', t.spans[0].text), t.spans[0].label);
    if (!label) return undefined;
    const l = label;
    return (await this.store.mutate(t.uri, (set) => set.setLabel(t.spans, l, who()))) as ChangeRecord;
  }

  async setStatus(ref: unknown, status: 'accepted' | 'rejected'): Promise<ChangeRecord | undefined> {
    const t = await targetSpans(this.store, this.registry, ref, (s) => s.status !== status && (s.status === 'suggested' || status === 'rejected'));
    if (!t) return undefined;
    if (t.spans.length === 0) return this.nothing(vscode.l10n.t('No suggestion here.'));
    return (await this.store.mutate(t.uri, (set) => set.setStatus(t.spans, status, who()))) as ChangeRecord;
  }

  async acceptAll(): Promise<ChangeRecord | undefined> {
    const ed = articleEditor(this.registry);
    if (!ed) return undefined;
    const state = await this.store.open(ed.document.uri);
    const pending = state.set.spans.filter((s) => s.status === 'suggested' && !s.orphan);
    if (pending.length === 0) return this.nothing(vscode.l10n.t('No pending suggestions in this article.'));
    return (await this.store.mutate(ed.document.uri, (set) => set.setStatus(pending, 'accepted', who()))) as ChangeRecord;
  }

  async gotoSuggestion(direction: 1 | -1): Promise<AnnotationSpan | undefined> {
    const ed = articleEditor(this.registry);
    if (!ed) return undefined;
    const state = await this.store.open(ed.document.uri);
    const s = state.set.nextSuggestion(ed.document.offsetAt(ed.selection.start), direction);
    if (!s) return this.nothing(vscode.l10n.t('No pending suggestions in this article.'));
    const range = new vscode.Range(ed.document.positionAt(s.start), ed.document.positionAt(s.end));
    ed.selection = new vscode.Selection(range.start, range.end);
    ed.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return s;
  }

  async undo(): Promise<ChangeRecord | undefined> {
    const ed = articleEditor(this.registry);
    if (!ed) return undefined;
    const rec = (await this.store.mutate(ed.document.uri, (set, text) => set.undo(text), 'undo')) as ChangeRecord | undefined;
    if (!rec) return this.nothing(vscode.l10n.t('No annotation change to undo.'));
    vscode.window.setStatusBarMessage(vscode.l10n.t('Undid: {0}', rec.description), 3000);
    return rec;
  }

  private nothing(message: string): undefined {
    vscode.window.setStatusBarMessage(message, 3000);
    return undefined;
  }
}
