/** Read and write the index cache (JSON Lines) in small slices so the extension host stays responsive. */
import * as vscode from 'vscode';
import { cacheEntryLine, cacheHeaderLine, parseCacheEntry, parseCacheHeader } from '../../core/index/cache';
import type { ArticleEntry } from '../../core/index/types';
import { writeBytesAtomic } from './jsonFile';

/** Yield to the event loop. */
export const yieldNow = (): Promise<void> => new Promise((r) => setImmediate(r));

/** Milliseconds of work per slice before yielding. */
const SLICE_MS = 12;

/** Load cached entries; undefined when there is no usable cache. */
export async function loadCache(uri: vscode.Uri, analyzer: string, onEntries: (entries: ArticleEntry[]) => void, token?: vscode.CancellationToken): Promise<number | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
  const decoder = new TextDecoder();
  let carry = '';
  let header = false;
  let count = 0;
  let sliceStart = performance.now();
  const CHUNK = 256 * 1024;
  for (let pos = 0; pos < bytes.length || carry; pos += CHUNK) {
    if (token?.isCancellationRequested) return undefined;
    const last = pos + CHUNK >= bytes.length;
    const text = carry + (pos < bytes.length ? decoder.decode(bytes.subarray(pos, pos + CHUNK), { stream: !last }) : '');
    const lines = text.split('\n');
    carry = last ? '' : lines.pop() ?? '';
    const batch: ArticleEntry[] = [];
    for (const line of lines) {
      if (!header) {
        if (!parseCacheHeader(line, analyzer)) return undefined;
        header = true;
        continue;
      }
      const e = parseCacheEntry(line);
      if (e) batch.push(e);
    }
    if (batch.length) { onEntries(batch); count += batch.length; }
    if (performance.now() - sliceStart > SLICE_MS) { await yieldNow(); sliceStart = performance.now(); }
    if (last) break;
  }
  return header ? count : undefined;
}

/** Serialise in slices and write atomically. */
export async function saveCache(uri: vscode.Uri, analyzer: string, entries: readonly ArticleEntry[]): Promise<void> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [encoder.encode(cacheHeaderLine(analyzer, entries.length) + '\n')];
  let sliceStart = performance.now();
  let lines: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    lines.push(cacheEntryLine(entries[i]));
    if (lines.length >= 50 || i === entries.length - 1) {
      chunks.push(encoder.encode(lines.join('\n') + '\n'));
      lines = [];
      if (performance.now() - sliceStart > SLICE_MS) { await yieldNow(); sliceStart = performance.now(); }
    }
  }
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  await writeBytesAtomic(uri, out);
}
