/**
 * Batches tree change events: changes arriving within `delayMs` are fired once, as the union of the
 * changed elements, or as one whole-tree refresh if any change needs it. While a large corpus is being
 * indexed this keeps VS Code from re-reading a view after every slice.
 */
import * as vscode from 'vscode';

export class TreeEventBatcher<T> implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<T | T[] | undefined>();
  readonly event = this.emitter.event;
  private all = false;
  private readonly elements = new Set<T>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Every batch fired (tests check that only changed elements are refreshed). */
  fired = 0;

  constructor(private readonly delayMs = 150) {}

  /** Queue a refresh of `elements`, or of the whole tree when undefined. */
  queue(elements?: readonly T[]): void {
    if (!elements) this.all = true;
    else for (const e of elements) this.elements.add(e);
    if (!this.timer) this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.all && !this.elements.size) return;
    const payload = this.all ? undefined : [...this.elements];
    this.all = false;
    this.elements.clear();
    this.fired++;
    this.emitter.fire(payload);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.emitter.dispose();
  }
}
