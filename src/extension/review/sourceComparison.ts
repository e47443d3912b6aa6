import * as vscode from 'vscode';
import type { Meeting, MentionRef } from '../../core/model';
import { sharedEntities, sharedSteps, type SharedEntity, type SharedStep } from '../../core/review';
import { Disposable } from '../util/dispose';
import { ReviewDecorations, toRange } from './decorations';
import type { ReviewData, ReviewDoc } from './reviewData';

/** What tests and callers learn about an open comparison. */
export interface SourceComparisonState {
  left: vscode.Uri;
  right: vscode.Uri;
  meetingId?: string;
  shared: SharedEntity[];
  steps: SharedStep[];
  /** Index of the current step, -1 before the first. */
  index: number;
}

export const COMPARING_CONTEXT = 'newsAnnotator.comparingSources';

/**
 * Two articles side by side: both editors open in their columns, shared entities marked in both,
 * and a current step moved by Next/Previous Shared Entity.
 */
export class SourceComparison extends Disposable {
  private state: SourceComparisonState | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly data: ReviewData, private readonly deco: ReviewDecorations) {
    super();
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.paint()));
    const touches = (uri: vscode.Uri) => {
      const s = this.state;
      return !!s && (uri.toString() === s.left.toString() || uri.toString() === s.right.toString());
    };
    this._register(vscode.workspace.onDidChangeTextDocument((e) => { if (touches(e.document.uri)) this.scheduleRefresh(); }));
    // Tagging or accepting spans changes what the two articles share.
    this._register(data.onDidInvalidate((uri) => { if (touches(uri)) this.scheduleRefresh(); }));
    this._register({ dispose: () => this.refreshTimer && clearTimeout(this.refreshTimer) });
    // The comparison ends when neither article is open in any tab any more.
    this._register(vscode.window.tabGroups.onDidChangeTabs(() => {
      const s = this.state;
      if (!s) return;
      const open = vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => {
        const input = t.input;
        const uri = input instanceof vscode.TabInputText ? input.uri.toString() : undefined;
        return uri === s.left.toString() || uri === s.right.toString();
      });
      if (!open) void this.close();
    }));
  }

  get current(): SourceComparisonState | undefined {
    return this.state;
  }

  /**
   * Opens `left` in the first column and `right` in the second, each with its mention of the
   * meeting selected (or the first shared entity when no meeting is given), and marks shared entities.
   */
  async open(left: ReviewDoc, right: ReviewDoc, meeting?: Meeting): Promise<SourceComparisonState> {
    const shared = sharedEntities(left.analysis.entities, right.analysis.entities);
    const steps = sharedSteps(shared);
    this.state = { left: left.uri, right: right.uri, meetingId: meeting?.id, shared, steps, index: -1 };
    const lm = meeting ? firstMention(meeting, left.id) : undefined;
    const rm = meeting ? firstMention(meeting, right.id) : undefined;
    const le = await this.show(left.uri, vscode.ViewColumn.One, lm);
    const re = await this.show(right.uri, vscode.ViewColumn.Two, rm);
    if (!lm && !rm && steps.length) {
      this.state.index = 0;
      this.select(le, steps[0].left);
      this.select(re, steps[0].right);
    }
    await vscode.commands.executeCommand('setContext', COMPARING_CONTEXT, true);
    this.paint();
    return this.state;
  }

  /** Moves both editors to the next (+1) or previous (-1) shared entity mention. */
  async step(delta: 1 | -1): Promise<SharedStep | undefined> {
    const s = this.state;
    if (!s) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No comparison is open. Run "Compare Sources" first.'));
      return undefined;
    }
    if (!s.steps.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The two articles share no entity.'));
      return undefined;
    }
    const n = s.steps.length;
    s.index = s.index < 0 ? (delta > 0 ? 0 : n - 1) : (s.index + delta + n) % n;
    const step = s.steps[s.index];
    const le = await this.show(s.left, vscode.ViewColumn.One);
    const re = await this.show(s.right, vscode.ViewColumn.Two);
    this.select(le, step.left);
    this.select(re, step.right);
    this.paint();
    const e = s.shared[step.entity];
    vscode.window.setStatusBarMessage(vscode.l10n.t('Shared entity {0} of {1}: {2} / {3}', s.index + 1, n, step.left.text, step.right.text), 4000);
    void e;
    return step;
  }

  async close(): Promise<void> {
    this.state = undefined;
    for (const ed of vscode.window.visibleTextEditors) {
      ed.setDecorations(this.deco.shared, []);
      ed.setDecorations(this.deco.current, []);
    }
    await vscode.commands.executeCommand('setContext', COMPARING_CONTEXT, false);
  }

  private async show(uri: vscode.Uri, column: vscode.ViewColumn, mention?: MentionRef): Promise<vscode.TextEditor> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString() && e.viewColumn === column);
    const editor = visible ?? (await vscode.window.showTextDocument(uri, { viewColumn: column, preview: false, preserveFocus: column !== vscode.ViewColumn.One }));
    if (mention) this.select(editor, mention);
    return editor;
  }

  private select(editor: vscode.TextEditor, r: { start: number; end: number }): void {
    const range = toRange(editor.document, r);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  }

  private paint(): void {
    const s = this.state;
    if (!s) return;
    const cur = s.index >= 0 ? s.steps[s.index] : undefined;
    for (const ed of vscode.window.visibleTextEditors) {
      const key = ed.document.uri.toString();
      const side = key === s.left.toString() ? 'left' : key === s.right.toString() ? 'right' : undefined;
      if (!side) continue;
      const other = vscode.workspace.asRelativePath(side === 'left' ? s.right : s.left, false);
      const opts: vscode.DecorationOptions[] = [];
      for (const e of s.shared) {
        const spellings = (side === 'left' ? e.rightSpellings : e.leftSpellings).join(', ');
        const hover = new vscode.MarkdownString(vscode.l10n.t('Shared entity ({0}) also in {1} as: {2}', e.label, other, spellings));
        for (const m of side === 'left' ? e.left : e.right) opts.push({ range: toRange(ed.document, m), hoverMessage: hover });
      }
      ed.setDecorations(this.deco.shared, opts);
      ed.setDecorations(this.deco.current, cur ? [toRange(ed.document, side === 'left' ? cur.left : cur.right)] : []);
    }
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 300);
  }

  /** Recomputes shared entities after an edit (offsets moved). */
  private async refresh(): Promise<void> {
    const s = this.state;
    if (!s) return;
    const [l, r] = [await this.data.load(s.left), await this.data.load(s.right)];
    if (this.state !== s) return;
    s.shared = sharedEntities(l.analysis.entities, r.analysis.entities);
    s.steps = sharedSteps(s.shared);
    s.index = Math.min(s.index, s.steps.length - 1);
    this.paint();
  }
}

function firstMention(m: Meeting, doc: string): MentionRef | undefined {
  return m.mentions.filter((x) => x.document === doc).sort((a, b) => a.start - b.start)[0];
}
