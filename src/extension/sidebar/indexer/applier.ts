/**
 * Applies indexing results on the host thread in short slices: items are queued as batches arrive
 * and applied a few at a time, yielding to the event loop whenever a slice reaches `sliceMs`, so
 * the extension host keeps answering however large the batches are. No vscode here.
 */
export class SlicedApplier<T> {
  private queue: T[] = [];
  private head = 0;
  private scheduled = false;
  private waiters: (() => void)[] = [];
  /** Longest slice so far (ms), for the benchmark and diagnostics. */
  maxSliceMs = 0;
  /** Longest single `apply` call (ms): a slice cannot be shorter than this. */
  maxApplyMs = 0;

  constructor(private readonly apply: (items: T[]) => void, private readonly sliceMs = 8, private readonly chunk = 2) {}

  get pending(): number {
    return this.queue.length - this.head;
  }

  push(items: readonly T[]): void {
    for (const it of items) this.queue.push(it);
    this.schedule();
  }

  /** Resolves once everything pushed so far is applied. */
  drain(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled || !this.pending) return;
    this.scheduled = true;
    setImmediate(() => this.pump());
  }

  private pump(): void {
    this.scheduled = false;
    const start = performance.now();
    try {
      while (this.pending && performance.now() - start < this.sliceMs) {
        const items = this.queue.slice(this.head, this.head + this.chunk);
        this.head += items.length;
        const t = performance.now();
        this.apply(items);
        this.maxApplyMs = Math.max(this.maxApplyMs, performance.now() - t);
      }
    } finally {
      this.maxSliceMs = Math.max(this.maxSliceMs, performance.now() - start);
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      if (this.pending) this.schedule();
      else for (const w of this.waiters.splice(0)) w();
    }
  }
}
