/** Context actions on meetings: confirm, reject, edit a field, merge, split by source, add from a selection. */
import * as vscode from 'vscode';
import { matchOf, type MeetingDecision, type MeetingEdit } from '../../core/meetings/decisions';
import type { DateValue, Meeting, MeetingStatus } from '../../core/model';
import { CommandId } from '../commandIds';
import { SECTION, Setting } from '../keys';
import { Disposable } from '../util/dispose';
import type { DecisionStore } from './decisionStore';
import type { IndexService } from './indexService';
import type { FieldNode, MeetingTreeNode } from './meetingModel';
import type { MeetingsView } from './meetingsView';
import { utf16ToCodePoint } from './offsets';

/** Parse what a person typed as a date: ISO day, month or year; otherwise kept as text. */
export function parseDateInput(text: string): { text: string } & DateValue {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return { text: t, value: t, precision: 'day' };
  if (/^\d{4}-\d{2}$/.test(t)) return { text: t, value: t, precision: 'month' };
  if (/^\d{4}$/.test(t)) return { text: t, value: t, precision: 'year' };
  return { text: t, precision: 'relative' };
}

const STATUSES: MeetingStatus[] = ['held', 'planned', 'past', 'call'];

export class MeetingCommands extends Disposable {
  /** The last failure message (diagnostics, tests). */
  lastError: string | undefined;

  constructor(private readonly service: IndexService, private readonly view: MeetingsView, private readonly decisions: DecisionStore, private readonly log?: vscode.LogOutputChannel) {
    super();
    const reg = (id: CommandId, fn: (...args: never[]) => unknown) => this._register(vscode.commands.registerCommand(id, fn as (...a: unknown[]) => unknown));
    reg(CommandId.ConfirmMeeting, (n?: MeetingTreeNode, sel?: MeetingTreeNode[]) => this.review(n, sel, 'confirm'));
    reg(CommandId.RejectMeeting, (n?: MeetingTreeNode, sel?: MeetingTreeNode[]) => this.review(n, sel, 'reject'));
    reg(CommandId.EditMeetingField, (n?: MeetingTreeNode, value?: string) => this.edit(n, value));
    reg(CommandId.MergeMeetings, (n?: MeetingTreeNode, sel?: MeetingTreeNode[]) => this.merge(n, sel));
    reg(CommandId.SplitMeeting, (n?: MeetingTreeNode) => this.split(n));
    reg(CommandId.AddMeetingFromSelection, (input?: { participants: string[]; place?: string; date?: string }) => this.addFromSelection(input));
  }

  private author(): string | undefined {
    return vscode.workspace.getConfiguration(SECTION).get<string>(Setting.Author) || undefined;
  }

  private meetingOf(n: MeetingTreeNode | undefined): Meeting | undefined {
    if (!n) return undefined;
    if (n.kind === 'meeting') return this.service.index.meeting(n.meeting.id) ?? n.meeting;
    if (n.kind === 'group') return undefined;
    return this.service.index.meeting(n.meetingId);
  }

  private meetings(n: MeetingTreeNode | undefined, sel: MeetingTreeNode[] | undefined): Meeting[] {
    const out = new Map<string, Meeting>();
    for (const node of this.view.targets(n, sel)) {
      const m = this.meetingOf(node);
      if (m) out.set(m.id, m);
    }
    return [...out.values()];
  }

  private async record(d: MeetingDecision): Promise<boolean> {
    try {
      await this.decisions.record({ ...d, author: this.author() } as MeetingDecision);
      return true;
    } catch (err) {
      this.lastError = (err as Error).stack ?? (err as Error).message;
      this.log?.error(`meeting decision ${d.kind} failed: ${(err as Error).stack ?? (err as Error).message}`);
      void vscode.window.showErrorMessage((err as Error).message);
      return false;
    }
  }

  async review(n: MeetingTreeNode | undefined, sel: MeetingTreeNode[] | undefined, kind: 'confirm' | 'reject'): Promise<boolean> {
    const list = this.meetings(n, sel);
    if (!list.length) return false;
    for (const m of list) if (!(await this.record({ kind, meeting: m.id, match: matchOf(m) }))) return false;
    return true;
  }

