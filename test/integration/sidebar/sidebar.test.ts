import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { reviewState } from '../../../src/core/index/articleEntry';
import type { Meeting } from '../../../src/core/model';
import type { MeetingNode, MeetingTreeNode, SourceNode } from '../../../src/extension/sidebar/meetingModel';
import type { Sidebar } from '../../../src/extension/sidebar';
import { IndexService } from '../../../src/extension/sidebar/indexService';
import type { EntityTreeNode } from '../../../src/extension/sidebar/entitiesView';
import { api, readText, scratchFolder, useTestSettings } from '../annotating/util';
import { screenshot, screenshotsAvailable, sharedCorpusPath, waitFor, workspaceFolder } from '../helpers';

const SAMPLE = ['000_d7d64b3b4160a641.txt', '001_8479c630ef47ba42.txt', '002_880fecec8a66a465.txt', '003_584368c00e5af2b5.txt', '004_f20df1298b48f72c.txt'];
const MOSCOW = [SAMPLE[1], SAMPLE[2]];

async function sidebar(): Promise<Sidebar> {
  const a = await api();
  await a.sidebar.ready;
  return a.sidebar;
}

function sources(m: Meeting): string[] {
  return [...new Set(m.mentions.map((x) => x.document))];
}

function meetingLabelOf(m: Meeting): string {
  return `${m.id} ${m.participants.map((p) => p.name).join(' – ')}`;
}

function rootIds(sb: Sidebar): string {
  return sb.meetings.getChildren().map((n) => n.id).join(', ');
}

function cp(text: string, cpOffset: number): number {
  return [...text].slice(0, cpOffset).join('').length;
}

