/**
 * Devanagari-aware tokeniser: linear, no Intl.Segmenter. A word token is a maximal run of word
 * characters (letters, marks, digits; ZWJ/ZWNJ inside a word). Every other non-space character is a
 * one-character punctuation token (danda, hyphen, quotes, emoji...). Offsets are UTF-16, end-exclusive.
 */
import { isJoiner, isWordCodePoint } from './chars';
import { finishHash, mixCodePoint } from './wordHash';

export interface Token {
  start: number;
  end: number;
  /** The original slice. */
  text: string;
  /** Word token (letters/marks/digits) or a single punctuation/symbol character. */
  word: boolean;
  /** Whitespace separates it from the previous token. */
  spaceBefore: boolean;
  /** A line break separates it from the previous token. */
  newlineBefore: boolean;
  /** The matching-normalised text, filled on first use by `tokenNorm` (ner/kbMatch); undefined until then. */
  norm: string | undefined;
}

function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x0b || cp === 0x0c || cp === 0xa0 ||
    (cp >= 0x2000 && cp <= 0x200b) || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0xfeff || cp === 0x2028 || cp === 0x2029;
}

/**
 * Tokenise `text` (or its part [from, to)). With `words`, each word token's start, end and word hash
 * (text/wordHash) are pushed there too: the same triples as the trie's `scanWords` for the whole text.
 */
export function tokenize(text: string, from = 0, to = text.length, words?: number[]): Token[] {
  const out: Token[] = [];
  let i = from;
  let space = false;
  let newline = false;
  while (i < to) {
    // charCodeAt unless a lead surrogate: the same code point as codePointAt, without its cost
    const u = text.charCodeAt(i);
    const cp = u >= 0xd800 && u <= 0xdbff ? text.codePointAt(i)! : u;
    const w = cp > 0xffff ? 2 : 1;
    if (isWordCodePoint(cp)) {
      const start = i;
      let h = words ? mixCodePoint(0, cp) : 0;
      i += w;
      while (i < to) {
        const cu = text.charCodeAt(i);
        const c = cu >= 0xd800 && cu <= 0xdbff ? text.codePointAt(i)! : cu;
        if (isWordCodePoint(c)) {
          if (words) h = mixCodePoint(h, c);
          i += c > 0xffff ? 2 : 1;
        } else if (isJoiner(c) && i + 1 < to && isWordCodePoint(text.codePointAt(i + 1)!)) {
          i += 1;
        } else break;
      }
      if (words) words.push(start, i, finishHash(h));
      out.push({ start, end: i, text: text.slice(start, i), word: true, spaceBefore: space, newlineBefore: newline, norm: undefined });
      space = newline = false;
    } else if (isSpace(cp) || isJoiner(cp)) {
      if (cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029) newline = true;
      if (!isJoiner(cp)) space = true;
      i += w;
    } else {
      out.push({ start: i, end: i + w, text: text.slice(i, i + w), word: false, spaceBefore: space, newlineBefore: newline, norm: undefined });
      space = newline = false;
      i += w;
    }
  }
  return out;
}

/** Only the word tokens' texts of a short string (used for aliases and cue phrases). */
export function words(s: string): string[] {
  return tokenize(s).filter((t) => t.word).map((t) => t.text);
}
