#!/usr/bin/env node
// Regenerates the commands and settings tables of README.md from package.json (between the
// `<!-- commands:start -->`/`<!-- commands:end -->` and `<!-- settings:... -->` markers).
// `node scripts/readme-tables.mjs --check` exits 1 when README.md is out of date (a unit test runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function commandsTable() {
  const keys = new Map();
  for (const kb of pkg.contributes.keybindings ?? []) {
    const list = keys.get(kb.command) ?? [];
    const k = kb.mac && kb.mac !== kb.key ? `${kb.key} (mac: ${kb.mac})` : kb.key;
    if (!list.includes(k)) list.push(k);
    keys.set(kb.command, list);
  }
  const rows = pkg.contributes.commands.map((c) =>
    `| ${cell(c.title)} | \`${c.command}\` | ${(keys.get(c.command) ?? []).map((k) => `\`${k}\``).join(', ')} |`);
  return ['| Command (category "News Annotator") | Id | Keys |', '| --- | --- | --- |', ...rows].join('\n');
}

function settingsTable() {
  const props = pkg.contributes.configuration.properties;
  const rows = Object.entries(props).map(([id, p]) =>
    `| \`${id}\` | \`${JSON.stringify(p.default)}\` | ${cell(p.description ?? p.markdownDescription ?? '')} |`);
  return ['| Setting | Default | What it does |', '| --- | --- | --- |', ...rows].join('\n');
}

function replaceBetween(text, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md lacks the ${start} ... ${end} markers`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

const next = replaceBetween(replaceBetween(readme, 'commands', commandsTable()), 'settings', settingsTable());
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md tables are out of date: run `node scripts/readme-tables.mjs`');
    process.exit(1);
  }
  console.log('README.md tables are up to date');
} else if (next !== readme) {
  writeFileSync(readmePath, next);
  console.log('README.md tables updated');
}
