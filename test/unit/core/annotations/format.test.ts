import * as assert from 'node:assert/strict';
import {
  AnnotationFormatError,
  contextAround,
  fromAnnotationFile,
  parseAnnotationFile,
  serializeAnnotationFile,
  toAnnotationFile,
  type AnnotationSpan,
  type ArticleAnnotations,
} from '../../../../src/core/annotations';

const TEXT = 'रक्षा मंत्री राजनाथ सिंह ने 😀 मॉस्को में पुतिन से मुलाकात की।';

function span(text: string, label: string, occurrence = 0, extra: Partial<AnnotationSpan> = {}): AnnotationSpan {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = TEXT.indexOf(text, at + 1);
  assert.ok(at >= 0, `fixture: ${text} not in text`);
  return { start: at, end: at + text.length, label, text, source: 'manual', status: 'accepted', context: { before: '', after: '' }, ...extra };
}

function ann(spans: AnnotationSpan[]): ArticleAnnotations {
  return { article: 'news/a.txt', sha256: 'abc', spans };
}

describe('annotation file format', () => {
  it('round-trips spans through code point offsets, including text after an emoji', () => {
    const spans = [
      span('पुतिन', 'PERSON', 0, { source: 'auto', status: 'suggested', confidence: 0.95, entityId: 'Q7747', method: 'kb-exact' }),
      span('राजनाथ सिंह', 'PERSON', 0, { author: 'tester', time: '2026-01-01T00:00:00Z', attrs: { role: 'x', country: 'IN' } }),
      span('मॉस्को', 'LOCATION', 0, { inBoilerplate: true }),
    ];
    const file = toAnnotationFile(ann(spans), TEXT);
    // Code point offsets: the span after the emoji is one less than its UTF-16 offset.
    const moscow = file.spans.find((s) => s.text === 'मॉस्को')!;
    assert.equal(moscow.start, TEXT.indexOf('मॉस्को') - 1);
    assert.equal([...TEXT].slice(moscow.start, moscow.end).join(''), 'मॉस्को');
    const json = serializeAnnotationFile(file);
    const back = fromAnnotationFile(parseAnnotationFile(json), TEXT, 'sha-now');
    assert.equal(back.moved, 0);
    assert.equal(back.orphaned, 0);
    assert.equal(back.annotations.sha256, 'sha-now');
    const got = back.annotations.spans.map((s) => [s.start, s.end, s.label, s.text, s.status, s.entityId, s.attrs?.country]);
    const want = [...spans].sort((a, b) => a.start - b.start).map((s) => [s.start, s.end, s.label, s.text, s.status, s.entityId, s.attrs?.country]);
    assert.deepEqual(got, want);
    for (const s of back.annotations.spans) assert.equal(TEXT.slice(s.start, s.end), s.text);
  });

  it('serialises deterministically: sorted spans, one per line, fixed key order', () => {
    const a = [span('पुतिन', 'PERSON'), span('राजनाथ सिंह', 'PERSON', 0, { attrs: { z: '1', a: '2' } }), span('मॉस्को', 'LOCATION')];
    const b = [a[2], a[0], { ...a[1], attrs: { a: '2', z: '1' } }];
    const ja = serializeAnnotationFile(toAnnotationFile(ann(a), TEXT));
    const jb = serializeAnnotationFile(toAnnotationFile(ann(b), TEXT));
    assert.equal(ja, jb);
    const lines = ja.split('\n');
    assert.equal(lines[1], '  "format": "news-annotator-annotations",');
    const spanLines = lines.filter((l) => l.startsWith('    {'));
    assert.equal(spanLines.length, 3);
    const starts = spanLines.map((l) => JSON.parse(l.replace(/,$/, '')).start as number);
    assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
    assert.match(spanLines[0], /^ {4}\{"start":\d+,"end":\d+,"label":/);
    assert.ok(ja.indexOf('"a":"2"') < ja.indexOf('"z":"1"'));
    assert.ok(ja.endsWith('}\n'));
    assert.doesNotThrow(() => JSON.parse(ja));
  });

  it('writes an empty span list compactly and reads it back', () => {
    const j = serializeAnnotationFile(toAnnotationFile(ann([]), TEXT));
    assert.match(j, /"spans": \[\]\n\}\n$/);
    assert.deepEqual(parseAnnotationFile(j).spans, []);
  });

  it('stores context around spans without splitting surrogate pairs', () => {
    const at = TEXT.indexOf('मॉस्को');
    const c = contextAround(TEXT, at, at + 'मॉस्को'.length, 3);
    assert.equal(c.before, 'ने 😀 '.slice(-4)); // "😀 " is 3 code points: ' ', '😀', ' '
    assert.equal([...c.before].length, 3);
    assert.equal(c.after, ' मे');
  });

  it('accepts a BOM at the start of the file', () => {
    const j = serializeAnnotationFile(toAnnotationFile(ann([span('पुतिन', 'PERSON')]), TEXT));
    assert.equal(parseAnnotationFile('\ufeff' + j).spans.length, 1);
  });

  const bad: [string, string, RegExp][] = [
    ['empty', '', /empty/],
    ['binary', '{"a":1}\u0000\u0001', /binary/],
    ['truncated JSON', '{"format": "news-annotator-annotations", "spans": [', /invalid JSON/],
    ['array', '[]', /not a JSON object/],
    ['wrong format', '{"format":"other"}', /"format"/],
    ['newer version', '{"format":"news-annotator-annotations","version":2}', /newer/],
    ['utf16 offsets', '{"format":"news-annotator-annotations","version":1,"offsets":"utf16","article":"a","sha256":"x","spans":[]}', /offsets/],
    ['negative start', mk({ start: -1 }), /span 1.*non-negative/],
    ['end before start', mk({ start: 5, end: 2 }), /before/],
    ['bad status', mk({ status: 'maybe' }), /status/],
    ['bad source', mk({ source: 'robot' }), /source/],
    ['bad confidence', mk({ confidence: 3 }), /confidence/],
    ['bad context', mk({ context: 'x' }), /context/],
    ['bad date', mk({ date: { precision: 'era' } }), /precision/],
  ];
  for (const [name, content, re] of bad) {
    it(`rejects corrupt input with a reason: ${name}`, () => {
      assert.throws(() => parseAnnotationFile(content), (e: unknown) => e instanceof AnnotationFormatError && re.test(e.message));
    });
  }
});

function mk(over: Record<string, unknown>): string {
  const s = { start: 0, end: 1, label: 'PERSON', text: 'x', source: 'manual', status: 'accepted', ...over };
  return JSON.stringify({ format: 'news-annotator-annotations', version: 1, offsets: 'codepoint', article: 'a', sha256: 'x', spans: [s] });
}
