import * as vscode from 'vscode';
import { agreement, compareAnnotations, spanKey as agreementKey, type AgreementReport, type Disagreement } from '../../core/agreement';
import { shiftSpans, type AnnotationSet, type AnnotationSpan, type ChangeRecord } from '../../core/annotations';
import { Disposable } from '../util/dispose';
import { ReviewDecorations, toRange } from './decorations';
import { loadOtherSet, type OtherSource } from './otherAnnotations';

/** The part of the annotation store the review needs (AnnotationStore fits). */
export interface AnnotationAccess {
  open(uri: vscode.Uri): Promise<{ readonly relPath: string; readonly annotationUri: vscode.Uri }>;
  spans(uri: vscode.Uri): readonly AnnotationSpan[];
  mutate(uri: vscode.Uri, fn: (set: AnnotationSet, text: string) => ChangeRecord | void): Promise<unknown>;
  /** Fired when an article's annotations change (edits by hand, undo, reload). */
  readonly onDidChangeAnnotations?: vscode.Event<{ uri: vscode.Uri }>;
}

export interface AnnotationComparisonState {
  article: vscode.Uri;
  otherLabel: string;
  other: AnnotationSpan[];
  disagreements: Disagreement<AnnotationSpan>[];
  /** Disagreements settled in favour of the current annotations (they stay different from the other set). */
  keptMine: Set<string>;
  report: AgreementReport;
  index: number;
}

/** What Compare Annotations accepts as argument (tests pass one; the command asks otherwise). */
export interface CompareAnnotationsArg {
  article?: vscode.Uri;
  file?: vscode.Uri;
  revision?: string;
  spans?: AnnotationSpan[];
}

const visible = (s: AnnotationSpan) => !s.orphan && s.status !== 'rejected';

/**
 * Compare Annotations: the current article's annotations (left, "mine") against another set
 * (right, "theirs"), disagreements marked in the editor and listed, each settled by taking mine or
 * theirs; the store's set becomes the adjudicated set.
 */
export class AnnotationComparison extends Disposable {
  private state: AnnotationComparisonState | undefined;
  private storeListener: vscode.Disposable | undefined;
  private _store: AnnotationAccess | undefined;

