/**
 * Host side of the analysis worker: `analyze(text, extraEntities)` resolves with the
 * `DocumentAnalysis` computed on a worker thread, so a large article never blocks the extension
 * host; `render(article, text, spans)` renders a large article's annotation file there too;
 * `warmUp(extraEntities)` starts the worker and lets it optimise the pipeline ahead of the first article. Tiny texts (below `inProcessBelow` UTF-16 units, where the round trip costs more than the
 * analysis) and a worker that cannot start are analysed in-process by `inProcess`. No vscode here
 * (the benchmark uses it too).
 */
import { Worker } from 'node:worker_threads';
import { AnnotationFormatError, type AnnotationSpan } from '../../core/annotations';
import type { DocumentAnalysis, KbEntity } from '../../core/model';
import { loadAnnotationFile, renderAnnotationFile, type LoadedAnnotationFile, type RenderedAnnotationFile } from './annotationFile';
import { PART_SIZE, type FromAnalysisWorker, type ToAnalysisWorker, type WarmUpPass, type WarmUpResult } from './protocol';

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
  resolve: (msg: FromAnalysisWorker) => void;
  reject: (e: Error) => void;
  /** Entities (analysis) or spans (load) received in parts before the answer. */
  parts: unknown[][];
}

/** An invalid annotation file, as reported by the worker. */
class WorkerFormatError extends Error {}

/** Annotation files of at least this many characters are read on the worker. */
export const LOAD_IN_WORKER_CHARS = 256_000;

/** A `loaded` answer with the spans received before it. */
type LoadResult = Extract<FromAnalysisWorker, { type: 'loaded' }> & { spans: AnnotationSpan[] };

/** Let other host tasks run (between the parts of a large message). */
const yieldToHost = () => new Promise<void>((r) => setImmediate(r));

