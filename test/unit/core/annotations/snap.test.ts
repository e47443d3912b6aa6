import * as assert from 'node:assert/strict';
import { findWholeWord, snapToWords } from '../../../../src/core/annotations';

function snapped(text: string, start: number, end: number): string | undefined {
  const r = snapToWords(text, start, end);
  return r && text.slice(r.start, r.end);
}

describe('snapping selections to words', () => {
  const T = 'रक्षा मंत्री राजनाथ सिंह ने कहा। Shoigu, 2023';

  it('extends a partial selection to whole Devanagari words', () => {
    const i = T.indexOf('राजनाथ');
    assert.equal(snapped(T, i + 1, i + 3), 'राजनाथ');
  });

  it('never leaves a combining mark, virama or nukta without its base', () => {
    // "मंत्री": म + ं + त + ् + र + ी. Cutting after the virama or before the matra must not happen.
    const i = T.indexOf('मंत्री');
    for (let a = i; a <= i + 6; a++) {
      for (let b = a; b <= i + 6; b++) {
        const r = snapToWords(T, a, b)!;
        assert.equal(T.slice(r.start, r.end), 'मंत्री', `selection ${a - i}..${b - i}`);
      }
    }
  });

  it('trims spaces and punctuation, including the danda', () => {
    const i = T.indexOf(' सिंह ने कहा।');
    assert.equal(snapped(T, i, i + ' सिंह ने कहा। '.length), 'सिंह ने कहा');
    const j = T.indexOf('Shoigu,');
    assert.equal(snapped(T, j - 1, j + 7), 'Shoigu');
  });

  it('selects the word at a caret, or just before it', () => {
    const i = T.indexOf('सिंह');
    assert.equal(snapped(T, i + 2, i + 2), 'सिंह');
    assert.equal(snapped(T, i + 4, i + 4), 'सिंह');
  });

  it('returns undefined when there is no word', () => {
    assert.equal(snapToWords('  ।, ', 0, 4), undefined);
    assert.equal(snapToWords('', 0, 0), undefined);
  });

  it('keeps NFD text, ZWJ and emoji intact', () => {
    const nfd = 'Jose\u0301 met';
    assert.equal(snapped(nfd, 1, 3), 'Jose\u0301');
    const zwj = 'क्\u200dष x';
    assert.equal(snapped(zwj, 0, 1), 'क्\u200dष');
    const emoji = 'a 😀 b';
    assert.equal(snapToWords(emoji, 2, 4), undefined);
    const astral = 'x 𝐀𝐁 y'; // mathematical letters are astral \p{L}
    assert.equal(snapped(astral, 3, 4), '𝐀𝐁');
  });

  it('finds whole-word occurrences only', () => {
    const t = 'सिंह, राजसिंह और सिंहासन पर सिंह';
    const hits = findWholeWord(t, 'सिंह');
    assert.deepEqual(hits.map((h) => h.start), [0, t.lastIndexOf('सिंह')]);
    assert.deepEqual(findWholeWord('S-400 and S-400s', 'S-400').map((h) => h.start), [0]);
  });
});
