import * as vscode from 'vscode';
import { NewsAnnotator } from './newsAnnotator';

/** Entry point: keep it thin. Everything lives in `NewsAnnotator` and the parts it owns. */
export function activate(context: vscode.ExtensionContext): NewsAnnotator {
  const app = new NewsAnnotator(context);
  context.subscriptions.push(app);
  return app;
}

export function deactivate(): void {
  // Disposal happens through context.subscriptions.
}