/** Annotation files with at least this many spans are rendered on the worker. */
export const RENDER_IN_WORKER_SPANS = 2_000;

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
  /** Time the worker spent in `analyzeDocument` for the last text it analysed (ms; the rest of the wall time is messaging). */
  lastWorkerAnalysisMs = 0;
  /** Annotation files rendered / read on the worker. */
  workerRenders = 0;
  workerLoads = 0;

  constructor(private readonly options: AnalysisClientOptions) {}

  /** Whether `text` goes to the worker. */
  usesWorker(text: string): boolean {
    return !this.broken && !this.disposed && text.length >= (this.options.inProcessBelow ?? IN_PROCESS_BELOW);
  }

  /**
   * Analyse `text` with the built-in knowledge base plus `extraEntities`. `entitiesOnly`: zones and
   * sentences may be left empty (less to copy back from the worker).
   */
  async analyze(text: string, extraEntities: KbEntity[] = [], entitiesOnly = false): Promise<DocumentAnalysis> {
    if (!this.usesWorker(text)) return this.local(text);
    try {
      const msg = await this.request((id) => ({ type: 'analyze', id, text, extraEntities, kbKey: this.keyOf(extraEntities), entitiesOnly }));
      if (msg.type !== 'result') throw new Error(`unexpected answer ${msg.type}`);
      this.workerRuns++;
      this.lastWorkerAnalysisMs = msg.ms;
      return msg.analysis;
    } catch (err) {
      // A crashed or missing worker: analyse here rather than lose the suggestions.
      if (this.disposed) throw err;
      return this.local(text);
    }
  }

  /**
   * Start the worker, build its knowledge base (built-in + `extraEntities`) and analyse a built-in
   * warm-up text in short passes (core/warmup.ts), so that the first large article is analysed at full
   * speed. Call once, off the critical path. Resolves with the worker's figures when done (or ended early
   * by a real `analyze`), with `undefined` when there is no worker (broken, disposed, failed); never rejects.
   */
  async warmUp(extraEntities: KbEntity[] = [], passes?: WarmUpPass[]): Promise<Omit<WarmUpResult, 'type' | 'id'> | undefined> {
    if (this.broken || this.disposed) return undefined;
    try {
      const msg = await this.request((id) => ({ type: 'warm', id, extraEntities, kbKey: this.keyOf(extraEntities), passes }));
      if (msg.type !== 'warmed') return undefined;
      const { passes: done, kbMs, ms, maxPassMs, superseded } = msg;
      return { passes: done, kbMs, ms, maxPassMs, superseded };
    } catch {
      return undefined;
    }
  }

  /** The annotation file for `spans` over `text` (on the worker for large ones), ready to write. */
  async render(article: string, text: string, spans: readonly AnnotationSpan[]): Promise<RenderedAnnotationFile> {
    if (this.usesWorker(text) || (spans.length >= RENDER_IN_WORKER_SPANS && !this.broken && !this.disposed)) {
      try {
        // Spans in parts, yielding between them: each structured clone is a short host task.
        const parts: AnnotationSpan[][] = [];
        for (let i = 0; i < spans.length; i += PART_SIZE) parts.push(spans.slice(i, i + PART_SIZE));
        const msg = await this.request(async (id, post) => {
          for (const part of parts) {
            post({ type: 'renderPart', id, spans: part });
            await yieldToHost();
          }
          post({ type: 'render', id, article, text });
        });
        if (msg.type !== 'rendered') throw new Error(`unexpected answer ${msg.type}`);
        this.workerRenders++;
        return { bytes: msg.bytes, hash: msg.hash };
      } catch {
        // No worker (crashed, or disposed while the last save runs): render here, never lose a save.
      }
    }
    return renderAnnotationFile(article, text, spans);
  }

  /**
   * Read an annotation file for the article's current `text` (large files on the worker). Throws
   * AnnotationFormatError when the file is invalid, wherever it was read.
   */
  async load(content: string, text: string): Promise<LoadedAnnotationFile> {
    if (content.length >= LOAD_IN_WORKER_CHARS && !this.broken && !this.disposed) {
      try {
        const msg = await this.request((id) => ({ type: 'load', id, content, text }));
        if (msg.type !== 'loaded') throw new Error(`unexpected answer ${msg.type}`);
        this.workerLoads++;
        return { spans: (msg as LoadResult).spans, moved: msg.moved, orphaned: msg.orphaned, recovered: msg.recovered };
      } catch (err) {
        if (err instanceof WorkerFormatError) throw new AnnotationFormatError(err.message);
        // The worker failed: read it here.
      }
    }
    return loadAnnotationFile(content, text);
  }

  /**
   * Send a request to the worker (`make` returns its message, or posts its messages itself); resolves
   * with the answer (entities sent in parts joined into the result), rejects with its error.
   */
  private request(make: (id: number, post: (m: ToAnalysisWorker) => void) => ToAnalysisWorker | Promise<void>): Promise<FromAnalysisWorker> {
    const w = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<FromAnalysisWorker>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, parts: [] });
      w.ref();
      const post = (m: ToAnalysisWorker) => {
        // The worker may have failed meanwhile (the request is then rejected already).
        if (this.worker === w) w.postMessage(m);
      };
      try {
        const m = make(id, post);
        if (m instanceof Promise) m.catch(reject);
        else post(m);
      } catch (err) {
        this.pending.delete(id);
        reject(err as Error);
      }
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
    if (this.broken || this.disposed) throw new Error('the analysis worker is not available');
    let w: Worker;
    try {
      w = new Worker(this.options.workerFile);
    } catch (err) {
      this.fail(err as Error);
      throw err;
    }
    w.unref();
    w.on('message', (msg: FromAnalysisWorker) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      if (msg.type === 'part' || msg.type === 'spans') {
        p.parts.push(msg.type === 'part' ? msg.entities : msg.spans);
        return;
      }
      this.pending.delete(msg.id);
      if (msg.type === 'result' && p.parts.length) msg.analysis.entities = (p.parts.flat() as DocumentAnalysis['entities']).concat(msg.analysis.entities);
      if (msg.type === 'loaded') (msg as LoadResult).spans = p.parts.flat() as AnnotationSpan[];
      if (this.pending.size === 0) w.unref();
      if (msg.type === 'error') p.reject(msg.formatError ? new WorkerFormatError(msg.message) : new Error(msg.message));
      else p.resolve(msg);
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
