/**
 * The index cache: JSON Lines, so a host can parse it in small slices. Line 1 is a header, every
 * other line one `ArticleEntry`. An entry is reused while its path and stamp (mtime + size, or
 * sha256 when the mtime moved) match the file on disk.
 */
import type { ArticleEntry, ArticleStamp } from './types';

export const INDEX_CACHE_FORMAT = 'news-annotator-index';
export const INDEX_CACHE_VERSION = 1;

export interface IndexCacheHeader {
  format: typeof INDEX_CACHE_FORMAT;
  version: typeof INDEX_CACHE_VERSION;
  /** Version of the analysis (extension version + knowledge-base hash...): a mismatch drops the cache. */
  analyzer: string;
  count: number;
}

export function cacheHeaderLine(analyzer: string, count: number): string {
  const h: IndexCacheHeader = { format: INDEX_CACHE_FORMAT, version: INDEX_CACHE_VERSION, analyzer, count };
  return JSON.stringify(h);
}

export function cacheEntryLine(entry: ArticleEntry): string {
  return JSON.stringify(entry);
}

/** The whole cache as one string (small corpora, tests). Hosts with big corpora write line by line. */
export function serializeCache(analyzer: string, entries: readonly ArticleEntry[]): string {
  const lines = [cacheHeaderLine(analyzer, entries.length)];
  for (const e of entries) lines.push(cacheEntryLine(e));
  return lines.join('\n') + '\n';
}

/** Parse the header line; undefined when the cache is of another format, version or analyzer. */
export function parseCacheHeader(line: string, analyzer: string): IndexCacheHeader | undefined {
  try {
    const h = JSON.parse(line) as Partial<IndexCacheHeader>;
    if (h && h.format === INDEX_CACHE_FORMAT && h.version === INDEX_CACHE_VERSION && h.analyzer === analyzer && typeof h.count === 'number') {
      return h as IndexCacheHeader;
    }
  } catch {
    // fall through: an unreadable cache is simply not used
  }
  return undefined;
}

function isEntry(x: unknown): x is ArticleEntry {
  const e = x as ArticleEntry;
  return !!e && typeof e === 'object' && typeof e.path === 'string' && typeof e.sha256 === 'string'
    && typeof e.mtime === 'number' && typeof e.size === 'number' && Array.isArray(e.mentions) && Array.isArray(e.meetings);
}

/** Parse one entry line; undefined for a damaged line (that article is simply re-read). */
export function parseCacheEntry(line: string): ArticleEntry | undefined {
  if (!line.trim()) return undefined;
  try {
    const x: unknown = JSON.parse(line);
    return isEntry(x) ? x : undefined;
  } catch {
    return undefined;
  }
}

/** Parse a whole cache string; entries of damaged lines are dropped. Undefined if the header does not match. */
export function parseCache(text: string, analyzer: string): ArticleEntry[] | undefined {
  const lines = text.split('\n');
  if (!parseCacheHeader(lines[0] ?? '', analyzer)) return undefined;
  const out: ArticleEntry[] = [];
  for (let i = 1; i < lines.length; i++) {
    const e = parseCacheEntry(lines[i]);
    if (e) out.push(e);
  }
  return out;
}

export type Freshness = 'fresh' | 'needsHash' | 'stale';

/**
 * Compare a cached stamp with the file's stat: 'fresh' when mtime and size match, 'needsHash' when
 * only the mtime moved (compare sha256 before re-analysing), 'stale' otherwise.
 */
export function freshness(cached: ArticleStamp | undefined, stat: { mtime: number; size: number }): Freshness {
  if (!cached) return 'stale';
  if (cached.size !== stat.size) return 'stale';
  return cached.mtime === stat.mtime ? 'fresh' : 'needsHash';
}
