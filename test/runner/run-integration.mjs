#!/usr/bin/env node
// Runs the integration tests (dist/test/integration/**/*.test.js, through the mocha entry
// dist/test/integration/index.js) inside a real VS Code extension host, and prints `N passed, N failed`.
//
// Hosts, in order:
//   1. a desktop VS Code when VSCODE_EXECUTABLE names one (via @vscode/test-electron when installed);
//   2. otherwise the offline host: VS Code server from npm `code-server` + Node 24, its web workbench driven by
//      Debian's headless chromium through playwright-core (see test/runner/host.mjs).
//
// Usage: node test/runner/run-integration.mjs [--folder DIR] [--grep PATTERN] [--in-place] [--verbose]
// Env:   NEWS_ANNOTATOR_TEST_WORKSPACE (folder to open; default demo-corpus/), NEWS_ANNOTATOR_TEST_GREP,
//        NEWS_ANNOTATOR_RUN_TIMEOUT (seconds for the whole run, default 600), NEWS_ANNOTATOR_TEST_VERBOSE=1
//        (print the workbench's own log too), VSCODE_EXECUTABLE (desktop VS Code).
// The workspace folder is copied to a temporary folder of the same name unless --in-place, so tests may write.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { format } from 'node:util';
import {
  CHROMIUM, CHROMIUM_ARGS, CODE_SERVER_VERSION, ROOT, checkChromium, ensureHost, killGroup, startServer, vscodeVersion, workbenchUrl,
} from './host.mjs';
import { isNoise } from './noise.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const verbose = flag('--verbose') || process.env.NEWS_ANNOTATOR_TEST_VERBOSE === '1';
const grep = option('--grep') || process.env.NEWS_ANNOTATOR_TEST_GREP;
const timeoutSec = Number(process.env.NEWS_ANNOTATOR_RUN_TIMEOUT) || 600;
const TESTS_INDEX = join(ROOT, 'dist', 'test', 'integration', 'index.js');
const SCREENSHOT_DIR = join(ROOT, 'test-output', 'screenshots');
const COUNTS_FILE = process.env.NEWS_ANNOTATOR_COUNTS_FILE || join(ROOT, 'test-output', 'integration-results.json');

const say = (msg) => console.log(`[integration] ${msg}`);

// ---------------------------------------------------------------------------------------------------------------
// Cleanup: everything started registers here, and every exit path runs it once.
const cleanups = [];
let cleaned = false;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  for (const fn of cleanups.reverse()) {
    try { await fn(); } catch (e) { if (verbose) console.error(`cleanup: ${e.message}`); }
  }
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.error(`[integration] ${sig}: stopping`);
    cleanup().finally(() => process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 })[sig]));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The workspace to open.
function pickWorkspace() {
  const chosen = option('--folder') || process.env.NEWS_ANNOTATOR_TEST_WORKSPACE;
  let source;
  if (chosen) {
    source = resolve(chosen);
    if (!existsSync(source)) throw new Error(`workspace folder ${source} does not exist`);
  } else {
    const demo = join(ROOT, 'demo-corpus');
    const hasArticles = existsSync(demo) && readdirSync(demo).some((n) => n.endsWith('.txt'));
    source = hasArticles ? demo : join(ROOT, 'test', 'runner', 'fixture-workspace');
    if (!hasArticles) say('demo-corpus/ has no articles yet: using test/runner/fixture-workspace');
  }
  if (flag('--in-place')) return source;
  const parent = mkdtempSync(join(tmpdir(), 'news-annotator-ws-'));
  const copy = join(parent, basename(source));
  cpSync(source, copy, { recursive: true });
  cleanups.push(() => rmSync(parent, { recursive: true, force: true }));
  return copy;
}

