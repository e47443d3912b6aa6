/**
 * The built-in warm-up text (src/core/warmup.ts): deterministic, within its size, well-formed, made from
 * the knowledge base (every label analysed back), and not a copy of the sample articles.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../../src/core/analyze';
import { builtinKnowledgeBase, createKnowledgeBase } from '../../../src/core/kb/builtin';
import { DEFAULT_LABELS, type KbEntity } from '../../../src/core/model';
import { WARM_UP_CHARS, warmUpText } from '../../../src/core/warmup';

// dist/test/unit/core -> repo root is four levels up; the corpus is ../shared/corpus from the root
const CORPUS = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'corpus');

/** No unpaired surrogate. */
function wellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

describe('warmUpText', () => {
  const kb = builtinKnowledgeBase();

  it('gives other texts for other variants, each deterministic', () => {
    const texts = [0, 1, 2, 3].map((v) => warmUpText(kb, 10_000, v));
    assert.equal(new Set(texts).size, 4);
    assert.deepEqual([0, 1, 2, 3].map((v) => warmUpText(kb, 10_000, v)), texts);
    assert.equal(warmUpText(kb, 10_000), texts[0], 'variant 0 is the default');
  });

  it('is deterministic, and a shorter text is a prefix of a longer one', () => {
    const a = warmUpText(kb, 20_000);
    assert.equal(warmUpText(kb, 20_000), a);
    assert.equal(warmUpText(createKnowledgeBase(), 20_000), a, 'the same knowledge base content gives the same text');
    const b = warmUpText(kb, 50_000);
    assert.ok(b.startsWith(a), 'paragraphs come in the same order whatever the size');
    assert.notEqual(b, a);
  });

  it('respects the size (UTF-16 units), cutting only between paragraphs or code points', () => {
    for (const size of [0, 1, 7, 300, 2_000, 30_000, WARM_UP_CHARS, 200_000]) {
      const t = warmUpText(kb, size);
      assert.ok(t.length <= size, `${size}: got ${t.length}`);
      if (size >= 2_000) assert.ok(t.length >= size - 2_000, `${size}: only ${t.length}`);
      // one unit may be too short for a first character outside the BMP (an emoji opens some paragraphs)
      if (size >= 2) assert.ok(t.length > 0, `${size}: empty`);
      assert.ok(wellFormed(t), `${size}: unpaired surrogate`);
    }
    assert.equal(warmUpText(kb).length <= WARM_UP_CHARS, true);
  });

  it('mixes Hindi and English news text with boilerplate lines', () => {
    const t = warmUpText(kb, 30_000);
    assert.match(t, /[\u0900-\u097f]{3}/u);
    assert.match(t, /[A-Za-z]{4} [A-Za-z]{3}/u);
    assert.ok(t.split('\n').length > 10, 'paragraphs');
    const zones = analyzeDocument(t, { kb }).zones;
    assert.ok(zones.length > 0, 'boilerplate zones found');
  });

  it('contains entities of every default label when analysed', () => {
    const t = warmUpText(kb, 5_000);
    const found = new Set(analyzeDocument(t, { kb }).entities.map((e) => e.label));
    for (const label of DEFAULT_LABELS) assert.ok(found.has(label), `${label} found in the warm-up text`);
  });

  it('is made from the knowledge base it is given: every label of a small one, each entity linked', () => {
    const own: KbEntity[] = [
      { id: 'test:qorvan', label: 'PERSON', name: { hi: 'ज़ेफिरो क़ोरवान', en: 'Zefiro Qorvan' }, aliases: ['ज़ेफिरो क़ोरवान', 'Zefiro Qorvan'] },
      { id: 'test:lumeria', label: 'LOCATION', name: { hi: 'लुमेरिया', en: 'Lumeria' }, aliases: ['लुमेरिया', 'Lumeria'] },
      { id: 'test:vantor', label: 'ORG', name: { hi: 'वैंटर परिषद', en: 'Vantor Council' }, aliases: ['वैंटर परिषद', 'Vantor Council'] },
      { id: 'test:skyl', label: 'EQUIPMENT', name: { hi: 'स्काइल-9', en: 'Skyl-9' }, aliases: ['स्काइल-9', 'Skyl-9'] },
      { id: 'test:summit', label: 'EVENT', name: { hi: 'लुमेरिया शिखर सम्मेलन', en: 'Lumeria Summit' }, aliases: ['लुमेरिया शिखर सम्मेलन', 'Lumeria Summit'] },
    ];
    const small = createKnowledgeBase(own, false);
    const t = warmUpText(small, 3_000);
    for (let variant = 0; variant < 6; variant++) {
      const opening = warmUpText(small, 3_000, variant).split('\n').slice(0, 2).join('\n');
      for (const e of own) assert.ok(opening.includes(e.name.hi!) || opening.includes(e.name.en!), `variant ${variant}: ${e.id} in the opening`);
    }
    const linked = new Set(analyzeDocument(t, { kb: small }).entities.map((e) => e.entityId));
    for (const e of own) assert.ok(linked.has(e.id), `${e.id} found and linked`);
    assert.ok(!t.includes('राजनाथ'), 'no built-in entity when the knowledge base has none');
  });

  it('does not copy the sample articles', function () {
    if (!existsSync(CORPUS)) {
      console.log(`      (skipped: ${CORPUS} is absent; the real articles live in ../shared/corpus)`);
      this.skip();
    }
    const t = warmUpText(kb, WARM_UP_CHARS);
    for (const f of readdirSync(CORPUS).filter((n) => n.endsWith('.txt'))) {
      const article = readFileSync(join(CORPUS, f), 'utf8');
      // No run of 60 characters of an article's own sentences (long enough to exclude shared names and phrases).
      for (let i = 0; i + 60 <= article.length; i += 20) {
        const piece = article.slice(i, i + 60);
        if (piece.includes('\n')) continue;
        assert.ok(!t.includes(piece), `${f} at ${i}: "${piece}"`);
      }
    }
  });
});
