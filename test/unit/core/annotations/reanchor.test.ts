import * as assert from 'node:assert/strict';
import { contextAround, reanchorSpans, type AnnotationSpan } from '../../../../src/core/annotations';
import { at } from './helpers';

const OLD = 'सिंह ने कहा। मॉस्को में राजनाथ सिंह ने पुतिन से मुलाकात की। बाद में सिंह दिल्ली लौटे।';

function anchored(text: string, needle: string, label = 'PERSON', occurrence = 0): AnnotationSpan {
  const s = at(text, needle, label, {}, occurrence);
  return { ...s, context: contextAround(text, s.start, s.end) };
}

describe('re-anchoring after outside changes', () => {
  it('keeps spans that still match in place', () => {
    const spans = [anchored(OLD, 'पुतिन'), anchored(OLD, 'मॉस्को', 'LOCATION')];
    const r = reanchorSpans(spans, OLD);
    assert.equal(r.moved, 0);
    assert.equal(r.orphaned, 0);
    assert.deepEqual(r.spans.map((s) => s.start), spans.map((s) => s.start).sort((a, b) => a - b));
  });

  it('finds moved spans, using context to pick the right one of several occurrences', () => {
    // The second "सिंह" (inside राजनाथ सिंह) is annotated; a paragraph is inserted before it.
    const s = anchored(OLD, 'सिंह', 'PERSON', 1);
    const NEW = 'ताज़ा ख़बर: सिंह। ' + OLD;
    const r = reanchorSpans([s], NEW);
    assert.equal(r.moved, 1);
    const got = r.spans[0];
    assert.equal(NEW.slice(got.start, got.end), 'सिंह');
    assert.equal(NEW.slice(got.start - 'राजनाथ '.length, got.start), 'राजनाथ ');
  });

  it('flags spans whose text is gone as orphans and keeps them', () => {
    const s = anchored(OLD, 'पुतिन');
    const NEW = OLD.replace('पुतिन', 'राष्ट्रपति');
    const r = reanchorSpans([s], NEW);
    assert.equal(r.orphaned, 1);
    assert.equal(r.spans.length, 1);
    assert.equal(r.spans[0].orphan, true);
    assert.equal(r.spans[0].text, 'पुतिन');
  });

  it('recovers an orphan when its text comes back', () => {
    const s = { ...anchored(OLD, 'पुतिन'), orphan: true, start: 0, end: 5 };
    const r = reanchorSpans([s], OLD);
    assert.equal(r.recovered, 1);
    assert.equal(r.spans[0].orphan, undefined);
    assert.equal(OLD.slice(r.spans[0].start, r.spans[0].end), 'पुतिन');
  });

  it('does not put two spans of the same label on the same place', () => {
    const a = anchored(OLD, 'सिंह', 'PERSON', 0);
    const b = anchored(OLD, 'सिंह', 'PERSON', 2);
    const NEW = OLD.replace('बाद में सिंह दिल्ली लौटे।', ''); // third occurrence gone
    const r = reanchorSpans([a, b], NEW);
    const keys = r.spans.filter((s) => !s.orphan).map((s) => `${s.start}:${s.end}`);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('needs some matching context for very short texts', () => {
    const T = 'क ख ग';
    const s: AnnotationSpan = { start: 2, end: 3, label: 'X', text: 'ख', source: 'manual', status: 'accepted', context: { before: 'zz', after: 'yy' } };
    const r = reanchorSpans([{ ...s, start: 0, end: 1 }], T);
    assert.equal(r.spans[0].orphan, true);
  });
});

describe('re-anchoring without stored context', () => {
  it('takes the nearest free occurrence for each of many spans of a common word', () => {
    const unit = 'पुतिन और सिंह। ';
    const old = unit.repeat(3000);
    const spans: AnnotationSpan[] = [];
    for (let i = 0; i < 3000; i++) {
      const start = i * unit.length;
      spans.push({ start, end: start + 5, label: 'PERSON', text: 'पुतिन', source: 'manual', status: 'accepted', context: { before: '', after: '' } });
    }
    const NEW = 'नई शुरुआत। ' + old; // everything moved
    const r = reanchorSpans(spans, NEW);
    assert.equal(r.orphaned, 0);
    assert.equal(r.moved, 3000);
    const shift = 'नई शुरुआत। '.length;
    assert.deepEqual(r.spans.map((s) => s.start), spans.map((s) => s.start + shift));
  });
});
