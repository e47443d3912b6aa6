/** Open (or focus) an article and select a mention; follow the cursor back into the trees. */
import * as vscode from 'vscode';
import { SECTION } from '../keys';
import { Disposable } from '../util/dispose';
import type { EntitiesView } from './entitiesView';
import type { IndexService } from './indexService';
import type { MeetingsView } from './meetingsView';

export interface MentionTarget { document: string; start: number; end: number; text?: string }

/**
 * Where the mention is now: its offsets when the text there still matches, else the occurrence of
 * its text nearest to the old place (the article may have changed since indexing).
 */
export function locateMention(text: string, m: MentionTarget): { start: number; end: number } {
  const start = Math.max(0, Math.min(m.start, text.length));
  const end = Math.max(start, Math.min(m.end, text.length));
  if (!m.text || text.slice(start, end) === m.text) return { start, end };
  let best = -1;
  for (let i = text.indexOf(m.text); i >= 0; i = text.indexOf(m.text, i + 1)) {
    if (best < 0 || Math.abs(i - m.start) < Math.abs(best - m.start)) best = i;
  }
  return best >= 0 ? { start: best, end: best + m.text.length } : { start, end };
}

export async function revealMention(service: IndexService, m: MentionTarget): Promise<vscode.TextEditor | undefined> {
  const uri = service.uriOf(m.document);
  if (!uri) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Cannot find the article {0}.', m.document));
    return undefined;
  }
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const doc = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn, preserveFocus: false, preview: false });
  const { start, end } = locateMention(doc.getText(), m);
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Moving the cursor onto a mention reveals it in the Meetings view (and the Entities view when visible). */
export class FollowCursor extends Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Last node revealed by following (tests read it). */
  lastRevealed: string | undefined;

  constructor(private readonly service: IndexService, private readonly meetings: MeetingsView, private readonly entities: EntitiesView) {
    super();
    this._register(vscode.window.onDidChangeTextEditorSelection((e) => this.schedule(e.textEditor)));
    this._register({ dispose: () => this.timer && clearTimeout(this.timer) });
  }

  private enabled(): boolean {
    return vscode.workspace.getConfiguration(SECTION).get<boolean>('sidebar.followCursor', true);
  }

  private schedule(editor: vscode.TextEditor): void {
    if (!this.enabled()) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.follow(editor), 150);
  }

  /** Reveal the mention under the editor's cursor; returns the revealed node id. */
  async follow(editor: vscode.TextEditor): Promise<string | undefined> {
    this.timer = undefined;
    if (!this.service.isArticle(editor.document.uri)) return undefined;
    const doc = this.service.idOf(editor.document.uri);
    const offset = editor.document.offsetAt(editor.selection.active);
    let revealed: string | undefined;
    if (this.meetings.view.visible) {
      const meeting = this.service.index.meetingsOf(doc).find((m) => m.mentions.some((x) => x.document === doc && x.start <= offset && offset <= x.end));
      const node = meeting && this.meetings.findMention(meeting.id, doc, offset);
      if (node) {
        await this.meetings.view.reveal(node, { select: true, focus: false, expand: true });
        revealed = node.id;
      }
    }
    if (this.entities.view.visible) {
      const node = this.entities.findMention(doc, offset);
      if (node) {
        await this.entities.view.reveal(node, { select: true, focus: false, expand: true });
        revealed ??= node.id;
      }
    }
    if (revealed) this.lastRevealed = revealed;
    return revealed;
  }
}
