import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { serializeAnnotationFile, toAnnotationFile, type AnnotationSpan } from '../../../src/core/annotations';
import type { Meeting } from '../../../src/core/model';
import { meetingSources } from '../../../src/core/review';
import type { ComparisonPanel, RenderedRow } from '../../../src/extension/review/comparisonPanel';
import { COMPARISON_VIEW_TYPE } from '../../../src/extension/review/comparisonPanel';
import type { SourceComparisonState } from '../../../src/extension/review/sourceComparison';
import { api, cpSlice, readText, savedFile, scratchFolder, useTestSettings } from '../annotating/util';
import { screenshot, screenshotsAvailable, sharedCorpusPath, waitFor, workspaceFolder } from '../helpers';

const MOSCOW = ['001_8479c630ef47ba42.txt', '002_880fecec8a66a465.txt'];

function corpusText(name: string): string | undefined {
  const dir = sharedCorpusPath();
  if (!dir) return undefined;
  try {
    return readFileSync(join(dir, name), 'utf8');
  } catch {
    return undefined;
  }
}

function editorIn(column: vscode.ViewColumn, uri: vscode.Uri): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.viewColumn === column && e.document.uri.toString() === uri.toString());
}

function selectedText(e: vscode.TextEditor): string {
  return e.document.getText(new vscode.Range(e.selection.start, e.selection.end));
}

async function withTheme<T>(theme: string, fn: () => Promise<T>): Promise<T> {
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, vscode.ConfigurationTarget.Global);
  return fn();
}

