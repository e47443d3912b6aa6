import * as assert from 'node:assert/strict';
import { bratStem, exportDataset, IMPORT_FORMAT_IDS, parseImport, reconcile, type ExportDocument, type ImportFile, type ImportFormatId } from '../../../../src/core/formats';
import { hardFixture, MemoryTarget, plainFixture } from './helpers';

/** What each format carries besides (start, end, label, text). */
const CARRIES: Record<ImportFormatId, ('status' | 'source' | 'entityId' | 'confidence' | 'author')[]> = {
  json: ['status', 'source', 'entityId', 'confidence', 'author'],
  jsonl: ['status', 'source', 'entityId', 'confidence', 'author'],
  brat: ['status', 'source', 'entityId', 'confidence', 'author'],
  spacy: ['entityId'],
  'label-studio': ['status'],
  doccano: [],
};

async function exportFiles(format: ImportFormatId, docs: ExportDocument[]): Promise<ImportFile[]> {
  const { ctx } = hardFixture();
  const target = new MemoryTarget();
  await exportDataset(format, docs, ctx, {}, target);
  if (format === 'brat') {
    return [...target.files.keys()]
      .filter((p) => p.endsWith('.ann'))
      .map((p) => ({ name: p, content: target.get(p), txt: target.get(p.replace(/\.ann$/, '.txt')) }));
  }
  return [...target.files.entries()].filter(([p]) => p.startsWith('corpus.')).map(([name, content]) => ({ name, content }));
}

function findOriginal(docs: ExportDocument[], id: string): ExportDocument {
  const d = docs.find((x) => x.id === id || bratStem(x.id) === id);
  assert.ok(d, `imported document '${id}' matches an original`);
  return d;
}

describe('dataset import: round trips (export -> import -> compare)', () => {
  const { doc } = hardFixture();
  const docs = [doc, plainFixture()];

  for (const format of IMPORT_FORMAT_IDS) {
    it(`${format}: every exported span comes back at the same place with what the format carries`, async () => {
      const parsed = parseImport(format, await exportFiles(format, docs));
      assert.deepEqual(parsed.problems, []);
      assert.equal(parsed.documents.length, 2);
      for (const imported of parsed.documents) {
        const original = findOriginal(docs, imported.id);
        const { spans, mismatches } = reconcile(imported, original.text, original.id);
        assert.deepEqual(mismatches, []);
        const want = original.spans.filter((s) => s.status !== 'rejected').sort((a, b) => a.start - b.start || a.end - b.end);
        assert.deepEqual(
          spans.map((s) => [s.start, s.end, s.label, s.text]),
          want.map((s) => [s.start, s.end, s.label, s.text]),
        );
        for (const field of CARRIES[format]) {
          assert.deepEqual(spans.map((s) => s[field]), want.map((s) => s[field]), `${format} carries ${field}`);
        }
      }
    });
  }

  it('spans that no longer match the article are reported, never imported shifted', async () => {
    const parsed = parseImport('json', await exportFiles('json', [doc]));
    const edited = 'x' + doc.text; // the article gained a character at the start
    const { spans, mismatches } = reconcile(parsed.documents[0], edited, doc.id);
    assert.equal(spans.length, 0);
    assert.equal(mismatches.length, doc.spans.filter((s) => s.status !== 'rejected').length);
    assert.ok(mismatches.every((m) => m.reason.includes('differs') && m.expected !== m.found));
  });

  it('formats without span text are checked against the text the file carries', async () => {
    const parsed = parseImport('doccano', await exportFiles('doccano', [doc]));
    const changed = doc.text.replace('मॉस्को', 'मास्को'); // same length, different letters
    const { spans, mismatches } = reconcile(parsed.documents[0], changed, doc.id);
    assert.deepEqual(mismatches.map((m) => [m.expected, m.found]), [['मॉस्को', 'मास्को']]);
    assert.equal(spans.length, doc.spans.filter((s) => s.status !== 'rejected').length - 1);
  });

  it('offsets beyond the article and bad labels are reported', () => {
    const { mismatches } = reconcile({ id: 'a', spans: [{ start: 0, end: 99, label: 'PERSON', text: 'x' }, { start: 0, end: 1, label: 'bad label', text: 'a' }] }, 'abc', 'a');
    assert.equal(mismatches.length, 2);
    assert.match(mismatches[0].reason, /beyond the end/);
    assert.match(mismatches[1].reason, /not a valid label/);
  });

  it('corrupt files give problems, not exceptions', () => {
    for (const format of IMPORT_FORMAT_IDS) {
      const r = parseImport(format, [{ name: 'bad', content: '{"broken": ', txt: 'abc' }]);
      assert.equal(r.documents.reduce((n, d) => n + d.spans.length, 0), 0, format);
      if (format !== 'brat') assert.ok(r.problems.length > 0, `${format} reports a problem`);
    }
    const brat = parseImport('brat', [{ name: 'd.ann', content: 'T1\tPERSON zero 5\tabc\nT2\tPERSON 0 1;3 4\tab', txt: 'abcdef' }]);
    assert.equal(brat.documents[0].spans.length, 0);
    assert.equal(brat.problems.length, 2, 'malformed line and a discontinuous span not split by a line break');
  });

  it('doccano: accepts the newer "entities" form', () => {
    const r = parseImport('doccano', [{ name: 'x.jsonl', content: JSON.stringify({ text: 'Putin met Modi', entities: [{ start_offset: 0, end_offset: 5, label: 'PERSON' }] }) }]);
    assert.deepEqual(r.documents[0].spans.map((s) => [s.start, s.end, s.label]), [[0, 5, 'PERSON']]);
  });
});
