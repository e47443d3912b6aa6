/**
 * Index benchmark: 10,000 generated Hindi articles (~50 MB) indexed through the sidebar's worker
 * pool, merged into the corpus index batch by batch on the "host" thread (this one), then the
 * Meetings tree's first level built. Reports wall time and the longest synchronous slice on the host.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { CorpusIndex } from '../src/core/index/corpusIndex';
import { cacheEntryLine, cacheHeaderLine, parseCacheEntry } from '../src/core/index/cache';
import { stampOf, type ArticleEntry } from '../src/core/index/types';
import { IndexWorkerPool } from '../src/extension/sidebar/indexer/client';
import { SlicedApplier } from '../src/extension/sidebar/indexer/applier';
import { meetingRootItems, prepareMeetings } from '../src/extension/sidebar/meetingModel';
import type { WorkItem } from '../src/extension/sidebar/indexer/protocol';
import { rng } from './lib/corpusGen';

const PEOPLE = ['राजनाथ सिंह', 'व्लादिमीर पुतिन', 'आंद्रेई बेलौसोव', 'सर्गेई शोइगु', 'नरेंद्र मोदी', 'एस जयशंकर', 'डोंग जुन', 'अजित डोभाल', 'लॉयड ऑस्टिन', 'पीट हेगसेथ', 'रिचर्ड मार्लेस', 'मार्को रुबियो', 'वांग यी', 'शी जिनपिंग'];
const PLACES = ['मॉस्को', 'नई दिल्ली', 'किंगदाओ', 'वॉशिंगटन', 'टोक्यो', 'पेरिस', 'बीजिंग', 'कैनबरा', 'ताशकंद', 'अस्ताना'];
const MONTHS = ['जनवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'];
const FILLER = [
  'दोनों देशों के बीच रक्षा सहयोग को और मजबूत करने पर विस्तार से चर्चा हुई।',
  'बैठक में क्षेत्रीय सुरक्षा, आतंकवाद और सैन्य तकनीकी सहयोग जैसे मुद्दों पर बातचीत की गई।',
  'अधिकारियों ने बताया कि एस-400 मिसाइल प्रणाली की आपूर्ति और सुखोई-30 एमकेआई के उन्नयन पर भी विचार किया गया।',
  'रक्षा मंत्रालय ने एक बयान में कहा कि यह मुलाकात बेहद सकारात्मक माहौल में हुई।',
  'The two sides also discussed joint exercises and the supply of spare parts.',
  'विशेषज्ञों का मानना है कि इस वार्ता से द्विपक्षीय संबंधों को नई दिशा मिलेगी।',
];

/** About `targetBytes` of UTF-8: a headline, a meeting report, filler paragraphs, a "recent posts" block. */
export function generateArticle(i: number, targetBytes = 5000): string {
  const r = rng(i + 1);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const a = pick(PEOPLE);
  let b = pick(PEOPLE);
  if (b === a) b = PEOPLE[(PEOPLE.indexOf(a) + 1) % PEOPLE.length];
  const place = pick(PLACES);
  const day = 1 + Math.floor(r() * 28);
  const month = pick(MONTHS);
  const year = 2019 + Math.floor(r() * 7);
  const parts = [
    `${a} ने ${place} में ${b} से मुलाकात की`,
    '',
    `नई दिल्ली: रक्षा मंत्री ${a} ने ${day} ${month} ${year} को ${place} में ${b} के साथ द्विपक्षीय बैठक की।`,
  ];
  let size = Buffer.byteLength(parts.join('\n'));
  while (size < targetBytes - 400) {
    const p = `${pick(FILLER)} ${pick(FILLER)} ${r() < 0.3 ? `${pick(PEOPLE)} ने कहा कि बातचीत उपयोगी रही।` : ''}`;
    parts.push('', p);
    size += Buffer.byteLength(p) + 2;
  }
  parts.push('', 'Recent Posts', `${pick(PEOPLE)} का ${pick(PLACES)} दौरा`, `${pick(PLACES)} में नई परियोजना शुरू`);
  return parts.join('\n');
}

export interface IndexBenchResult {
  articles: number;
  megabytes: number;
  workers: number;
  indexMs: number;
  firstLevelMs: number;
  totalMs: number;
  meetings: number;
  /** Longest host-side slice: a batch handler, or one slice of merging entries into the index. */
  maxBatchMs: number;
  /** Longest batch handler (queueing a worker batch) on the host. */
  maxHandlerMs: number;
  /** Longest slice of merging entries into the index. */
  maxApplySliceMs: number;
  /** Longest single merge call (one chunk of entries) inside a slice. */
  maxApplyCallMs: number;
  /** Longest event-loop stall seen by a 5 ms interval timer on the host thread. */
  maxStallMs: number;
  /** Longest garbage-collection pause on the host thread (part of the longest stall). */
  maxGcPauseMs: number;
  /** perf_hooks event-loop delay p99/max (ms). */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  cacheWriteMs: number;
  cacheMegabytes: number;
  reopenMs: number;
}

