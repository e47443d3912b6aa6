/**
 * Host side of the analysis worker: `analyze(text, extraEntities)` resolves with the
 * `DocumentAnalysis` computed on a worker thread, so a large article never blocks the extension
 * host. Tiny texts (below `inProcessBelow` UTF-16 units, where the round trip costs more than the
 * analysis) and a worker that cannot start are analysed in-process by `inProcess`. No vscode here
 * (the benchmark uses it too).
 */
import { Worker } from 'node:worker_threads';
import type { DocumentAnalysis, KbEntity } from '../../core/model';
import type { FromAnalysisWorker } from './protocol';

export interface AnalysisClientOptions {
  /** The bundled dist/analysisWorker.js. */
  workerFile: string;
  /** Analysis on this thread (small texts, or when the worker cannot run). */
  inProcess: (text: string) => DocumentAnalysis;
  /** Texts shorter than this (UTF-16 units) are analysed in-process. Default `IN_PROCESS_BELOW`. */
  inProcessBelow?: number;
  /** Called when the worker fails and the client falls back to in-process analysis. */
  onWorkerError?: (err: Error) => void;
}

interface Pending {
  resolve: (a: DocumentAnalysis) => void;
  reject: (e: Error) => void;
}

/**
 * Default crossover. `npm run bench editor` (crossoverTable) on the 2-core machine: in-process analysis
 * costs ~1 ms at 2,000 UTF-16 units, ~7-9 ms at 8,000-16,000, ~15 ms at 64,000, while a worker round
 * trip costs 3-20 ms of latency whatever the size (its host cost is ~1 ms). Below 16,000 units (about
 * 40 KB of Devanagari UTF-8) analysing here blocks the host less than one frame and answers sooner.
 */
export const IN_PROCESS_BELOW = 16_000;

export class AnalysisClient {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private broken = false;
  private disposed = false;
  private lastEntities: { json: string; key: string } | undefined;
  private generation = 0;
  /** Analyses done in the worker / in-process (for tests and diagnostics). */
  workerRuns = 0;
  inProcessRuns = 0;

  constructor(private readonly options: AnalysisClientOptions) {}

  /** Whether `text` goes to the worker. */
  usesWorker(text: string): boolean {
    return !this.broken && !this.disposed && text.length >= (this.options.inProcessBelow ?? IN_PROCESS_BELOW);
  }

  /** Analyse `text` with the built-in knowledge base plus `extraEntities`. */
  analyze(text: string, extraEntities: KbEntity[] = []): Promise<DocumentAnalysis> {
    if (!this.usesWorker(text)) return this.local(text);
    let w: Worker;
    try {
      w = this.ensureWorker();
    } catch (err) {
      this.fail(err as Error);
      return this.local(text);
    }
    const id = this.nextId++;
    const kbKey = this.keyOf(extraEntities);
    return new Promise<DocumentAnalysis>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      w.ref();
      w.postMessage({ type: 'analyze', id, text, extraEntities, kbKey });
    }).catch((err: Error) => {
      // A crashed worker: analyse here rather than lose the suggestions.
      if (this.disposed) throw err;
      return this.local(text);
    });
  }

  dispose(): void {
    this.disposed = true;
    const w = this.worker;
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error('the analysis worker was disposed'));
    this.pending.clear();
    if (w) void w.terminate();
  }

  private local(text: string): Promise<DocumentAnalysis> {
    this.inProcessRuns++;
    try {
      return Promise.resolve(this.options.inProcess(text));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** The same entities get the same key, so the worker rebuilds its knowledge base only on change. */
  private keyOf(extra: KbEntity[]): string {
    const json = extra.length ? JSON.stringify(extra) : '';
    if (this.lastEntities?.json !== json) this.lastEntities = { json, key: String(++this.generation) };
    return this.lastEntities.key;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.options.workerFile);
    w.unref();
    w.on('message', (msg: FromAnalysisWorker) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (this.pending.size === 0) w.unref();
      if (msg.type === 'result') {
        this.workerRuns++;
        p.resolve(msg.analysis);
      } else {
        p.reject(new Error(msg.message));
      }
    });
    w.on('error', (err) => this.fail(err));
    w.on('exit', (code) => {
      if (this.worker === w && !this.disposed) this.fail(new Error(`the analysis worker exited (code ${code})`));
    });
    this.worker = w;
    return w;
  }

  /** The worker is gone: pending requests fall back to in-process analysis; no new worker is started. */
  private fail(err: Error): void {
    if (this.disposed) return;
    this.broken = true;
    const w = this.worker;
    this.worker = undefined;
    if (w) void w.terminate();
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.options.onWorkerError?.(err);
  }
}
