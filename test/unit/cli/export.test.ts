import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAnnotationFile, serializeAnnotationFile, toAnnotationFile, type AnnotationSpan } from '../../../src/core/annotations';
import { cpSlice, FIXTURES, hardFixture, ROOT, sha256, validateSchema } from '../core/formats/helpers';

const CLI = join(__dirname, '..', '..', '..', 'cli.js');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'news-annotator-corpus.schema.json'), 'utf8'));

function run(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });
}

/**
 * A workspace with the hard fixture (BOM, CRLF...) and a plain article, plus an annotation file
 * holding accepted decisions for the hard one. The CLI reads articles as VS Code shows them: BOM dropped.
 */
function makeWorkspace(): { dir: string; text: string; accepted: AnnotationSpan[] } {
  const dir = mkdtempSync(join(tmpdir(), 'na-export-'));
  mkdirSync(join(dir, 'news'), { recursive: true });
  mkdirSync(join(dir, '.news-annotator', 'annotations', 'news'), { recursive: true });
  writeFileSync(join(dir, 'news', 'hard.txt'), readFileSync(join(FIXTURES, 'hard-mixed.txt')));
  writeFileSync(join(dir, 'news', 'plain.txt'), readFileSync(join(FIXTURES, 'plain-lf.txt')));
  const { doc } = hardFixture();
  const text = doc.text.slice(1); // without the BOM
  const accepted: AnnotationSpan[] = doc.spans
    .filter((s) => s.status === 'accepted')
    .map((s) => ({ start: s.start - 1, end: s.end - 1, label: s.label, text: s.text, source: 'manual', status: 'accepted', context: { before: '', after: '' }, ...(s.entityId ? { entityId: s.entityId } : {}) }));
  const file = toAnnotationFile({ article: 'news/hard.txt', sha256: sha256(text), spans: accepted }, text);
  writeFileSync(join(dir, '.news-annotator', 'annotations', 'news', 'hard.txt.json'), serializeAnnotationFile(file));
  return { dir, text, accepted };
}

