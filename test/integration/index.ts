/**
 * Mocha entry run INSIDE the VS Code extension host (extensionTestsPath points at its compiled form,
 * dist/test/integration/index.js). Runs every dist/test/integration/**\/*.test.js with the BDD interface,
 * prints mocha's spec report, and sends the counts to the runner (NEWS_ANNOTATOR_RUNNER_URL) so it can print
 * the closing `N passed, N failed` line. Rejects when any test failed or none ran, which makes the host exit 1.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { postToRunner, runnerUrl } from './helpers/runnerLink';

// mocha is external in the bundle and resolved from the repo's node_modules at run time.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha = require('mocha') as typeof import('mocha');

interface FailureInfo {
  title: string;
  error: string;
}

export interface IntegrationResults {
  passed: number;
  failed: number;
  skipped: number;
  failures: FailureInfo[];
  files: number;
  vscodeVersion: string;
  uiKind: string;
  remoteName: string | undefined;
  nodeVersion: string;
}

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...findTests(full));
    else if (name.endsWith('.test.js')) out.push(full);
  }
  return out;
}

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.NEWS_ANNOTATOR_TEST_TIMEOUT_MS) || 30_000,
    reporter: 'spec',
  });
  if (process.env.NEWS_ANNOTATOR_TEST_GREP) mocha.grep(process.env.NEWS_ANNOTATOR_TEST_GREP);
  const files = findTests(__dirname);
  for (const f of files) mocha.addFile(f);

  const results: IntegrationResults = {
    passed: 0, failed: 0, skipped: 0, failures: [], files: files.length,
    vscodeVersion: vscode.version,
    uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
    remoteName: vscode.env.remoteName,
    nodeVersion: process.version,
  };
  console.log(`[integration] VS Code ${vscode.version} extension host (${results.uiKind}${results.remoteName ? `, remote ${results.remoteName}` : ''}, Node ${process.version}); ${files.length} test files`);

  await new Promise<void>((resolve) => {
    let runner: Mocha.Runner;
    try {
      runner = mocha.run(() => resolve());
    } catch (e) {
      // A test file that throws while loading: count it as a failure rather than losing it.
      results.failed++;
      results.failures.push({ title: 'loading test files', error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      resolve();
      return;
    }
    runner.on('pass', () => results.passed++);
    runner.on('pending', () => results.skipped++);
    runner.on('fail', (test, err: Error) => {
      results.failed++;
      results.failures.push({ title: test.fullTitle(), error: err?.stack ?? String(err) });
    });
  });

  if (runnerUrl()) {
    try {
      await postToRunner('/results', results);
    } catch (e) {
      console.error(`[integration] could not send results to the runner: ${e instanceof Error ? e.message : e}`);
    }
  }
  console.log(`[integration] ${results.passed} passing, ${results.failed} failing, ${results.skipped} pending`);
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed`);
  if (results.passed === 0) throw new Error('no integration test passed (none found or all skipped)');
}
