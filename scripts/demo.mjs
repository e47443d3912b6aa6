#!/usr/bin/env node
// `npm run demo`: build, then open the demo corpus in VS Code with the extension loaded.
//   - desktop VS Code (`code` on PATH): `code --extensionDevelopmentPath=<repo> demo-corpus`;
//   - otherwise the offline VS Code host (VS Code 1.139 server, installed into .cache/vscode-host/ on first use)
//     on a loopback port; prints the URL to open and stays in the foreground until Ctrl-C.
// Usage: node scripts/demo.mjs [--folder DIR] [--port N] [--offline] [--check]
//   --offline  use the offline host even where `code` exists
//   --check    (offline host) open the URL in headless chromium, wait for the extension to activate, save
//              test-output/screenshots/demo.png, then stop: a self-test of this script.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import {
  CHROMIUM, CHROMIUM_ARGS, ROOT, ensureHost, startServer, vscodeVersion, workbenchUrl,
} from '../test/runner/host.mjs';

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const check = argv.includes('--check');
const say = (msg) => console.log(`[demo] ${msg}`);

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

function demoFolder() {
  const chosen = option('--folder') || process.env.NEWS_ANNOTATOR_DEMO_FOLDER;
  const folder = resolve(chosen || join(ROOT, 'demo-corpus'));
  if (!existsSync(folder)) throw new Error(`folder ${folder} does not exist`);
  return folder;
}

/** Any log file under `dir` containing `needle` (the extension logs its activation to its output channel). */
function logContains(dir, needle) {
  let entries;
  try { entries = readdirSync(dir); } catch { return false; }
  for (const name of entries) {
    const full = join(dir, name);
    const st = statSync(full, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) { if (logContains(full, needle)) return true; }
    else if (name.endsWith('.log') && st.size < 5_000_000 && readFileSync(full, 'utf8').includes(needle)) return true;
  }
  return false;
}

async function selfCheck(server, url) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(url, { timeout: 120_000 });
    const deadline = Date.now() + 60_000;
    // VS Code's own extension-host log records each activation.
    while (!logContains(server.runDir, 'ExtensionService#_doActivateExtension news-annotator.news-annotator')) {
      if (Date.now() > deadline) throw new Error('the extension did not log its activation within 60 s');
      await new Promise((r) => setTimeout(r, 500));
    }
    say('extension activated in the demo window');
    await page.locator('.activitybar [aria-label^="News Annotator"]').first().click({ timeout: 15_000 });
    // The Meetings tree must show the demo corpus' meetings (its first indexing pass done).
    const meetingRow = page.locator('.pane:has(.pane-header[aria-label^="Meetings"]) .monaco-list-row').first();
    await meetingRow.waitFor({ state: 'visible', timeout: 60_000 }).catch(() => {
      throw new Error('the Meetings view showed no meeting of the demo corpus within 60 s');
    });
    say(`Meetings view: ${(await meetingRow.innerText()).split('\n')[0]}`);
    // Open the first article, as a user would, to show its highlights (best effort: the picture is for people).
    try {
      await page.keyboard.press('Control+P');
      await page.keyboard.type('01_rajnath', { delay: 20 });
      await page.waitForTimeout(800);
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-line').first().waitFor({ state: 'visible', timeout: 15_000 });
      await page.waitForTimeout(2500);
    } catch (e) {
      say(`could not open an article for the picture: ${e.message}`);
    }
    const dir = join(ROOT, 'test-output', 'screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, 'demo.png') });
    say(`screenshot ${join(dir, 'demo.png')}`);
  } finally {
    await browser.close();
  }
}

async function main() {
  let folder = demoFolder();
  if (check) {
    // the self-test opens an article, which writes its annotation file: work on a copy of the folder
    const copy = mkdtempSync(join(tmpdir(), 'news-annotator-demo-'));
    cpSync(folder, join(copy, basename(folder)), { recursive: true });
    process.on('exit', () => rmSync(copy, { recursive: true, force: true }));
    folder = join(copy, basename(folder));
  }
  say('building ...');
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');

  if (!argv.includes('--offline') && !check && onPath('code')) {
    say(`opening ${folder} in desktop VS Code with the extension under development`);
    const child = spawn('code', [`--extensionDevelopmentPath=${ROOT}`, folder], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }

  say('no desktop VS Code (`code`) on PATH: starting the offline VS Code host');
  await ensureHost();
  const port = Number(option('--port') || process.env.PORT) || undefined;
  const server = await startServer({ port });
  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    server.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => { console.log(''); say('stopping'); stop(0); });
  process.on('SIGTERM', () => stop(0));
  server.child.on('exit', (code) => { if (!stopping) { say(`VS Code server exited (${code})`); stop(1); } });

  const url = workbenchUrl({ port: server.port, folder, extensionDevelopmentPath: ROOT });
  if (check) {
    try {
      await selfCheck(server, url);
      stop(0);
    } catch (e) {
      console.error(`[demo] check failed: ${e.message}\n${server.serverLog()}`);
      stop(1);
    }
    return;
  }
  console.log('');
  say(`VS Code ${vscodeVersion()} (offline host) is serving ${folder} with News Annotator loaded.`);
  say('Open this URL in a browser on this machine (loopback only):');
  console.log(`\n  ${url}\n`);
  say('Press Ctrl-C to stop.');
}

main().catch((e) => {
  console.error(`[demo] ${e.message}`);
  process.exit(1);
});
