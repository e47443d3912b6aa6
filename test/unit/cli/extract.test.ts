import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusJson } from '../../../src/core/corpusFormat';

const CLI = join(__dirname, '..', '..', '..', 'cli.js');

function run(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, 'extract', ...args], { encoding: 'utf8', cwd });
}

const ARTICLE = 'रक्षा मंत्री राजनाथ सिंह ने 10 दिसंबर 2024 को मॉस्को में रूस के राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की। 😀 सिंह ने कहा कि एस-400 की आपूर्ति जारी है।';

/** Code point slice. */
const cpSlice = (s: string, a: number, b: number) => [...s].slice(a, b).join('');

describe('CLI: news-annotator extract', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'na-extract-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the corpus JSON with code point offsets whose text equals the slice', () => {
    mkdirSync(join(dir, 'articles', 'sub'), { recursive: true });
    // an emoji before the entities shifts code points against UTF-16; CRLF is kept; a BOM is an encoding
    // mark, not text (as in VS Code): offsets start after it
    writeFileSync(join(dir, 'articles', 'a.txt'), `\ufeff😀 ${ARTICLE}\r\nदूसरी पंक्ति में नई दिल्ली।`);
    writeFileSync(join(dir, 'articles', 'sub', 'b.md'), 'Defence Minister Rajnath Singh met Vladimir Putin in Moscow on December 10, 2024.');
    writeFileSync(join(dir, 'articles', 'ignored.json'), '{}');
    writeFileSync(join(dir, 'articles', 'README.md'), 'Defence Minister Rajnath Singh met Vladimir Putin: documentation, not an article.');
    const r = run(dir, '--out', 'out.json', 'articles');
    assert.equal(r.status, 0, r.stderr);
    const corpus = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as CorpusJson;
    assert.equal(corpus.format, 'news-annotator-corpus');
    assert.equal(corpus.version, 1);
    assert.equal(corpus.offsets, 'codepoint');
    assert.deepEqual(corpus.documents.map((d) => d.id), ['a.txt', 'sub/b.md']);
    // meetings (filled by the meetings extractor) point at the documents in code points too
    for (const m of corpus.meetings) {
      for (const x of m.mentions) {
        const text = readFileSync(join(dir, 'articles', x.document), 'utf8').replace(/^\ufeff/, '');
        assert.equal(x.text, cpSlice(text, x.start, x.end));
      }
    }
    for (const d of corpus.documents) {
      const text = readFileSync(join(dir, 'articles', d.id), 'utf8').replace(/^\ufeff/, '');
      assert.equal(d.length, [...text].length);
      assert.match(d.sha256, /^[0-9a-f]{64}$/);
      assert.ok(d.entities.length >= 4, `${d.id} has entities`);
      for (const e of d.entities) {
        assert.equal(e.text, cpSlice(text, e.start, e.end), `${d.id} ${e.label} ${e.text}`);
        assert.equal(e.source, 'auto');
        assert.equal(e.status, 'suggested');
        assert.ok(e.confidence > 0 && e.confidence <= 1);
      }
    }
    const a = corpus.documents[0];
    assert.equal(a.entities.find((e) => e.text === 'राजनाथ सिंह')?.start, 2 + 'रक्षा मंत्री '.length, 'offsets start after the BOM');
    const putin = a.entities.find((e) => e.text === 'व्लादिमीर पुतिन')!;
    assert.ok(putin.entityId);
    assert.ok(corpus.entities.some((k) => k.id === putin.entityId && k.aliases.length > 0 && k.name));
    assert.ok(a.entities.some((e) => e.label === 'DATE' && e.date?.value === '2024-12-10'));
  });

  it('reports bad inputs on stderr, keeps going, and exits 1', () => {
    writeFileSync(join(dir, 'good.txt'), ARTICLE);
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    writeFileSync(join(dir, 'big.txt'), 'क'.repeat(4000));
    const r = run(dir, '--max-bytes', '2000', 'good.txt', 'binary.txt', 'latin1.txt', 'big.txt', 'missing.txt');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /binary\.txt: binary file/);
    assert.match(r.stderr, /latin1\.txt: not valid UTF-8 \(at byte 3\)/);
    assert.match(r.stderr, /big\.txt: file too large/);
    assert.match(r.stderr, /missing\.txt: no such file or folder/);
    const corpus = JSON.parse(r.stdout) as CorpusJson;
    assert.deepEqual(corpus.documents.map((d) => d.id), ['good.txt']);
    assert.equal(corpus.errors?.length, 4);
  });

  it('handles an empty file and a file of emoji', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'emoji.txt'), '😀👍🏽\r\n');
    const r = run(dir, 'empty.txt', 'emoji.txt');
    assert.equal(r.status, 0, r.stderr);
    const corpus = JSON.parse(r.stdout) as CorpusJson;
    assert.deepEqual(corpus.documents.map((d) => [d.id, d.length, d.entities.length]), [['emoji.txt', 5, 0], ['empty.txt', 0, 0]]);
  });

  it('merges workspace entities from .news-annotator/entities.json and --kb, and rejects a broken KB file', () => {
    mkdirSync(join(dir, '.news-annotator'));
    writeFileSync(join(dir, '.news-annotator', 'entities.json'), JSON.stringify({ version: 1, entities: [{ id: 'person/test-zorawar', label: 'PERSON', name: { hi: 'ज़ोरावर क़ुरैशी' }, aliases: [] }] }));
    writeFileSync(join(dir, 'a.txt'), 'कल ज़ोरावर क़ुरैशी आए।');
    const r = run(dir, 'a.txt');
    assert.equal(r.status, 0, r.stderr);
    const corpus = JSON.parse(r.stdout) as CorpusJson;
    assert.ok(corpus.documents[0].entities.some((e) => e.entityId === 'person/test-zorawar'));
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    const bad = run(dir, '--kb', 'bad.json', 'a.txt');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /bad\.json is not valid JSON/);
  });

  it('shows help and refuses to run without a path', () => {
    assert.match(run(dir, '--help').stdout, /Usage: news-annotator extract/);
    const r = run(dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /needs at least one PATH/);
  });

  it('keeps only the requested labels', () => {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const r = run(dir, '--labels', 'person,DATE', 'a.txt');
    assert.equal(r.status, 0, r.stderr);
    const labels = new Set((JSON.parse(r.stdout) as CorpusJson).documents[0].entities.map((e) => e.label));
    assert.deepEqual([...labels].sort(), ['DATE', 'PERSON']);
    assert.equal(run(dir, '--labels', ',', 'a.txt').status, 2);
  });
});
