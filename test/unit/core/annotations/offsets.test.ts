import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CodePointIndex } from '../../../../src/core/annotations';

describe('code point offsets', () => {
  it('converts both ways around astral characters', () => {
    const t = 'a😀b𝐀c';
    const idx = new CodePointIndex(t);
    assert.equal(idx.codePointLength, 5);
    assert.deepEqual([0, 1, 3, 4, 6, 7].map((u) => idx.toCodePoint(u)), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((c) => idx.toUtf16(c)), [0, 1, 3, 4, 6, 7]);
    assert.equal(idx.toCodePoint(2), 1, 'inside a pair snaps to its start');
  });

  it('property: matches Array.from on random strings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'क', '्', '😀', '𝐀', '\n'), { maxLength: 40 }), (chars) => {
        const t = chars.join('');
        const idx = new CodePointIndex(t);
        let u = 0;
        chars.forEach((c, cp) => {
          assert.equal(idx.toCodePoint(u), cp);
          assert.equal(idx.toUtf16(cp), u);
          u += c.length;
        });
        assert.equal(idx.toUtf16(chars.length), t.length);
      }),
    );
  });
});
