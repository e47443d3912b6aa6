#!/usr/bin/env node
// `npm test`: type-check, lint, unit tests (mocha in Node), integration tests (mocha inside a real VS Code host).
// Runs the steps in order, stops at the first failure, and ends with one line `N passed, N failed`
// (`, N skipped` when any) totalled over unit and integration tests. A failed step that is not a test run
// (type-check, lint, build) counts as one failure. Exit code 0 only when everything passed.
// Usage: node scripts/test.mjs [--skip-integration]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'test-output');
const UNIT_COUNTS = join(OUT, 'unit-results.json');
const INTEGRATION_COUNTS = join(OUT, 'integration-results.json');
const bin = (pkg, rel) => join(ROOT, 'node_modules', pkg, rel);
const node = process.execPath;

function run(label, cmd, args, env = {}) {
  return new Promise((resolve) => {
    console.log(`\n=== ${label} ===`);
    const started = Date.now();
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    const forward = (sig) => child.kill(sig);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (e) => { console.error(`${label}: ${e.message}`); resolve(1); });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      console.log(`=== ${label}: ${code === 0 ? 'ok' : `FAILED (${signal ?? `exit ${code}`})`} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
      resolve(code ?? 1);
    });
  });
}

function readCounts(file) {
  try {
    const c = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: c.passed | 0, failed: c.failed | 0, skipped: c.skipped | 0 };
  } catch {
    return undefined;
  }
}

const total = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function finish() {
  if (failedSteps.length) console.log(`\nFAILED: ${failedSteps.join(', ')}`);
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  process.exit(failedSteps.length || total.failed ? 1 : 0);
}

/** A step without test counts: a failure counts as one failed check. */
async function step(label, cmd, args) {
  if ((await run(label, cmd, args)) !== 0) {
    failedSteps.push(label);
    total.failed += 1;
    finish();
  }
}

/** A test step: add its counts; a non-zero exit with no failing test still counts as one failure. */
async function testStep(label, countsFile, cmd, args) {
  rmSync(countsFile, { force: true });
  const code = await run(label, cmd, args, { NEWS_ANNOTATOR_COUNTS_FILE: countsFile });
  const counts = readCounts(countsFile);
  if (counts) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    console.log(`${label}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  }
  if (code !== 0 || !counts || counts.failed > 0 || counts.passed === 0) {
    if (!counts || counts.failed === 0) total.failed += 1;
    if (!counts) console.log(`${label}: no test counts were reported`);
    else if (counts.passed === 0 && counts.failed === 0) console.log(`${label}: no test ran`);
    failedSteps.push(label);
    finish();
  }
}

mkdirSync(OUT, { recursive: true });
await step('type-check (tsconfig.json)', node, [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);
await step('type-check (src/core: no Node, no DOM)', node, [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'src/core/tsconfig.json']);
await step('lint', node, [bin('eslint', 'bin/eslint.js'), '.']);
await step('build (extension, CLI, tests)', node, [join(ROOT, 'scripts', 'build.mjs'), '--tests']);
await testStep('unit tests', UNIT_COUNTS, node,
  [bin('mocha', 'bin/mocha.js'), '--config', '.mocharc.json', '--reporter', join(ROOT, 'test', 'runner', 'spec-with-counts.cjs')]);
if (!process.argv.includes('--skip-integration')) {
  if (!existsSync(join(ROOT, 'test', 'runner', 'run-integration.mjs'))) throw new Error('integration runner missing');
  await testStep('integration tests (real VS Code host)', INTEGRATION_COUNTS, node, [join(ROOT, 'test', 'runner', 'run-integration.mjs')]);
}
finish();
