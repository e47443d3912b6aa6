// Output lock for the entity pipeline: runs analyzeDocument over every available article
// (test/fixtures/eval, test/fixtures/eval-holdout, demo-corpus, ../shared/corpus when present) and a
// 2 MB slice of the synthetic benchmark corpus, and writes or compares the JSON of every analysis.
// Use it around a performance change: the output must stay byte-identical.
// Usage: node scripts/entity-lock.mjs save <file.json> | node scripts/entity-lock.mjs check <file.json>
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [mode, file] = process.argv.slice(2);
if (!['save', 'check'].includes(mode) || !file) {
  console.error('usage: node scripts/entity-lock.mjs save|check <file.json>');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const entry = `
import { analyzeDocument } from './src/core/analyze';
import { builtinEntityList, createKnowledgeBase } from './src/core/kb/builtin';
import { KnowledgeBase } from './src/core/kb/knowledgeBase';
import { syntheticCorpus, syntheticEntities } from './bench/lib/corpusGen';
export function run(articles: [string, string][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const kb = createKnowledgeBase([]);
  for (const [name, text] of articles) {
    out[name] = analyzeDocument(text, { kb });
    out[name + '#fresh'] = analyzeDocument(text);
    out[name + '#date'] = analyzeDocument(text, { kb, documentDate: '2024-03-15' });
  }
  const ents = [...builtinEntityList(), ...syntheticEntities(5000)];
  const kb2 = new KnowledgeBase(ents);
  syntheticCorpus(ents, 2_000_000).forEach((d, i) => { out['synthetic#' + i] = analyzeDocument(d, { kb: kb2 }); });
  return out;
}`;
const dir = mkdtempSync(join(tmpdir(), 'entity-lock-'));
const bundle = join(dir, 'lock.cjs');
await esbuild.build({
  stdin: { contents: entry, loader: 'ts', resolveDir: root }, bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', outfile: bundle, logLevel: 'warning', charset: 'utf8',
});
const { run } = createRequire(import.meta.url)(bundle);
rmSync(dir, { recursive: true, force: true });

const dirs = ['test/fixtures/eval', 'test/fixtures/eval-holdout', 'demo-corpus', '../shared/corpus'].map((d) => join(root, d));
const articles = [];
const { readdirSync } = await import('node:fs');
for (const d of dirs) {
  if (!existsSync(d)) continue;
  for (const f of readdirSync(d).sort()) if (f.endsWith('.txt')) articles.push([`${d.slice(root.length)}/${f}`, readFileSync(join(d, f), 'utf8')]);
}
const json = JSON.stringify(run(articles), null, 1);
const count = articles.length;
if (mode === 'save') {
  writeFileSync(file, json);
  console.log(`saved ${count} articles (+ synthetic) to ${file}`);
} else {
  const before = readFileSync(file, 'utf8');
  if (before === json) {
    console.log(`identical: ${count} articles (+ synthetic)`);
  } else {
    const a = JSON.parse(before);
    const b = JSON.parse(json);
    const differ = Object.keys({ ...a, ...b }).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    console.error(`DIFFERENT in ${differ.length} analyses: ${differ.slice(0, 10).join(', ')}`);
    process.exit(1);
  }
}
