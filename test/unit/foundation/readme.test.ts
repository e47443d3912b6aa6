import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('has the two commands of a fresh machine', () => {
    assert.match(readme, /^bash scripts\/setup.sh && npm run demo/m);
    assert.match(readme, /^npm test\b/m);
  });

  it("lists every contributed command and setting (tables generated from package.json)", () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'readme-tables.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr || r.stdout);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
    for (const c of pkg.contributes.commands) assert.ok(readme.includes(`\`${c.command}\``), `README lacks ${c.command}`);
  });

  it('links only to files that exist', () => {
    for (const m of readme.matchAll(/\]\(((?!https?:)[^)#\s]+)\)/g)) {
      assert.doesNotThrow(() => readFileSync(join(ROOT, m[1])), `README links to missing ${m[1]}`);
    }
  });
});