  /** Edit a field; `value` skips the input (tests, "take this source's value"). */
  async edit(n: MeetingTreeNode | undefined, value?: string): Promise<boolean> {
    const m = this.meetingOf(n ?? this.view.view.selection[0]);
    if (!m || !n) return false;
    let field: FieldNode['field'] | undefined;
    let index: number | undefined;
    if (n.kind === 'field') { field = n.field; index = n.index; }
    else if (n.kind === 'value') { field = n.field as FieldNode['field']; value ??= n.label; }
    else {
      const pick = await vscode.window.showQuickPick(
        [{ label: 'place' }, { label: 'date' }, { label: 'occasion' }, { label: 'topics' }, { label: 'status' }, ...m.participants.map((p, i) => ({ label: 'participant', description: p.name, i }))],
        { title: vscode.l10n.t('Edit which field?') });
      if (!pick) return false;
      field = pick.label as FieldNode['field'];
      index = 'i' in pick ? pick.i : undefined;
    }
    const current = field === 'place' ? m.place?.name : field === 'date' ? m.date?.value ?? m.date?.text : field === 'occasion' ? m.occasion?.name
      : field === 'topics' ? m.topics.map((t) => t.name).join(', ') : field === 'status' ? m.status : m.participants[index ?? 0]?.name;
    if (value === undefined) {
      if (field === 'status') {
        value = await vscode.window.showQuickPick(STATUSES, { title: vscode.l10n.t('Meeting status') });
      } else {
        value = await vscode.window.showInputBox({
          title: vscode.l10n.t('Edit {0}', field),
          value: current ?? '',
          prompt: field === 'date' ? vscode.l10n.t('YYYY-MM-DD, YYYY-MM, YYYY or free text; empty to clear') : field === 'topics' ? vscode.l10n.t('Comma-separated topics') : vscode.l10n.t('Empty to clear'),
        });
      }
      if (value === undefined) return false;
    }
    const v = value.trim();
    const fields: MeetingEdit = {};
    const clear = null as unknown as undefined; // the decisions file uses null to clear a field
    if (field === 'place') fields.place = v ? { name: v } : clear;
    else if (field === 'date') fields.date = v ? parseDateInput(v) : clear;
    else if (field === 'occasion') fields.occasion = v ? { name: v } : clear;
    else if (field === 'topics') fields.topics = v.split(',').map((t) => t.trim()).filter(Boolean).map((name) => ({ name }));
    else if (field === 'status') {
      if (!STATUSES.includes(v as MeetingStatus)) return false;
      fields.status = v as MeetingStatus;
    } else if (field === 'participant') {
      const ps = m.participants.map((p) => ({ ...p }));
      if (index === undefined || !ps[index]) return false;
      if (v) ps[index].name = v;
      else ps.splice(index, 1);
      fields.participants = ps;
    } else return false;
    return this.record({ kind: 'edit', meeting: m.id, match: matchOf(m), fields });
  }

  async merge(n: MeetingTreeNode | undefined, sel: MeetingTreeNode[] | undefined): Promise<boolean> {
    const list = this.meetings(n, sel);
    if (list.length < 2) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select two or more meetings to merge (Ctrl/Cmd+click).'));
      return false;
    }
    return this.record({ kind: 'merge', meetings: list.map((m) => m.id), into: list[0].id });
  }

  async split(n: MeetingTreeNode | undefined): Promise<boolean> {
    const m = this.meetingOf(n ?? this.view.view.selection[0]);
    if (!m) return false;
    const docs = [...new Set(m.mentions.map((x) => x.document))];
    // On a source node: split that source out; on the meeting: one meeting per source.
    const out = n?.kind === 'source' ? [n.document] : docs.slice(1);
    if (docs.length < 2 || !out.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This meeting has a single source: nothing to split.'));
      return false;
    }
    const parts = [];
    for (const doc of out) {
      const text = await this.service.textOf(doc);
      const mentions = m.mentions.filter((x) => x.document === doc).map((x) => ({
        document: doc, start: text ? utf16ToCodePoint(text, x.start) : x.start, end: text ? utf16ToCodePoint(text, x.end) : x.end,
      }));
      parts.push({ id: `${m.id}~${doc.replace(/[^A-Za-z0-9]+/g, '-')}`, mentions });
    }
    return this.record({ kind: 'split', meeting: m.id, match: matchOf(m), parts });
  }

  /** Add a meeting reported by the selected sentence; participants default to the people tagged in it. */
  async addFromSelection(input?: { participants: string[]; place?: string; date?: string }): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty || !this.service.isArticle(editor.document.uri)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the sentence that reports the meeting in an article first.'));
      return false;
    }
    const doc = this.service.idOf(editor.document.uri);
    const text = editor.document.getText();
    const start = editor.document.offsetAt(editor.selection.start);
    const end = editor.document.offsetAt(editor.selection.end);
    const inSel = (this.service.index.article(doc)?.mentions ?? []).filter((x) => x.start >= start && x.end <= end);
    let names = input?.participants;
    let place = input?.place;
    let date = input?.date;
    if (!input) {
      const people = inSel.filter((x) => x.label === 'PERSON').map((x) => x.text);
      const typed = await vscode.window.showInputBox({ title: vscode.l10n.t('Add meeting: participants'), prompt: vscode.l10n.t('Comma-separated names'), value: [...new Set(people)].join(', ') });
      if (typed === undefined) return false;
      names = typed.split(',').map((s) => s.trim()).filter(Boolean);
      place = await vscode.window.showInputBox({ title: vscode.l10n.t('Add meeting: place (optional)'), value: inSel.find((x) => x.label === 'LOCATION')?.text ?? '' });
      if (place === undefined) return false;
      date = await vscode.window.showInputBox({ title: vscode.l10n.t('Add meeting: date (optional)'), prompt: vscode.l10n.t('YYYY-MM-DD, YYYY-MM, YYYY or free text'), value: '' });
      if (date === undefined) return false;
    }
    if (!names || names.length < 1) return false;
    const byName = new Map(inSel.filter((x) => x.label === 'PERSON' && x.entityId).map((x) => [x.text, x.entityId!]));
    const meeting: Meeting = {
      id: `manual-${Date.now().toString(36)}`,
      participants: names.map((name) => ({ entityId: byName.get(name) ?? `doc:${name}`, name })),
      topics: [],
      status: 'held',
      confidence: 1,
      mentions: [{ document: doc, start: utf16ToCodePoint(text, start), end: utf16ToCodePoint(text, end), text: text.slice(start, end) }],
    };
    if (place?.trim()) meeting.place = { name: place.trim() };
    if (date?.trim()) meeting.date = parseDateInput(date);
    return this.record({ kind: 'create', meeting });
  }
}
