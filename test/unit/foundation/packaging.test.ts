import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');
const VSCE = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

/** What may go into the .vsix: the bundles, media, grammar, translations and package metadata. */
const ALLOWED = /^(dist\/[^/]+\.js|media\/.+|syntaxes\/.+|l10n\/.+|package\.json|package\.nls(\.[\w-]+)?\.json|README\.md|CHANGELOG\.md|LICENSE)$/;

describe('foundation: packaging (.vscodeignore)', function () {
  this.timeout(60_000);
  let files: string[];

  before(function () {
    // `vsce ls` lists exactly what `vsce package` would put in the .vsix (offline, no build needed beyond dist/).
    const r = spawnSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', input: '', timeout: 50_000 });
    assert.equal(r.status, 0, `vsce ls failed: ${r.stderr}`);
    files = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  });

  it('packages the extension and CLI bundles, icon, grammar and metadata', () => {
    for (const f of ['package.json', 'dist/extension.js', 'dist/cli.js', 'media/news-annotator.svg',
      'syntaxes/news-article.tmLanguage.json', 'syntaxes/language-configuration.json', 'LICENSE', 'CHANGELOG.md']) {
      assert.ok(files.includes(f), `${f} is packaged (got: ${files.join(', ')})`);
    }
  });

  it('packages nothing else: no node_modules, sources, tests, source maps or test output', () => {
    const unexpected = files.filter((f) => !ALLOWED.test(f));
    assert.deepEqual(unexpected, []);
    for (const f of files) {
      assert.doesNotMatch(f, /(^|\/)(node_modules|src|test|test-output|\.cache|bench|demo-corpus|scripts)\//, f);
      assert.doesNotMatch(f, /\.(map|ts|vsix)$/, f);
    }
  });
});
