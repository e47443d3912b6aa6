/**
 * Host side of the indexing workers: splits the items over a small pool of worker threads and hands
 * every batch to `onBatch` as it arrives. No vscode here (the benchmark uses it too).
 */
import { Worker } from 'node:worker_threads';
import type { BatchMessage, DoneMessage, FromWorker, WorkItem } from './protocol';
import type { KbEntity } from '../../../core/model';

export interface IndexRunOptions {
  items: WorkItem[];
  extraEntities?: KbEntity[];
  batchSize?: number;
  /** Called for every batch, on the host thread: keep it short. */
  onBatch: (batch: BatchMessage) => void;
  /** Resolve-able cancellation: when it fires, the workers stop after their current article. */
  onCancel?: (cancel: () => void) => void;
}

export interface IndexRunResult {
  cancelled: boolean;
  processed: number;
  analysed: number;
  reused: number;
}

export class IndexWorkerPool {
  private readonly workers: Worker[] = [];
  private nextJob = 1;
  private disposed = false;

  /** `workerFile`: the bundled dist/indexWorker.js. `size`: number of threads (at least 1). */
  constructor(private readonly workerFile: string, private readonly size = 1) {}

  private ensureWorkers(): Worker[] {
    if (this.disposed) throw new Error('the index worker pool is disposed');
    while (this.workers.length < Math.max(1, this.size)) {
      const w = new Worker(this.workerFile);
      w.unref();
      this.workers.push(w);
    }
    return this.workers;
  }

  /** Index the items; resolves when every worker is done (or stopped after a cancel). */
  async run(options: IndexRunOptions): Promise<IndexRunResult> {
    const job = this.nextJob++;
    const workers = this.ensureWorkers().slice(0, Math.max(1, Math.min(this.workers.length, options.items.length)));
    // Contiguous shares keep each worker's batches in corpus order.
    const share = Math.ceil(options.items.length / workers.length);
    const total: IndexRunResult = { cancelled: false, processed: 0, analysed: 0, reused: 0 };
    const stop = () => workers.forEach((w) => w.postMessage({ type: 'cancel', job }));
    options.onCancel?.(stop);
    await Promise.all(workers.map((w, i) => new Promise<void>((resolve, reject) => {
      const onMessage = (msg: FromWorker) => {
        if (msg.job !== job) return;
        if (msg.type === 'batch') {
          try {
            options.onBatch(msg);
          } catch (err) {
            stop();
            cleanup();
            reject(err);
          }
        } else if (msg.type === 'done') {
          add(msg);
          cleanup();
          resolve();
        } else {
          cleanup();
          reject(new Error(`index worker failed: ${msg.message}`));
        }
      };
      const onError = (err: Error) => { cleanup(); reject(err); };
      const onExit = (code: number) => {
        cleanup();
        // terminated by dispose() (the sidebar closing): a stopped run, not a failure to report
        if (this.disposed) {
          total.cancelled = true;
          resolve();
        } else reject(new Error(`index worker exited (code ${code})`));
      };
      const cleanup = () => { w.off('message', onMessage); w.off('error', onError); w.off('exit', onExit); };
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage({ type: 'index', job, items: options.items.slice(i * share, (i + 1) * share), extraEntities: options.extraEntities, batchSize: options.batchSize });
    })));
    return total;

    function add(d: DoneMessage): void {
      total.cancelled ||= d.cancelled;
      total.processed += d.processed;
      total.analysed += d.analysed;
      total.reused += d.reused;
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const w of this.workers.splice(0)) void w.terminate();
  }
}