  constructor(private readonly deco: ReviewDecorations, private readonly log: vscode.LogOutputChannel) {
    super();
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.paint()));
    // Typing in the article moves the other set's spans with the text, like the store moves mine.
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      const s = this.state;
      if (!s || e.document.uri.toString() !== s.article.toString() || !e.contentChanges.length) return;
      s.other = shiftSpans(s.other, e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }))).spans;
      this.recompute();
      this.paint();
    }));
    this._register({ dispose: () => this.storeListener?.dispose() });
  }

  get store(): AnnotationAccess | undefined {
    return this._store;
  }

  /** The annotation store; its change events keep the disagreements current when spans are edited by hand. */
  set store(store: AnnotationAccess | undefined) {
    this.storeListener?.dispose();
    this._store = store;
    this.storeListener = store?.onDidChangeAnnotations?.((e) => {
      const s = this.state;
      if (s && e.uri.toString() === s.article.toString()) {
        this.recompute();
        this.paint();
      }
    });
  }

  get current(): AnnotationComparisonState | undefined {
    return this.state;
  }

  async start(arg: unknown): Promise<AnnotationComparisonState | undefined> {
    const a = (arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? arg : {}) as CompareAnnotationsArg;
    const article = a.article ?? (arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri);
    if (!article) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an article to compare its annotations.'));
      return undefined;
    }
    const store = this.store;
    if (!store) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Annotations are not available in this window.'));
      return undefined;
    }
    try {
      const st = await store.open(article);
      const source = await this.chooseSource(a, st.annotationUri);
      if (!source) return undefined;
      const doc = await vscode.workspace.openTextDocument(article);
      const other = await loadOtherSet(source, st.relPath, doc.getText());
      if (other.orphans) void vscode.window.showWarningMessage(vscode.l10n.t('{0} span(s) of {1} no longer match the article and are left out.', other.orphans, other.label));
      this.state = { article, otherLabel: other.label, other: other.spans.filter(visible), disagreements: [], keptMine: new Set(), report: agreement([]), index: -1 };
      this.recompute();
      await vscode.commands.executeCommand('setContext', 'newsAnnotator.comparingAnnotations', true);
      await vscode.window.showTextDocument(doc, { preview: false });
      this.paint();
      const r = this.state.report;
      void vscode.window.showInformationMessage(vscode.l10n.t(
        'Compared with {0}: F1 {1} (exact), {2} (overlap), kappa {3}; {4} disagreement(s).',
        other.label, pct(r.exact.overall.f1), pct(r.overlap.overall.f1), r.kappa?.kappa === null || !r.kappa ? 'n/a' : r.kappa.kappa.toFixed(2), this.state.disagreements.length,
      ));
      return this.state;
    } catch (err) {
      this.log.error('Compare Annotations failed', err);
      void vscode.window.showErrorMessage(vscode.l10n.t('Compare Annotations failed: {0}', (err as Error).message));
      return undefined;
    }
  }

  private async chooseSource(a: CompareAnnotationsArg, annotationFile: vscode.Uri): Promise<OtherSource | undefined> {
    if (a.spans) return { kind: 'spans', spans: a.spans, label: vscode.l10n.t('given spans') };
    if (a.file) return { kind: 'file', uri: a.file };
    if (a.revision) return { kind: 'git', revision: a.revision, annotationFile };
    const pick = await vscode.window.showQuickPick([
      { label: vscode.l10n.t('Another annotator\'s file…'), description: vscode.l10n.t('an annotation file of this article'), source: 'file' as const },
      { label: vscode.l10n.t('An exported corpus JSON…'), description: vscode.l10n.t('the document of this article in it'), source: 'file' as const },
      { label: vscode.l10n.t('The version at a git revision…'), description: vscode.l10n.t('e.g. HEAD, HEAD~1, a branch'), source: 'git' as const },
    ], { title: vscode.l10n.t('Compare the annotations with') });
    if (!pick) return undefined;
    if (pick.source === 'git') {
      const revision = await vscode.window.showInputBox({ title: vscode.l10n.t('Git revision'), value: 'HEAD', validateInput: (v) => (/^[\w./~^@{}-]+$/.test(v) && !v.startsWith('-') ? undefined : vscode.l10n.t('Not a git revision')) });
      return revision ? { kind: 'git', revision, annotationFile } : undefined;
    }
    const files = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { JSON: ['json'] }, title: pick.label });
    return files?.[0] ? { kind: 'file', uri: files[0] } : undefined;
  }

  /** Recomputes disagreements from the store's current spans. */
  private recompute(): void {
    const s = this.state;
    if (!s || !this.store) return;
    const mine = this.store.spans(s.article).filter(visible);
    s.disagreements = compareAnnotations(mine, s.other).disagreements.filter((d) => !s.keptMine.has(d.id));
    s.report = agreement([{ id: s.article.toString(), text: textOf(s.article), left: mine, right: s.other }]);
    s.index = Math.min(s.index, s.disagreements.length - 1);
  }

  /** Moves to the next (+1) or previous (-1) disagreement and selects it. */
  async step(delta: 1 | -1): Promise<Disagreement<AnnotationSpan> | undefined> {
    const s = this.state;
    if (!s || !s.disagreements.length) {
      void vscode.window.showInformationMessage(s ? vscode.l10n.t('No disagreement left.') : vscode.l10n.t('Run "Compare Annotations" first.'));
      return undefined;
    }
    const n = s.disagreements.length;
    s.index = s.index < 0 ? (delta > 0 ? 0 : n - 1) : (s.index + delta + n) % n;
    await this.reveal(s.disagreements[s.index]);
    return s.disagreements[s.index];
  }

  private async reveal(d: Disagreement<AnnotationSpan>): Promise<void> {
    const s = this.state!;
    const editor = await vscode.window.showTextDocument(s.article, { preview: false });
    const r = toRange(editor.document, d);
    editor.selection = new vscode.Selection(r.start, r.end);
    editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    this.paint();
  }

  /** A quick pick listing every disagreement; accepting one reveals it, its buttons settle it. */
  async pick(): Promise<void> {
    const s = this.state;
    if (!s) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Run "Compare Annotations" first.'));
      return;
    }
    const mineBtn = { iconPath: new vscode.ThemeIcon('arrow-left'), tooltip: vscode.l10n.t('Take mine') };
    const theirsBtn = { iconPath: new vscode.ThemeIcon('arrow-right'), tooltip: vscode.l10n.t('Take theirs') };
    const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { d: Disagreement<AnnotationSpan> }>();
    const fill = () => {
      qp.items = this.state!.disagreements.map((d) => ({ label: describe(d), description: kindLabel(d), buttons: [mineBtn, theirsBtn], d }));
      qp.title = vscode.l10n.t('{0} disagreement(s) with {1}', this.state!.disagreements.length, this.state!.otherLabel);
    };
    fill();
    qp.onDidChangeActive((items) => { if (items[0]) void this.reveal(items[0].d); });
    qp.onDidTriggerItemButton(async (e) => {
      await this.decide(e.button === mineBtn ? 'left' : 'right', e.item.d.id);
      fill();
    });
    qp.onDidAccept(() => qp.hide());
    qp.onDidHide(() => qp.dispose());
    qp.show();
  }

  /** Settles a disagreement (default: the current one, else the one at the cursor) with mine or theirs. */
  async decide(side: 'left' | 'right', id?: string): Promise<boolean> {
    const s = this.state;
    if (!s || !this.store) return false;
    const d = id ? s.disagreements.find((x) => x.id === id) : (s.disagreements[s.index] ?? this.atCursor());
    if (!d) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No disagreement selected.'));
      return false;
    }
    const who = { author: vscode.workspace.getConfiguration('newsAnnotator').get<string>('author') || undefined, time: new Date().toISOString() };
    await this.store.mutate(s.article, (set, text) => {
      const mine = d.left && set.spans.find((x) => visible(x) && agreementKey(x) === agreementKey(d.left!));
      if (side === 'left') {
        s.keptMine.add(d.id);
        if (mine && mine.status !== 'accepted') return set.setStatus([mine], 'accepted', who);
        return undefined;
      }
      const theirs = d.right;
      if (!theirs) return mine ? set.removeTags([mine], who) : undefined;
      const others = set.spans.filter((x) => visible(x) && x !== mine && x.start < theirs.end && x.end > theirs.start);
      if (!others.length) return set.tag(theirs.start, theirs.end, theirs.label, text.slice(theirs.start, theirs.end), who, theirs.entityId);
      // Tagging would replace the other overlapping (e.g. nested) spans too: swap just this one.
      const next = set.spans.filter((x) => x !== mine).concat([{ ...theirs, text: text.slice(theirs.start, theirs.end), source: 'manual', status: 'accepted', author: who.author, time: who.time }]);
      set.replaceAll(next, true);
      return undefined;
    });
    this.recompute();
    this.paint();
    return true;
  }

  private atCursor(): Disagreement<AnnotationSpan> | undefined {
    const s = this.state!;
    const ed = vscode.window.activeTextEditor;
    if (!ed || ed.document.uri.toString() !== s.article.toString()) return undefined;
    const off = ed.document.offsetAt(ed.selection.active);
    return s.disagreements.find((d) => d.start <= off && off <= d.end);
  }

  private paint(): void {
    const s = this.state;
    for (const ed of vscode.window.visibleTextEditors) {
      if (!s || ed.document.uri.toString() !== s.article.toString()) continue;
      const by = (k: Disagreement['kind']) => s.disagreements.filter((d) => d.kind === k).map((d) => ({ range: toRange(ed.document, d), hoverMessage: hover(d, s.otherLabel) }));
      ed.setDecorations(this.deco.onlyMine, by('only-left'));
      ed.setDecorations(this.deco.onlyTheirs, by('only-right'));
      ed.setDecorations(this.deco.labelMismatch, by('label-mismatch'));
      ed.setDecorations(this.deco.boundaryMismatch, by('boundary-mismatch'));
    }
  }

  close(): void {
    this.state = undefined;
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.comparingAnnotations', false);
    for (const ed of vscode.window.visibleTextEditors) {
      for (const t of [this.deco.onlyMine, this.deco.onlyTheirs, this.deco.labelMismatch, this.deco.boundaryMismatch]) ed.setDecorations(t, []);
    }
  }
}

function textOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText();
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function kindLabel(d: Disagreement): string {
  switch (d.kind) {
    case 'only-left': return vscode.l10n.t('only mine');
    case 'only-right': return vscode.l10n.t('only theirs');
    case 'label-mismatch': return vscode.l10n.t('label differs');
    case 'boundary-mismatch': return vscode.l10n.t('boundaries differ');
  }
}

function describe(d: Disagreement<AnnotationSpan>): string {
  const side = (s?: AnnotationSpan) => (s ? `${s.text} [${s.label}]` : '—');
  return `${side(d.left)}  ↔  ${side(d.right)}`;
}

function hover(d: Disagreement<AnnotationSpan>, other: string): vscode.MarkdownString {
  const args = encodeURIComponent(JSON.stringify([d.id]));
  const md = new vscode.MarkdownString(
    `**${kindLabel(d)}** (${other})\n\n${vscode.l10n.t('Mine')}: ${d.left ? `\`${d.left.text}\` ${d.left.label}` : '—'}  \n${vscode.l10n.t('Theirs')}: ${d.right ? `\`${d.right.text}\` ${d.right.label}` : '—'}\n\n` +
    `[${vscode.l10n.t('Take mine')}](command:newsAnnotator.takeMine?${args}) · [${vscode.l10n.t('Take theirs')}](command:newsAnnotator.takeTheirs?${args})`,
  );
  md.isTrusted = { enabledCommands: ['newsAnnotator.takeMine', 'newsAnnotator.takeTheirs'] };
  return md;
}
