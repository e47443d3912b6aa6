export interface WaitOptions {
  /** Give up after this many ms (default 10000). */
  timeout?: number;
  /** Poll interval in ms (default 50). */
  interval?: number;
  /** Describes what was awaited, for the error message. */
  message?: string;
}

/**
 * Poll `cond` until it returns a truthy value (which is returned) or the timeout passes (throws with `message`).
 * `cond` may be async; an exception it throws counts as "not yet" and is reported if the wait times out.
 */
export async function waitFor<T>(cond: () => T | Promise<T>, options: WaitOptions = {}): Promise<NonNullable<T>> {
  const timeout = options.timeout ?? 10_000;
  const interval = options.interval ?? 50;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await cond();
      if (value) return value as NonNullable<T>;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${options.message ?? 'a condition'}${why}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}
