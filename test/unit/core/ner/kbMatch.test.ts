import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../../src/core/analyze';
import { KnowledgeBase } from '../../../../src/core/kb/knowledgeBase';
import { normWord, tokenNorm } from '../../../../src/core/ner/kbMatch';
import { normalizeForMatch } from '../../../../src/core/text/normalize';
import { tokenize } from '../../../../src/core/text/tokenize';
import { analyze, pairs } from './helpers';

describe('ner/kbMatch: knowledge-base matching on word boundaries', () => {
  it('does not match सिंह inside सिंहासन nor रूस inside रूसी', () => {
    assert.deepEqual(pairs('सिंहासन पर रूसी सैनिक'), []);
    assert.deepEqual(pairs('रूस के साथ'), [['LOCATION', 'रूस']]);
  });

  it('matches नई दिल्ली before a danda and across NBSP/ZWJ/nukta variants', () => {
    assert.deepEqual(pairs('वे नई दिल्ली। पहुंचे'), [['LOCATION', 'नई दिल्ली']]);
    assert.deepEqual(pairs('नई\u00a0दिल्ली में'), [['LOCATION', 'नई\u00a0दिल्ली']]);
  });

  it('links exact aliases with high confidence and variants with lower confidence', () => {
    const e = analyze('बेलोसोव और बेलौसोव और बेलोउसॉव और Belousov');
    assert.deepEqual(e.map((x) => [x.text, x.entityId, x.method]), [
      ['बेलोसोव', 'person/belousov', 'kb-exact'],
      ['बेलौसोव', 'person/belousov', 'kb-variant'],
      ['बेलोउसॉव', 'person/belousov', 'kb-variant'],
      ['Belousov', 'person/belousov', 'kb-exact'],
    ]);
    assert.ok(e[0].confidence > e[1].confidence);
    assert.ok(e[1].confidence >= 0.6 && e[1].confidence < 0.9);
  });

  it('a space after a full stop in an alias is optional in the text ("ए. पी. सिंह" = "ए.पी. सिंह")', () => {
    const k = new KnowledgeBase([{ id: 'person/ap-singh', label: 'PERSON', name: { hi: 'ए. पी. सिंह', en: 'A. P. Singh' }, aliases: [] }]);
    const find = (t: string) => analyzeDocument(t, { kb: k }).entities.filter((e) => e.entityId === 'person/ap-singh').map((e) => e.text);
    assert.deepEqual(find('ए.पी. सिंह ने कहा।'), ['ए.पी. सिंह']);
    assert.deepEqual(find('ए. पी. सिंह ने कहा।'), ['ए. पी. सिंह']);
    assert.deepEqual(find('A.P. Singh and A. P. Singh.'), ['A.P. Singh', 'A. P. Singh']);
    // the dot itself is still needed
    assert.deepEqual(find('ए पी सिंह ने कहा।'), []);
  });

  it('prefers the longest alias and keeps acronyms case-sensitive', () => {
    assert.deepEqual(pairs('व्लादिमीर पुतिन ने कहा'), [['PERSON', 'व्लादिमीर पुतिन']]);
    assert.deepEqual(pairs('the UN said; un-related'), [['ORG', 'UN']]);
  });

  it('decides ambiguous place names by context (गया)', () => {
    assert.deepEqual(pairs('वह घर चला गया।'), []);
    assert.deepEqual(pairs('गया में रैली हुई'), [['LOCATION', 'गया']]);
  });

  it('puts KB role and country on people', () => {
    const [p] = analyze('पुतिन ने कहा');
    assert.equal(p.attrs?.role, 'president');
    assert.equal(p.attrs?.country, 'RU');
  });
});

describe('ner/kbMatch: normWord and tokenNorm agree with normalizeForMatch', () => {
  it('gives normalizeForMatch(word) for ASCII, Devanagari (with nukta letters), mixed and spaced words', () => {
    const words: string[] = ['abc', 'ABC', 'Putin', 'x-ray', "o'neil", 'a`b', 'a b', ' a', 'a\tb', 'S-400', 'su-30mki', '!?', '~', '\u007f',
      'रूस', 'क़ानून', 'क़ानून'.normalize('NFD'), 'ज़ेलेंस्की', 'मॉस्को', 'दिल्ली।', 'Ab रूस', 'café', 'CAFÉ', '\u00a0नई', 'ए.पी.'];
    // every printable ASCII character alone and between letters
    for (let c = 0x20; c < 0x80; c++) words.push(String.fromCharCode(c), `a${String.fromCharCode(c)}b`);
    for (const w of words) assert.equal(normWord(w), normalizeForMatch(w), JSON.stringify(w));
    for (const t of tokenize('Rajnath Singh ने कहा: "S-400" और ज़ेलेंस्की, Moscow।')) {
      assert.equal(t.norm, undefined);
      assert.equal(tokenNorm(t), normalizeForMatch(t.text), t.text);
      assert.equal(t.norm, normalizeForMatch(t.text));
    }
  });
});
