import { postToRunner } from './runnerLink';

export interface ScreenshotResult {
  /** Absolute path of the PNG the runner wrote (under test-output/screenshots/). */
  path: string;
  bytes: number;
}

/** Whether this host can take screenshots (the offline browser host can; a desktop VS Code run cannot). */
export function screenshotsAvailable(): boolean {
  return !!process.env.NEWS_ANNOTATOR_SCREENSHOT_URL;
}

/**
 * Ask the runner for a PNG of the whole workbench as it is now, saved as `test-output/screenshots/<name>.png`.
 * `name` may contain letters, digits, `-` and `_`. Wait for what you want to show (see `waitFor`) first:
 * rendering is asynchronous. `settleMs` gives the workbench time to paint before the capture (default 400).
 * Throws when screenshots are not available; check `screenshotsAvailable()` and `this.skip()` first.
 */
export async function screenshot(name: string, settleMs = 400): Promise<ScreenshotResult> {
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(name)) throw new Error(`bad screenshot name '${name}'`);
  if (!screenshotsAvailable()) throw new Error('screenshots need the browser host (NEWS_ANNOTATOR_SCREENSHOT_URL is not set)');
  if (settleMs > 0) await new Promise((r) => setTimeout(r, settleMs));
  return postToRunner<ScreenshotResult>('/screenshot', { name });
}
