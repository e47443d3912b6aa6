/**
 * The sidebar's indexing path without VS Code: the worker pool (dist/indexWorker.js, real threads)
 * and the sliced application of its batches on the host thread.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CorpusIndex } from '../../../../src/core/index/corpusIndex';
import { stampOf, type ArticleEntry } from '../../../../src/core/index/types';
import { SlicedApplier } from '../../../../src/extension/sidebar/indexer/applier';
import { IndexWorkerPool } from '../../../../src/extension/sidebar/indexer/client';
import type { WorkItem } from '../../../../src/extension/sidebar/indexer/protocol';

// dist/test/unit/core/index -> dist/indexWorker.js
const WORKER = resolve(__dirname, '..', '..', '..', '..', 'indexWorker.js');
const TEXT = 'नई दिल्ली: रक्षा मंत्री राजनाथ सिंह ने मंगलवार को मॉस्को में रूस के राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।';

describe('sidebar indexer: worker pool and sliced application', function () {
  this.timeout(60_000);
  let dir = '';
  let pool: IndexWorkerPool;

  before(function () {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: build with node scripts/build.mjs --tests`);
    dir = mkdtempSync(join(tmpdir(), 'na-indexer-'));
    pool = new IndexWorkerPool(WORKER, 2);
  });
  after(() => {
    pool?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function files(n: number, extra: Record<string, string | Buffer> = {}): WorkItem[] {
    const items: WorkItem[] = [];
    for (let i = 0; i < n; i++) {
      writeFileSync(join(dir, `a${i}.txt`), `${TEXT}\n${i}`);
      items.push({ id: `a${i}.txt`, file: join(dir, `a${i}.txt`) });
    }
    for (const [name, content] of Object.entries(extra)) {
      writeFileSync(join(dir, name), content);
      items.push({ id: name, file: join(dir, name) });
    }
    return items;
  }

  it('indexes files in worker threads, reports bad files, and re-reads nothing unchanged', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    const items = files(6, { 'bin.txt': Buffer.from([0x41, 0x00, 0x42]), 'bom.txt': bom });
    items.push({ id: 'gone.txt', file: join(dir, 'gone.txt') });
    const got = new Map<string, ArticleEntry>();
    const missing: string[] = [];
    const r = await pool.run({ items, onBatch: (b) => { for (const e of b.entries) got.set(e.path, e); missing.push(...b.missing.map((m) => m.id)); } });
    assert.equal(r.analysed, 8);
    assert.deepEqual(missing, ['gone.txt']);
    assert.match(got.get('bin.txt')!.error!, /binary/);
    const bomEntry = got.get('bom.txt')!;
    assert.equal(bomEntry.length, TEXT.length, 'the BOM is not part of the text');
    for (const m of bomEntry.mentions) assert.equal(TEXT.slice(m.start, m.end), m.text, 'offsets point into the text without the BOM');
    assert.ok(got.get('a0.txt')!.mentions.some((m) => m.label === 'PERSON'), 'the analyser ran');
    const again = await pool.run({ items: items.map((it) => ({ ...it, cached: got.get(it.id) })), onBatch: () => undefined });
    assert.equal(again.analysed, 0);
    assert.equal(again.reused, 8);
  });

  it('re-analyses an unchanged article when its annotation file or done flag changed', async () => {
    const items = files(2);
    const ann = join(dir, 'a0.ann.json');
    writeFileSync(ann, '{"not": "an annotation file"}');
    items[0].annotationsFile = ann;
    const got = new Map<string, ArticleEntry>();
    const collect = (b: { entries: ArticleEntry[] }) => { for (const e of b.entries) got.set(e.path, e); };
    await pool.run({ items, onBatch: collect });
    assert.equal(typeof got.get('a0.txt')!.annotationsMtime, 'number');
    const stamped = () => items.map((it) => ({ ...it, cached: stampOf(got.get(it.id)!) }));
    assert.equal((await pool.run({ items: stamped(), onBatch: collect })).analysed, 0);
    const later = new Date(Date.now() + 5000);
    utimesSync(ann, later, later);
    assert.equal((await pool.run({ items: stamped(), onBatch: collect })).analysed, 1, 'annotation file changed');
    const done = stamped();
    done[1].done = true;
    assert.equal((await pool.run({ items: done, onBatch: collect })).analysed, 1, 'done flag changed');
    assert.equal(got.get('a1.txt')!.done, true);
  });

  it('stops when cancelled', async () => {
    const items = files(400);
    let cancel: (() => void) | undefined;
    let seen = 0;
    const r = await pool.run({ items, batchSize: 5, onCancel: (c) => { cancel = c; }, onBatch: (b) => { seen += b.entries.length; if (seen >= 10) cancel?.(); } });
    assert.equal(r.cancelled, true);
    assert.ok(r.processed < 400, `processed ${r.processed}`);
  });

  it('applies queued entries in slices and drains', async () => {
    const index = new CorpusIndex();
    const sizes: number[] = [];
    const applier = new SlicedApplier<ArticleEntry>((entries) => { sizes.push(entries.length); index.upsert(entries); }, 5, 3);
    const entries: ArticleEntry[] = Array.from({ length: 50 }, (_, i) => ({ path: `x${i}`, sha256: '', mtime: 0, size: 0, length: 0, mentions: [], meetings: [], annotated: false, done: false, pending: 0 }));
    applier.push(entries.slice(0, 20));
    applier.push(entries.slice(20));
    assert.equal(index.size, 0, 'nothing is applied synchronously');
    await applier.drain();
    assert.equal(index.size, 50);
    assert.ok(sizes.every((n) => n <= 3));
    assert.equal(applier.pending, 0);
  });
});
