// Build with esbuild: the extension (vscode external), the CLI, and on request the tests and benchmarks.
// Usage: node scripts/build.mjs [--production] [--tests] [--bench] [--watch]
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const root = new URL('..', import.meta.url).pathname;

function findFiles(dir, suffix) {
  const out = [];
  let entries;
  try { entries = readdirSync(join(root, dir)); } catch { return out; }
  for (const name of entries) {
    const rel = join(dir, name);
    if (statSync(join(root, rel)).isDirectory()) out.push(...findFiles(rel, suffix));
    else if (name.endsWith(suffix)) out.push(rel);
  }
  return out;
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
  charset: 'utf8',
};

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The sidebar's indexing worker (worker_threads): loaded by the extension and the benchmark.
  { ...common, entryPoints: ['src/extension/sidebar/indexer/worker.ts'], outfile: 'dist/indexWorker.js' },
  // The editor's analysis worker (pre-annotation and review off the extension host's thread).
  { ...common, entryPoints: ['src/extension/analysis/worker.ts'], outfile: 'dist/analysisWorker.js' },
];

if (args.has('--tests')) {
  rmSync(join(root, 'dist/test/unit'), { recursive: true, force: true });
  builds.push({ ...common, sourcemap: 'inline', entryPoints: findFiles('test/unit', '.test.ts'), outdir: 'dist/test/unit', outbase: 'test/unit', external: ['mocha', 'fast-check'] });
}
// Integration tests always build with the extension: they run inside the VS Code host.
builds.push({
  ...common, sourcemap: 'inline',
  entryPoints: [...findFiles('test/integration', '.ts')].filter((f) => !f.endsWith('.d.ts')),
  outdir: 'dist/test/integration', outbase: 'test/integration', external: ['vscode', 'mocha'],
});
if (args.has('--bench')) {
  builds.push({ ...common, sourcemap: false, entryPoints: findFiles('bench', '.ts'), outdir: 'dist/bench', outbase: 'bench' });
}

const started = Date.now();
await Promise.all(builds.filter((b) => b.entryPoints.length > 0).map((b) => esbuild.build(b)));
console.log(`built ${builds.length} bundles in ${Date.now() - started} ms${production ? ' (production)' : ''}: ${builds.map((b) => b.outfile ? relative(root, join(root, b.outfile)) : b.outdir).join(', ')}`);
