import * as vscode from 'vscode';
import { matchSourceMeetings, meetingSources } from '../../core/review';
import { CommandId } from '../commandIds';
import { Disposable } from '../util/dispose';
import { parseMeetingTarget, resolveDocument, type MeetingTarget } from './args';
import { AnnotationComparison } from './annotationComparison';
import { ComparisonPanel, COMPARISON_VIEW_TYPE, type PanelState } from './comparisonPanel';
import { ReviewDecorations } from './decorations';
import { FieldDecisionStore } from './fieldDecisions';
import { ReviewData, type FoundMeeting, type ReviewHooks } from './reviewData';
import { SourceComparison, type SourceComparisonState } from './sourceComparison';

/**
 * Side-by-side review (issue 8): Compare Sources, the meeting comparison panel, and Compare
 * Annotations. Owns its decoration types, commands and the panel serializer.
 */
export class ReviewController extends Disposable {
  readonly data: ReviewData;
  readonly decorations = this._register(new ReviewDecorations());
  readonly sources: SourceComparison;
  readonly annotations: AnnotationComparison;
  readonly fieldDecisions = new FieldDecisionStore(() => vscode.workspace.workspaceFolders?.[0]?.uri);
  /** Open comparison panels, newest last. */
  readonly panels: ComparisonPanel[] = [];

