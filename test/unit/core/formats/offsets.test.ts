import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { OffsetMap } from '../../../../src/core/formats';

describe('code point <-> UTF-16 offsets', () => {
  it('agrees with Array.from on arbitrary text, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('a', 'क', '\u093C', '\u200D', '😀', '𝐁', '\uD800', '\uDC00', '\r\n', '\uFEFF')) }), (t) => {
        const map = new OffsetMap(t);
        const cps = Array.from(t);
        assert.equal(map.length, cps.length);
        let u = 0;
        for (let cp = 0; cp <= cps.length; cp++) {
          assert.equal(map.checkedUtf16(cp), u);
          assert.equal(map.toCodePoint(u), cp);
          assert.ok(map.isBoundary(u));
          if (cp < cps.length) {
            if (cps[cp].length === 2) assert.equal(map.isBoundary(u + 1), false);
            u += cps[cp].length;
          }
        }
        for (let a = 0; a <= cps.length; a += 3) assert.equal(map.slice(a, cps.length), cps.slice(a).join(''));
      }),
    );
  });

  it('rejects offsets inside a surrogate pair or outside the text', () => {
    const map = new OffsetMap('a😀b');
    assert.throws(() => map.toCodePoint(2), RangeError);
    assert.throws(() => map.toCodePoint(5), RangeError);
    assert.equal(map.checkedUtf16(4), undefined);
    assert.equal(map.checkedUtf16(-1), undefined);
    assert.equal(map.slice(1, 2), '😀');
  });
});
