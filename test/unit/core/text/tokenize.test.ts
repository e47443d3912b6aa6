import * as assert from 'node:assert/strict';
import { isBoundary, isWordAt, isJsSpace } from '../../../../src/core/text/chars';
import { scanWords } from '../../../../src/core/ner/trie';
import { seededRandom } from '../../../../src/core/random';
import { tokenize, words } from '../../../../src/core/text/tokenize';

describe('text/chars and tokenize: Devanagari-aware words', () => {
  it('keeps matras, virama, nukta and anusvara inside words', () => {
    assert.deepEqual(words('रक्षा मंत्री राजनाथ सिंह ने कहा।'), ['रक्षा', 'मंत्री', 'राजनाथ', 'सिंह', 'ने', 'कहा']);
    assert.deepEqual(words('फ़रवरी ज़िले'), ['फ़रवरी', 'ज़िले']);
  });

  it('treats the danda and double danda as punctuation', () => {
    const t = tokenize('दिल्ली।॥');
    assert.deepEqual(t.map((x) => [x.text, x.word]), [['दिल्ली', true], ['।', false], ['॥', false]]);
  });

  it('keeps ZWJ/ZWNJ inside a word but not at its edges', () => {
    assert.deepEqual(words('क्\u200dष \u200cabc'), ['क्\u200dष', 'abc']);
  });

  it('knows word boundaries: सिंह is not a word prefix boundary inside सिंहासन', () => {
    const s = 'सिंहासन';
    assert.equal(isBoundary(s, 4), false);
    assert.equal(isBoundary('सिंह ने', 4), true);
    assert.equal(isBoundary('रूसी', 3), false);
    assert.equal(isWordAt('a😀b', 1), false);
  });

  it('records spaces and line breaks before tokens, with original offsets', () => {
    const text = 'A\r\nB  C';
    const t = tokenize(text);
    assert.deepEqual(t.map((x) => [x.text, x.start, x.end, x.spaceBefore, x.newlineBefore]), [
      ['A', 0, 1, false, false], ['B', 3, 4, true, true], ['C', 6, 7, true, false],
    ]);
  });

  it('keeps Devanagari digits in words and splits emoji off', () => {
    assert.deepEqual(tokenize('२०२४😀x').map((x) => x.text), ['२०२४', '😀', 'x']);
  });
});

describe('text/chars: isJsSpace', () => {
  it('is /\\s/u for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isJsSpace(c), /\s/u.test(String.fromCharCode(c)), c.toString(16));
    assert.equal(isJsSpace(NaN), false);
  });
});

describe('text/tokenize: word hashes', () => {
  it('pushes the same word triples as the trie\'s scanWords, on random mixed-script text', () => {
    const r = seededRandom(7);
    const pieces = ['रूस', 'क़', 'क\u093c', 'नई', ' ', '  ', '\n', '\r\n', '।', '.', '-', 'S-400', 'Putin', 'PUTIN', 'café', 'cafe\u0301',
      '\u200d', '\u200c', 'क्\u200dष', '😀', '𝐀', '\ud800', '\udc00', '\ufeff', '\u00a0', 'ﬁ', 'İstanbul', '٣', '१२'];
    for (let n = 0; n < 300; n++) {
      let text = '';
      const len = Math.floor(r() * 40);
      for (let k = 0; k < len; k++) text += pieces[Math.floor(r() * pieces.length)];
      const words: number[] = [];
      const tokens = tokenize(text, 0, text.length, words);
      assert.deepEqual(words, scanWords(text), JSON.stringify(text));
      assert.deepEqual(tokens, tokenize(text), JSON.stringify(text));
    }
  });
});
