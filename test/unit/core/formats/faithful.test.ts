import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportDataset, FORMAT_IDS, type ExportDocument, type FormatId } from '../../../../src/core/formats';
import { DOCSTART } from '../../../../src/core/formats/conll';
import { cpSlice, hardFixture, MemoryTarget, plainFixture, ROOT, validateSchema } from './helpers';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'news-annotator-corpus.schema.json'), 'utf8')) as Record<string, unknown>;

async function exportAll(format: FormatId, docs: ExportDocument[], opts = {}) {
  const { ctx } = hardFixture();
  const target = new MemoryTarget();
  const report = await exportDataset(format, docs, ctx, opts, target);
  return { target, report };
}

/** Non-rejected fixture spans, as (label, text) pairs in document order. */
function expectedSpans(doc: ExportDocument) {
  return doc.spans.filter((s) => s.status !== 'rejected').sort((a, b) => a.start - b.start || a.end - b.end).map((s) => `${s.label}:${s.text}`);
}

describe('dataset export: faithful code-point offsets on hard text', () => {
  const { doc } = hardFixture();
  const plain = plainFixture();

  it('the fixture really exercises code points != UTF-16 units, BOM, CRLF and both nukta forms', () => {
    assert.equal(doc.text.charCodeAt(0), 0xfeff);
    assert.ok(doc.text.includes('\r\n'));
    assert.ok(doc.text.includes('\u0958') && doc.text.includes('\u091C\u093C'));
    assert.ok(doc.text.includes('\u200D') && doc.text.includes('\u200C'));
    const last = doc.spans[doc.spans.length - 1];
    assert.notEqual(Array.from(doc.text.slice(0, last.start)).length, last.start, 'astral characters precede the last span');
  });

  for (const format of FORMAT_IDS) {
    it(`${format}: writes a file and reports every non-rejected span`, async () => {
      const { target, report } = await exportAll(format, [doc, plain]);
      assert.ok(target.files.size > 0);
      assert.equal(report.documents, 2);
      assert.equal(report.spans, expectedSpans(doc).length + plain.spans.length);
      assert.equal(report.cancelled, false);
    });
  }

  it('json: every span, zone and meeting mention equals the code-point slice; the document validates against the schema', async () => {
    const { target } = await exportAll('json', [doc, plain]);
    const corpus = JSON.parse(target.get('corpus.json'));
    assert.deepEqual(validateSchema(schema, corpus), []);
    assert.equal(corpus.offsets, 'codepoint');
    const d = corpus.documents[0];
    assert.equal(d.text, doc.text, 'text kept byte for byte (BOM, CRLF, NFD)');
    assert.equal(d.length, Array.from(doc.text).length);
    assert.deepEqual(d.entities.map((e: { label: string; text: string }) => `${e.label}:${e.text}`), expectedSpans(doc));
    for (const e of d.entities) assert.equal(cpSlice(d.text, e.start, e.end), e.text);
    assert.equal(cpSlice(d.text, d.zones[0].start, d.zones[0].end), doc.text.slice(doc.zones[0].start));
    const m = corpus.meetings[0];
    assert.equal(m.mentions.length, 1);
    assert.equal(cpSlice(d.text, m.mentions[0].start, m.mentions[0].end), m.mentions[0].text);
    assert.deepEqual(corpus.entities.map((e: { id: string }) => e.id), ['loc-moscow', 'loc-new-delhi', 'per-andrei-belousov', 'per-rajnath-singh', 'per-vladimir-putin']);
  });

  it('json: the schema rejects broken documents (the validator can fail)', () => {
    const bad = { format: 'news-annotator-corpus', version: 1, offsets: 'utf16', documents: [{ id: 'a', path: 'a', sha256: 'x', zones: [], entities: [{ start: -1 }] }], entities: [], meetings: [] };
    const errs = validateSchema(schema, bad);
    assert.ok(errs.some((e) => e.includes('$.offsets')));
    assert.ok(errs.some((e) => e.includes('sha256')));
    assert.ok(errs.some((e) => e.includes('entities[0]')));
  });

  it('jsonl: one valid document per line with its meetings and KB entries', async () => {
    const { target } = await exportAll('jsonl', [doc, plain]);
    const lines = target.get('corpus.jsonl').trimEnd().split('\n');
    assert.equal(lines.length, 2);
    const lineSchema = { ...schema, $ref: '#/$defs/jsonlLine' } as Record<string, unknown>;
    delete lineSchema.required;
    delete lineSchema.properties;
    delete lineSchema.additionalProperties;
    for (const l of lines) {
      const o = JSON.parse(l);
      assert.deepEqual(validateSchema(schema, o, lineSchema), []);
      for (const e of o.entities) assert.equal(cpSlice(o.text, e.start, e.end), e.text);
    }
    const first = JSON.parse(lines[0]);
    assert.equal(first.meetings.length, 1);
    assert.equal(first.kb.length, 5);
  });

  it('spacy: spans equal their code-point slice and start/end on token boundaries', async () => {
    const { target } = await exportAll('spacy', [doc]);
    const task = JSON.parse(target.get('corpus.jsonl').trim());
    assert.equal(task.text, doc.text);
    assert.deepEqual(task.spans.map((s: { label: string; start: number; end: number }) => `${s.label}:${cpSlice(task.text, s.start, s.end)}`), expectedSpans(doc));
    for (const t of task.tokens) {
      assert.equal(cpSlice(task.text, t.start, t.end), t.text);
      assert.doesNotMatch(t.text, /\s/);
    }
    task.tokens.forEach((t: { id: number }, i: number) => assert.equal(t.id, i));
    for (const s of task.spans) {
      assert.equal(task.tokens[s.token_start].start, s.start);
      assert.equal(task.tokens[s.token_end].end, s.end);
      assert.ok(s.token_end >= s.token_start);
    }
    assert.ok(task.tokens.some((t: { text: string }) => t.text === '\u0964'), 'danda is a token of its own');
  });

  it('brat: .txt is the text byte for byte and every T line equals its code-point slice', async () => {
    const { target } = await exportAll('brat', [doc]);
    assert.equal(target.get('hard/hard-mixed.txt'), doc.text);
    const ann = target.get('hard/hard-mixed.ann');
    const tLines = ann.split('\n').filter((l) => l.startsWith('T'));
    assert.ok(tLines.length >= expectedSpans(doc).length);
    for (const line of tLines) {
      const [, typeAndOffsets, shown] = line.split('\t');
      const frags = typeAndOffsets.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
      assert.equal(frags.map(([s, e]) => cpSlice(doc.text, s, e)).join(' '), shown, line);
    }
    assert.match(ann, /\tEVENT \d+ \d+;\d+ \d+\tभारत-रूस शिखर सम्मेलन/, 'a span across CRLF becomes two fragments');
    assert.match(ann, /^E1\tMeeting:T\d+ Participant:T\d+ Participant2:T\d+ Place:T\d+ Time:T\d+$/m);
    assert.match(ann, /^N\d+\tReference T\d+ Wikidata:Q7747\tVladimir Putin$/m);
    assert.match(ann, /^N\d+\tReference T\d+ NewsAnnotatorKB:per-vladimir-putin\tVladimir Putin$/m);
    const conf = target.get('annotation.conf');
    for (const l of ['PERSON', 'ORG', 'LOCATION', 'DATE', 'EQUIPMENT', 'EVENT']) assert.match(conf, new RegExp(`^${l}$`, 'm'));
    assert.match(conf, /^Meeting\tParticipant\*:PERSON\|ORG, Place\?:LOCATION, Time\?:DATE$/m);
    assert.match(target.get('tools.conf'), /^Wikidata\t/m);
  });

  it('conll: IOB2 tags rebuild every span from its tokens; danda split off; DOCSTART per document', async () => {
    const { target } = await exportAll('conll', [doc, plain]);
    const out = target.get('corpus.conll');
    assert.equal(out.split('\n').filter((l) => l === DOCSTART).length, 2);
    const rows = out.split('\n').filter((l) => l && l !== DOCSTART).map((l) => l.split(' '));
    for (const r of rows) assert.equal(r.length, 4, r.join(' '));
    const rebuilt: string[] = [];
    for (let i = 0; i < rows.length; i++) {
      const tag = rows[i][3];
      if (tag.startsWith('B-')) rebuilt.push(`${tag.slice(2)}:${rows[i][0]}`);
      else if (tag.startsWith('I-')) {
        assert.equal(tag.slice(2), rebuilt[rebuilt.length - 1].split(':')[0]);
        rebuilt[rebuilt.length - 1] += ` ${rows[i][0]}`;
      } else assert.equal(tag, 'O');
    }
    const squash = (s: string) => s.replace(/\s+/g, '');
    const want = [...expectedSpans(doc), ...plain.spans.map((s) => `${s.label}:${s.text}`)];
    assert.deepEqual(rebuilt.map(squash), want.map(squash));
    assert.ok(rows.some((r) => r[0] === '\u0964' && r[3] === 'O'));
    assert.ok(rows.some((r) => r[0] === '\u0965'), 'double danda split off');
  });

  it('label-studio: every region text equals its code-point slice; relations link the meeting to its participants, place and time', async () => {
    const { target } = await exportAll('label-studio', [doc]);
    const tasks = JSON.parse(target.get('corpus.json'));
    assert.equal(tasks.length, 1);
    const t = tasks[0];
    assert.equal(t.data.text, doc.text);
    const regions = [...t.annotations[0].result, ...(t.predictions[0]?.result ?? [])].filter((r: { type: string }) => r.type === 'labels');
    for (const r of regions) assert.equal(cpSlice(t.data.text, r.value.start, r.value.end), r.value.text);
    const entityRegions = regions.filter((r: { value: { labels: string[] } }) => r.value.labels[0] !== 'MEETING');
    assert.deepEqual(
      entityRegions.map((r: { value: { start: number; labels: string[]; text: string } }) => r).sort((a: { value: { start: number } }, b: { value: { start: number } }) => a.value.start - b.value.start).map((r: { value: { labels: string[]; text: string } }) => `${r.value.labels[0]}:${r.value.text}`),
      expectedSpans(doc),
    );
    const ids = new Set(regions.map((r: { id: string }) => r.id));
    const relsIn = (result: { type: string; labels: string[]; from_id: string; to_id: string; id: string }[]) => {
      const local = new Set(result.filter((r) => r.type === 'labels').map((r) => r.id));
      const rels = result.filter((r) => r.type === 'relation');
      for (const r of rels) assert.ok(local.has(r.from_id) && local.has(r.to_id), 'a relation links regions of its own result');
      return rels.map((r) => r.labels[0]).sort();
    };
    assert.deepEqual(relsIn(t.annotations[0].result), ['participant', 'participant', 'time']);
    assert.deepEqual(relsIn(t.predictions[0].result), ['place'], 'the place is a suggestion: its relation is in the prediction');
    assert.ok(ids.size > 0);
    assert.match(target.get('label-studio-config.xml'), /<Label value="EQUIPMENT"\/>/);
  });

  it('doccano: every label equals its code-point slice', async () => {
    const { target } = await exportAll('doccano', [doc]);
    const line = JSON.parse(target.get('corpus.jsonl').trim());
    assert.equal(line.text, doc.text);
    assert.deepEqual(line.label.map(([s, e, l]: [number, number, string]) => `${l}:${cpSlice(line.text, s, e)}`), expectedSpans(doc));
  });

  it('options: accepted only, labels and boilerplate exclusion select spans in every format', async () => {
    for (const format of FORMAT_IDS) {
      const accepted = await exportAll(format, [doc], { acceptedOnly: true });
      assert.equal(accepted.report.spans, doc.spans.filter((s) => s.status === 'accepted').length, format);
      const people = await exportAll(format, [doc], { labels: ['PERSON'] });
      assert.equal(people.report.spans, 4, format);
      const noBoiler = await exportAll(format, [doc], { excludeBoilerplate: true });
      assert.equal(noBoiler.report.spans, expectedSpans(doc).length - 1, `${format}: the footer's span is left out`);
    }
  });

  it('a span whose text does not match the document is reported, not exported', async () => {
    const broken: ExportDocument = { ...doc, spans: [...doc.spans, { ...doc.spans[0], start: doc.spans[0].start + 1, end: doc.spans[0].end + 1 }] };
    const { report } = await exportAll('doccano', [broken]);
    assert.equal(report.spans, expectedSpans(doc).length);
    assert.ok(report.warnings.some((w) => w.includes('does not match')));
  });

  it('empty and whitespace-only documents export in every format', async () => {
    const empty = (id: string, text: string): ExportDocument => ({ id, path: id, text, sha256: '0'.repeat(64), spans: [], zones: [] });
    for (const format of FORMAT_IDS) {
      const { target, report } = await exportAll(format, [empty('e.txt', ''), empty('w.txt', ' \r\n\t ')]);
      assert.equal(report.documents, 2, format);
      for (const [path, content] of target.files) {
        if (path.endsWith('.json')) JSON.parse(content);
        if (path.endsWith('.jsonl')) content.trim().split('\n').forEach((l) => JSON.parse(l));
      }
    }
  });

  it('an empty corpus still writes a valid file', async () => {
    const { target } = await exportAll('json', []);
    const corpus = JSON.parse(target.get('corpus.json'));
    assert.deepEqual(corpus.documents, []);
    assert.deepEqual(validateSchema(schema, corpus), []);
    const ls = await exportAll('label-studio', []);
    assert.deepEqual(JSON.parse(ls.target.get('corpus.json')), []);
  });
});
