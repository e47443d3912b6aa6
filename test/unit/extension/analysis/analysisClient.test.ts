/**
 * The editor's analysis worker without VS Code: real worker threads (dist/analysisWorker.js, built with
 * the tests), results equal to in-process analysis, workspace entities reaching the worker's knowledge
 * base, small texts in-process, a worker that cannot start falling back to in-process analysis, and
 * annotation files rendered and read there, and the warm-up (AnalysisClient.warmUp).
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { analyzeDocument } from '../../../../src/core/analyze';
import { AnnotationFormatError, suggestionsFromEntities, type AnnotationSpan } from '../../../../src/core/annotations';
import type { KbEntity } from '../../../../src/core/model';
import { loadAnnotationFile, renderAnnotationFile } from '../../../../src/extension/analysis/annotationFile';
import { AnalysisClient, IN_PROCESS_BELOW, LOAD_IN_WORKER_CHARS } from '../../../../src/extension/analysis/client';

// dist/test/unit/extension/analysis -> dist/analysisWorker.js
const WORKER = resolve(__dirname, '..', '..', '..', '..', 'analysisWorker.js');

const ARTICLE = [
  'नई दिल्ली में रक्षा मंत्री राजनाथ सिंह ने मंगलवार को रूस के रक्षा मंत्री से मुलाकात की।',
  'विदेश मंत्री एस जयशंकर 10 दिसंबर 2024 को मॉस्को पहुंचे और सर्गेई लावरोव से बातचीत की।',
  'Officials said Prime Minister Narendra Modi will travel to Kazan for the BRICS summit next week.',
].join('\n');

const EXTRA: KbEntity[] = [{ id: 'test:zorbania', label: 'LOCATION', name: { en: 'Zorbania' }, aliases: ['Zorbania', 'ज़ोरबानिया'] }];

describe('AnalysisClient (worker thread)', () => {
  let client: AnalysisClient | undefined;
  afterEach(() => client?.dispose());

  it('returns what the core returns in-process', async () => {
    let local = 0;
    client = new AnalysisClient({ workerFile: WORKER, inProcess: (t) => (local++, analyzeDocument(t)), inProcessBelow: 0 });
    const got = await client.analyze(ARTICLE);
    assert.equal(local, 0);
    assert.equal(client.workerRuns, 1);
    assert.ok(got.entities.length > 3, 'entities found');
    assert.deepEqual(got, analyzeDocument(ARTICLE));
  });

  it('passes workspace entities to the worker and follows their changes', async () => {
    client = new AnalysisClient({ workerFile: WORKER, inProcess: (t) => analyzeDocument(t), inProcessBelow: 0 });
    const text = `${ARTICLE}\nThe minister later flew to Zorbania for talks.`;
    const without = await client.analyze(text, []);
    assert.ok(!without.entities.some((e) => e.text === 'Zorbania'));
    const withExtra = await client.analyze(text, EXTRA);
    const hit = withExtra.entities.find((e) => e.text === 'Zorbania');
    assert.ok(hit, 'the workspace entity is matched');
    assert.equal(hit.entityId, 'test:zorbania');
    assert.equal(text.slice(hit.start, hit.end), 'Zorbania');
    const again = await client.analyze(text, []);
    assert.ok(!again.entities.some((e) => e.text === 'Zorbania'), 'removed entities are gone again');
    assert.equal(client.workerRuns, 3);
  });

  it('analyses small texts in-process', async () => {
    client = new AnalysisClient({ workerFile: WORKER, inProcess: (t) => analyzeDocument(t), inProcessBelow: 10_000 });
    assert.equal(client.usesWorker(ARTICLE), false);
    const got = await client.analyze(ARTICLE);
    assert.equal(client.inProcessRuns, 1);
    assert.equal(client.workerRuns, 0);
    assert.deepEqual(got, analyzeDocument(ARTICLE));
  });

  it('answers concurrent requests each with its own result', async () => {
    client = new AnalysisClient({ workerFile: WORKER, inProcess: (t) => analyzeDocument(t), inProcessBelow: 0 });
    const texts = [ARTICLE, 'राजनाथ सिंह ने कहा।', 'Narendra Modi met Vladimir Putin in Moscow.'];
    const got = await Promise.all(texts.map((t) => client!.analyze(t)));
    got.forEach((g, i) => assert.deepEqual(g, analyzeDocument(texts[i])));
  });

  it('falls back to in-process analysis when the worker cannot start', async () => {
    const errors: Error[] = [];
    client = new AnalysisClient({ workerFile: resolve(__dirname, 'no-such-worker.js'), inProcess: (t) => analyzeDocument(t), inProcessBelow: 0, onWorkerError: (e) => errors.push(e) });
    const got = await client.analyze(ARTICLE);
    assert.deepEqual(got, analyzeDocument(ARTICLE));
    assert.equal(errors.length, 1);
    assert.equal(client.inProcessRuns, 1);
    assert.equal(client.usesWorker('x'.repeat(100_000)), false, 'no new worker after a failure');
  });
});

describe('AnalysisClient.render (annotation files on the worker)', () => {
  const spansOf = (text: string): AnnotationSpan[] => suggestionsFromEntities(analyzeDocument(text).entities, 'news-annotator', '2024-12-10T00:00:00.000Z');

  it('renders on the worker exactly what is rendered in-process, and after disposal still renders', async () => {
    const text = `😀 ${ARTICLE}\n`.repeat(400); // > 16,000 UTF-16 units: the worker
    const spans = spansOf(text);
    assert.ok(spans.length > 1000);
    const client = new AnalysisClient({ workerFile: WORKER, inProcess: (t) => analyzeDocument(t) });
    try {
      const got = await client.render('dir/a.article', text, spans);
      const want = renderAnnotationFile('dir/a.article', text, spans);
      assert.equal(Buffer.from(got.bytes).toString('utf8'), Buffer.from(want.bytes).toString('utf8'));
      assert.equal(got.hash, want.hash);
      assert.equal(client.workerRenders, 1);
      assert.equal(got.hash, createHash('sha256').update(Buffer.from(got.bytes)).digest('hex'));
      const file = JSON.parse(Buffer.from(got.bytes).toString('utf8')) as { offsets: string; spans: { start: number }[] };
      assert.equal(file.offsets, 'codepoint');
      assert.equal(file.spans.length, spans.length);
      assert.equal(file.spans[0].start, [...text.slice(0, spans[0].start)].length, 'code point offsets');
    } finally {
      client.dispose();
    }
    const after = await client.render('dir/a.article', text, spans);
    assert.equal(after.hash, renderAnnotationFile('dir/a.article', text, spans).hash);
  });
});

describe('AnalysisClient.load (large annotation files read on the worker)', () => {
  it('reads what is read in-process, re-anchored to the current text; an invalid file is an AnnotationFormatError', async () => {
    const text = `😀 ${ARTICLE}\n`.repeat(400);
    const spans = suggestionsFromEntities(analyzeDocument(text).entities, 'news-annotator', '2024-12-10T00:00:00.000Z');
    const content = Buffer.from(renderAnnotationFile('dir/a.article', text, spans).bytes).toString('utf8');
    assert.ok(content.length >= LOAD_IN_WORKER_CHARS, 'large enough for the worker');
    const changed = `नया शीर्षक\n${text}`; // the article changed since the file was written
    const client = new AnalysisClient({ workerFile: WORKER, inProcess: (t) => analyzeDocument(t) });
    try {
      const got = await client.load(content, changed);
      assert.equal(client.workerLoads, 1);
      assert.deepEqual(got, loadAnnotationFile(content, changed));
      assert.equal(got.spans.length, spans.length);
      assert.ok(got.moved > 0);
      assert.ok(got.spans.every((s) => changed.slice(s.start, s.end) === s.text));
      const broken = content.replace('"offsets": "codepoint"', '"offsets": "bytes"') + ' '.repeat(LOAD_IN_WORKER_CHARS);
      await assert.rejects(client.load(broken, text), (err: Error) => err instanceof AnnotationFormatError && /offsets/.test(err.message));
      assert.equal(client.workerLoads, 1);
    } finally {
      client.dispose();
    }
  });
});

describe('AnalysisClient.warmUp (worker warm-up before the first article)', () => {
  const BIG = `😀 ${ARTICLE}\n`.repeat(200); // > IN_PROCESS_BELOW UTF-16 units: the worker
  let client: AnalysisClient | undefined;
  afterEach(() => client?.dispose());

  it('resolves when the worker is warm; a large text then goes to that worker and gives the in-process entities', async () => {
    assert.ok(BIG.length >= IN_PROCESS_BELOW);
    let local = 0;
    client = new AnalysisClient({ workerFile: WORKER, inProcess: (t) => (local++, analyzeDocument(t)) });
    const warm = await client.warmUp([], [{ count: 3, size: 2_000 }, { count: 1, size: 10_000 }]);
    assert.ok(warm, 'the worker answered');
    assert.equal(warm.passes, 4);
    assert.equal(warm.superseded, false);
    assert.ok(warm.ms >= warm.kbMs && warm.maxPassMs > 0);
    assert.equal(client.workerRuns, 0, 'a warm-up is not an analysis');
    const got = await client.analyze(BIG);
    assert.equal(client.workerRuns, 1);
    assert.equal(local, 0);
    assert.ok(got.entities.length > 100);
    assert.deepEqual(got.entities, analyzeDocument(BIG).entities);
  });

  it('builds the knowledge base with the workspace entities, which analyses then use', async () => {
    client = new AnalysisClient({ workerFile: WORKER, inProcess: (t) => analyzeDocument(t), inProcessBelow: 0 });
    const warm = await client.warmUp(EXTRA, [{ count: 1, size: 2_000 }]);
    assert.ok(warm && warm.passes === 1);
    const hit = (await client.analyze(`${ARTICLE}\nThe minister later flew to Zorbania.`, EXTRA)).entities.find((e) => e.text === 'Zorbania');
    assert.equal(hit?.entityId, 'test:zorbania');
  });

  it('lets an analysis that arrives meanwhile go first and stops there', async () => {
    client = new AnalysisClient({ workerFile: WORKER, inProcess: (t) => analyzeDocument(t), inProcessBelow: 0 });
    const warming = client.warmUp([], [{ count: 10_000, size: 2_000 }]); // minutes if it ran to the end
    const got = await client.analyze(ARTICLE);
    assert.deepEqual(got, analyzeDocument(ARTICLE));
    const warm = await warming;
    assert.ok(warm, 'the warm-up answered');
    assert.equal(warm.superseded, true);
    assert.ok(warm.passes < 10_000);
  });

  it('does not throw when the worker cannot start or the client is disposed', async () => {
    const errors: Error[] = [];
    client = new AnalysisClient({ workerFile: resolve(__dirname, 'no-such-worker.js'), inProcess: (t) => analyzeDocument(t), onWorkerError: (e) => errors.push(e) });
    assert.equal(await client.warmUp(), undefined);
    assert.equal(errors.length, 1, 'the failure is reported once');
    assert.equal(await client.warmUp(), undefined, 'no new worker after a failure');
    assert.deepEqual(await client.analyze(BIG), analyzeDocument(BIG), 'analyses still work, in-process');
    assert.equal(client.inProcessRuns, 1);
    const disposed = new AnalysisClient({ workerFile: WORKER, inProcess: (t) => analyzeDocument(t) });
    disposed.dispose();
    assert.equal(await disposed.warmUp(), undefined);
  });
});
