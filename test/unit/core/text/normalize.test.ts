import * as assert from 'node:assert/strict';
import { normalizeForMatch, normalizeWithMap } from '../../../../src/core/text/normalize';

describe('text/normalize: matching copy with an offset map', () => {
  it('unifies precomposed and decomposed nukta letters', () => {
    assert.equal(normalizeForMatch('\u095eरवरी'), normalizeForMatch('फ\u093cरवरी'));
  });

  it('unifies NFC and NFD Latin, case and curly quotes', () => {
    assert.equal(normalizeForMatch('Caf\u00e9 “X”'), normalizeForMatch('cafe\u0301 "x"'));
  });

  it('drops joiners and collapses spaces (NBSP too)', () => {
    assert.equal(normalizeForMatch('नई\u00a0\u00a0 दिल्ली\u200d'), 'नई दिल्ली');
  });

  it('maps every normalised index back to the original text', () => {
    const src = '\ufeffनई\u00a0 दिल्ली\r\n\u0958';
    const n = normalizeWithMap(src);
    const i = n.text.indexOf('दिल्ली');
    assert.ok(i > 0);
    const start = n.toOriginal[i];
    const end = n.originalEnd(i + 'दिल्ली'.length);
    assert.equal(src.slice(start, end), 'दिल्ली');
    // CRLF becomes one line break, the BOM disappears, NBSP+space collapse
    assert.equal(n.text, 'नई दिल्ली\n' + normalizeForMatch('\u0958'));
    assert.equal(n.toOriginal[n.text.length], src.length);
  });
});
