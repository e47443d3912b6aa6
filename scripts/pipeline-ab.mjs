// Speed A/B of the entity pipeline: a git revision (A, default HEAD) against the working tree (B).
// Runs `analyzeDocument` over the 10 MB synthetic corpus of `npm run bench entities`, alternating A and B
// processes, and prints each run's best per-pass CPU time. On a shared machine compare the alternating
// runs, not absolute figures. Use it for every new rule: the pipeline target is 10 MB/s.
// Usage: node scripts/pipeline-ab.mjs [rounds=3] [revision=HEAD]
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const rounds = Number(process.argv[2] ?? 3);
const revision = process.argv[3] ?? 'HEAD';
const root = new URL('..', import.meta.url).pathname;
const entry = `
import { analyzeDocument } from './src/core/analyze';
import { builtinEntityList } from './src/core/kb/builtin';
import { KnowledgeBase } from './src/core/kb/knowledgeBase';
import { syntheticCorpus, syntheticEntities } from './bench/lib/corpusGen';
const ents = [...builtinEntityList(), ...syntheticEntities(5000)];
const docs = syntheticCorpus(ents, 10_000_000);
const kb = new KnowledgeBase(ents).warm();
analyzeDocument(docs[0], { kb });
let best = Infinity;
for (let p = 0; p < 4; p++) {
  const c = process.cpuUsage();
  for (const d of docs) analyzeDocument(d, { kb });
  const u = process.cpuUsage(c);
  if (p > 0) best = Math.min(best, (u.user + u.system) / 1000);
}
console.log(Math.round(best));`;

const dir = mkdtempSync(join(tmpdir(), 'pipeline-ab-'));
const base = join(dir, 'base');
try {
  execFileSync('git', ['worktree', 'add', '-q', '-f', base, revision], { cwd: root, stdio: 'ignore' });
  symlinkSync(join(root, 'node_modules'), join(base, 'node_modules'));
  const bundle = async (from, out) => esbuild.build({
    stdin: { contents: entry, loader: 'ts', resolveDir: from }, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', outfile: out, logLevel: 'warning', charset: 'utf8',
  });
  await bundle(base, join(dir, 'a.cjs'));
  await bundle(root, join(dir, 'b.cjs'));
  const a = [];
  const b = [];
  for (let r = 0; r < rounds; r++) {
    a.push(Number(execFileSync(process.execPath, [join(dir, 'a.cjs')]).toString().trim()));
    b.push(Number(execFileSync(process.execPath, [join(dir, 'b.cjs')]).toString().trim()));
  }
  const med = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  console.log(`A (${revision}): ${a.join(' ')} ms   B (working tree): ${b.join(' ')} ms   (CPU per 10 MB pass, lower is better)`);
  console.log(`B/A (medians): ${(med(b) / med(a)).toFixed(3)}`);
} finally {
  try { execFileSync('git', ['worktree', 'remove', '--force', base], { cwd: root, stdio: 'ignore' }); } catch { /* already gone */ }
  rmSync(dir, { recursive: true, force: true });
}
