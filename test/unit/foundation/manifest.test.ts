import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandId } from '../../../src/extension/commandIds';

const ROOT = join(__dirname, '..', '..', '..', '..');

interface Manifest {
  name: string;
  displayName: string;
  engines: { vscode: string };
  activationEvents?: string[];
  devDependencies: Record<string, string>;
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    configuration: { properties: Record<string, { default?: unknown; description?: string; markdownDescription?: string }> }
      | { properties: Record<string, { default?: unknown; description?: string; markdownDescription?: string }> }[];
    colors: { id: string; description: string; defaults: Record<string, string> }[];
    viewsContainers: { activitybar: { id: string; icon: string }[] };
    languages: { id: string; configuration?: string }[];
    grammars: { language: string; path: string }[];
  };
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;

function settings() {
  const conf = pkg.contributes.configuration;
  return (Array.isArray(conf) ? conf : [conf]).flatMap((c) => Object.entries(c.properties));
}

/** Compare "major.minor" of a semver-ish version. */
function minor(v: string): [number, number] {
  const m = /(\d+)\.(\d+)/.exec(v);
  assert.ok(m, `version ${v}`);
  return [Number(m[1]), Number(m[2])];
}

describe('foundation: package.json manifest', () => {
  it('contributes exactly the commands of the CommandId enum', () => {
    const contributed = pkg.contributes.commands.map((c) => c.command).sort();
    const declared = Object.values(CommandId).sort();
    assert.deepEqual(contributed, declared);
    assert.equal(new Set(contributed).size, contributed.length, 'no duplicate command ids');
  });

  it('gives every command the "News Annotator" category, a title and a newsAnnotator.* id', () => {
    for (const c of pkg.contributes.commands) {
      assert.equal(c.category, 'News Annotator', `${c.command} category`);
      assert.ok(c.title && c.title.trim().length > 0, `${c.command} has a title`);
      assert.match(c.command, /^newsAnnotator\.[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/, `${c.command} naming`);
    }
  });

  it('gives every setting a newsAnnotator.* key, a default and a description', () => {
    const all = settings();
    assert.ok(all.length > 0);
    for (const [key, s] of all) {
      assert.match(key, /^newsAnnotator\./, key);
      assert.ok('default' in s, `${key} has a default`);
      assert.ok((s.description ?? s.markdownDescription ?? '').trim().length > 0, `${key} has a description`);
    }
  });

  it('gives every colour dark, light and high-contrast defaults and a description', () => {
    assert.ok(pkg.contributes.colors.length > 0);
    for (const c of pkg.contributes.colors) {
      assert.match(c.id, /^newsAnnotator\./, c.id);
      assert.ok(c.description.trim().length > 0, `${c.id} description`);
      for (const theme of ['dark', 'light', 'highContrast']) {
        assert.ok(c.defaults[theme], `${c.id} has a ${theme} default`);
      }
    }
  });

  it('has no "*" activation event (activation is implicit or by workspace contents)', () => {
    const events = pkg.activationEvents ?? [];
    assert.ok(!events.includes('*'), 'activationEvents contains "*"');
    for (const e of events) assert.ok(!e.startsWith('onCommand:'), `${e} is implicit since VS Code 1.74`);
  });

  it('targets a VS Code the offline host (1.139) can run, with @types/vscode no newer than engines', () => {
    assert.equal(pkg.name, 'news-annotator');
    assert.equal(pkg.displayName, 'News Annotator');
    const engine = minor(pkg.engines.vscode);
    assert.ok(engine[0] === 1 && engine[1] <= 139, `engines.vscode ${pkg.engines.vscode} must be at most ^1.139.0`);
    const types = minor(pkg.devDependencies['@types/vscode']);
    assert.ok(types[0] === 1 && types[1] <= engine[1], `@types/vscode ${pkg.devDependencies['@types/vscode']} newer than engines`);
    assert.match(pkg.devDependencies['@types/vscode'], /^\d/, '@types/vscode is pinned');
  });

  it('points at files that exist: view container icon, language configuration, grammar', () => {
    for (const c of pkg.contributes.viewsContainers.activitybar) {
      assert.ok(existsSync(join(ROOT, c.icon)), `${c.icon} exists`);
      const svg = readFileSync(join(ROOT, c.icon), 'utf8');
      assert.match(svg, /viewBox="0 0 24 24"/, 'icon is 24x24');
      assert.match(svg, /currentColor/, 'icon is monochrome (currentColor)');
      assert.doesNotMatch(svg, /#[0-9a-fA-F]{3,8}\b/, 'icon has no fixed colours');
    }
    for (const l of pkg.contributes.languages) if (l.configuration) assert.ok(existsSync(join(ROOT, l.configuration)), l.configuration);
    for (const g of pkg.contributes.grammars) assert.ok(existsSync(join(ROOT, g.path)), g.path);
  });
});