  constructor(private readonly context: vscode.ExtensionContext, private readonly log: vscode.LogOutputChannel, hooks: ReviewHooks = {}) {
    super();
    this.data = this._register(new ReviewData({ meetingDecisions: async () => (await this.fieldDecisions.readMeetingDecisions()).decisions, ...hooks }));
    this.sources = this._register(new SourceComparison(this.data, this.decorations));
    this.annotations = this._register(new AnnotationComparison(this.decorations, log));
    this.annotations.store = hooks.store;
    const reg = (id: CommandId, fn: (...args: unknown[]) => unknown) => this._register(vscode.commands.registerCommand(id, fn));
    reg(CommandId.CompareSources, (arg) => this.compareSources(parseMeetingTarget(arg)));
    reg(CommandId.NextSharedEntity, () => this.sources.step(1));
    reg(CommandId.PreviousSharedEntity, () => this.sources.step(-1));
    reg(CommandId.ShowMeetingComparison, (arg) => this.showComparison(parseMeetingTarget(arg)));
    reg(CommandId.CompareAnnotations, (arg) => this.annotations.start(arg));
    reg(CommandId.NextDisagreement, () => this.annotations.step(1));
    reg(CommandId.PreviousDisagreement, () => this.annotations.step(-1));
    reg(CommandId.ShowDisagreements, () => this.annotations.pick());
    reg(CommandId.TakeMine, (id) => this.annotations.decide('left', typeof id === 'string' ? id : undefined));
    reg(CommandId.TakeTheirs, (id) => this.annotations.decide('right', typeof id === 'string' ? id : undefined));
    reg(CommandId.EndComparison, async () => {
      await this.sources.close();
      this.annotations.close();
    });
    this._register(vscode.window.registerWebviewPanelSerializer(COMPARISON_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: unknown) => {
        const s = state as Partial<PanelState> | undefined;
        if (!s || typeof s.meetingId !== 'string') {
          panel.dispose();
          return;
        }
        this.restorePanel(panel, { meetingId: s.meetingId, documents: Array.isArray(s.documents) ? s.documents.map(String) : [] });
      },
    }));
  }

  /** Finds the meeting a command targets; asks for it when none is given. */
  private async resolveMeeting(t: MeetingTarget): Promise<FoundMeeting | undefined> {
    let docs = t.documents;
    if (!docs && t.meeting) {
      const resolved = await Promise.all(meetingSources(t.meeting).map(resolveDocument));
      if (resolved.every((u) => u)) docs = resolved as vscode.Uri[];
    }
    const id = t.meetingId;
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Finding the meeting in its sources…'), cancellable: true },
      async (_p, token) => {
        if (id) {
          const found = await this.data.findMeeting(id, docs, token);
          if (found || !t.meeting) return found;
          // The caller's meeting (e.g. from the Meetings view) is not re-extracted under this id: use it as given.
          const { perDoc, docs: all } = await this.data.meetings(docs, token);
          return { merged: t.meeting, perSource: matchSourceMeetings(t.meeting, perDoc), docs: all };
        }
        const { merged, perDoc, docs: all } = await this.data.meetings(docs, token);
        const multi = merged.filter((m) => meetingSources(m).length > 1);
        if (!multi.length) {
          void vscode.window.showInformationMessage(vscode.l10n.t('No meeting is reported by more than one article.'));
          return undefined;
        }
        const pick = await vscode.window.showQuickPick(
          multi.map((m) => ({ label: m.participants.map((p) => p.name).join(', ') || m.id, description: [m.place?.name, m.date?.text].filter(Boolean).join(' · '), detail: meetingSources(m).join(', '), m })),
          { title: vscode.l10n.t('Compare which meeting?') },
        );
        if (!pick) return undefined;
        return { merged: pick.m, perSource: matchSourceMeetings(pick.m, perDoc), docs: all };
      },
    );
  }

  /** Asks for two articles: the active one first, then any other of the workspace. */
  private async pickTwoArticles(): Promise<vscode.Uri[] | undefined> {
    const all = await this.data.findArticles();
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const items = all.map((u) => ({ label: vscode.workspace.asRelativePath(u, false), picked: u.toString() === active, u }));
    const picked = await vscode.window.showQuickPick(items, {
      canPickMany: true,
      title: vscode.l10n.t('Compare Sources: pick two articles'),
      placeHolder: vscode.l10n.t('Two articles that report the same meeting'),
    });
    if (!picked) return undefined;
    if (picked.length !== 2) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Pick exactly two articles ({0} picked).', picked.length));
      return undefined;
    }
    // The active article goes on the left.
    return picked.sort((a, b) => Number(b.picked) - Number(a.picked)).map((p) => p.u);
  }

  /** Two given articles: their common meeting (asked when several), or just their shared entities. */
  private async compareArticles(uris: vscode.Uri[]): Promise<SourceComparisonState | undefined> {
    const { merged, docs } = await this.data.meetings(uris);
    const [l, r] = [...docs.values()];
    if (!l || !r) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Pick two different articles.'));
      return undefined;
    }
    const common = merged.filter((m) => meetingSources(m).includes(l.id) && meetingSources(m).includes(r.id));
    let meeting = common[0];
    if (common.length > 1) {
      const pick = await vscode.window.showQuickPick(
        common.map((m) => ({ label: m.participants.map((p) => p.name).join(', ') || m.id, description: [m.place?.name, m.date?.text].filter(Boolean).join(' · '), m })),
        { title: vscode.l10n.t('Both articles report several meetings: which one?') },
      );
      if (!pick) return undefined;
      meeting = pick.m;
    }
    return this.sources.open(l, r, meeting);
  }

  /** Compare Sources: the meeting's two articles side by side. */
  async compareSources(t: MeetingTarget): Promise<SourceComparisonState | undefined> {
    try {
      if (!t.meetingId && !t.meeting) {
        const uris = t.documents?.length === 2 ? t.documents : await this.pickTwoArticles();
        return uris ? await this.compareArticles(uris) : undefined;
      }
      const found = await this.resolveMeeting(t);
      if (!found) {
        if (t.meetingId) void vscode.window.showWarningMessage(vscode.l10n.t('Meeting {0} was not found in the workspace articles.', t.meetingId));
        return undefined;
      }
      let ids = meetingSources(found.merged);
      if (t.sources?.length === 2) ids = t.sources;
      else if (ids.length > 2) {
        const picked = await vscode.window.showQuickPick(ids.map((id) => ({ label: id })), { canPickMany: true, title: vscode.l10n.t('Pick the two articles to compare') });
        if (!picked || picked.length !== 2) return undefined;
        ids = picked.map((p) => p.label);
      }
      if (ids.length < 2) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This meeting is reported by one article only: there is nothing to compare.'));
        return undefined;
      }
      const [l, r] = [found.docs.get(ids[0]), found.docs.get(ids[1])];
      if (!l || !r) throw new Error(vscode.l10n.t('an article of the meeting could not be opened'));
      return await this.sources.open(l, r, found.merged);
    } catch (err) {
      if (err instanceof vscode.CancellationError) return undefined;
      this.log.error('Compare Sources failed', err);
      void vscode.window.showErrorMessage(vscode.l10n.t('Compare Sources failed: {0}', (err as Error).message));
      return undefined;
    }
  }

  /** Opens (or reveals) the comparison panel of a meeting. */
  async showComparison(t: MeetingTarget): Promise<ComparisonPanel | undefined> {
    let state: PanelState | undefined;
    if (t.meetingId && t.documents) state = { meetingId: t.meetingId, documents: t.documents.map((u) => u.toString()) };
    else {
      const cur = this.sources.current;
      const found = !t.meetingId && !t.meeting && cur?.meetingId
        ? await this.data.findMeeting(cur.meetingId, [cur.left, cur.right])
        : await this.resolveMeeting(t);
      if (!found) return undefined;
      state = { meetingId: found.merged.id, documents: meetingSources(found.merged).map((s) => found.docs.get(s)?.uri.toString()).filter((u): u is string => !!u) };
    }
    const existing = this.panels.find((p) => p.state.meetingId === state.meetingId);
    if (existing) {
      existing.panel.reveal();
      await existing.refresh();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(COMPARISON_VIEW_TYPE, vscode.l10n.t('Meeting comparison'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media', 'review')],
    });
    return this.restorePanel(panel, state);
  }

  /** Attaches a comparison to a webview panel: new, or restored by VS Code after a reload (the serializer). */
  restorePanel(panel: vscode.WebviewPanel, state: PanelState): ComparisonPanel {
    const p = new ComparisonPanel(panel, this.context.extensionUri, state, this.data, this.fieldDecisions, (s) =>
      this.compareSources({ meetingId: s.meetingId, documents: s.documents.map((d) => vscode.Uri.parse(d)) }));
    this.panels.push(p);
    p.onDidDispose(() => {
      const i = this.panels.indexOf(p);
      if (i >= 0) this.panels.splice(i, 1);
    });
    this._register({ dispose: () => p.dispose() });
    return p;
  }
}