describe('sidebar: Meetings, Entities and Articles views', function () {
  this.timeout(120_000);
  useTestSettings(false);
  const dir = scratchFolder('sidebar');
  let sb: Sidebar;
  const ids: string[] = [];
  let moscow: Meeting | undefined;

  before(async function () {
    sb = await sidebar();
    const corpus = sharedCorpusPath();
    if (!corpus) return;
    // The sample articles are copied into the temporary workspace at test time, never committed.
    for (const name of SAMPLE) {
      const uri = vscode.Uri.joinPath(dir(), name.replace(/\.txt$/, '.article'));
      await vscode.workspace.fs.writeFile(uri, readFileSync(join(corpus, name)));
      ids.push(vscode.workspace.asRelativePath(uri, false));
    }
    await sb.service.indexWorkspace();
    await waitFor(() => ids.every((id) => sb.service.index.article(id)), { timeout: 60_000, message: 'the sample articles to be indexed' });
  });

  function requireCorpus(ctx: Mocha.Context): void {
    if (!sharedCorpusPath()) {
      console.log('[sidebar] ../shared/corpus is absent: skipping the sample-corpus checks');
      ctx.skip();
    }
    moscow = findMoscow() ?? moscow;
  }

  /** The Singh–Putin meeting reported by both 001 and 002 (else any meeting both report). */
  function findMoscow(): Meeting | undefined {
    const docs = MOSCOW.map((n) => ids[SAMPLE.indexOf(n)]);
    const both = sb.service.index.meetings().filter((m) => docs.every((d) => sources(m).includes(d)));
    return both.find((m) => m.participants.some((p) => /putin|पुतिन/i.test(`${p.entityId} ${p.name}`))) ?? both[0];
  }

  it('sets the welcome-state context keys: folder open, articles found, indexed', async () => {
    await waitFor(() => sb.service.contextKeys.get('newsAnnotator.indexed') === true, { message: 'indexing to finish once' });
    assert.equal(sb.service.contextKeys.get('newsAnnotator.hasArticles'), true);
    await waitFor(() => sb.service.contextKeys.get('newsAnnotator.indexing') === false, { timeout: 30_000, message: 'the indexing context key to clear' });
    const pkg = vscode.extensions.getExtension('news-annotator.news-annotator')!.packageJSON as { contributes: { viewsWelcome: { view: string; when?: string; contents: string }[] } };
    const meetingsWelcome = pkg.contributes.viewsWelcome.filter((w) => w.view === 'newsAnnotator.meetings');
    assert.ok(meetingsWelcome.some((w) => w.when === 'workbenchState == empty'), 'no-folder welcome');
    assert.ok(meetingsWelcome.some((w) => /!newsAnnotator\.hasArticles/.test(w.when ?? '') && /chooseCorpusFolder/.test(w.contents)), 'no-articles welcome with a corpus button');
    assert.ok(meetingsWelcome.some((w) => /!newsAnnotator\.hasMeetings/.test(w.when ?? '') && /annotateWorkspace/.test(w.contents)), 'nothing-extracted welcome with an annotate button');
  });

  it('switches to the "no articles" state when nothing matches, and back', async () => {
    const cfg = vscode.workspace.getConfiguration('newsAnnotator');
    const before = cfg.inspect<string>('articleGlob')?.workspaceValue;
    const real = sb.service.discover.bind(sb.service);
    // Nothing in the workspace is an article for a moment: discovery returns none.
    sb.service.discover = async () => [];
    try {
      await sb.service.indexWorkspace();
      await waitFor(() => sb.service.contextKeys.get('newsAnnotator.hasArticles') === false, { message: `hasArticles to be false (index size ${sb.service.index.size})` });
      assert.equal(sb.service.index.size, 0);
      assert.equal(sb.meetings.getChildren().length, 0, 'an empty tree shows the welcome content');
    } finally {
      sb.service.discover = real;
    }
    await sb.service.indexWorkspace();
    assert.equal(sb.service.contextKeys.get('newsAnnotator.hasArticles'), true);
    assert.equal(cfg.inspect<string>('articleGlob')?.workspaceValue, before);
  });

  it('caches the index: a reopened workspace shows it at once and re-reads only changed files', async function () {
    requireCorpus(this);
    const a = await api();
    if (!a.context.storageUri) this.skip();
    await waitFor(() => !sb.service.indexing, { timeout: 30_000, message: 'indexing to finish' });
    await sb.service.indexWorkspace();
    await sb.service.flushCache();
    // A second service over the same storage stands for the reopened workspace.
    const reopened = new IndexService(a.context, a.output, sb.service.options);
    try {
      const n = await reopened.loadFromCache();
      assert.equal(n, sb.service.index.size, 'every article comes from the cache');
      assert.equal(reopened.index.meetings().length, sb.service.index.meetings().length, 'the meetings are there before any file is read');
      // Articles whose annotations the editor holds in memory (or with unsaved edits) are always re-analysed
      // with them; every other article comes from the cache untouched.
      const live = (await reopened.discover()).filter((u) => {
        const spans = sb.service.options.annotations?.spansFor(u) as readonly unknown[] | undefined;
        return (spans?.length ?? 0) > 0 || vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === u.toString());
      }).length;
      const again = await reopened.indexWorkspace();
      assert.equal(again?.analysed, live, `nothing re-read when nothing changed (except ${live} articles with in-memory annotations)`);
      const uri = sb.service.uriOf(ids[0])!;
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${text}\nअतिरिक्त पंक्ति।`));
      const changed = await reopened.indexWorkspace();
      assert.equal(changed?.analysed, live + 1, 'only the changed article is re-read');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    } finally {
      reopened.dispose();
    }
  });

  it('shows the merged Moscow meeting with two sources, labelled with participants, date and place', async function () {
    requireCorpus(this);
    const docs = MOSCOW.map((n) => ids[SAMPLE.indexOf(n)]);
    moscow = findMoscow();
    const related = sb.service.index.meetings().filter((m) => sources(m).some((d) => docs.includes(d))).map((m) => `${meetingLabelOf(m)} [${sources(m).join(', ')}] ${m.review?.state ?? ''}`);
    assert.ok(moscow?.participants.some((p) => /putin|पुतिन/i.test(`${p.entityId} ${p.name}`)), `the Singh–Putin meeting: ${moscow && meetingLabelOf(moscow)}; meetings of 001/002:\n${related.join('\n')}`);
    assert.ok(moscow, `a meeting reported by both ${docs.join(' and ')}; meetings: ${sb.service.index.meetings().map((m) => `${m.id} ${sources(m).join(',')}`).join(' | ')}`);
    const roots = sb.meetings.getChildren();
    const node = roots.find((n): n is MeetingNode => n.kind === 'meeting' && n.meeting.id === moscow!.id);
    assert.ok(node, 'the meeting is a first-level node');
    assert.equal(node.sources, sources(moscow).length);
    assert.match(node.label, / · /);
    assert.ok(moscow.participants.some((p) => node.label.includes(p.name)), 'label names the participants');
    const item = sb.meetings.getTreeItem(node);
    assert.ok(item.iconPath instanceof vscode.ThemeIcon);
    assert.match(String(item.description), /\d/);
    const children = sb.meetings.getChildren(node);
    const sourceNodes = children.filter((c): c is SourceNode => c.kind === 'source');
    assert.deepEqual(sourceNodes.map((s) => s.document).filter((d) => docs.includes(d)).sort(), [...docs].sort());
    assert.ok(children.some((c) => c.kind === 'field' && c.field === 'participant'));
    assert.ok(children.some((c) => c.kind === 'field' && c.field === 'date'));
    for (const s of sourceNodes) assert.ok(sb.meetings.getChildren(s).every((x) => x.kind === 'mention'));
    assert.ok((sb.meetings.view.badge?.value ?? 0) >= 1, 'the view badge counts meetings');
  });

  it('reveals a mention: opens the article and selects the span; follow-the-cursor finds it back', async function () {
    requireCorpus(this);
    assert.ok(moscow);
    const mention = moscow.mentions.find((x) => x.document === ids[2]) ?? moscow.mentions[0];
    await vscode.commands.executeCommand('newsAnnotator.revealMention', mention);
    const editor = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e && vscode.workspace.asRelativePath(e.document.uri, false) === mention.document ? e : undefined;
    }, { message: 'the article to be the active editor' });
    assert.equal(editor.document.getText(editor.selection), mention.text);
    await vscode.commands.executeCommand('newsAnnotator.meetings.focus');
    await waitFor(() => sb.meetings.view.visible, { message: 'the Meetings view to be visible' });
    const id = await sb.follow.follow(editor);
    // The cursor is on the mention's sentence: the tree selects a mention node of that sentence (several
    // meetings may be reported by one sentence; the first is revealed).
    const offset = editor.document.offsetAt(editor.selection.active);
    assert.ok(id && id.includes(`/s:${mention.document}/x:`), `followed to ${id}`);
    const [, range] = /\/x:(\d+-\d+)$/.exec(id)!;
    const [s0, e0] = range.split('-').map(Number);
    assert.ok(s0 <= offset && offset <= e0, `${range} contains the cursor ${offset}`);
    await waitFor(() => sb.meetings.view.selection[0]?.id === id, { message: `the tree selection to be ${id}` });
  });

  it('screenshot: the sidebar with the corpus expanded next to an article with a mention selected', async function () {
    requireCorpus(this);
    if (!screenshotsAvailable()) this.skip();
    assert.ok(moscow);
    const mention = moscow.mentions.find((x) => x.document === ids[1]) ?? moscow.mentions[0];
    await vscode.commands.executeCommand('newsAnnotator.revealMention', mention);
    await vscode.commands.executeCommand('newsAnnotator.meetings.focus');
    const editor = vscode.window.activeTextEditor!;
    const node = sb.meetings.findMention(moscow.id, mention.document, mention.start);
    assert.ok(node, `mention node of ${moscow.id} in the tree; roots: ${rootIds(sb)}`);
    await sb.meetings.view.reveal(node, { select: true, focus: false, expand: true });
    void editor;
    const editorCfg = vscode.workspace.getConfiguration('editor');
    const wrap = editorCfg.inspect('wordWrap')?.globalValue;
    await editorCfg.update('wordWrap', 'on', vscode.ConfigurationTarget.Global);
    try {
      const shot = await screenshot('sidebar-corpus-mention', 1200);
      assert.ok(shot.bytes > 10_000);
    } finally {
      await editorCfg.update('wordWrap', wrap, vscode.ConfigurationTarget.Global);
    }
  });

  it('confirms, rejects and edits a meeting field through the decisions file', async function () {
    requireCorpus(this);
    assert.ok(moscow);
    const node = sb.meetings.getChildren().find((n): n is MeetingNode => n.kind === 'meeting' && n.meeting.id === moscow!.id)!;
    assert.ok(node, `${moscow.id} in ${rootIds(sb)}`);
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.confirmMeeting', node), true, sb.meetingCommands.lastError);
    await waitFor(() => sb.service.index.meeting(moscow!.id)?.review?.state === 'confirmed', { message: 'the meeting to be confirmed' });
    const file = vscode.Uri.joinPath(workspaceFolder().uri, '.news-annotator', 'meetings.json');
    assert.match((await readText(file)) ?? '', /"confirm"/);
    const item = sb.meetings.getTreeItem(sb.meetings.getChildren().find((n): n is MeetingNode => n.kind === 'meeting' && n.meeting.id === moscow!.id)!);
    assert.equal(item.contextValue, 'meeting.confirmed');

    const place = sb.meetings.getChildren(node).find((c) => c.kind === 'field' && c.field === 'place')!;
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.editMeetingField', place, 'मॉस्को (Moscow)'), true, sb.meetingCommands.lastError);
    await waitFor(() => sb.service.index.meeting(moscow!.id)?.place?.name === 'मॉस्को (Moscow)', { message: 'the edited place' });

    assert.equal(await vscode.commands.executeCommand('newsAnnotator.rejectMeeting', node), true, sb.meetingCommands.lastError);
    await waitFor(() => sb.service.index.meeting(moscow!.id)?.review?.state === 'rejected', { message: 'the meeting to be rejected' });
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.confirmMeeting', node), true, sb.meetingCommands.lastError);
    await waitFor(() => sb.service.index.meeting(moscow!.id)?.review?.state !== 'rejected', { message: 'the rejection to be undone' });
  });

  it('splits a meeting by source and merges two selected meetings', async function () {
    requireCorpus(this);
    assert.ok(moscow);
    const before = sb.service.index.meetings().length;
    const node = sb.meetings.getChildren().find((n): n is MeetingNode => n.kind === 'meeting' && n.meeting.id === moscow!.id)!;
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.splitMeeting', node), true, sb.meetingCommands.lastError);
    await waitFor(() => sb.service.index.meetings().length > before, { message: 'a meeting per source after the split' });
    const parts = sb.service.index.meetings().filter((m) => m.id === moscow!.id || m.id.startsWith(`${moscow!.id}~`));
    assert.ok(parts.length >= 2, `split parts: ${parts.map((p) => p.id).join(', ')}`);
    assert.ok(parts.every((p) => sources(p).length === 1), 'each part has one source');
    // Merge two other meetings (decisions replay merges before splits, so split parts are not merged back).
    const others = sb.meetings.getChildren().filter((n): n is MeetingNode => n.kind === 'meeting' && !parts.some((p) => p.id === n.meeting.id)).slice(0, 2);
    assert.equal(others.length, 2);
    const count = sb.service.index.meetings().length;
    const union = new Set(others.flatMap((n) => sources(n.meeting)));
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.mergeMeetings', others[0], others), true, `${others.length} nodes; ${sb.meetingCommands.lastError}`);
    await waitFor(() => sb.service.index.meetings().length === count - 1, { message: `${count - 1} meetings after the merge (now ${sb.service.index.meetings().length})` });
    const merged = sb.service.index.meeting(others[0].meeting.id)!;
    assert.deepEqual(new Set(sources(merged)), union);
    assert.equal(merged.review?.state, 'edited');
  });

  it('adds a meeting from the editor selection', async function () {
    requireCorpus(this);
    const uri = sb.service.uriOf(ids[4])!;
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const text = editor.document.getText();
    const at = text.indexOf('बेलौसोव') >= 0 ? text.indexOf('बेलौसोव') : 0;
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(Math.min(text.length, at + 60)));
    const before = sb.service.index.meetings().length;
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.addMeetingFromSelection', { participants: ['राजनाथ सिंह', 'आंद्रेई बेलौसोव'], place: 'नई दिल्ली', date: '2025-12-04' }), true);
    const added = await waitFor(() => sb.service.index.meetings().find((m) => m.review?.state === 'manual' && m.place?.name === 'नई दिल्ली'), { message: 'the added meeting' });
    await waitFor(() => sb.service.index.meetings().length === before + 1, { message: `${before + 1} meetings (now ${sb.service.index.meetings().length})` });
    assert.equal(added.mentions[0].document, ids[4]);
    assert.equal(added.mentions[0].text, text.slice(at, Math.min(text.length, at + 60)));
    void cp;
  });

  it('renames an entity, adds an alias and merges two entities in the workspace knowledge base', async function () {
    requireCorpus(this);
    const labels = sb.entityView.getChildren();
    const person = labels.find((l) => l.label === 'PERSON');
    assert.ok(person, `labels: ${labels.map((l) => l.label).join(', ')}`);
    const people = sb.entityView.getChildren(person).filter((n): n is Extract<EntityTreeNode, { kind: 'entity' }> => n.kind === 'entity');
    assert.ok(people.length >= 2);
    const item = sb.entityView.getTreeItem(people[0]);
    assert.match(String(item.description), /\d+ mentions · \d+ articles/);
    const file = vscode.Uri.joinPath(workspaceFolder().uri, '.news-annotator', 'entities.json');
    const before = await readText(file);
    try {
      assert.equal(await vscode.commands.executeCommand('newsAnnotator.addEntityAlias', people[0], 'TestAliasXyz'), true);
      assert.match((await readText(file)) ?? '', /TestAliasXyz/);
      assert.equal(await vscode.commands.executeCommand('newsAnnotator.renameEntity', people[1], 'Renamed Person Xyz'), true);
      assert.match((await readText(file)) ?? '', /Renamed Person Xyz/);
      assert.equal(await vscode.commands.executeCommand('newsAnnotator.mergeEntities', people[0], [people[0], people[1]]), true);
      const kb = JSON.parse((await readText(file))!) as { entities: { id: string; aliases: string[]; attrs?: Record<string, string> }[] };
      const agg1 = sb.entityView.aggregate(people[1])!;
      const target = kb.entities.find((e) => e.aliases.includes('TestAliasXyz'))!;
      assert.ok([...agg1.forms.keys()].every((f) => target.aliases.includes(f)), 'the target carries every spelling of the merged entity');
      // the Entities view folds the merged entity into the target once the corpus is re-indexed
      const mergedKey = people[1].key;
      await waitFor(() => !sb.service.index.entities.entity('PERSON', mergedKey) && !!sb.service.index.entities.entity('PERSON', target.id),
        { timeout: 60_000, message: `the merged entity ${mergedKey} to fold into ${target.id}` });
    } finally {
      if (before === undefined) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
      else await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(before));
      await sb.service.indexWorkspace({ force: true });
    }
  });

  it('marks an article done and annotates one from the Articles view', async function () {
    requireCorpus(this);
    const node = sb.articleView.getChildren().find((n) => n.id === ids[0])!;
    assert.ok(node);
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.markArticleDone', node), true);
    assert.equal(reviewState(sb.service.index.article(ids[0])!), 'done');
    assert.equal(sb.articleView.getTreeItem(node).contextValue, 'article.done');
    const review = await readText(vscode.Uri.joinPath(workspaceFolder().uri, '.news-annotator', 'review.json'));
    assert.ok(review?.includes(ids[0]));
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.markArticleNotDone', node), true);
    assert.notEqual(reviewState(sb.service.index.article(ids[0])!), 'done');

    const target = sb.articleView.getChildren().find((n) => n.id === ids[3])!;
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.annotateArticle', target), true);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === sb.service.uriOf(ids[3])!.toString(), { message: 'the article to open' });
    await waitFor(() => sb.service.index.article(ids[3])?.annotated, { timeout: 30_000, message: 'the annotated article to be re-indexed with its annotation file' });
    assert.equal(reviewState(sb.service.index.article(ids[3])!), 'pending');
  });

  it('updates live after tagging: only the changed nodes are refreshed', async function () {
    requireCorpus(this);
    const uri = sb.service.uriOf(ids[3])!;
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const text = editor.document.getText();
    const word = 'Qingdao';
    let at = text.indexOf(word);
    let len = word.length;
    if (at < 0) { at = text.search(/[\u0900-\u097f]{3,}/); len = /[\u0900-\u097f]{3,}/.exec(text.slice(at))![0].length; }
    const surface = text.slice(at, at + len);
    // Let earlier work (re-indexing after the knowledge-base edits) settle and its tree events go out.
    await waitFor(() => !sb.service.indexing, { timeout: 30_000, message: 'indexing to finish' });
    await new Promise((r) => setTimeout(r, 600));
    const events: (EntityTreeNode | EntityTreeNode[] | undefined)[] = [];
    const articleEvents: unknown[] = [];
    const subs = [sb.entityView.onDidChangeTreeData((e) => events.push(e)), sb.articleView.onDidChangeTreeData((e) => articleEvents.push(e))];
    try {
      sb.entityView.getChildren();
      sb.articleView.getChildren();
      editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + len));
      await vscode.commands.executeCommand('newsAnnotator.tagEvent');
      await waitFor(() => sb.service.index.article(ids[3])?.mentions.some((m) => m.label === 'EVENT' && m.start === at && m.text === surface), { timeout: 30_000, message: 'the tagged span in the index' });
      await waitFor(() => events.length > 0 && articleEvents.length > 0, { message: 'tree change events' });
      assert.ok(events.every((e) => e !== undefined), 'the Entities view refreshes only the changed label');
      assert.ok(articleEvents.every((e) => Array.isArray(e)), 'the Articles view refreshes changed articles, not the whole list');
      assert.ok(articleEvents.some((e) => Array.isArray(e) && e.some((n) => (n as { id: string }).id === ids[3])), 'the tagged article is refreshed');
      const eventLabel = sb.entityView.getChildren().find((l) => l.label === 'EVENT')!;
      const found = sb.entityView.getChildren(eventLabel).some((n) => n.kind === 'entity' && sb.entityView.aggregate(n)!.articles.has(ids[3]));
      assert.ok(found, 'the new mention is listed under EVENT');
    } finally {
      subs.forEach((s) => s.dispose());
    }
  });

  it('sorts, groups and filters meetings, showing the filter in the view message', async function () {
    requireCorpus(this);
    await vscode.commands.executeCommand('newsAnnotator.groupMeetings', 'participant');
    const groups = sb.meetings.getChildren();
    assert.ok(groups.length > 0 && groups.every((g: MeetingTreeNode) => g.kind === 'group'));
    await vscode.commands.executeCommand('newsAnnotator.groupMeetings', 'none');
    await vscode.commands.executeCommand('newsAnnotator.sortMeetings', 'place');
    await vscode.commands.executeCommand('newsAnnotator.filterMeetings', 'zzzz-no-such-meeting');
    assert.equal(sb.meetings.getChildren().length, 0);
    assert.match(sb.meetings.view.message ?? '', /zzzz-no-such-meeting/);
    await vscode.commands.executeCommand('newsAnnotator.clearMeetingFilter');
    assert.equal(sb.meetings.view.message, undefined);
    assert.ok(sb.meetings.getChildren().length > 0);
    await vscode.commands.executeCommand('newsAnnotator.sortMeetings', 'date');
  });
});
