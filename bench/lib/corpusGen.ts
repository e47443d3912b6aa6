/**
 * Deterministic generators for benchmarks: synthetic knowledge-base names (Devanagari and Latin,
 * people and places) and a large mixed-script news-like corpus that mentions them.
 */
import type { KbEntity } from '../../src/core/model';
import { seededRandom } from '../../src/core/random';

/** The core's seeded PRNG (mulberry32), under the benches' name. */
export const rng = seededRandom;

const HI_SYL = ['रा', 'ज', 'ना', 'थ', 'वि', 'क्र', 'म', 'सु', 'रे', 'श', 'दी', 'प', 'को', 'लो', 'व', 'स्की', 'मि', 'ला', 'नो', 'गो', 'रो', 'त', 'खा', 'ने', 'बे', 'लौ', 'सो', 'पु', 'ति', 'न', 'शो', 'इ', 'गू', 'अ', 'नि', 'ल'];
const EN_SYL = ['ra', 'ja', 'na', 'vi', 'kra', 'ma', 'su', 're', 'sha', 'di', 'pa', 'ko', 'lo', 'va', 'ski', 'mi', 'la', 'no', 'go', 'ro', 'ta', 'kha', 'ne', 'be', 'lou', 'so', 'pu', 'ti', 'sho', 'gu', 'a', 'ni'];

function word(r: () => number, syl: string[], min: number, max: number): string {
  const n = min + Math.floor(r() * (max - min + 1));
  let s = '';
  for (let i = 0; i < n; i++) s += syl[Math.floor(r() * syl.length)];
  return s;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `count` synthetic entities (people and places), each with a Hindi and a Latin alias. */
export function syntheticEntities(count: number, seed = 7): KbEntity[] {
  const r = rng(seed);
  const out: KbEntity[] = [];
  const seen = new Set<string>();
  while (out.length < count) {
    const person = r() < 0.7;
    const hi = person ? `${word(r, HI_SYL, 2, 3)} ${word(r, HI_SYL, 2, 4)}` : word(r, HI_SYL, 3, 4);
    const en = person ? `${cap(word(r, EN_SYL, 2, 3))} ${cap(word(r, EN_SYL, 2, 4))}` : cap(word(r, EN_SYL, 3, 4));
    if (seen.has(hi) || seen.has(en)) continue;
    seen.add(hi);
    seen.add(en);
    const id = `${person ? 'person' : 'place'}/synthetic-${out.length}`;
    out.push({ id, label: person ? 'PERSON' : 'LOCATION', name: { hi, en }, aliases: [hi, en] });
  }
  return out;
}

const FILLER = ['ने', 'में', 'के साथ', 'मुलाकात की', 'बैठक हुई', 'और', 'द्विपक्षीय संबंधों पर चर्चा की', 'रक्षा सहयोग', 'कहा कि', 'दोनों देशों के बीच',
  'सरकार', 'बयान में', 'the minister said', 'talks', 'on Friday', '😀', 'पर', 'से', 'को', 'की', 'था', 'हैं', 'रक्षा मंत्री', 'राष्ट्रपति', '10 दिसंबर 2024 को',
  'शुक्रवार को', 'एस-400', 'Su-30MKI', '21वें सत्र', 'प्रधानमंत्री', 'ये भी पढ़ें:', 'नई दिल्ली', 'मॉस्को', 'रूस', 'भारत'];

/** A corpus of articles (each ~4 KB) totalling at least `minBytes` UTF-8 bytes. */
export function syntheticCorpus(entities: KbEntity[], minBytes: number, seed = 11): string[] {
  const r = rng(seed);
  const docs: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    const parts: string[] = [];
    let len = 0;
    while (len < 1400) {
      const x = r();
      let piece: string;
      if (x < 0.12) {
        const e = entities[Math.floor(r() * entities.length)];
        piece = r() < 0.6 ? e.name.hi ?? e.aliases[0] : e.name.en ?? e.aliases[0];
      } else piece = FILLER[Math.floor(r() * FILLER.length)];
      parts.push(piece);
      if (r() < 0.08) parts.push(r() < 0.5 ? '।\n' : '.\r\n');
      len += piece.length + 1;
    }
    const doc = parts.join(' ');
    docs.push(doc);
    bytes += utf8Length(doc);
  }
  return docs;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}
