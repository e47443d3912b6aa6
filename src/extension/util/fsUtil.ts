import { createHash, randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** Hex SHA-256 of a string's UTF-8 bytes (CPU only: no I/O). */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Decode UTF-8 bytes, dropping a leading BOM (as VS Code shows the text). */
export function decodeText(bytes: Uint8Array): string {
  const s = decoder.decode(bytes);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

export function encodeText(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Read a file; undefined when it does not exist. */
export async function readIfExists(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
    if ((err as { code?: string }).code === 'FileNotFound' || (err as { code?: string }).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Atomic write: write `<file>.tmp-<random>` next to it, then rename over the target. */
export async function writeAtomic(uri: vscode.Uri, content: Uint8Array): Promise<void> {
  const dir = vscode.Uri.joinPath(uri, '..');
  await vscode.workspace.fs.createDirectory(dir);
  const tmp = uri.with({ path: `${uri.path}.tmp-${randomBytes(6).toString('hex')}` });
  await vscode.workspace.fs.writeFile(tmp, content);
  try {
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } catch (err) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw err;
  }
}

/** Runs tasks one after another per key (e.g. per file), so two saves never race. */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    const next = prev.then(task, task);
    const tail = next.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
