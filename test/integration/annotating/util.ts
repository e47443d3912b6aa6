import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/api';
import type { NewsAnnotator } from '../../../src/extension/newsAnnotator';
import { activeExtension, openInEditor, waitFor, workspaceFolder } from '../helpers';

export { waitFor };

/**
 * A Hindi test article written for these tests (not from the sample corpus). An emoji comes early so that
 * code point and UTF-16 offsets differ for everything after it.
 */
export const HINDI = [
  'नई दिल्ली 😀 रक्षा मंत्री राजनाथ सिंह ने मंगलवार को मॉस्को में रूस के राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।',
  'दोनों नेताओं ने एस-400 मिसाइल प्रणाली और ब्रह्मोस पर चर्चा की। सिंह ने कहा कि भारत और रूस की दोस्ती पुरानी है।',
  'बैठक 10 दिसंबर 2024 को हुई।',
].join('\n');

export async function api(): Promise<NewsAnnotatorApi & NewsAnnotator> {
  const ext = await activeExtension();
  return ext.exports as NewsAnnotatorApi & NewsAnnotator;
}

const cfg = () => vscode.workspace.getConfiguration('newsAnnotator');

/** Use fast saves and no automatic pre-annotation for the suite; restores the settings afterwards. */
export function useTestSettings(pre = false): void {
  const saved: Record<string, unknown> = {};
  before(async () => {
    for (const [k, v] of [['saveDelay', 20], ['preAnnotateOnOpen', pre]] as const) {
      saved[k] = cfg().inspect(k)?.globalValue;
      await cfg().update(k, v, vscode.ConfigurationTarget.Global);
    }
  });
  after(async () => {
    for (const k of Object.keys(saved)) await cfg().update(k, saved[k], vscode.ConfigurationTarget.Global);
  });
}

/** A scratch folder inside the workspace, removed after the suite. Files are `.article` (news-article language). */
export function scratchFolder(name: string): () => vscode.Uri {
  let dir: vscode.Uri | undefined;
  before(async () => {
    dir = vscode.Uri.joinPath(workspaceFolder().uri, `zz-test-${name}-${Date.now().toString(36)}`);
    await vscode.workspace.fs.createDirectory(dir);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const a = await api();
    await a.flushAnnotations();
    if (!dir) return;
    await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    // Annotation files kept in the workspace's .news-annotator/annotations/<folder> for these articles.
    const rel = dir.path.slice(workspaceFolder().uri.path.length + 1);
    const ann = vscode.Uri.joinPath(workspaceFolder().uri, '.news-annotator', 'annotations', rel);
    await vscode.workspace.fs.delete(ann, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });
  return () => {
    if (!dir) throw new Error('scratch folder not created yet');
    return dir;
  };
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Create an article and open it in an editor; waits until its annotations are loaded. */
export async function openArticle(dir: vscode.Uri, name: string, text = HINDI): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(dir, name);
  await writeText(uri, text);
  const ed = await openInEditor(uri);
  assert.equal(ed.document.languageId, 'news-article');
  const a = await api();
  await a.loadSpans(uri);
  return ed;
}

/** Select the n-th occurrence of `needle` (optionally only part of it: [from, to) inside the needle). */
export function select(ed: vscode.TextEditor, needle: string, occurrence = 0, part?: [number, number]): { start: number; end: number } {
  const text = ed.document.getText();
  let i = -1;
  for (let k = 0; k <= occurrence; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `"${needle}" #${occurrence} is in the article`);
  }
  const start = part ? i + part[0] : i;
  const end = part ? i + part[1] : i + needle.length;
  ed.selection = new vscode.Selection(ed.document.positionAt(start), ed.document.positionAt(end));
  return { start: i, end: i + needle.length };
}

/** Parse the article's annotation file after flushing pending saves. */
export async function savedFile(uri: vscode.Uri): Promise<{ raw: string; json: { spans: { start: number; end: number; label: string; text: string; status: string; source: string; entityId?: string; orphan?: boolean }[]; sha256: string; article: string; offsets: string } }> {
  const a = await api();
  await a.flushAnnotations(uri);
  const raw = await readText(a.annotationFileOf(uri));
  assert.ok(raw, `annotation file ${a.annotationFileOf(uri).fsPath} exists`);
  return { raw, json: JSON.parse(raw) };
}

/** Code point slice, to check stored offsets. */
export function cpSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

export function visible(spans: readonly { status: string; orphan?: boolean }[]): number {
  return spans.filter((s) => s.status !== 'rejected' && !s.orphan).length;
}
