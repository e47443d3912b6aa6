/**
 * Indexing worker (worker_threads): reads, hashes and analyses articles off the extension host's
 * thread, and posts the entries back in small batches. Bundled to dist/indexWorker.js.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { buildArticleEntry } from '../../../core/index/articleEntry';
import { freshness } from '../../../core/index/cache';
import type { ArticleAnnotations, ArticleEntry } from '../../../core/index/types';
import { fromAnnotationFile, parseAnnotationFile } from '../../../core/annotations/format';
import type { KbEntity } from '../../../core/model';
import { createKnowledgeBase } from '../../../core/kb/builtin';
import type { KnowledgeBase } from '../../../core/kb/knowledgeBase';
import type { BatchMessage, FromWorker, IndexRequest, ToWorker, WorkItem } from './protocol';

const cancelled = new Set<number>();
const decoder = new TextDecoder('utf-8');

function post(msg: FromWorker): void {
  parentPort!.postMessage(msg);
}

/** Decode as VS Code shows the file: UTF-8, a leading BOM dropped, invalid bytes replaced. */
export function decodeArticle(bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function loadAnnotations(item: WorkItem, text: string, sha256: string): Promise<ArticleAnnotations | undefined> {
  if (item.annotations) return { spans: item.annotations.spans, done: item.done ?? item.annotations.done };
  if (!item.annotationsFile) return item.done ? { spans: [], done: true } : undefined;
  try {
    const file = parseAnnotationFile(await readFile(item.annotationsFile, 'utf8'));
    return { spans: fromAnnotationFile(file, text, sha256).annotations.spans, done: item.done };
  } catch {
    // Unreadable annotation file: index the suggestions; the file itself is left alone.
    return item.done ? { spans: [], done: true } : undefined;
  }
}

type Outcome = { kind: 'entry'; entry: ArticleEntry } | { kind: 'touched'; mtime: number } | { kind: 'reused' } | { kind: 'missing'; reason: string };

async function mtimeOf(file: string | undefined): Promise<number | undefined> {
  if (!file) return undefined;
  try {
    return Math.floor((await stat(file)).mtimeMs);
  } catch {
    return undefined;
  }
}

async function handle(item: WorkItem, kb: KnowledgeBase): Promise<Outcome> {
  // The annotation file and the done flag are part of what was indexed: a change there re-analyses.
  const annotationsMtime = await mtimeOf(item.annotationsFile);
  const sideFresh = !item.annotations && (item.cached?.annotationsMtime ?? -1) === (annotationsMtime ?? -1) && (item.cached?.done ?? false) === (item.done ?? false);
  const reuse = !item.force && sideFresh;
  let text: string;
  let sha256: string;
  let mtime = 0;
  let size: number;
  if (item.text !== undefined) {
    text = item.text;
    const bytes = Buffer.from(text, 'utf8');
    size = bytes.length;
    sha256 = createHash('sha256').update(bytes).digest('hex');
    mtime = item.cached?.mtime ?? 0;
    if (reuse && item.cached?.sha256 === sha256) return { kind: 'reused' };
  } else if (item.file) {
    let st;
    try {
      st = await stat(item.file);
    } catch (err) {
      return { kind: 'missing', reason: (err as Error).message };
    }
    mtime = Math.floor(st.mtimeMs);
    size = st.size;
    const fresh = freshness(item.cached, { mtime, size });
    if (fresh === 'fresh' && reuse) return { kind: 'reused' };
    let bytes: Buffer;
    try {
      bytes = await readFile(item.file);
    } catch (err) {
      return { kind: 'missing', reason: (err as Error).message };
    }
    sha256 = createHash('sha256').update(bytes).digest('hex');
    if (fresh === 'needsHash' && item.cached?.sha256 === sha256 && reuse) return { kind: 'touched', mtime };
    text = decodeArticle(bytes);
  } else {
    return { kind: 'missing', reason: 'no file and no text' };
  }
  const annotations = await loadAnnotations(item, text, sha256);
  const entry = buildArticleEntry({ path: item.id, sha256, mtime, size }, text, annotations, { analyzeOptions: { kb } });
  if (annotationsMtime !== undefined) entry.annotationsMtime = annotationsMtime;
  return { kind: 'entry', entry };
}

/** One knowledge base per distinct set of workspace entities (built once, reused by every article). */
let kbCache: { key: string; kb: KnowledgeBase } | undefined;
function knowledgeBase(extra: KbEntity[] | undefined): KnowledgeBase {
  const key = JSON.stringify(extra ?? []);
  if (kbCache?.key !== key) kbCache = { key, kb: createKnowledgeBase(extra ?? []) };
  return kbCache.kb;
}

async function run(req: IndexRequest): Promise<void> {
  const batchSize = req.batchSize ?? 25;
  let batch: BatchMessage = { type: 'batch', job: req.job, entries: [], touched: [], missing: [], processed: 0, handled: 0 };
  let flushedAt = 0;
  let processed = 0;
  let analysed = 0;
  let reused = 0;
  let lastFlush = Date.now();
  const flush = () => {
    batch.processed = processed;
    batch.handled = processed - flushedAt;
    flushedAt = processed;
    post(batch);
    batch = { type: 'batch', job: req.job, entries: [], touched: [], missing: [], processed, handled: 0 };
    lastFlush = Date.now();
  };
  const kb = knowledgeBase(req.extraEntities);
  for (const item of req.items) {
    if (cancelled.has(req.job)) break;
    const out = await handle(item, kb);
    processed++;
    if (out.kind === 'entry') { batch.entries.push(out.entry); analysed++; }
    else if (out.kind === 'touched') { batch.touched.push({ id: item.id, mtime: out.mtime }); reused++; }
    else if (out.kind === 'missing') batch.missing.push({ id: item.id, reason: out.reason });
    else reused++;
    if (batch.entries.length >= batchSize || batch.touched.length >= 500 || Date.now() - lastFlush > 200) flush();
    // Let a cancel message in even when nothing above awaited real I/O.
    if (processed % 16 === 0) await new Promise((r) => setImmediate(r));
  }
  flush();
  post({ type: 'done', job: req.job, cancelled: cancelled.delete(req.job), processed, analysed, reused });
}

if (parentPort) {
  parentPort.on('message', (msg: ToWorker) => {
    if (msg.type === 'cancel') cancelled.add(msg.job);
    else if (msg.type === 'index') {
      run(msg).catch((err: unknown) => post({ type: 'error', job: msg.job, message: err instanceof Error ? err.stack ?? err.message : String(err) }));
    }
  });
}
