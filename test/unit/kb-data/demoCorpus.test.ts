import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import people from '../../../src/core/kb/data/people.json';
import places from '../../../src/core/kb/data/places.json';
import organisations from '../../../src/core/kb/data/organisations.json';
import equipment from '../../../src/core/kb/data/equipment.json';
import events from '../../../src/core/kb/data/events.json';
import ambiguous from '../../../src/core/kb/data/ambiguous.json';
import { aliasCollisions, validateEntities, type RawEntity } from './validate';

/** The repository root: the nearest folder above this test (normally dist/test/unit/kb-data) with the project's package.json. */
function findRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"news-annotator"/.test(readFileSync(pkg, 'utf8'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
const ROOT = findRoot();
const DEMO = join(ROOT, 'demo-corpus');
const SAMPLES = resolve(ROOT, '..', 'shared', 'corpus');

const BUILTIN = ([people, places, organisations, equipment, events] as unknown as { entities: RawEntity[] }[]).flatMap((f) => f.entities);
const builtinById = new Map(BUILTIN.map((e) => [e.id, e]));

function articles(): string[] {
  return readdirSync(DEMO).filter((f) => f.endsWith('.txt')).sort();
}

/** Whole-word occurrence: no letter or combining mark on either side (Devanagari-aware, unlike \b). */
function containsWord(text: string, alias: string): boolean {
  let from = 0;
  for (;;) {
    const i = text.indexOf(alias, from);
    if (i < 0) return false;
    const before = text.slice(0, i).match(/[\p{L}\p{M}\p{N}]$/u);
    const after = text.slice(i + alias.length).match(/^[\p{L}\p{M}\p{N}]/u);
    if (!before && !after) return true;
    from = i + 1;
  }
}

describe('demo corpus', () => {
  it('has 5 or 6 articles, UTF-8, LF only, no BOM, NFC, non-empty', () => {
    const files = articles();
    assert.ok(files.length >= 5 && files.length <= 6, files.join(', '));
    for (const f of files) {
      const bytes = readFileSync(join(DEMO, f));
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      assert.ok(text.length > 500, `${f} is too short`);
      assert.ok(!text.includes('\r'), `${f} has CR`);
      assert.notEqual(text.charCodeAt(0), 0xfeff, `${f} has a BOM`);
      assert.equal(text, text.normalize('NFC'), `${f} is not NFC`);
    }
  });

  it('every article has site noise at the top or the end', () => {
    const noise = /ये भी पढ़ें|Latest News|Recent Posts|Trending Videos|^Home\b|^होम »|^मुख्य पृष्ठ|^ताज़ा खबरें/mu;
    for (const f of articles()) assert.match(readFileSync(join(DEMO, f), 'utf8'), noise, f);
  });

  it('covers the genre: a Hindi dateline, an English article, a tweet trailer, future tense, Devanagari digits', () => {
    const all = articles().map((f) => readFileSync(join(DEMO, f), 'utf8'));
    assert.ok(all.some((t) => /^नई दिल्ली।/mu.test(t)));
    assert.ok(all.some((t) => !/[\u0900-\u097F]/u.test(t)), 'no English-only article');
    assert.ok(all.some((t) => /^— .+ \(@\w+\) [A-Z][a-z]+ \d{1,2}, \d{4}$/mu.test(t)), 'no tweet trailer');
    assert.ok(all.some((t) => /फोन पर/u.test(t) && /करेंगे|होगी/u.test(t)), 'no call with a planned meeting');
    assert.ok(all.some((t) => /[०-९]{4}/u.test(t)), 'no Devanagari digits');
  });

  it('each article names at least five knowledge-base entities (whole words)', () => {
    for (const f of articles()) {
      const text = readFileSync(join(DEMO, f), 'utf8');
      const found = new Set(BUILTIN.filter((e) => e.aliases.some((a) => containsWord(text, a))).map((e) => e.id));
      assert.ok(found.size >= 5, `${f}: only ${[...found].join(', ')}`);
    }
  });

  it('is not copied from the sample corpus', function () {
    if (!existsSync(SAMPLES)) {
      this.skip(); // the sample corpus lives outside the repo; nothing to compare with here
    }
    const sampleText = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SAMPLES, f), 'utf8')).join('\n');
    for (const f of articles()) {
      const text = readFileSync(join(DEMO, f), 'utf8');
      // no 60-character run of an article appears in the samples
      for (let i = 0; i + 60 <= text.length; i += 20) {
        const chunk = text.slice(i, i + 60);
        assert.ok(!sampleText.includes(chunk), `${f} shares "${chunk}" with the sample corpus`);
      }
    }
  });
});

describe('demo workspace knowledge base (.news-annotator/entities.json)', () => {
  let file: { version: number; entities: RawEntity[] };
  before(() => {
    file = JSON.parse(readFileSync(join(DEMO, '.news-annotator', 'entities.json'), 'utf8')) as typeof file;
  });

  it('is version 1 with new entities that pass the data rules', () => {
    assert.equal(file.version, 1);
    const fresh = file.entities.filter((e) => !builtinById.has(e.id));
    assert.ok(fresh.length >= 2);
    assert.deepEqual(validateEntities(fresh, 'entities.json'), []);
  });

  it('extensions of built-in entities keep the label and add new aliases only', () => {
    const ext = file.entities.filter((e) => builtinById.has(e.id));
    assert.ok(ext.length >= 1);
    for (const e of ext) {
      const base = builtinById.get(e.id)!;
      assert.equal(e.label, base.label);
      for (const a of e.aliases) {
        assert.equal(a, a.normalize('NFC').trim());
        assert.ok(!base.aliases.includes(a), `${e.id}: "${a}" is already built in`);
      }
    }
  });

  it('adds no alias that names a different built-in entity', () => {
    const merged = new Map(BUILTIN.map((e) => [e.id, { ...e, aliases: [...e.aliases] }]));
    for (const e of file.entities) {
      const prev = merged.get(e.id);
      if (prev) prev.aliases.push(...e.aliases);
      else merged.set(e.id, e);
    }
    assert.deepEqual(aliasCollisions([...merged.values()], ambiguous.sharedAliases as Record<string, string[]>), []);
  });

  it('its fictional entities appear in the demo articles', () => {
    const text = articles().map((f) => readFileSync(join(DEMO, f), 'utf8')).join('\n');
    for (const e of file.entities.filter((x) => !builtinById.has(x.id))) {
      assert.ok(e.aliases.some((a) => containsWord(text, a)), `${e.id} does not appear`);
    }
  });
});
