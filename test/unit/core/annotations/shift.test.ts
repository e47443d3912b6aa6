import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { shiftSpans, type TextChange } from '../../../../src/core/annotations';
import { at, edit } from './helpers';

const T = 'राजनाथ सिंह ने मॉस्को में पुतिन से मुलाकात की।';

describe('shifting spans with text edits', () => {
  const spans = [at(T, 'राजनाथ सिंह'), at(T, 'मॉस्को', 'LOCATION'), at(T, 'पुतिन')];

  it('moves spans after an insertion and keeps spans before it', () => {
    const pos = T.indexOf('मॉस्को');
    const r = shiftSpans(spans, [{ start: pos, end: pos, text: 'रूस की राजधानी ' }]);
    const t2 = edit(T, pos, pos, 'रूस की राजधानी ');
    assert.equal(r.removed.length, 0);
    assert.deepEqual(r.spans.map((s) => t2.slice(s.start, s.end)), ['राजनाथ सिंह', 'मॉस्को', 'पुतिन']);
    assert.equal(r.spans[0], spans[0], 'untouched span object is reused');
  });

  it('removes spans overlapping deleted text and reports them', () => {
    const pos = T.indexOf('मॉस्को');
    const r = shiftSpans(spans, [{ start: pos + 2, end: pos + 4, text: '' }]);
    assert.deepEqual(r.removed.map((s) => s.text), ['मॉस्को']);
    const t2 = edit(T, pos + 2, pos + 4, '');
    assert.deepEqual(r.spans.map((s) => t2.slice(s.start, s.end)), ['राजनाथ सिंह', 'पुतिन']);
  });

  it('grows a span for an insertion strictly inside it and updates its text', () => {
    const s = at('राजनथ', 'राजनथ');
    const r = shiftSpans([s], [{ start: 4, end: 4, text: 'ा' }]);
    assert.equal(r.spans[0].text, 'राजनाथ');
    assert.equal(r.spans[0].end, 6);
  });

  it('does not grow a span for typing right after or before it', () => {
    const s = at(T, 'पुतिन');
    const after = shiftSpans([s], [{ start: s.end, end: s.end, text: 'जी' }]);
    assert.deepEqual([after.spans[0].start, after.spans[0].end], [s.start, s.end]);
    const before = shiftSpans([s], [{ start: s.start, end: s.start, text: 'श्री ' }]);
    assert.deepEqual([before.spans[0].start, before.spans[0].end], [s.start + 5, s.end + 5]);
  });

  it('applies several changes of one event (multi-cursor) correctly in any order', () => {
    const a = T.indexOf('ने');
    const b = T.indexOf('से');
    const changes: TextChange[] = [{ start: a, end: a + 2, text: 'ने तो' }, { start: b, end: b + 2, text: '' }];
    const t2 = edit(edit(T, b, b + 2, ''), a, a + 2, 'ने तो');
    for (const order of [changes, [...changes].reverse()]) {
      const r = shiftSpans(spans, order);
      assert.deepEqual(r.spans.map((s) => t2.slice(s.start, s.end)), ['राजनाथ सिंह', 'मॉस्को', 'पुतिन']);
    }
  });

  it('keep mode maps overlapped spans instead of dropping them', () => {
    const s = at(T, 'मॉस्को');
    const r = shiftSpans([s], [{ start: s.start + 1, end: s.start + 3, text: '' }], 'keep');
    assert.equal(r.removed.length, 0);
    assert.equal(r.spans.length, 1);
    assert.equal(r.spans[0].text, 'मॉस्को');
  });

  it('property: every surviving span still covers its own text after random edits', () => {
    const base = 'आज दिल्ली में भारत और रूस के रक्षा मंत्री मिले। Belousov met Singh.';
    const words = ['दिल्ली', 'भारत', 'रूस', 'रक्षा मंत्री', 'Belousov', 'Singh'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(5), fc.constantFrom('', 'x', 'नया ', 'ि')), { maxLength: 6 }), (edits) => {
        let text = base;
        let cur = words.map((w) => at(base, w));
        for (const [p, len, ins] of edits) {
          const start = p % (text.length + 1);
          const end = Math.min(text.length, start + len);
          const r = shiftSpans(cur, [{ start, end, text: ins }]);
          text = edit(text, start, end, ins);
          cur = r.spans;
          for (const s of cur) assert.equal(text.slice(s.start, s.end), s.text);
        }
      }),
    );
  });
});
