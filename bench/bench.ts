/**
 * `npm run bench`: every benchmark of the project. Each area adds its function here.
 * Usage: node dist/bench/bench.js [name...]   (no names: run all)
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runAgreementBench } from './agreement';
import { runEditorBench, runEditorOpenBench, runEditorWorkerBench } from './editor';
import { runEntitiesBench } from './entities';
import { runExportBench } from './export';
import { runIndexBench } from './index';
import { runMeetingsBench } from './meetings';

const BENCHES: { name: string; run: () => Promise<Record<string, unknown>> }[] = [
  {
    name: 'agreement',
    run: async () => {
      const count = Number(process.env.NEWS_ANNOTATOR_BENCH_ARTICLES ?? 10_000);
      const r = runAgreementBench(count);
      const fmt = (n: number) => Math.round(n * 1000) / 1000;
      return {
        ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, fmt(v)])),
        'target: agreement over 10,000 articles (all figures) < 20000 ms CPU time': r.corpusCpuMs < 20_000 ? 'PASS' : 'FAIL',
        'target: dense article (1 MB, ~43,000 spans) disagreements < 500 ms': r.denseCompareMs < 500 ? 'PASS' : 'FAIL',
      };
    },
  },
  {
    name: 'entities',
    run: async () => {
      const r = runEntitiesBench(Number(process.env.NEWS_ANNOTATOR_BENCH_BYTES ?? 10_000_000));
      return {
        ...r,
        'matcher vs one big RegExp (CPU MB/s)': `${r.matcherCpuMBps} vs ${r.regexpCpuMBps}`,
        'target: matcher >= 100 MB/s (CPU time)': r.matcherCpuMBps >= 100 ? 'PASS' : 'FAIL',
        'target: pipeline >= 10 MB/s (CPU time)': r.pipelineCpuMBps >= 10 ? 'PASS' : 'FAIL',
      };
    },
  },
  {
    name: 'editor',
    run: async () => {
      const workerFile = join(__dirname, '..', 'analysisWorker.js');
      // First: the open of a 1 MB article in fresh sessions (host code not yet warmed by the other runs).
      const o = await runEditorOpenBench(workerFile);
      const r = runEditorBench();
      const w = await runEditorWorkerBench(workerFile);
      const fmt = (n: number) => Math.round(n * 100) / 100;
      return {
        ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? fmt(v) : v])),
        ...Object.fromEntries(Object.entries(w).map(([k, v]) => [k, typeof v === 'number' ? fmt(v) : v])),
        ...Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? fmt(v) : v])),
        'in-process open 1 MB article, analyse + decorate (info: not the editor\'s path for a 1 MB article)': `${fmt(r.inProcessOpenTotalMs)} ms`,
        'target: open 1 MB article with the analysis worker, longest host stall <= 50 ms': w.workerHostMaxStallMs <= 50 ? 'PASS' : 'FAIL',
        'target: reopen annotated 1 MB article, file read on the worker, longest host stall <= 50 ms': w.workerReopenHostMaxStallMs <= 50 ? 'PASS' : 'FAIL',
        'target: keystroke (1 MB, 20,000 spans) shift + decoration pass (visible window), median <= 16 ms': r.keystrokeMedianMs <= 16 ? 'PASS' : 'FAIL',
        'target: same, p95 <= 16 ms': r.keystrokeP95Ms <= 16 ? 'PASS' : 'FAIL',
        'load average when measured (2 cores shared)': r.loadAverage.toFixed(1),
        'target: open 1 MB article (editor path: worker analysis + host merge + decorate) <= 200 ms': o.openTotalMs <= 200 ? 'PASS' : 'FAIL',
        'target: reopen annotated 1 MB article, stored highlights <= 200 ms': r.reopenStoredMs <= 200 ? 'PASS' : 'FAIL',
      };
    },
  },
  {
    name: 'export',
    run: async () => {
      const count = Number(process.env.NEWS_ANNOTATOR_BENCH_ARTICLES ?? 10_000);
      const r = await runExportBench(count);
      const fmt = (n: number) => Math.round(n * 10) / 10;
      return {
        ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? fmt(v) : v])),
        'target: 10,000 articles to JSONL < 20000 ms': r.totalMs < 20_000 ? 'PASS' : 'FAIL',
        'target: flat memory (heap growth < 32 MB)': r.heapGrowthMb < 32 ? 'PASS' : 'FAIL',
      };
    },
  },
  {
    name: 'index',
    run: async () => {
      const count = Number(process.env.NEWS_ANNOTATOR_BENCH_ARTICLES ?? 10_000);
      const workers = process.env.NEWS_ANNOTATOR_BENCH_WORKERS ? Number(process.env.NEWS_ANNOTATOR_BENCH_WORKERS) : undefined;
      const r = await runIndexBench(join(__dirname, '..', 'indexWorker.js'), count, workers);
      const fmt = (n: number) => Math.round(n * 10) / 10;
      return {
        ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? fmt(v) : v])),
        'target: index + first level < 30000 ms': r.totalMs < 30_000 ? 'PASS' : 'FAIL',
        'target: longest host slice < 50 ms': Math.max(r.maxBatchMs, r.maxStallMs) < 50 ? 'PASS' : 'FAIL',
      };
    },
  },
  {
    name: 'meetings',
    run: async () => {
      const count = Number(process.env.NEWS_ANNOTATOR_BENCH_ARTICLES ?? 10_000);
      const r = runMeetingsBench(count);
      const fmt = (n: number) => Math.round(n * 10) / 10;
      return {
        ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? fmt(v) : v])),
        'target: 10,000 articles analysed + meetings extracted < 60000 ms': r.totalMs < 60_000 ? 'PASS' : 'FAIL',
      };
    },
  },
];

async function main(): Promise<void> {
  const wanted = new Set(process.argv.slice(2));
  const chosen = BENCHES.filter((b) => !wanted.size || wanted.has(b.name));
  if (chosen.length > 1) {
    // one process per benchmark: a benchmark's heap (and its garbage collections) must not land in the
    // next one's timings, e.g. the editor's longest host stall
    for (const b of chosen) {
      const r = spawnSync(process.execPath, [__filename, b.name], { stdio: 'inherit' });
      if (r.status !== 0) process.exitCode = 1;
    }
    return;
  }
  for (const b of chosen) {
    const started = Date.now();
    const result = await b.run();
    console.log(`# ${b.name} (${Date.now() - started} ms)`);
    for (const [k, v] of Object.entries(result)) console.log(`  ${k}: ${v}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
