import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { sentenceGroups, splitAtBoundaries, tokenize } from '../../../../src/core/formats/tokenize';
import { OffsetMap } from '../../../../src/core/formats';

const words = (t: string) => tokenize(t).map((x) => t.slice(x.start, x.end));

describe('export tokenizer', () => {
  it('splits off danda, double danda and punctuation; keeps words with matras, nukta (both forms), ZWJ/ZWNJ whole', () => {
    assert.deepEqual(words('राजनाथ सिंह ने कहा। ठीक॥'), ['राजनाथ', 'सिंह', 'ने', 'कहा', '।', 'ठीक', '॥']);
    assert.deepEqual(words('\u0958ानून \u0915\u093Cानून'), ['\u0958ानून', '\u0915\u093Cानून']);
    assert.deepEqual(words('न्\u200Dयूज़ क्\u200Cष'), ['न्\u200Dयूज़', 'क्\u200Cष']);
    assert.deepEqual(words('(S-400, "Su-30MKI") 2,000 10.5'), ['(', 'S-400', ',', '"', 'Su-30MKI', '"', ')', '2,000', '10.5']);
    assert.deepEqual(words('भारत-रूस Indo-Pacific COVID-19'), ['भारत', '-', 'रूस', 'Indo', '-', 'Pacific', 'COVID-19']);
  });

  it('keeps emoji sequences whole and never puts whitespace (or a BOM) in a token', () => {
    assert.deepEqual(words('\uFEFFहाँ 👨\u200D👩\u200D👧 👍🏽!🇮🇳'), ['हाँ', '👨\u200D👩\u200D👧', '👍🏽', '!', '🇮', '🇳']);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (t) => {
        const toks = tokenize(t);
        const map = new OffsetMap(t);
        let prev = 0;
        for (const k of toks) {
          assert.ok(k.start >= prev && k.end > k.start);
          assert.doesNotMatch(t.slice(k.start, k.end), /\s/);
          assert.ok(map.isBoundary(k.start) && map.isBoundary(k.end), 'tokens never split a surrogate pair');
          assert.match(t.slice(prev, k.start), /^\s*$/, 'only whitespace between tokens');
          prev = k.end;
        }
        assert.match(t.slice(prev), /^\s*$/);
      }),
    );
  });

  it('splits tokens at span boundaries and counts the splits', () => {
    const t = 'S-400s रूसी';
    const r = splitAtBoundaries(tokenize(t), [0, 5]);
    assert.deepEqual(r.tokens.map((x) => t.slice(x.start, x.end)), ['S-400', 's', 'रूसी']);
    assert.equal(r.splits, 1);
  });

  it('groups sentences at dandas, full stops (not abbreviations) and line breaks, never inside a span', () => {
    const t = 'Gen. Anil Chauhan came. वे आए।\r\nनई लाइन';
    const toks = tokenize(t);
    const sents = sentenceGroups(t, toks).map((g) => g.map((i) => t.slice(toks[i].start, toks[i].end)).join(' '));
    assert.deepEqual(sents, ['Gen . Anil Chauhan came .', 'वे आए ।', 'नई लाइन']);
    const keep = [{ start: t.indexOf('आए'), end: t.indexOf('लाइन') + 4 }];
    assert.equal(sentenceGroups(t, toks, keep).length, 2);
  });
});
