/**
 * Per-character matching normalisation as code units, cached for the BMP, and the word hash built
 * from it. The trie matcher hashes pattern first words and text words with it; the tokeniser can hash
 * its word tokens the same way while it scans them (so the text is scanned once).
 */
import { normChar } from './normalize';

/** Normalised form of BMP characters as one code unit (>= 0), -1 removed, -2 several units, -3 not computed. */
const normCode = new Int32Array(0x10000).fill(-3);
const normStr: (string | undefined)[] = new Array(0x10000);

/** The normalised form of BMP character `c` as one code unit (>= 0); -1 when removed, -2 when several units (see normStrOf). */
export function normOf(c: number): number {
  let v = normCode[c];
  if (v === -3) {
    const s = normChar(c);
    normStr[c] = s;
    v = s.length === 0 ? -1 : s.length === 1 ? s.charCodeAt(0) : -2;
    normCode[c] = v;
  }
  return v;
}

/** The normalised form of BMP character `c` as a string (after normOf(c)). */
export function normStrOf(c: number): string {
  return normStr[c]!;
}

/** The normalised form of any code point. */
export function norm(cp: number): string {
  if (cp < 0x10000) {
    normOf(cp);
    return normStr[cp]!;
  }
  return normChar(cp);
}

/** Hash of normalised code units, the same for a pattern's first word and a text word. */
export function mix(h: number, code: number): number {
  return (Math.imul(h, 31) + code) | 0;
}

/** `h` extended by the normalised code units of code point `cp`. */
export function mixCodePoint(h: number, cp: number): number {
  if (cp < 0x10000) {
    const code = normOf(cp);
    if (code >= 0) return mix(h, code);
    if (code === -1) return h;
  }
  const n = norm(cp);
  for (let k = 0; k < n.length; k++) h = mix(h, n.charCodeAt(k));
  return h;
}

/** The hash of a word as stored: 30 bits. */
export function finishHash(h: number): number {
  return h & 0x3fffffff;
}
