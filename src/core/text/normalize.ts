/**
 * Matching normalisation. The user's text is never changed: matching runs over a normalised
 * copy (or a character-by-character normalised view) with a map back to the original offsets.
 *
 * Per character: canonical decomposition (NFD; so NFC and NFD input, and precomposed nukta
 * letters such as U+0958 क़, all meet), Latin diacritics and case dropped, ZWJ/ZWNJ/ZWSP/BOM/soft
 * hyphen removed, NBSP and other spaces -> ' ', curly quotes -> straight, hyphen variants -> '-',
 * CR -> LF. Runs of spaces collapse to one (see `normalizeWithMap`).
 */

const cache = new Map<number, string>();

const REMOVED = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);
const SPACES = new Set([0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]);
const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x00b4, 0x0060]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb]);
const HYPHENS = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xfe63, 0xff0d]);

function compute(cp: number): string {
  if (REMOVED.has(cp)) return '';
  if (SPACES.has(cp) || (cp >= 0x2000 && cp <= 0x200a)) return ' ';
  if (cp === 0x0d || cp === 0x2028 || cp === 0x2029 || cp === 0x85) return '\n';
  if (SINGLE_QUOTES.has(cp)) return "'";
  if (DOUBLE_QUOTES.has(cp)) return '"';
  if (HYPHENS.has(cp)) return '-';
  const s = String.fromCodePoint(cp).normalize('NFD');
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    // Latin/Greek/Cyrillic combining diacritics are dropped; Indic marks are kept.
    if (c >= 0x0300 && c <= 0x036f) continue;
    out += ch;
  }
  return out.toLowerCase();
}

/** Normalised form of one code point ('' when it is dropped). */
export function normChar(cp: number): string {
  if (cp < 0x80) {
    if (cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 32);
    if (cp === 0x09 || cp === 0x0b || cp === 0x0c) return ' ';
    if (cp === 0x0d) return '\n';
    return String.fromCharCode(cp);
  }
  let s = cache.get(cp);
  if (s === undefined) {
    s = compute(cp);
    cache.set(cp, s);
  }
  return s;
}

/** Normalise a short string (an alias, a token) the same way the text is normalised. */
export function normalizeForMatch(s: string): string {
  let out = '';
  let lastSpace = true; // also drops leading spaces
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    let n = normChar(cp);
    if (n === '\n') n = ' ';
    if (n === ' ') {
      if (lastSpace) continue;
      lastSpace = true;
    } else if (n.length > 0) lastSpace = false;
    out += n;
  }
  return lastSpace && out.endsWith(' ') ? out.slice(0, -1) : out;
}

export interface NormalizedText {
  /** The normalised copy. */
  text: string;
  /**
   * `toOriginal[i]` is the UTF-16 index in the original text of the character that produced
   * normalised index i; `toOriginal[text.length]` is the original length. Use it for starts;
   * for an end-exclusive end use `originalEnd`.
   */
  toOriginal: Int32Array;
  /** `originalEnd(i)`: original end-exclusive index for a normalised end-exclusive index i. */
  originalEnd(i: number): number;
}

/** Normalise a whole text with a map back to the original UTF-16 offsets. */
export function normalizeWithMap(src: string): NormalizedText {
  const parts: string[] = [];
  const map: number[] = [];
  const ends: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < src.length; ) {
    const cp = src.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    let n = normChar(cp);
    if (cp === 0x0d && src.charCodeAt(i + 1) === 0x0a) n = ''; // CRLF -> one LF (the LF)
    if (n === ' ') {
      if (lastSpace) n = '';
    }
    if (n.length > 0) {
      lastSpace = n === ' ';
      parts.push(n);
      for (let k = 0; k < n.length; k++) {
        map.push(i);
        ends.push(i + w);
      }
    }
    i += w;
  }
  const text = parts.join('');
  const toOriginal = new Int32Array(map.length + 1);
  for (let k = 0; k < map.length; k++) toOriginal[k] = map[k];
  toOriginal[map.length] = src.length;
  return {
    text,
    toOriginal,
    originalEnd: (e: number) => (e <= 0 ? 0 : e >= ends.length ? src.length : ends[e - 1]),
  };
}
