import * as vscode from 'vscode';
import { NewsAnnotator } from './newsAnnotator';

/** The activation's root, kept only so `deactivate` can wait for pending annotation saves. */
let active: NewsAnnotator | undefined;

/** Entry point: keep it thin. Everything lives in `NewsAnnotator` and the parts it owns. */
export function activate(context: vscode.ExtensionContext): NewsAnnotator {
  const app = new NewsAnnotator(context);
  active = app;
  context.subscriptions.push(app, { dispose: () => (active = active === app ? undefined : active) });
  return app;
}

/** VS Code awaits this before disposing: write debounced annotation changes so none is lost. */
export async function deactivate(): Promise<void> {
  await active?.flushAnnotations().catch(() => undefined);
  // Disposal happens through context.subscriptions.
}
