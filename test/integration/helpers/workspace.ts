import * as vscode from 'vscode';
import { waitFor } from './waitFor';

/** The extension's id as VS Code knows it (publisher.name from package.json). */
export const EXTENSION_ID = 'news-annotator.news-annotator';

/** The first workspace folder; fails the test clearly when none is open. */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the runner opens demo-corpus/ (or NEWS_ANNOTATOR_TEST_WORKSPACE)');
  return folder;
}

/** The extension, activated (waits for a workspaceContains activation, or activates it). */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded in this host`);
  if (!ext.isActive) await ext.activate();
  await waitFor(() => ext.isActive, { message: `${EXTENSION_ID} to be active` });
  return ext;
}

/** Absolute path of the shared real corpus (../shared/corpus beside the repo), or undefined when absent. */
export function sharedCorpusPath(): string | undefined {
  return process.env.NEWS_ANNOTATOR_SHARED_CORPUS || undefined;
}

/** Open a workspace file in an editor and wait until it is the active editor. */
export async function openInEditor(uri: vscode.Uri, languageId?: string): Promise<vscode.TextEditor> {
  let doc = await vscode.workspace.openTextDocument(uri);
  if (languageId && doc.languageId !== languageId) doc = await vscode.languages.setTextDocumentLanguage(doc, languageId);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString(), { message: `${uri.fsPath} to be the active editor` });
  return editor;
}
