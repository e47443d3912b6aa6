import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnnotationSpan } from '../../../src/core/annotations';
import { screenshot, screenshotsAvailable } from '../helpers';
import { api, openArticle, scratchFolder, select, useTestSettings, waitFor, writeText } from './util';

const C = (id: string, ...args: unknown[]) => vscode.commands.executeCommand<unknown>(`newsAnnotator.${id}`, ...args);

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

describe('annotating: highlights, hover, status bar, screenshots', () => {
  useTestSettings();
  const dir = scratchFolder('view');

  it('hover shows label, status, source, confidence, linked entity and command links', async () => {
    const ed = await openArticle(dir(), 'hover.article');
    const a = await api();
    const uri = ed.document.uri;
    await C('annotateFile');
    const sugg = a.getSpans(uri).find((s) => s.entityId && s.status === 'suggested');
    assert.ok(sugg, 'a linked suggestion exists');
    // On the span's first character (and not just after its end).
    const pos = ed.document.positionAt(sugg.start);
    const after = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, ed.document.positionAt(sugg.end));
    const covered = a.getSpans(uri).some((s) => s.status !== 'rejected' && s.start <= sugg.end && sugg.end < s.end);
    if (!covered) assert.ok(!hoverText(after ?? []).includes('command:newsAnnotator'), 'no hover just after a span');
    const md = hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? []);
    assert.match(md, new RegExp(`\\*\\*${sugg.label}\\*\\*`));
    assert.match(md, /suggestion/);
    assert.match(md, /automatic/);
    assert.match(md, /confidence 0\.\d\d/);
    const entity = a.entities.get(sugg.entityId!)!;
    const name = entity.name.en ?? entity.name.hi!;
    assert.ok(md.includes(name.replace(/[.-]/g, (c) => `\\${c}`)) || md.includes(name), `hover names the entity ${name}`);
    for (const cmd of ['acceptSuggestion', 'rejectSuggestion', 'changeLabel', 'linkEntity']) assert.match(md, new RegExp(`command:newsAnnotator\\.${cmd}\\?`));
    // Nothing outside spans.
    const none = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, ed.document.positionAt(ed.document.getText().indexOf('दोनों') + 1));
    assert.ok(!hoverText(none ?? []).includes('command:newsAnnotator'));
  });

  it('decorations update after changes, debounced, for visible editors only', async () => {
    const ed = await openArticle(dir(), 'deco.article');
    const a = await api();
    const before = a.decorations.updates;
    select(ed, 'पुतिन');
    await C('tagPerson');
    await waitFor(() => a.decorations.updates > before, { message: 'a decoration pass after tagging' });
    const afterTag = a.decorations.updates;
    // A burst of 20 keystrokes is coalesced into few passes.
    for (let i = 0; i < 20; i++) await ed.edit((b) => b.insert(new vscode.Position(0, 0), 'क'));
    await waitFor(() => a.decorations.updates > afterTag, { message: 'a decoration pass after typing' });
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(a.decorations.updates - afterTag < 20, `debounced (${a.decorations.updates - afterTag} passes for 20 edits)`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a large article (3,000 stored spans) is decorated around the visible part and follows scrolling', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 1500; i++) lines.push(`पंक्ति ${i}: मॉस्को में पुतिन और दिल्ली में सिंह मिले।`);
    const text = lines.join('\n');
    const uri = vscode.Uri.joinPath(dir(), 'large.article');
    await writeText(uri, text);
    const a = await api();
    // Write its annotation file directly: 2 spans per line, code point offsets (no astral characters here).
    const spans: string[] = [];
    let offset = 0;
    for (const line of lines) {
      for (const [w, label] of [['मॉस्को', 'LOCATION'], ['पुतिन', 'PERSON']] as const) {
        const at = offset + line.indexOf(w);
        spans.push(JSON.stringify({ start: at, end: at + w.length, label, text: w, source: 'manual', status: 'accepted', context: { before: '', after: '' } }));
      }
      offset += line.length + 1;
    }
    const file = `{"format":"news-annotator-annotations","version":1,"offsets":"codepoint","article":"large.article","sha256":"","spans":[${spans.join(',')}]}`;
    await writeText(a.annotationFileOf(uri), file);
    const ed = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.equal((await a.loadSpans(uri)).length, 3000);
    await waitFor(() => a.decorations.lastRangeCount > 0, { message: 'a decoration pass' });
    const top = a.decorations.lastRangeCount;
    assert.ok(top < 3000, `only the visible part is decorated (${top} ranges)`);
    const before = a.decorations.updates;
    ed.revealRange(new vscode.Range(1490, 0, 1490, 0), vscode.TextEditorRevealType.AtTop);
    const bottom = ed.document.offsetAt(new vscode.Position(1495, 0));
    assert.ok(top > 0 && (a.decorations.lastWindow?.end ?? 0) < bottom, 'the first pass did not reach the end');
    await waitFor(() => a.decorations.updates > before && (a.decorations.lastWindow?.end ?? 0) >= bottom, { message: 'a pass around the new visible part' });
    assert.ok(a.decorations.lastRangeCount > 0 && a.decorations.lastRangeCount < 3000);
  });

  it('status bar item shows the article’s counts', async () => {
    const ed = await openArticle(dir(), 'status.article');
    const a = await api();
    await C('annotateFile');
    select(ed, 'दोनों नेताओं');
    await C('tagEvent');
    const c = a.getCounts(ed.document.uri)!;
    assert.ok(c.accepted === 1 && c.suggested > 0);
    await waitFor(() => a.statusBar.item.text.includes(`$(tag) ${c.accepted} $(lightbulb) ${c.suggested}`), { message: 'status bar counts' });
  });

  it('screenshots: a Hindi article with accepted and suggested spans (dark, light) and a hover', async function () {
    if (!screenshotsAvailable()) this.skip();
    this.timeout(60_000);
    const ed = await openArticle(dir(), 'screenshot.article');
    const a = await api();
    const uri = ed.document.uri;
    await C('annotateFile');
    // Accept a few suggestions of different labels, keep others pending, tag one by hand.
    const byLabel = new Map<string, AnnotationSpan>();
    for (const s of a.getSpans(uri)) if (!byLabel.has(s.label)) byLabel.set(s.label, s);
    let n = 0;
    for (const s of byLabel.values()) {
      if (n++ % 2 === 0) await C('acceptSuggestion', { uri: uri.toString(), start: s.start, end: s.end, label: s.label });
    }
    select(ed, 'दोनों नेताओं');
    await C('tagEvent');
    const counts = a.getCounts(uri)!;
    assert.ok(counts.accepted >= 2 && counts.suggested >= 1, `accepted and suggested spans present (${JSON.stringify(counts)})`);
    ed.selection = new vscode.Selection(0, 0, 0, 0);
    const config = vscode.workspace.getConfiguration('workbench');
    const theme = config.inspect<string>('colorTheme')?.globalValue;
    const editorCfg = vscode.workspace.getConfiguration('editor');
    const fontSize = editorCfg.inspect<number>('fontSize')?.globalValue;
    await editorCfg.update('fontSize', 22, vscode.ConfigurationTarget.Global);
    try {
      await config.update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
      const dark = await screenshot('annotating-hindi-dark', 1200);
      await config.update('colorTheme', 'Default Light Modern', vscode.ConfigurationTarget.Global);
      const light = await screenshot('annotating-hindi-light', 1200);
      assert.ok(dark.bytes > 20_000 && light.bytes > 20_000);
      const s = a.getSpans(uri).find((x) => x.status === 'suggested' && x.entityId) ?? a.getSpans(uri)[0];
      const p = ed.document.positionAt(s.start + 1);
      ed.selection = new vscode.Selection(p, p);
      await vscode.commands.executeCommand('editor.action.showHover');
      const hover = await screenshot('annotating-hover', 1500);
      assert.ok(hover.bytes > 20_000);
    } finally {
      await config.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
      await editorCfg.update('fontSize', fontSize, vscode.ConfigurationTarget.Global);
    }
  });
});
