/**
 * Reading article files on the Node side (CLI): one definition shared by every command, so that
 * extract, export, import, stats and agreement see the same files and the same text as VS Code.
 *
 * The text of an article is its UTF-8 decoding with a leading byte order mark dropped (the BOM is an
 * encoding mark, not text: VS Code drops it too, so offsets agree with the editor). Nothing else is
 * changed: line ends, normalisation and every other character are kept.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** File name endings of articles when a folder is read. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.article'];

/** Project documentation beside articles (README.md, CHANGELOG.txt, LICENSE...) is not an article. */
export function isDocumentationFile(name: string): boolean {
  return /^(readme|changelog|changes|license|licence|contributing|notice|authors)(\.[a-z0-9]+)?$/i.test(name);
}

export function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.includes(extname(lower)) && !isDocumentationFile(name) && !lower.endsWith('.annotations.json');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Byte offset of the first invalid UTF-8 sequence (for error messages). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}

/**
 * Decode article bytes: UTF-8, BOM dropped. Throws for binary files (a NUL byte). Invalid UTF-8 throws
 * when `strict`, else is replaced by U+FFFD with a warning.
 */
export function decodeArticle(bytes: Uint8Array, strict = false): { text: string; warnings: string[] } {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new Error(`binary file (NUL byte at offset ${nul}), not a text article`);
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    if (strict) throw new Error(`not valid UTF-8 (at byte ${firstInvalidUtf8(bytes)}); convert the file to UTF-8`);
    text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    warnings.push(`invalid UTF-8 (first at byte ${firstInvalidUtf8(bytes)}) replaced by U+FFFD`);
  }
  return { text, warnings };
}

/** Read one article strictly (size limit, binary, invalid UTF-8 are errors), or explain why not. */
export async function readArticleFile(file: string, maxBytes: number): Promise<{ text: string; sha256: string } | { error: string }> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (e) {
    return { error: `cannot read: ${(e as Error).message}` };
  }
  if (size > maxBytes) return { error: `file too large (${size} bytes; the limit is ${maxBytes}, raise it with --max-bytes)` };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return { error: `cannot read: ${(e as Error).message}` };
  }
  try {
    const { text } = decodeArticle(bytes, true);
    return { text, sha256: sha256Hex(text) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

const SKIP_DIRS = new Set(['node_modules', 'dist', 'out']);

/**
 * Article files under a folder, sorted, skipping hidden folders (.git, .news-annotator...), node_modules,
 * documentation files and annotation files. `onError` hears of folders that cannot be listed.
 */
export async function listArticles(dir: string, onError?: (folder: string, message: string) => void): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (e) {
      if (!onError) throw e;
      onError(d, `cannot list folder: ${(e as Error).message}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && isArticleFileName(e.name)) out.push(p);
    }
  };
  await walk(dir);
  return out;
}
