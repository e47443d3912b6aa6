import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { buildCorpusJson, stringifyCorpus } from '../../../../src/core/corpus/build';
import { sha256Hex, sha256OfText, utf8Encode } from '../../../../src/core/corpus/sha256';
import { analyzeDocument } from '../../../../src/core/analyze';
import { KnowledgeBase } from '../../../../src/core/kb/knowledgeBase';
import type { Meeting } from '../../../../src/core/model';

describe('corpus: pure-TS sha256 and the corpus JSON', () => {
  it('computes the same SHA-256 and UTF-8 as Node (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
      assert.deepEqual(Buffer.from(utf8Encode(s)), Buffer.from(s, 'utf8'));
      assert.equal(sha256OfText(s), createHash('sha256').update(s, 'utf8').digest('hex'));
    }));
    assert.equal(sha256Hex(new Uint8Array(0)), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const big = new Uint8Array(100_000).map((_, i) => i % 251);
    assert.equal(sha256Hex(big), createHash('sha256').update(big).digest('hex'));
  });

  it('converts spans, zones and meeting mentions to code points, sorted and deterministic', () => {
    const kb = new KnowledgeBase([{ id: 'place/moscow', label: 'LOCATION', name: { hi: 'मॉस्को', en: 'Moscow' }, aliases: [] }]);
    const text = '😀😀 मॉस्को में बैठक।\nये भी पढ़ें: Moscow';
    const analysis = analyzeDocument(text, { kb });
    const i = text.indexOf('मॉस्को');
    const meeting: Meeting = { id: 'm1', participants: [], topics: [], status: 'held', confidence: 0.5, mentions: [{ document: 'b.txt', start: i, end: i + 6, text: 'मॉस्को' }] };
    const docs = [
      { id: 'b.txt', path: 'x/b.txt', text, analysis },
      { id: 'a.txt', path: 'x/a.txt', text: 'Moscow', analysis: analyzeDocument('Moscow', { kb }) },
    ];
    const corpus = buildCorpusJson(docs, { meetings: [meeting], lookupEntity: (id) => kb.get(id) });
    assert.equal(corpus.offsets, 'codepoint');
    assert.deepEqual(corpus.documents.map((d) => d.id), ['a.txt', 'b.txt']);
    const b = corpus.documents[1];
    const cps = [...text];
    assert.equal(b.length, cps.length);
    for (const e of b.entities) assert.equal(cps.slice(e.start, e.end).join(''), e.text);
    assert.deepEqual(b.entities.map((e) => [e.start, e.text, !!e.inBoilerplate]), [[3, 'मॉस्को', false], [cps.length - 6, 'Moscow', true]]);
    assert.equal(b.zones[0].kind, 'related-links');
    assert.equal(corpus.meetings[0].mentions[0].start, 3);
    assert.equal(b.sha256, createHash('sha256').update(text, 'utf8').digest('hex'));
    assert.deepEqual(corpus.entities.map((e) => [e.id, e.name, e.nameHi]), [['place/moscow', 'Moscow', 'मॉस्को']]);
    // deterministic text, one span per line, valid JSON
    const s1 = stringifyCorpus(corpus);
    assert.equal(stringifyCorpus(buildCorpusJson([...docs].reverse(), { meetings: [meeting], lookupEntity: (id) => kb.get(id) })), s1);
    assert.deepEqual(JSON.parse(s1), JSON.parse(JSON.stringify(corpus)));
    assert.ok(s1.split('\n').some((l) => /^\s+\{"start":3,"end":9,"label":"LOCATION"/.test(l)));
  });
});
