/**
 * Character classes that are right for Devanagari and Latin alike.
 *
 * A word character is a letter, a combining mark (matras, virama, nukta, anusvara are `\p{M}`)
 * or a digit (`\p{N}`, including Devanagari digits). ZWJ/ZWNJ count as word characters only
 * between two word characters (they shape conjuncts inside a word). The danda (U+0964) and the
 * double danda (U+0965) are punctuation.
 */

const WORD_RE = /^[\p{L}\p{M}\p{N}]$/u;
const WORD_GLOBAL = /[\p{L}\p{M}\p{N}]/gu;
/** 1 = word character, 0 = not; filled per 256-character block of the BMP on first use. */
export const WORD_TABLE = new Uint8Array(0x10000);
const blockDone = new Uint8Array(0x100);

export const ZWNJ = 0x200c;
export const ZWJ = 0x200d;

function classifyBlock(b: number): void {
  const codes: number[] = [];
  for (let i = 0; i < 256; i++) {
    const c = (b << 8) | i;
    codes.push(c >= 0xd800 && c <= 0xdfff ? 0x20 : c);
  }
  const s = String.fromCharCode(...codes);
  WORD_GLOBAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_GLOBAL.exec(s))) WORD_TABLE[(b << 8) | m.index] = 1;
  blockDone[b] = 1;
}

/** Make sure the table is filled for the block of `c` (BMP). */
export function ensureWordBlock(c: number): void {
  if (blockDone[c >> 8] === 0) classifyBlock(c >> 8);
}

/** True when the code point is a letter, mark or number (ZWJ/ZWNJ excluded: see `isJoiner`). */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x10000) {
    if (blockDone[cp >> 8] === 0) classifyBlock(cp >> 8);
    return WORD_TABLE[cp] === 1;
  }
  return WORD_RE.test(String.fromCodePoint(cp));
}

export function isJoiner(cp: number): boolean {
  return cp === ZWJ || cp === ZWNJ;
}

/** Code point at UTF-16 index `i` (handles surrogate pairs; a lone surrogate is returned as is). */
export function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

/** The code point that ends just before UTF-16 index `i`, or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/** Is the character at UTF-16 index `i` part of a word (joiners count when between word characters)? */
export function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const cp = codePointAt(text, i);
  if (isWordCodePoint(cp)) return true;
  if (isJoiner(cp)) {
    const before = codePointBefore(text, i);
    const after = i + 1 < text.length ? codePointAt(text, i + 1) : -1;
    return before >= 0 && after >= 0 && isWordCodePoint(before) && isWordCodePoint(after);
  }
  return false;
}

/**
 * A word boundary lies at UTF-16 index `i` when the characters on either side are not both word
 * characters. Index 0 and text.length are boundaries. An index inside a surrogate pair is not.
 */
export function isBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff) {
    const p = text.charCodeAt(i - 1);
    if (p >= 0xd800 && p <= 0xdbff) return false;
  }
  const before = codePointBefore(text, i);
  const beforeIdx = i - (before > 0xffff ? 2 : 1);
  return !(isWordAt(text, beforeIdx) && isWordAt(text, i));
}

/** Devanagari block (U+0900–U+097F) or Devanagari Extended. */
export function isDevanagari(cp: number): boolean {
  return (cp >= 0x0900 && cp <= 0x097f) || (cp >= 0xa8e0 && cp <= 0xa8ff);
}

export function hasDevanagari(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDevanagari(s.charCodeAt(i))) return true;
  return false;
}

/** Latin letter (ASCII or Latin-1/Extended). */
export function isLatinLetter(cp: number): boolean {
  return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7);
}

export function isUpperLatin(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a;
}

/** JavaScript's `\s` for one code unit (NaN, past the end, is none): the same as /\s/u.test(ch), without a RegExp. */
export function isJsSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
