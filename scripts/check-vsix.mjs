#!/usr/bin/env node
// Build the .vsix (`npm run package`: production bundles + vsce) and check what it holds: only the runtime
// files (bundles, media, grammar, metadata), never node_modules, sources, tests or source maps.
// Usage: node scripts/check-vsix.mjs [path/to/file.vsix]   (without a path: packages first)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const REQUIRED = ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/cli.js', 'extension/media/news-annotator.svg',
  'extension/syntaxes/news-article.tmLanguage.json', 'extension/syntaxes/language-configuration.json', 'extension/LICENSE.txt', 'extension/changelog.md',
  'extension.vsixmanifest', '[Content_Types].xml'];
if (existsSync(join(ROOT, 'README.md'))) REQUIRED.push('extension/readme.md');
const ALLOWED = /^(extension\.vsixmanifest|\[Content_Types\]\.xml|extension\/(dist\/[^/]+\.js|media\/.+|syntaxes\/.+|l10n\/.+|package\.json|package\.nls(\.[\w-]+)?\.json|readme\.md|changelog\.md|LICENSE\.txt))$/i;

/** File names from a zip's central directory (no unzip needed). */
function zipEntries(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory entry');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const size = buf.readUInt32LE(p + 24);
    names.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

let vsix = process.argv[2];
if (!vsix) {
  const r = spawnSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) { console.error('check-vsix: npm run package failed'); process.exit(1); }
  const built = readdirSync(ROOT).filter((f) => f.endsWith('.vsix')).map((f) => join(ROOT, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  vsix = built[0];
  if (!vsix) { console.error('check-vsix: no .vsix was produced'); process.exit(1); }
}
const entries = zipEntries(readFileSync(vsix));
console.log(`${vsix}: ${entries.length} files, ${Math.round(statSync(vsix).size / 1024)} KiB`);
for (const e of entries) console.log(`  ${String(e.size).padStart(9)}  ${e.name}`);
const names = entries.map((e) => e.name);
const problems = [
  ...REQUIRED.filter((f) => !names.some((n) => n.toLowerCase() === f.toLowerCase())).map((f) => `missing ${f}`),
  ...names.filter((f) => !ALLOWED.test(f)).map((f) => `unexpected ${f}`),
  ...names.filter((f) => /node_modules\/|\/src\/|\/test\/|\.map$|\.ts$/.test(f)).map((f) => `forbidden ${f}`),
];
if (problems.length) {
  console.error(`check-vsix: FAILED\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('check-vsix: ok (bundles, media, grammar and metadata only)');
