import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, cpSlice, exists, HINDI, openArticle, readText, savedFile, scratchFolder, select, useTestSettings, waitFor, writeText } from './util';

const C = (id: string, ...args: unknown[]) => vscode.commands.executeCommand<unknown>(`newsAnnotator.${id}`, ...args);

describe('annotating: the annotation store', () => {
  useTestSettings();
  const dir = scratchFolder('store');

  it('spans move with edits, spans in deleted text are removed, and undo brings them back', async () => {
    const ed = await openArticle(dir(), 'edit.article');
    const a = await api();
    const uri = ed.document.uri;
    select(ed, 'मॉस्को');
    await C('tagLocation');
    select(ed, 'पुतिन');
    await C('tagPerson');
    // Insert text at the very start: both spans move.
    await ed.edit((b) => b.insert(new vscode.Position(0, 0), 'ताज़ा: '));
    const text1 = ed.document.getText();
    for (const s of a.getSpans(uri)) assert.equal(text1.slice(s.start, s.end), s.text);
    const saved1 = (await savedFile(uri)).json;
    for (const s of saved1.spans) assert.equal(cpSlice(text1, s.start, s.end), s.text, 'saved offsets follow the edit');
    // Delete part of "मॉस्को": that span goes, the other stays.
    const m = text1.indexOf('मॉस्को');
    await ed.edit((b) => b.delete(new vscode.Range(ed.document.positionAt(m + 1), ed.document.positionAt(m + 3))));
    await waitFor(() => a.getSpans(uri).length === 1, { message: 'the span in deleted text to be removed' });
    assert.equal(a.getSpans(uri)[0].text, 'पुतिन');
    assert.equal((await savedFile(uri)).json.spans.length, 1);
    // Editor undo restores the text; annotation undo restores the span.
    await vscode.commands.executeCommand('undo');
    assert.equal(ed.document.getText(), text1);
    await C('undoAnnotationChange');
    const back = a.getSpans(uri).find((s) => s.text === 'मॉस्को');
    assert.ok(back && !back.orphan, 'the removed span is back');
    assert.equal(ed.document.getText().slice(back.start, back.end), 'मॉस्को');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('re-anchors by text and context when the article changed on disk while closed; missing text becomes an orphan', async () => {
    const ed = await openArticle(dir(), 'outside.article');
    const a = await api();
    const uri = ed.document.uri;
    select(ed, 'सिंह', 1); // the second "सिंह": "सिंह ने कहा"
    await C('tagPerson');
    select(ed, 'ब्रह्मोस');
    await C('tagEquipment');
    await a.flushAnnotations(uri);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // Another tool rewrites the article: a new first line, and ब्रह्मोस is gone. (Whether VS Code has
    // released the document yet or reloads it, the spans must be found again by text and context.)
    const changed = 'अपडेट: सिंह यहाँ भी हैं।\n' + HINDI.replace('और ब्रह्मोस पर', 'पर');
    await writeText(uri, changed);
    const ed2 = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor(() => ed2.document.getText() === changed, { message: 'the editor to show the changed article', timeout: 15000 });
    await a.loadSpans(uri);
    const spans = await waitFor(() => {
      const sp = a.getSpans(uri);
      return sp.some((s) => s.orphan) ? sp : undefined;
    }, { message: 'the spans to be re-anchored' });
    const singh = spans.find((s) => s.text === 'सिंह')!;
    assert.ok(!singh.orphan);
    assert.equal(ed2.document.getText().slice(singh.start, singh.end + ' ने कहा'.length), 'सिंह ने कहा', 'found again by its context, not the first "सिंह"');
    const brahmos = spans.find((s) => s.text === 'ब्रह्मोस')!;
    assert.equal(brahmos.orphan, true, 'kept and flagged, not dropped');
    const saved = (await savedFile(uri)).json;
    assert.equal(saved.spans.find((s) => s.text === 'ब्रह्मोस')?.orphan, true);
    assert.equal(a.getCounts(uri)!.orphans, 1);
    // The user resolves it.
    assert.equal(await C('resolveOrphans', uri, 'delete'), 1);
    assert.equal(a.getSpans(uri).length, 1);
  });

  it('re-anchors when an open article is reloaded from disk (whole text replaced)', async () => {
    const ed = await openArticle(dir(), 'reload.article');
    const a = await api();
    const uri = ed.document.uri;
    select(ed, 'पुतिन');
    await C('tagPerson');
    await a.flushAnnotations(uri);
    await writeText(uri, 'नई पंक्ति।\n' + HINDI);
    await waitFor(() => ed.document.getText().startsWith('नई पंक्ति'), { message: 'the editor to reload the file', timeout: 15000 });
    await waitFor(() => {
      const s = a.getSpans(uri)[0];
      return s && ed.document.getText().slice(s.start, s.end) === 'पुतिन' && !s.orphan;
    }, { message: 'the span to follow the reload' });
  });

  it('never overwrites an unreadable annotation file: keeps a copy, reports it, stays read-only until fixed', async () => {
    const uri = vscode.Uri.joinPath(dir(), 'corrupt.article');
    await writeText(uri, HINDI);
    const a = await api();
    const annFile = a.annotationFileOf(uri);
    const corrupt = '{"format": "news-annotator-annotations", "version": 1, "spans": [ {"start": 3,';
    await writeText(annFile, corrupt);
    const errorsBefore = a.annotationErrors.length;
    const ed = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await a.loadSpans(uri);
    assert.match(a.readOnlyReason(uri) ?? '', /invalid JSON/);
    assert.equal(a.annotationErrors.length, errorsBefore + 1, 'the error was reported');
    assert.equal(a.annotationErrors.at(-1)!.file.toString(), annFile.toString(), 'the report names the file');
    const copy = a.annotationErrors.at(-1)!.copy!;
    assert.ok(copy && /\.corrupt-/.test(copy.path));
    assert.equal(await readText(copy), corrupt, 'the unreadable file was copied aside');
    // Tagging is refused and nothing is written.
    select(ed, 'पुतिन');
    await C('tagPerson');
    await C('annotateFile');
    await a.flushAnnotations(uri);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(await readText(annFile), corrupt, 'the file is untouched');
    assert.equal(a.getSpans(uri).length, 0);
    // The user fixes the file: it is read again and becomes writable.
    const fixed = JSON.stringify({ format: 'news-annotator-annotations', version: 1, offsets: 'codepoint', article: 'x', sha256: '', spans: [] });
    await writeText(annFile, fixed);
    await waitFor(() => a.readOnlyReason(uri) === undefined, { message: 'the fixed file to be read again', timeout: 15000 });
    select(ed, 'पुतिन');
    await C('tagPerson');
    assert.deepEqual((await savedFile(uri)).json.spans.map((s) => s.text), ['पुतिन']);
    await vscode.workspace.fs.delete(copy);
  });

  it('merges a change made by another window instead of clobbering it; racing saves end consistent', async () => {
    const ed = await openArticle(dir(), 'race.article');
    const a = await api();
    const uri = ed.document.uri;
    select(ed, 'पुतिन');
    await C('tagPerson');
    const first = await savedFile(uri);
    // Another window adds a span to the file; we tag something else before our watcher may have noticed.
    const other = JSON.parse(first.raw);
    const m = Array.from(HINDI).join('').indexOf('मॉस्को');
    const cpStart = Array.from(HINDI.slice(0, m)).length;
    other.spans.push({ start: cpStart, end: cpStart + Array.from('मॉस्को').length, label: 'LOCATION', text: 'मॉस्को', source: 'manual', status: 'accepted', author: 'other-window', time: new Date().toISOString(), context: { before: '', after: '' } });
    await writeText(a.annotationFileOf(uri), JSON.stringify(other));
    select(ed, 'ब्रह्मोस');
    await C('tagEquipment');
    // Two saves racing.
    await Promise.all([a.flushAnnotations(uri), a.flushAnnotations(uri), a.flushAnnotations()]);
    await waitFor(async () => {
      const j = JSON.parse((await readText(a.annotationFileOf(uri)))!);
      return j.spans.length === 3;
    }, { message: 'all three spans (ours and the other window’s) in the file' });
    const final = (await savedFile(uri)).json;
    assert.deepEqual(final.spans.map((s) => s.text).sort(), ['पुतिन', 'ब्रह्मोस', 'मॉस्को'].sort());
    assert.equal(new Set(a.getSpans(uri).map((s) => s.text)).size, 3, 'memory has the other window’s span too');
    // No temporary files are left behind.
    const annDir = vscode.Uri.joinPath(a.annotationFileOf(uri), '..');
    const names = (await vscode.workspace.fs.readDirectory(annDir)).map(([n]) => n);
    assert.ok(!names.some((n) => n.includes('.tmp-')), `no temp files: ${names.join(', ')}`);
  });

  it('writes deterministic files and stores them beside the article when configured', async () => {
    const cfg = vscode.workspace.getConfiguration('newsAnnotator');
    await cfg.update('annotationLocation', 'besideArticle', vscode.ConfigurationTarget.Global);
    try {
      const ed = await openArticle(dir(), 'beside.article');
      const a = await api();
      const uri = ed.document.uri;
      assert.equal(a.annotationFileOf(uri).path, uri.path + '.annotations.json');
      select(ed, 'पुतिन');
      await C('tagPerson');
      select(ed, 'मॉस्को');
      await C('tagLocation');
      const one = (await savedFile(uri)).raw;
      assert.ok(await exists(vscode.Uri.file(uri.fsPath + '.annotations.json')));
      // Same decisions again (remove + undo) give the same bytes.
      await C('removeTag');
      await C('undoAnnotationChange');
      const two = (await savedFile(uri)).raw;
      assert.equal(two.replace(/"time":"[^"]*"/g, ''), one.replace(/"time":"[^"]*"/g, ''));
      const lines = one.trim().split('\n');
      assert.equal(lines.filter((l) => l.startsWith('    {"start"')).length, 2, 'one span per line');
    } finally {
      await cfg.update('annotationLocation', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
