/** Small JSON files of the workspace (.news-annotator/*.json): async reads, atomic writes (temp + rename). */
import * as vscode from 'vscode';

export class JsonFileError extends Error {}

/** Read and parse; undefined when the file does not exist. Throws JsonFileError when it cannot be parsed. */
export async function readJson(uri: vscode.Uri): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
    throw err;
  }
  let text = new TextDecoder().decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new JsonFileError(vscode.l10n.t('{0} cannot be parsed ({1}); it is left as it is.', uri.fsPath, (err as Error).message));
  }
}

/** Write `value` as pretty JSON (trailing newline) atomically: a temp file beside it, then a rename. */
export async function writeJsonAtomic(uri: vscode.Uri, value: unknown): Promise<void> {
  await writeBytesAtomic(uri, new TextEncoder().encode(JSON.stringify(value, null, 2) + '\n'));
}

export async function writeBytesAtomic(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const dir = vscode.Uri.joinPath(uri, '..');
  await vscode.workspace.fs.createDirectory(dir);
  const tmp = uri.with({ path: `${uri.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp` });
  await vscode.workspace.fs.writeFile(tmp, bytes);
  await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
}