describe('CLI export / import / stats', function () {
  this.timeout(60000);
  let ws: ReturnType<typeof makeWorkspace>;
  beforeEach(() => {
    ws = makeWorkspace();
  });
  afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

  it('exports our JSON: valid against the schema, accepted decisions from the annotation file, code-point offsets', () => {
    const r = run(ws.dir, 'export', '--format', 'json', '--accepted-only', '--out', 'out/data.json', '.');
    assert.equal(r.status, 0, r.stderr);
    const corpus = JSON.parse(readFileSync(join(ws.dir, 'out', 'data.json'), 'utf8'));
    assert.deepEqual(validateSchema(schema, corpus), []);
    const hard = corpus.documents.find((d: { id: string }) => d.id === 'news/hard.txt');
    assert.equal(hard.text, ws.text);
    assert.equal(hard.sha256, sha256(ws.text));
    assert.deepEqual(hard.entities.map((e: { text: string }) => e.text), ws.accepted.map((s) => s.text));
    for (const e of hard.entities) assert.equal(cpSlice(hard.text, e.start, e.end), e.text);
    assert.equal(corpus.generator.name, 'news-annotator');
  });

  it('splits by document: deterministic for a seed, no document in two splits', () => {
    for (let i = 0; i < 6; i++) writeFileSync(join(ws.dir, 'news', `extra-${i}.txt`), `खबर ${i}: मोदी ने पुतिन से बात की।`);
    const a = run(ws.dir, 'export', '--format', 'jsonl', '--split', '0.5,0.25,0.25', '--seed', '7', '--out', 'a', 'news');
    const b = run(ws.dir, 'export', '--format', 'jsonl', '--split', '0.5,0.25,0.25', '--seed', '7', '--out', 'b', 'news');
    assert.equal(a.status, 0, a.stderr);
    assert.equal(b.status, 0, b.stderr);
    const ids = (dir: string, s: string) =>
      existsSync(join(ws.dir, dir, `${s}.jsonl`)) ? readFileSync(join(ws.dir, dir, `${s}.jsonl`), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).id as string) : [];
    const all = ['train', 'dev', 'test'].flatMap((s) => ids('a', s));
    assert.equal(all.length, 8);
    assert.equal(new Set(all).size, 8, 'no document in two splits');
    assert.deepEqual(ids('a', 'train').length, 4);
    for (const s of ['train', 'dev', 'test']) assert.deepEqual(ids('a', s), ids('b', s));
  });

  it('brat export then import into a fresh workspace gives back the same decisions', () => {
    const r = run(ws.dir, 'export', '--format', 'brat', '--accepted-only', '--out', 'brat', 'news');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(existsSync(join(ws.dir, 'brat', 'annotation.conf')));
    rmSync(join(ws.dir, '.news-annotator', 'annotations'), { recursive: true });
    const imp = run(ws.dir, 'import', '--format', 'brat', '--into', '.', 'brat');
    assert.equal(imp.status, 0, imp.stderr);
    const file = parseAnnotationFile(readFileSync(join(ws.dir, '.news-annotator', 'annotations', 'news', 'hard.txt.json'), 'utf8'));
    const cp = Array.from(ws.text);
    assert.deepEqual(file.spans.map((s) => [s.label, s.text, s.status, s.entityId]), ws.accepted.map((s) => [s.label, s.text, 'accepted', s.entityId]));
    for (const s of file.spans) assert.equal(cp.slice(s.start, s.end).join(''), s.text);
  });

  it('import reports spans that do not match the article and does not import them shifted', () => {
    const r = run(ws.dir, 'export', '--format', 'doccano', '--accepted-only', '--out', 'd.jsonl', 'news/hard.txt');
    assert.equal(r.status, 0, r.stderr);
    rmSync(join(ws.dir, '.news-annotator', 'annotations'), { recursive: true });
    writeFileSync(join(ws.dir, 'news', 'hard.txt'), 'नया शीर्षक\n' + ws.text); // article edited after export
    const imp = run(ws.dir, 'import', '--format', 'doccano', '--into', '.', 'd.jsonl');
    assert.equal(imp.status, 1);
    assert.match(imp.stderr, /mismatch: /);
    const written = join(ws.dir, '.news-annotator', 'annotations', 'news', 'hard.txt.json');
    const spans = existsSync(written) ? parseAnnotationFile(readFileSync(written, 'utf8')).spans : [];
    const now = Array.from('नया शीर्षक\n' + ws.text);
    for (const s of spans) assert.equal(now.slice(s.start, s.end).join(''), s.text, 'whatever was imported is in place');
    assert.ok(spans.length < ws.accepted.length);
  });

  it('import never overwrites an annotation file it cannot parse', () => {
    run(ws.dir, 'export', '--format', 'spacy', '--accepted-only', '--out', 's.jsonl', 'news');
    const annFile = join(ws.dir, '.news-annotator', 'annotations', 'news', 'hard.txt.json');
    writeFileSync(annFile, '{ corrupt');
    const imp = run(ws.dir, 'import', '--format', 'spacy', '--into', '.', 's.jsonl');
    assert.equal(imp.status, 1);
    assert.match(imp.stderr, /cannot be parsed/);
    assert.equal(readFileSync(annFile, 'utf8'), '{ corrupt');
  });

  it('stats --json counts per label, document and entity', () => {
    const r = run(ws.dir, 'stats', '--json', '--accepted-only', 'news');
    assert.equal(r.status, 0, r.stderr);
    const stats = JSON.parse(r.stdout);
    assert.equal(stats.documents, 2);
    assert.equal(stats.perDocument.find((d: { id: string }) => d.id === 'news/hard.txt').spans, ws.accepted.length);
    const person = stats.perEntity.find((e: { key: string }) => e.key === 'per-rajnath-singh');
    assert.equal(person.mentions, 2);
  });

  it('every format writes its files; temp files are not left behind', () => {
    const expected: Record<string, string> = { json: 'corpus.json', jsonl: 'corpus.jsonl', spacy: 'corpus.jsonl', conll: 'corpus.conll', 'label-studio': 'corpus.json', doccano: 'corpus.jsonl', brat: 'annotation.conf' };
    for (const [format, file] of Object.entries(expected)) {
      const r = run(ws.dir, 'export', '--format', format, '--stats', '--out', `o-${format}`, 'news');
      assert.equal(r.status, 0, `${format}: ${r.stderr}`);
      assert.ok(existsSync(join(ws.dir, `o-${format}`, file)), format);
      assert.ok(existsSync(join(ws.dir, `o-${format}`, 'stats.json')), format);
      assert.ok(!readdirSync(join(ws.dir, `o-${format}`)).some((f) => f.includes('.tmp-')), format);
    }
  });

  it('the corpus JSON of `extract` validates against the schema and exports again (corpus JSON as input)', () => {
    const ex = run(ws.dir, 'extract', '--include-text', '--out', 'corpus.json', 'news');
    assert.equal(ex.status, 0, ex.stderr);
    const corpus = JSON.parse(readFileSync(join(ws.dir, 'corpus.json'), 'utf8'));
    assert.deepEqual(validateSchema(schema, corpus), []);
    const r = run(ws.dir, 'export', '--format', 'doccano', '--out', 'from-corpus.jsonl', 'corpus.json');
    assert.equal(r.status, 0, r.stderr);
    const lines = readFileSync(join(ws.dir, 'from-corpus.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, corpus.documents.length);
    for (const l of lines) {
      const d = corpus.documents.find((x: { id: string }) => x.id === l.meta.id);
      assert.equal(l.label.length, d.entities.filter((e: { status: string }) => e.status !== 'rejected').length);
      for (const [s, e, label] of l.label) assert.ok(d.entities.some((x: { start: number; end: number; label: string }) => x.start === s && x.end === e && x.label === label));
    }
  });

  it("uses the workspace's own knowledge base (.news-annotator/entities.json) and exports its entries", () => {
    writeFileSync(join(ws.dir, 'news', 'custom.txt'), 'ज़ोरावर प्रताप ने आज बैठक की। Zorawar Pratap spoke.');
    const entities = { version: 1, entities: [{ id: 'person/zorawar-pratap-test', label: 'PERSON', name: { hi: 'ज़ोरावर प्रताप', en: 'Zorawar Pratap' }, aliases: ['ज़ोरावर प्रताप', 'Zorawar Pratap'] }] };
    writeFileSync(join(ws.dir, '.news-annotator', 'entities.json'), JSON.stringify(entities));
    const r = run(ws.dir, 'export', '--format', 'json', '--out', 'kb.json', 'news/custom.txt');
    assert.equal(r.status, 0, r.stderr);
    const corpus = JSON.parse(readFileSync(join(ws.dir, 'kb.json'), 'utf8'));
    const spans = corpus.documents[0].entities.filter((e: { entityId?: string }) => e.entityId === 'person/zorawar-pratap-test');
    assert.ok(spans.length >= 1, 'the workspace entity is found in the article');
    assert.deepEqual(corpus.entities.map((e: { id: string }) => e.id).filter((id: string) => id.includes('zorawar')), ['person/zorawar-pratap-test']);
  });

  it("replays the workspace's meeting decisions: rejected meetings never exported, accepted-only keeps confirmed ones", () => {
    const demo = join(ROOT, 'demo-corpus');
    const dir = join(ws.dir, 'demo');
    cpSync(demo, dir, { recursive: true });
    const all = run(ws.dir, 'export', '--format', 'json', '--out', 'm0.json', 'demo');
    assert.equal(all.status, 0, all.stderr);
    const meetings = JSON.parse(readFileSync(join(ws.dir, 'm0.json'), 'utf8')).meetings as { id: string }[];
    assert.ok(meetings.length >= 2, `the demo corpus yields at least two meetings (got ${meetings.length})`);
    const decisions = { format: 'news-annotator-meetings', version: 1, offsets: 'codepoint', decisions: [
      { kind: 'confirm', meeting: meetings[0].id },
      { kind: 'reject', meeting: meetings[1].id },
    ] };
    writeFileSync(join(dir, '.news-annotator', 'meetings.json'), JSON.stringify(decisions));
    run(ws.dir, 'export', '--format', 'json', '--out', 'm1.json', 'demo');
    const after = JSON.parse(readFileSync(join(ws.dir, 'm1.json'), 'utf8')).meetings as { id: string; review?: { state: string } }[];
    assert.equal(after.length, meetings.length - 1);
    assert.ok(!after.some((m) => m.id === meetings[1].id));
    run(ws.dir, 'export', '--format', 'json', '--accepted-only', '--out', 'm2.json', 'demo');
    const confirmed = JSON.parse(readFileSync(join(ws.dir, 'm2.json'), 'utf8')).meetings as { id: string; review?: { state: string } }[];
    assert.deepEqual(confirmed.map((m) => [m.id, m.review?.state]), [[meetings[0].id, 'confirmed']]);
  });

  it('--out - streams a one-file format to standard output', () => {
    const r = run(ws.dir, 'export', '--format', 'doccano', '--accepted-only', '--out', '-', 'news/hard.txt');
    assert.equal(r.status, 0, r.stderr);
    const line = JSON.parse(r.stdout.trim());
    assert.equal(line.text, ws.text);
    assert.equal(line.label.length, ws.accepted.length);
  });

  it('usage errors exit with 2 and a clear message', () => {
    assert.equal(run(ws.dir, 'export', 'news').status, 2);
    assert.match(run(ws.dir, 'export', '--format', 'xml', 'news').stderr, /unknown format 'xml'/);
    assert.match(run(ws.dir, 'export', '--format', 'json', '--split', '1,x', 'news').stderr, /non-negative/);
    assert.match(run(ws.dir, 'import', '--format', 'conll', '--into', '.', 'x').stderr, /cannot import 'conll'/);
    assert.equal(run(ws.dir, 'stats').status, 2);
  });

  it('a binary file among the inputs is reported, the rest exported', () => {
    writeFileSync(join(ws.dir, 'news', 'binary.txt'), Buffer.from([0, 1, 2, 0xff]));
    const r = run(ws.dir, 'export', '--format', 'jsonl', '--out', 'x.jsonl', 'news');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /binary\.txt: binary file/);
    assert.equal(readFileSync(join(ws.dir, 'x.jsonl'), 'utf8').trim().split('\n').length, 2);
  });
});
