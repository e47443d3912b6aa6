import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../../../src/core/analyze';
import { exportDataset, IMPORT_FORMAT_IDS, bratStem, parseImport, reconcile, type ExportDocument, type ImportFile } from '../../../../src/core/formats';
import { extractMeetings } from '../../../../src/core/meetings';
import { MemoryTarget, ROOT, sha256 } from './helpers';

const CORPUS = join(ROOT, '..', 'shared', 'corpus');

describe('dataset formats on the real sample corpus (../shared/corpus)', function () {
  this.timeout(60000);
  let docs: ExportDocument[] = [];
  let meetings: ReturnType<typeof extractMeetings> = [];

  before(function () {
    if (!existsSync(CORPUS)) {
      this.skip(); // the sample corpus lives outside the repo: ../shared/corpus is absent on this machine
      return;
    }
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
    const analysed = files.map((f) => {
      const text = readFileSync(join(CORPUS, f), 'utf8');
      return { id: f, text, analysis: analyzeDocument(text) };
    });
    meetings = extractMeetings(analysed);
    docs = analysed.map((a) => ({ id: a.id, path: a.id, text: a.text, sha256: sha256(a.text), spans: a.analysis.entities, zones: a.analysis.zones, sentences: a.analysis.sentences }));
  });

  it('the analysis finds spans and meetings to export (otherwise the checks below prove nothing)', () => {
    assert.ok(docs.length >= 5);
    assert.ok(docs.every((d) => d.spans.length > 0));
    assert.ok(meetings.length > 0);
  });

  for (const format of IMPORT_FORMAT_IDS) {
    it(`${format}: every span and meeting survives export and import with no mismatch`, async () => {
      const target = new MemoryTarget();
      const report = await exportDataset(format, docs, { meetings, kb: [], generator: { name: 'test', version: '0' } }, {}, target);
      assert.deepEqual(report.warnings.filter((w) => !w.includes('token(s) split')), []);
      const files: ImportFile[] =
        format === 'brat'
          ? [...target.files.keys()].filter((p) => p.endsWith('.ann')).map((p) => ({ name: p, content: target.get(p), txt: target.get(p.replace(/\.ann$/, '.txt')) }))
          : [{ name: 'corpus', content: target.get(format === 'json' || format === 'label-studio' ? 'corpus.json' : 'corpus.jsonl') }];
      const parsed = parseImport(format, files);
      assert.deepEqual(parsed.problems, []);
      let total = 0;
      for (const imp of parsed.documents) {
        const original = docs.find((d) => d.id === imp.id || bratStem(d.id) === imp.id)!;
        const { spans, mismatches } = reconcile(imp, original.text, original.id);
        assert.deepEqual(mismatches, []);
        const want = original.spans.filter((s) => s.status !== 'rejected');
        assert.equal(spans.length, new Set(want.map((s) => `${s.start}:${s.end}:${s.label}`)).size);
        total += spans.length;
      }
      assert.equal(total, report.spans);
      if (format === 'brat') {
        const events = [...target.files.entries()].filter(([p]) => p.endsWith('.ann')).flatMap(([, c]) => c.split('\n').filter((l) => l.startsWith('E')));
        assert.ok(events.length >= meetings.length, 'every meeting mention becomes an E line');
      }
    });
  }

  it('conll: one DOCSTART per article, every line has four columns', async () => {
    const target = new MemoryTarget();
    await exportDataset('conll', docs, { meetings, kb: [], generator: { name: 'test', version: '0' } }, {}, target);
    const lines = target.get('corpus.conll').split('\n');
    assert.equal(lines.filter((l) => l.startsWith('-DOCSTART-')).length, docs.length);
    for (const l of lines) if (l) assert.equal(l.split(' ').length, 4, l);
  });
});