/** Write `count` articles into a temp folder, index them, report. Cleans up after itself. */
export async function runIndexBench(workerFile: string, count = 10_000, workers = Math.max(1, Math.min(2, availableParallelism()))): Promise<IndexBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'news-annotator-bench-'));
  try {
    let bytes = 0;
    const items: WorkItem[] = [];
    for (let i = 0; i < count; i++) {
      const sub = `d${String(i % 100).padStart(2, '0')}`;
      if (i < 100) mkdirSync(join(dir, sub));
      const text = generateArticle(i);
      const file = join(dir, sub, `a${i}.txt`);
      writeFileSync(file, text);
      bytes += Buffer.byteLength(text);
      items.push({ id: `${sub}/a${i}.txt`, file });
    }

    const index = new CorpusIndex();
    const pool = new IndexWorkerPool(workerFile, workers);
    const h = monitorEventLoopDelay({ resolution: 5 });
    let maxStall = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      maxStall = Math.max(maxStall, now - last - 5);
      last = now;
    }, 5);
    let maxBatch = 0;
    let maxGc = 0;
    const gcObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) maxGc = Math.max(maxGc, e.duration); });
    gcObserver.observe({ entryTypes: ['gc'] });
    h.enable();
    const t0 = performance.now();
    try {
      // As in the extension: batches are queued and applied in short slices (SlicedApplier).
      const applier = new SlicedApplier<ArticleEntry>((entries) => prepareMeetings(index.upsert(entries), (id) => index.meeting(id)));
      await pool.run({
        items,
        onBatch: (b) => {
          const s = performance.now();
          applier.push(b.entries);
          maxBatch = Math.max(maxBatch, performance.now() - s);
        },
      });
      await applier.drain();
      const maxHandler = maxBatch;
      maxBatch = Math.max(maxBatch, applier.maxSliceMs);
      const t1 = performance.now();
      // The Meetings view's first level: sorted, labelled tree items.
      await new Promise((r) => setImmediate(r));
      const s = performance.now();
      const roots = meetingRootItems(index.meetings(), { sort: 'date', filter: '' });
      const firstLevelMs = performance.now() - s;
      maxBatch = Math.max(maxBatch, firstLevelMs);
      const t2 = performance.now();
      await new Promise((r) => setTimeout(r, 20));
      clearInterval(timer);
      h.disable();
      gcObserver.disconnect();

      // Cache: written line by line in slices, then a "reopened workspace" run that re-reads nothing.
      const c0 = performance.now();
      const lines = [cacheHeaderLine('bench', index.size)];
      for (const e of index.articles()) lines.push(cacheEntryLine(e));
      const cacheText = lines.join('\n');
      const cacheWriteMs = performance.now() - c0;
      const r0 = performance.now();
      const cached: ArticleEntry[] = [];
      for (const line of cacheText.split('\n').slice(1)) {
        const e = parseCacheEntry(line);
        if (e) cached.push(e);
      }
      const reopened = new CorpusIndex();
      reopened.upsert(cached);
      const byId = new Map(cached.map((e) => [e.path, e]));
      const again = await pool.run({ items: items.map((it) => { const c = byId.get(it.id); return { ...it, cached: c && stampOf(c) }; }), onBatch: (b) => reopened.upsert(b.entries) });
      const reopenMs = performance.now() - r0;
      if (again.analysed !== 0) throw new Error(`reopen re-analysed ${again.analysed} unchanged files`);
      return {
        articles: count,
        megabytes: bytes / 1e6,
        workers,
        indexMs: t1 - t0,
        firstLevelMs,
        totalMs: t2 - t0,
        meetings: roots.length,
        maxBatchMs: maxBatch,
        maxHandlerMs: maxHandler,
        maxApplySliceMs: applier.maxSliceMs,
        maxApplyCallMs: applier.maxApplyMs,
        maxStallMs: maxStall,
        maxGcPauseMs: maxGc,
        loopDelayP99Ms: h.percentile(99) / 1e6,
        loopDelayMaxMs: h.max / 1e6,
        cacheWriteMs,
        cacheMegabytes: Buffer.byteLength(cacheText) / 1e6,
        reopenMs,
      };
    } finally {
      clearInterval(timer);
      pool.dispose();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