function sharedCorpus() {
  const p = resolve(ROOT, '..', 'shared', 'corpus');
  return existsSync(p) ? p : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The runner's loopback endpoint: tests POST /results and /screenshot here.
function startControlServer(state) {
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { body += c; });
    req.on('end', async () => {
      const reply = (code, obj) => {
        res.writeHead(code, { 'content-type': 'application/json' });
        res.end(JSON.stringify(obj));
      };
      try {
        const data = body ? JSON.parse(body) : {};
        if (req.method === 'POST' && req.url === '/results') {
          state.results = data;
          reply(200, { ok: true });
        } else if (req.method === 'POST' && req.url === '/screenshot') {
          if (!state.page) return reply(409, { error: 'no browser page: screenshots need the offline browser host' });
          const name = String(data.name || '');
          if (!/^[A-Za-z0-9_-]{1,80}$/.test(name)) return reply(400, { error: `bad name '${name}'` });
          mkdirSync(SCREENSHOT_DIR, { recursive: true });
          const path = join(SCREENSHOT_DIR, `${name}.png`);
          const png = await state.page.screenshot({ path, fullPage: false });
          say(`screenshot ${path} (${png.length} bytes)`);
          reply(200, { path, bytes: png.length });
        } else {
          reply(404, { error: `no route ${req.method} ${req.url}` });
        }
      } catch (e) {
        reply(500, { error: e.message });
      }
    });
  });
  return new Promise((res, rej) => {
    server.on('error', rej);
    server.listen(0, '127.0.0.1', () => {
      cleanups.push(() => new Promise((r) => { server.close(() => r()); server.closeAllConnections(); }));
      res(`http://127.0.0.1:${server.address().port}`);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Hosts.
async function runOffline(folder, extensionEnvironment, state) {
  checkChromium();
  await ensureHost();
  say(`host: VS Code ${vscodeVersion()} server (code-server ${CODE_SERVER_VERSION}) on Node 24, browser ${CHROMIUM} (headless)`);
  const server = await startServer({ quiet: !verbose });
  cleanups.push(() => server.stop());
  say(`VS Code server on ${server.url}`);

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  cleanups.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
  state.page = page;

  let settle;
  const exited = new Promise((r) => { settle = r; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    if (isNoise(text)) return;
    for (const line of text.split('\n')) console.log(line.replace(/\s+$/, ''));
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));
  page.on('console', (msg) => {
    if (!verbose && msg.type() !== 'error') return;
    const text = msg.text();
    if (!verbose && isNoise(text)) return;
    console.log(`[workbench ${msg.type()}] ${text}`);
  });
  page.on('pageerror', (err) => { if (!isNoise(err.message)) console.log(`[workbench pageerror] ${err.message}`); });

  const url = workbenchUrl({
    port: server.port, folder, extensionDevelopmentPath: ROOT, extensionTestsPath: TESTS_INDEX, extensionEnvironment,
  });
  if (verbose) say(`opening ${url}`);
  await page.goto(url, { timeout: 120_000 });
  const serverDied = new Promise((r) => server.child.once('exit', (code) => r({ serverExit: code })));
  const outcome = await Promise.race([exited, serverDied]);
  if (typeof outcome === 'object') {
    console.log(server.serverLog());
    throw new Error(`VS Code server exited (${outcome.serverExit}) before the tests finished`);
  }
  state.page = undefined;
  return outcome;
}

async function runDesktop(executable, folder, extensionEnvironment) {
  say(`host: desktop VS Code ${executable}`);
  const userData = mkdtempSync(join(tmpdir(), 'news-annotator-desktop-'));
  cleanups.push(() => rmSync(userData, { recursive: true, force: true }));
  const launchArgs = [folder, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
    `--user-data-dir=${join(userData, 'user')}`, `--extensions-dir=${join(userData, 'ext')}`];
  let testElectron;
  try { testElectron = await import('@vscode/test-electron'); } catch { /* optional dependency */ }
  if (testElectron) {
    try {
      return await testElectron.runTests({
        vscodeExecutablePath: executable, extensionDevelopmentPath: ROOT, extensionTestsPath: TESTS_INDEX,
        launchArgs, extensionTestsEnv: extensionEnvironment,
      });
    } catch (e) {
      if (typeof e === 'string' || /exit code/i.test(String(e?.message ?? e))) return 1;
      throw e;
    }
  }
  const child = spawn(executable, [...launchArgs, `--extensionDevelopmentPath=${ROOT}`, `--extensionTestsPath=${TESTS_INDEX}`],
    { stdio: 'inherit', env: { ...process.env, ...extensionEnvironment }, detached: true });
  cleanups.push(() => killGroup(child));
  return new Promise((r) => child.on('exit', (code) => r(code ?? 1)));
}

// ---------------------------------------------------------------------------------------------------------------
async function main() {
  if (!existsSync(TESTS_INDEX)) throw new Error(`${TESTS_INDEX} is missing: run \`node scripts/build.mjs\` first`);
  const folder = pickWorkspace();
  say(`workspace: ${folder}`);
  const state = { results: undefined, page: undefined };
  const control = await startControlServer(state);
  const corpus = sharedCorpus();
  if (!corpus) say('../shared/corpus not found: tests that need the real articles will be skipped');
  const extensionEnvironment = {
    NEWS_ANNOTATOR_RUNNER_URL: control,
    NEWS_ANNOTATOR_REPO_ROOT: ROOT,
    NEWS_ANNOTATOR_INTEGRATION: '1',
    ...(corpus ? { NEWS_ANNOTATOR_SHARED_CORPUS: corpus } : {}),
    ...(grep ? { NEWS_ANNOTATOR_TEST_GREP: grep } : {}),
  };
  const desktop = process.env.VSCODE_EXECUTABLE;
  if (!desktop) extensionEnvironment.NEWS_ANNOTATOR_SCREENSHOT_URL = `${control}/screenshot`;

  let timer;
  const timeout = new Promise((_, rej) => {
    timer = setTimeout(() => rej(new Error(`integration run timed out after ${timeoutSec} s`)), timeoutSec * 1000);
  });
  const started = Date.now();
  let exitCode;
  let error;
  try {
    exitCode = await Promise.race([desktop ? runDesktop(desktop, folder, extensionEnvironment) : runOffline(folder, extensionEnvironment, state), timeout]);
  } catch (e) {
    error = e;
  } finally {
    clearTimeout(timer);
  }
  await cleanup();

  const r = state.results;
  if (r) {
    say(`ran ${r.files} test files in VS Code ${r.vscodeVersion} (${r.uiKind}${r.remoteName ? `, remote ${r.remoteName}` : ''}, Node ${r.nodeVersion}) in ${Math.round((Date.now() - started) / 1000)} s`);
    if (r.failures.length) {
      console.log('\nFailures:');
      r.failures.forEach((f, i) => console.log(`  ${i + 1}) ${f.title}\n     ${f.error.split('\n').slice(0, 6).join('\n     ')}`));
      console.log('');
    }
  }
  const passed = r?.passed ?? 0;
  let failed = r?.failed ?? 0;
  const skipped = r?.skipped ?? 0;
  let ok = !error && exitCode === 0 && r && failed === 0 && passed > 0;
  if (error) console.error(`[integration] ERROR: ${error.message}`);
  else if (!r) console.error('[integration] ERROR: the test host sent no results');
  else if (exitCode !== 0 && failed === 0) console.error(`[integration] ERROR: the test host exited with ${exitCode}`);
  else if (passed === 0 && failed === 0) console.error('[integration] ERROR: no integration test ran');
  // A run that broke without a failing test still counts as one failure, so the summary never reads green.
  if (!ok && failed === 0) failed = 1;
  writeFileSync(COUNTS_FILE, JSON.stringify({ passed, failed, skipped, ok: !!ok }, null, 2) + '\n');
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exitCode = ok ? 0 : 1;
}

mkdirSync(join(ROOT, 'test-output'), { recursive: true });
main().catch(async (e) => {
  console.error(`[integration] ERROR: ${e.stack || e.message}`);
  await cleanup();
  writeFileSync(COUNTS_FILE, JSON.stringify({ passed: 0, failed: 1, skipped: 0, ok: false }) + '\n');
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
