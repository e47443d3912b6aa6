import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { OffsetConverter, sliceCodePoints } from '../../../../src/core/text/offsets';

describe('text/offsets: UTF-16 <-> code points', () => {
  it('is the identity without astral characters', () => {
    const c = new OffsetConverter('रक्षा मंत्री');
    assert.equal(c.isIdentity, true);
    assert.equal(c.toCodePoint(5), 5);
    assert.equal(c.toUtf16(5), 5);
  });

  it('counts an emoji as one code point', () => {
    const text = 'a😀b😀c';
    const c = new OffsetConverter(text);
    assert.equal(c.codePointLength, 5);
    assert.equal(c.toCodePoint(3), 2); // 'b'
    assert.equal(c.toCodePoint(text.length), 5);
    assert.equal(c.toUtf16(4), 6); // 'c'
    assert.equal(sliceCodePoints(text, 1, 3), '😀b');
  });

  it('round-trips every code point boundary (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
      const c = new OffsetConverter(s);
      const cps = [...s];
      assert.equal(c.codePointLength, cps.length);
      let u = 0;
      for (let i = 0; i <= cps.length; i++) {
        assert.equal(c.toCodePoint(u), i);
        assert.equal(c.toUtf16(i), u);
        if (i < cps.length) u += cps[i].length;
      }
    }));
  });
});