/** Files of the workspace the review writes: restored after the suites so later suites see the workspace as it was. */
function restoreAfter(...rel: string[][]): void {
  const saved = new Map<string, Uint8Array | undefined>();
  before(async () => {
    for (const r of rel) {
      const uri = vscode.Uri.joinPath(workspaceFolder().uri, ...r);
      saved.set(uri.toString(), await vscode.workspace.fs.readFile(uri).then((b) => b, () => undefined));
    }
  });
  after(async () => {
    for (const [key, bytes] of saved) {
      const uri = vscode.Uri.parse(key);
      if (bytes) await vscode.workspace.fs.writeFile(uri, bytes);
      else await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });
}

describe('review: two articles about one meeting (sample corpus 001 and 002)', function () {
  useTestSettings(false);
  restoreAfter(['.news-annotator', 'meetings.json'], ['.news-annotator', 'meeting-review.json']);
  const dir = scratchFolder('review');
  let uris: vscode.Uri[] = [];
  let meeting: Meeting;

  before(async function () {
    const texts = MOSCOW.map(corpusText);
    if (texts.some((t) => t === undefined)) {
      console.log('[review] ../shared/corpus (articles 001 and 002) is absent: skipping the Moscow comparison tests');
      this.skip();
    }
    // Copied into a scratch folder of the (temporary) workspace at test time; never committed.
    uris = MOSCOW.map((n) => vscode.Uri.joinPath(dir(), n.replace(/\.txt$/, '.article')));
    for (let i = 0; i < 2; i++) await vscode.workspace.fs.writeFile(uris[i], new TextEncoder().encode(texts[i]!));
    const a = await api();
    const { merged } = await a.review.data.meetings(uris);
    const ids = uris.map((u) => vscode.workspace.asRelativePath(u, false));
    const both = merged.filter((m) => ids.every((id) => meetingSources(m).includes(id)));
    // The Moscow meeting: Singh and Putin, reported by both articles.
    const found = both.find((m) => m.participants.some((p) => /पुतिन|Putin/.test(p.name)) && m.participants.some((p) => /सिंह|Singh/.test(p.name)));
    assert.ok(found, `a meeting of Singh and Putin reported by both articles (found: ${both.map((m) => m.participants.map((p) => p.name).join('+')).join('; ') || 'none'})`);
    meeting = found;
  });

  after(async () => {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('editor').update('wordWrap', undefined, vscode.ConfigurationTarget.Global);
  });

  it('Compare Sources opens both articles side by side, each with its mention of the meeting selected', async () => {
    const state = await vscode.commands.executeCommand<SourceComparisonState>('newsAnnotator.compareSources', { meetingId: meeting.id, documents: uris });
    assert.ok(state, 'the command returns the comparison');
    const left = await waitFor(() => editorIn(vscode.ViewColumn.One, uris[0]), { message: 'article 001 in the first column' });
    const right = await waitFor(() => editorIn(vscode.ViewColumn.Two, uris[1]), { message: 'article 002 in the second column' });
    for (const [ed, uri] of [[left, uris[0]], [right, uris[1]]] as const) {
      const id = vscode.workspace.asRelativePath(uri, false);
      const first = meeting.mentions.filter((m) => m.document === id).sort((a, b) => a.start - b.start)[0];
      assert.ok(first, `the meeting has a mention in ${id}`);
      assert.equal(ed.document.offsetAt(ed.selection.start), first.start, `${id}: selection starts at the mention`);
      assert.equal(ed.document.offsetAt(ed.selection.end), first.end, `${id}: selection ends at the mention`);
      assert.equal(selectedText(ed), first.text);
      assert.ok(ed.visibleRanges.some((r) => r.contains(ed.selection.start)), `${id}: the mention is scrolled into view`);
    }
  });

  it('marks shared entities in both, Belousov spelled differently on each side', async () => {
    const a = await api();
    const state = a.review.sources.current;
    assert.ok(state);
    assert.ok(state.shared.length >= 3, `several shared entities (${state.shared.length})`);
    const belousov = state.shared.find((e) => e.leftSpellings.some((s) => s.includes('बेलोसोव')) && e.rightSpellings.some((s) => s.includes('बेलौसोव')));
    assert.ok(belousov, `Belousov is shared across spellings: ${state.shared.map((e) => `${e.leftSpellings.join('/')}=${e.rightSpellings.join('/')}`).join('; ')}`);
    assert.equal(belousov.spelledDifferently, true);
    assert.equal(belousov.label, 'PERSON');
    // Every marked mention is the entity's text in its own article.
    const [lt, rt] = [editorIn(vscode.ViewColumn.One, uris[0])!.document.getText(), editorIn(vscode.ViewColumn.Two, uris[1])!.document.getText()];
    for (const e of state.shared) {
      for (const m of e.left) assert.equal(lt.slice(m.start, m.end), m.text);
      for (const m of e.right) assert.equal(rt.slice(m.start, m.end), m.text);
    }
  });

  it('Next/Previous Shared Entity move both editors to corresponding mentions', async () => {
    const a = await api();
    const steps: string[] = [];
    for (let i = 0; i < 3; i++) {
      await vscode.commands.executeCommand('newsAnnotator.nextSharedEntity');
      const s = a.review.sources.current!;
      const step = s.steps[s.index];
      assert.equal(s.index, i);
      const left = editorIn(vscode.ViewColumn.One, uris[0])!;
      const right = editorIn(vscode.ViewColumn.Two, uris[1])!;
      assert.equal(selectedText(left), step.left.text);
      assert.equal(selectedText(right), step.right.text);
      const entity = s.shared[step.entity];
      assert.ok(entity.left.some((m) => m.start === step.left.start) && entity.right.some((m) => m.start === step.right.start), 'both mentions belong to one entity');
      steps.push(`${step.left.start}:${step.right.start}`);
    }
    assert.ok(Number(steps[1].split(':')[0]) >= Number(steps[0].split(':')[0]), 'steps follow the left article');
    await vscode.commands.executeCommand('newsAnnotator.previousSharedEntity');
    const s = a.review.sources.current!;
    assert.equal(s.index, 1);
    assert.equal(`${s.steps[1].left.start}:${s.steps[1].right.start}`, steps[1]);
  });

  it('screenshots: the two Moscow articles side by side with shared entities marked (dark and light)', async function () {
    if (!screenshotsAvailable()) this.skip();
    // Articles are one paragraph per line: wrap them so both columns show whole sentences.
    await vscode.workspace.getConfiguration('editor').update('wordWrap', 'on', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('newsAnnotator.nextSharedEntity');
    const dark = await withTheme('Default Dark Modern', () => screenshot('review-sources-dark', 1200));
    const light = await withTheme('Default Light Modern', () => screenshot('review-sources-light', 1200));
    assert.ok(dark.bytes > 20_000 && light.bytes > 20_000);
    assert.notEqual(dark.bytes, light.bytes);
  });

  let panel: ComparisonPanel;
  const rendered = async (p: ComparisonPanel, check: (rows: RenderedRow[]) => boolean, what: string) =>
    waitFor(() => (p.rendered && check(p.rendered) ? p.rendered : undefined), { timeout: 15_000, message: what });

  it('the comparison panel shows the meeting’s fields per source with differences marked', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const p = await vscode.commands.executeCommand<ComparisonPanel>('newsAnnotator.showMeetingComparison', { meetingId: meeting.id, documents: uris });
    assert.ok(p, 'the command returns the panel');
    panel = p;
    const rows = await rendered(p, (r) => r.length > 0, 'the webview to render the comparison');
    const model = p.model!;
    assert.equal(p.panel.viewType, COMPARISON_VIEW_TYPE);
    assert.deepEqual(model.sources.map((s) => s.id), uris.map((u) => vscode.workspace.asRelativePath(u, false)));
    assert.deepEqual(rows.map((r) => r.field), ['participants', 'place', 'date', 'occasion', 'topics', 'status']);
    // The webview shows exactly the model: one cell per source, same values, same states.
    rows.forEach((r, i) => {
      const f = model.fields[i];
      assert.equal(r.state, f.state);
      assert.deepEqual(r.cells, f.values.map((v) => v.items.map((x) => x.display).join(', ')));
    });
    assert.ok(model.differences > 0, 'the two reports differ somewhere');
    // 002 carries the tweet dated December 10, 2024; 001 gives no date for this meeting.
    const date = rows.find((r) => r.field === 'date')!;
    assert.equal(date.state, 'missing');
    assert.equal(date.cells[0], '');
    assert.match(date.cells[1], /2024-12-10/);
    // Both name Singh and Putin (same entities, even where one writes them in English).
    const participants = model.fields.find((f) => f.field === 'participants')!;
    for (const v of participants.values) assert.ok(v.items.length >= 2, `${v.source} names both participants`);
    assert.match(p.panel.webview.html, /Content-Security-Policy/);
    assert.match(p.panel.webview.html, /script-src 'nonce-[A-Za-z0-9]+'/);
    assert.doesNotMatch(p.panel.webview.html, /unsafe-inline|unsafe-eval/);
  });

  it('taking a value and marking a difference reviewed are saved with the meeting', async () => {
    const p = panel;
    const src002 = p.model!.sources[1].id;
    await p.take('date', src002);
    let rows = await rendered(p, (r) => r.find((x) => x.field === 'date')?.decided === true, 'the date decision to show');
    assert.match(rows.find((x) => x.field === 'date')!.merged, /2024-12-10/);
    const changed = p.model!.fields.find((f) => f.state !== 'same' && f.field !== 'date' && !f.decision);
    assert.ok(changed, 'another difference to mark reviewed');
    await p.markReviewed(changed.field);
    rows = await rendered(p, (r) => r.find((x) => x.field === changed.field)?.decided === true, 'the reviewed mark to show');
    assert.equal(p.model!.undecided, p.model!.fields.filter((f) => f.state !== 'same' && !f.decision).length);
    // Saved: the taken date as an edit of the meeting in the meetings decisions file ...
    const ws = workspaceFolder().uri;
    const decisions = JSON.parse((await readText(vscode.Uri.joinPath(ws, '.news-annotator', 'meetings.json')))!);
    const edit = decisions.decisions.find((d: { kind: string; meeting: string }) => d.kind === 'edit' && d.meeting === meeting.id);
    assert.ok(edit, 'an edit decision for the meeting');
    assert.equal(edit.fields.date.value, '2024-12-10');
    // ... and the reviewed mark with the source of the taken value in the review file.
    const review = JSON.parse((await readText(vscode.Uri.joinPath(ws, '.news-annotator', 'meeting-review.json')))!);
    assert.equal(review.meetings[meeting.id].fields.date.source, src002);
    assert.equal(review.meetings[meeting.id].fields[changed.field].action, 'reviewed');
  });

  it('screenshots: the comparison panel (dark and light)', async function () {
    if (!screenshotsAvailable()) this.skip();
    panel.panel.reveal(vscode.ViewColumn.One);
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
    const dark = await withTheme('Default Dark Modern', () => screenshot('review-panel-dark', 1500));
    const light = await withTheme('Default Light Modern', () => screenshot('review-panel-light', 1500));
    assert.ok(dark.bytes > 20_000 && light.bytes > 20_000);
    assert.notEqual(dark.bytes, light.bytes);
  });

  it('a panel restored from its saved state (as after a reload) shows the same comparison and decisions', async () => {
    const a = await api();
    const before = panel.rendered!;
    const state = { ...panel.state };
    panel.panel.dispose();
    const raw = vscode.window.createWebviewPanel(COMPARISON_VIEW_TYPE, 'restored', vscode.ViewColumn.One, { enableScripts: true });
    const restored = a.review.restorePanel(raw, state);
    const rows = await rendered(restored, (r) => r.length > 0, 'the restored panel to render');
    assert.deepEqual(rows, before);
    restored.panel.dispose();
  });
});

describe('review: two annotators on one article', () => {
  useTestSettings(false);
  const dir = scratchFolder('adjudicate');
  const TEXT = 'नई दिल्ली 😀 रक्षा मंत्री राजनाथ सिंह ने मॉस्को में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।';
  const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });

  it('shows agreement and disagreements with another annotator’s file and adjudicates them', async () => {
    const a = await api();
    const article = vscode.Uri.joinPath(dir(), 'two-annotators.article');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(TEXT));
    const doc = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(doc);
    await a.loadSpans(article);
    const who = { author: 'me' };
    await a.store.mutate(article, (set) => {
      for (const [needle, label] of [['राजनाथ सिंह', 'PERSON'], ['मॉस्को', 'LOCATION'], ['नई दिल्ली', 'LOCATION']] as const) {
        const r = at(needle);
        set.tag(r.start, r.end, label, needle, who);
      }
    });
    await a.flushAnnotations(article); // my annotations are on disk before the comparison starts
    // The other annotator: same Singh, Moscow as ORG (label mismatch), Putin (only theirs), no New Delhi (only mine).
    const theirs: AnnotationSpan[] = [['राजनाथ सिंह', 'PERSON'], ['मॉस्को', 'ORG'], ['व्लादिमीर पुतिन', 'PERSON']].map(([needle, label]) => ({
      ...at(needle), label, text: needle, source: 'manual', status: 'accepted', author: 'other', context: { before: '', after: '' },
    }));
    const otherFile = vscode.Uri.joinPath(dir(), 'other-annotator.json');
    const sha = createHash('sha256').update(TEXT, 'utf8').digest('hex');
    await vscode.workspace.fs.writeFile(otherFile, new TextEncoder().encode(serializeAnnotationFile(toAnnotationFile({ article: 'two-annotators.article', sha256: sha, spans: theirs }, TEXT))));

    const state = await a.review.annotations.start({ article, file: otherFile });
    assert.ok(state, 'the comparison starts');
    assert.deepEqual(state.disagreements.map((d) => [d.kind, TEXT.slice(d.start, d.end)]), [
      ['only-left', 'नई दिल्ली'],
      ['label-mismatch', 'मॉस्को'],
      ['only-right', 'व्लादिमीर पुतिन'],
    ]);
    assert.equal(state.report.exact.overall.tp, 1);
    assert.ok(state.report.kappa && state.report.kappa.kappa !== null && state.report.kappa.kappa < 1, 'token kappa below 1');

    // Stepping selects each disagreement in the editor.
    await vscode.commands.executeCommand('newsAnnotator.nextDisagreement');
    await vscode.commands.executeCommand('newsAnnotator.nextDisagreement');
    const ed = vscode.window.activeTextEditor!;
    assert.equal(ed.document.getText(ed.selection), 'मॉस्को');

    // Editing by hand counts too: tagging Putin as theirs do settles that disagreement.
    await a.store.mutate(article, (set) => set.tag(at('व्लादिमीर पुतिन').start, at('व्लादिमीर पुतिन').end, 'PERSON', 'व्लादिमीर पुतिन', who));
    await waitFor(() => a.review.annotations.current!.disagreements.length === 2, { message: 'the hand edit to settle a disagreement' });
    await a.store.mutate(article, (set) => set.undo(TEXT));
    await waitFor(() => a.review.annotations.current!.disagreements.length === 3, { message: 'undo to bring it back' });
    await a.flushAnnotations(article);

    // Take theirs on the selected label mismatch (Moscow becomes ORG), keep mine for Putin (not added)
    // and for New Delhi (kept).
    await vscode.commands.executeCommand('newsAnnotator.takeTheirs');
    const putin = a.review.annotations.current!.disagreements.find((d) => d.kind === 'only-right')!;
    await vscode.commands.executeCommand('newsAnnotator.takeMine', putin.id);
    const delhi = a.review.annotations.current!.disagreements.find((d) => d.kind === 'only-left')!;
    await vscode.commands.executeCommand('newsAnnotator.takeMine', delhi.id);
    assert.equal(a.review.annotations.current!.disagreements.length, 0, 'every disagreement settled');

    const spans = a.getSpans(article).filter((s) => s.status !== 'rejected');
    assert.deepEqual(spans.map((s) => [s.text, s.label]), [['नई दिल्ली', 'LOCATION'], ['राजनाथ सिंह', 'PERSON'], ['मॉस्को', 'ORG']]);
    // The adjudicated set is written by the store, in code points.
    const saved = await savedFile(article);
    const moscow = saved.json.spans.find((s) => s.label === 'ORG');
    assert.ok(moscow, `the saved file has the ORG span: ${saved.raw}`);
    assert.equal(cpSlice(TEXT, moscow.start, moscow.end), 'मॉस्को');
    assert.ok(!saved.json.spans.some((s) => s.text === 'व्लादिमीर पुतिन' && s.status !== 'rejected'));
    a.review.annotations.close();
  });

  it('compares with the version at a git revision and takes it back', async function () {
    const a = await api();
    const ws = workspaceFolder().uri.fsPath;
    const git = (...args: string[]) => new Promise<string>((resolve, reject) =>
      execFile('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], { cwd: ws }, (err, out, errOut) => (err ? reject(new Error(errOut || err.message)) : resolve(out))));
    try {
      await git('--version');
    } catch {
      console.log('[review] git is not installed: skipping the git revision comparison');
      this.skip();
    }
    const dotGit = vscode.Uri.joinPath(workspaceFolder().uri, '.git');
    if (await vscode.workspace.fs.stat(dotGit).then(() => true, () => false)) {
      console.log('[review] the test workspace is already a git repository: not touching it, skipping');
      this.skip();
    }
    try {
      await gitRevisionCase(a, git);
    } finally {
      await vscode.workspace.fs.delete(dotGit, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });

  async function gitRevisionCase(a: Awaited<ReturnType<typeof api>>, git: (...args: string[]) => Promise<string>): Promise<void> {
    const article = vscode.Uri.joinPath(dir(), 'git-revision.article');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(TEXT));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    await a.loadSpans(article);
    const r = at('व्लादिमीर पुतिन');
    await a.store.mutate(article, (set) => set.tag(r.start, r.end, 'PERSON', 'व्लादिमीर पुतिन', { author: 'me' }));
    await a.flushAnnotations(article);
    const annFile = a.annotationFileOf(article);
    // The runner's workspace is a temporary copy: make it a repository and commit the annotations.
    await git('init', '-q');
    await git('add', '--', annFile.fsPath);
    await git('commit', '-q', '-m', 'annotations');
    // Now relabel Putin in the editor: the working copy differs from HEAD.
    await a.store.mutate(article, (set) => set.setLabel(set.spans.filter((s) => s.text === 'व्लादिमीर पुतिन'), 'ORG', { author: 'me' }));
    await a.flushAnnotations(article);

    const state = await a.review.annotations.start({ article, revision: 'HEAD' });
    assert.ok(state, 'the comparison with HEAD starts');
    assert.match(state.otherLabel, /@ HEAD$/);
    assert.deepEqual(state.disagreements.map((d) => [d.kind, d.left?.label, d.right?.label]), [['label-mismatch', 'ORG', 'PERSON']]);
    assert.ok(await a.review.annotations.decide('right', state.disagreements[0].id));
    assert.deepEqual(a.getSpans(article).filter((s) => s.status !== 'rejected').map((s) => [s.text, s.label]), [['व्लादिमीर पुतिन', 'PERSON']]);
    assert.equal(a.review.annotations.current!.disagreements.length, 0);
    // A revision that does not exist is a clear error, not a crash.
    assert.equal(await a.review.annotations.start({ article, revision: 'no-such-branch' }), undefined);
    await vscode.commands.executeCommand('newsAnnotator.endComparison');
    assert.equal(a.review.annotations.current, undefined, 'End Comparison ends it');
  }
});

describe('review: the workspace knowledge base', function () {
  this.timeout(60_000);
  useTestSettings(false);
  restoreAfter(['.news-annotator', 'entities.json']);
  const dir = scratchFolder('review-kb');

  it('analyses a large article (on the worker) with the entities of entities.json, as the editor does', async () => {
    const a = await api();
    const file = vscode.Uri.joinPath(workspaceFolder().uri, '.news-annotator', 'entities.json');
    const existing = await readText(file);
    const kb = existing ? (JSON.parse(existing) as { version?: number; entities: unknown[] }) : { version: 1, entities: [] };
    const id = 'person/zz-review-kb-test';
    kb.entities.push({ id, label: 'PERSON', name: { hi: 'ज़ोरावर क्विंटल', en: 'Zorawar Quintal' }, aliases: ['क्विंटल'] });
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(kb, null, 2)));
    await waitFor(() => !!a.entities.get(id), { timeout: 20_000, message: 'entities.json to be loaded' });
    // long enough (>= 16,000 UTF-16 units) to be analysed on the analysis worker
    const filler = 'बैठक में दोनों पक्षों ने सहयोग बढ़ाने पर विचार किया। '.repeat(400);
    const text = `नई दिल्ली में ज़ोरावर क्विंटल ने कहा कि रक्षा सहयोग अहम है।\n\n${filler}\n\nक्विंटल ने यह भी कहा कि बातचीत जारी रहेगी।`;
    assert.ok(text.length >= 16_000);
    const uri = vscode.Uri.joinPath(dir(), 'kb.article');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const workerRuns = a.analysis.workerRuns;
    const doc = await a.review.data.load(uri);
    assert.ok(a.analysis.workerRuns > workerRuns, 'the article went to the analysis worker');
    const linked = doc.analysis.entities.filter((e) => e.entityId === id).map((e) => e.text);
    assert.ok(linked.includes('ज़ोरावर क्विंटल'), `the workspace entity is found (linked: ${linked.join(', ') || 'none'})`);
  });
});
