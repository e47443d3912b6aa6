import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument } from '../../../../src/core/analyze';
import { builtinKnowledgeBase } from '../../../../src/core/kb/builtin';
import { isBoundary } from '../../../../src/core/text/chars';

// Fragments that trigger every recogniser, plus noise: Devanagari, Latin, emoji, CRLF, NBSP, ZWJ.
const FRAGMENTS = [
  'रक्षा मंत्री', 'राजनाथ सिंह', 'सिंह', 'ने', 'कहा', '।', 'रूस', 'रूसी', 'के', 'राष्ट्रपति', 'व्लादिमीर पुतिन', 'बेलौसोव', 'नई दिल्ली', 'मॉस्को',
  '10 दिसंबर 2024', 'दिसम्बर', 'शुक्रवार', 'आज', '21वें', 'भारत-रूस अंतर सरकारी आयोग', 'एस-400', 'एसयू-30 एमकेआई', 'एससीओ', 'शंघाई सहयोग संगठन',
  'लेफ्टिनेंट जनरल', 'श्री', 'डॉ.', 'Defence Minister', 'Rajnath Singh', 'Putin', 'December 10, 2024', 'Su-30MKI', 'Gen.', 'SCO', 'summit',
  '😀', '👍🏽', '\r\n', '\n', '\u00a0', '\u200d', ' ', ', ', '. ', 'ये भी पढ़ें:', 'Recent Posts', '२०२४', 'सिंहासन', 'क़', '(', ')', '“', '”',
];

const nfd = (s: string) => s.normalize('NFD');

const docArb = fc.tuple(
  fc.boolean(),
  fc.boolean(),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 60 }),
).map(([bom, decompose, parts]) => {
  let s = parts.join(' ');
  if (decompose) s = nfd(s);
  return (bom ? '\ufeff' : '') + s;
});

describe('analyzeDocument: properties on random mixed-script documents', () => {
  const kb = builtinKnowledgeBase();

  it('spans lie on word boundaries, equal their slice, and do not overlap', () => {
    fc.assert(fc.property(docArb, (text) => {
      const a = analyzeDocument(text, { kb });
      let prevEnd = -1;
      for (const e of a.entities) {
        assert.ok(e.start >= 0 && e.end <= text.length && e.start < e.end, `range ${e.start}-${e.end}`);
        assert.equal(e.text, text.slice(e.start, e.end));
        assert.ok(isBoundary(text, e.start), `start of ${JSON.stringify(e.text)} is a word boundary`);
        assert.ok(isBoundary(text, e.end), `end of ${JSON.stringify(e.text)} is a word boundary`);
        assert.ok(e.start >= prevEnd, 'sorted and non-overlapping');
        prevEnd = e.end;
      }
      for (const z of a.zones) assert.ok(z.start >= 0 && z.end <= text.length && z.start < z.end);
      for (const s of a.sentences) {
        assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end);
        assert.ok(!text.slice(s.start, s.end).includes('\n'), 'a sentence never crosses a line break');
      }
    }), { numRuns: 300 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(docArb, (text) => {
      assert.deepEqual(analyzeDocument(text, { kb }), analyzeDocument(text, { kb }));
    }), { numRuns: 50 });
  });

  it('finds the same entities in NFC and NFD text', () => {
    const text = 'रक्षा मंत्री राजनाथ सिंह ने 10 फ़रवरी 2024 को मॉस्को में पुतिन से मुलाकात की।';
    const a = analyzeDocument(text, { kb }).entities.map((e) => [e.label, e.entityId]);
    const b = analyzeDocument(nfd(text), { kb }).entities.map((e) => [e.label, e.entityId]);
    assert.deepEqual(b, a);
    assert.ok(a.length >= 4);
  });

  it('handles empty, whitespace-only and emoji-only text', () => {
    for (const t of ['', ' ', '\r\n\r\n', '😀😀', '\ufeff']) {
      const a = analyzeDocument(t, { kb });
      assert.deepEqual(a.entities, []);
    }
  });
});
