import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, cpSlice, exists, HINDI, openArticle, readText, savedFile, scratchFolder, select, useTestSettings, waitFor, writeText } from './util';

const C = (id: string, ...args: unknown[]) => vscode.commands.executeCommand<unknown>(`newsAnnotator.${id}`, ...args);

describe('annotating: tagging and review commands', () => {
  useTestSettings();
  const dir = scratchFolder('commands');

  it('Tag Selection snaps a partial Devanagari selection to the word and saves code point offsets', async () => {
    const ed = await openArticle(dir(), 'tag.article');
    // Select "जना" inside "राजनाथ": the tag must cover the whole word, never half a syllable.
    const w = select(ed, 'राजनाथ', 0, [1, 3]);
    await C('tagSelection', 'PERSON');
    const a = await api();
    const spans = a.getSpans(ed.document.uri);
    assert.equal(spans.length, 1);
    assert.deepEqual([spans[0].start, spans[0].end, spans[0].text, spans[0].status, spans[0].source], [w.start, w.end, 'राजनाथ', 'accepted', 'manual']);
    const { json, raw } = await savedFile(ed.document.uri);
    assert.equal(json.offsets, 'codepoint');
    assert.equal(json.spans.length, 1);
    assert.equal(cpSlice(HINDI, json.spans[0].start, json.spans[0].end), 'राजनाथ');
    assert.equal(json.spans[0].start, w.start - 1, 'the emoji before it counts as one code point');
    assert.match(raw, /^ {4}\{"start":\d+,"end":\d+,"label":"PERSON","text":"राजनाथ"/m);
  });

  it('Tag Selection as PERSON/ORG/LOCATION/DATE/EQUIPMENT/EVENT tag with their label', async () => {
    const ed = await openArticle(dir(), 'labels.article');
    const cases: [string, string, string][] = [
      ['tagPerson', 'पुतिन', 'PERSON'],
      ['tagOrg', 'रक्षा मंत्री', 'ORG'],
      ['tagLocation', 'मॉस्को', 'LOCATION'],
      ['tagDate', '10 दिसंबर 2024', 'DATE'],
      ['tagEquipment', 'एस-400', 'EQUIPMENT'],
      ['tagEvent', 'बैठक', 'EVENT'],
    ];
    for (const [cmd, needle] of cases) {
      select(ed, needle);
      await C(cmd);
    }
    const a = await api();
    const got = a.getSpans(ed.document.uri).map((s) => `${s.text}=${s.label}`).sort();
    assert.deepEqual(got, cases.map(([, n, l]) => `${n}=${l}`).sort());
  });

  it('Tag Selection… picks a label from the quick pick', async () => {
    const ed = await openArticle(dir(), 'pick.article');
    select(ed, 'ब्रह्मोस');
    const done = C('tagSelection');
    await new Promise((r) => setTimeout(r, 400));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // first item: 1 PERSON
    await done;
    const a = await api();
    assert.deepEqual(a.getSpans(ed.document.uri).map((s) => [s.text, s.label]), [['ब्रह्मोस', 'PERSON']]);
  });

  it('retag, untag and undo each step', async () => {
    const ed = await openArticle(dir(), 'retag.article');
    const a = await api();
    const uri = ed.document.uri;
    select(ed, 'व्लादिमीर पुतिन');
    await C('tagSelection', 'ORG');
    await C('changeLabel', undefined, 'PERSON');
    assert.deepEqual(a.getSpans(uri).map((s) => s.label), ['PERSON']);
    assert.deepEqual((await savedFile(uri)).json.spans.map((s) => s.label), ['PERSON']);
    await C('removeTag');
    assert.equal(a.getSpans(uri).length, 0, 'a manual tag is removed');
    assert.equal((await savedFile(uri)).json.spans.length, 0, 'the removal is saved');
    await C('undoAnnotationChange');
    assert.deepEqual(a.getSpans(uri).map((s) => s.label), ['PERSON']);
    await C('undoAnnotationChange');
    assert.deepEqual(a.getSpans(uri).map((s) => s.label), ['ORG']);
    await C('undoAnnotationChange');
    assert.equal(a.getSpans(uri).length, 0);
    assert.equal((await savedFile(uri)).json.spans.length, 0);
  });

  it('pre-annotation stores suggestions only; accept, reject, accept all, next/previous', async () => {
    const ed = await openArticle(dir(), 'review.article');
    const a = await api();
    const uri = ed.document.uri;
    const added = (await C('annotateFile')) as number;
    const spans = a.getSpans(uri);
    assert.ok(added >= 2 && spans.length >= 2, `the analyser suggests entities (got ${spans.length})`);
    assert.ok(spans.every((s) => s.status === 'suggested' && s.source === 'auto'), 'nothing is accepted without a person');
    // Next/Previous move the selection onto suggestions, in text order.
    ed.selection = new vscode.Selection(0, 0, 0, 0);
    const first = (await C('nextSuggestion')) as { start: number; end: number };
    const dbg = `selection ${ed.document.offsetAt(ed.selection.start)}, first ${JSON.stringify(first)}, spans ${spans.map((s) => `${s.start}-${s.end}`).join(' ')}, active ${vscode.window.activeTextEditor === ed}`;
    assert.equal(ed.document.offsetAt(ed.selection.start), first.start, dbg);
    assert.equal(ed.document.offsetAt(ed.selection.end), first.end);
    const second = (await C('nextSuggestion')) as { start: number };
    assert.ok(second.start > first.start);
    const back = (await C('previousSuggestion')) as { start: number };
    assert.equal(back.start, first.start);
    // Accept the one under the caret, reject the next one.
    await C('acceptSuggestion');
    await C('nextSuggestion');
    await C('rejectSuggestion');
    const c1 = a.getCounts(uri)!;
    assert.equal(c1.accepted, 1);
    assert.equal(c1.rejected, 1);
    // Re-running pre-annotation keeps both decisions.
    const again = (await C('annotateFile')) as number;
    const c2 = a.getCounts(uri)!;
    assert.equal(again, 0, 're-running adds nothing new');
    assert.equal(c2.total, c1.total);
    assert.equal(c2.accepted, 1);
    assert.equal(c2.rejected, 1);
    await C('acceptAllSuggestions');
    const c3 = a.getCounts(uri)!;
    assert.equal(c3.suggested, 0);
    assert.equal(c3.accepted, c2.accepted + c2.suggested);
    assert.equal(c3.rejected, 1, 'accept all leaves rejected spans rejected');
    const saved = (await savedFile(uri)).json.spans;
    assert.equal(saved.filter((s) => s.status === 'rejected').length, 1);
  });

  it('accept and reject through the hover command links (span reference argument)', async () => {
    const ed = await openArticle(dir(), 'hoverlinks.article');
    const a = await api();
    const uri = ed.document.uri;
    await C('annotateFile');
    const [s1, s2] = a.getSpans(uri);
    await C('acceptSuggestion', { uri: uri.toString(), start: s1.start, end: s1.end, label: s1.label });
    await C('rejectSuggestion', { uri: uri.toString(), start: s2.start, end: s2.end, label: s2.label });
    const byKey = (s: { start: number; label: string }) => a.getSpans(uri).find((x) => x.start === s.start && x.label === s.label)!;
    assert.equal(byKey(s1).status, 'accepted');
    assert.equal(byKey(s2).status, 'rejected');
    await C('removeTag', { uri: uri.toString(), start: s1.start, end: s1.end, label: s1.label });
    assert.equal(byKey(s1).status, 'rejected', 'removing an automatic tag rejects it so it does not come back');
  });

  it('Tag All Occurrences tags whole words in every article, not inside other words', async () => {
    const other = vscode.Uri.joinPath(dir(), 'other.article');
    await writeText(other, 'सिंहासन पर नहीं, सिंह दिल्ली में थे। राजसिंह अलग हैं।');
    const ed = await openArticle(dir(), 'occ.article');
    select(ed, 'सिंह', 1); // the standalone "सिंह ने कहा"
    const r = (await C('tagAllOccurrences', 'PERSON')) as { files: number; tagged: number };
    const a = await api();
    const here = a.getSpans(ed.document.uri).filter((s) => s.text === 'सिंह');
    assert.equal(here.length, 2, 'both whole-word occurrences in this article');
    assert.ok(r.files >= 2, `touched both articles (${r.files})`);
    const saved = JSON.parse((await readText(a.annotationFileOf(other)))!);
    assert.deepEqual(saved.spans.map((s: { text: string }) => s.text), ['सिंह']);
    const otherText = (await readText(other))!;
    assert.equal(cpSlice(otherText, saved.spans[0].start, saved.spans[0].end), 'सिंह');
  });

  it('Link to Entity links to a knowledge-base entity or creates one with the text as alias', async () => {
    const ed = await openArticle(dir(), 'link.article');
    const a = await api();
    const uri = ed.document.uri;
    const entitiesFile = vscode.Uri.joinPath(vscode.workspace.getWorkspaceFolder(uri)!.uri, '.news-annotator', 'entities.json');
    const original = await readText(entitiesFile);
    try {
    const putin = a.entities.kb().lookupExact('पुतिन')[0] ?? a.entities.kb().lookupExact('Putin')[0];
    assert.ok(putin, 'the built-in knowledge base knows Putin');
    select(ed, 'दोस्ती'); // a new "alias", to check it is added
    await C('tagPerson');
    await C('linkEntity', undefined, { entityId: putin.id });
    assert.equal(a.getSpans(uri)[0].entityId, putin.id);
    assert.ok(a.entities.get(putin.id)!.aliases.includes('दोस्ती'), 'the text became an alias of the entity');
    select(ed, 'ब्रह्मोस');
    await C('tagEquipment');
    await C('linkEntity', undefined, { create: { name: 'ब्रह्मोस मिसाइल' } });
    const linked = a.getSpans(uri).find((s) => s.text === 'ब्रह्मोस')!;
    assert.match(linked.entityId ?? '', /^ws:equipment:/);
    const folder = vscode.workspace.getWorkspaceFolder(uri)!;
    const file = vscode.Uri.joinPath(folder.uri, '.news-annotator', 'entities.json');
    const kb = JSON.parse((await readText(file))!);
    const created = kb.entities.find((e: { id: string }) => e.id === linked.entityId);
    assert.deepEqual(created.aliases, ['ब्रह्मोस']);
    assert.equal(created.label, 'EQUIPMENT');
    assert.equal(created.name.hi, 'ब्रह्मोस मिसाइल');
    // clean up the entries this test added
    assert.ok(kb.entities.some((e: { id: string; aliases: string[] }) => e.id === putin.id && e.aliases.includes('दोस्ती')));
    } finally {
      // Put the workspace's entities.json back exactly as it was.
      if (original !== undefined) await writeText(entitiesFile, original);
      else await vscode.workspace.fs.delete(entitiesFile).then(undefined, () => undefined);
    }
  });

  it('Annotate Workspace annotates closed articles too, with progress', async () => {
    const closed = vscode.Uri.joinPath(dir(), 'closed.article');
    await writeText(closed, 'रूस के राष्ट्रपति व्लादिमीर पुतिन ने मॉस्को में भारत के रक्षा मंत्री राजनाथ सिंह से मुलाकात की।');
    const r = (await C('annotateWorkspace')) as { files: number; added: number; cancelled: boolean };
    assert.ok(r.files >= 1 && !r.cancelled);
    const a = await api();
    const ann = a.annotationFileOf(closed);
    await waitFor(() => exists(ann), { message: 'annotation file of the closed article' });
    const saved = JSON.parse((await readText(ann))!);
    assert.ok(saved.spans.length >= 2, `suggestions saved (${saved.spans.length})`);
    assert.ok(saved.spans.every((s: { status: string }) => s.status === 'suggested'));
  });

  it('commands do nothing harmful outside articles', async () => {
    const doc = await vscode.workspace.openTextDocument({ content: 'plain text राजनाथ', language: 'plaintext' });
    await vscode.window.showTextDocument(doc);
    assert.equal(await C('tagPerson'), undefined);
    assert.equal(await C('nextSuggestion'), undefined);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
