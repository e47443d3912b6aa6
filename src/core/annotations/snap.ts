/**
 * Word-boundary snapping of a selection before tagging. Never cuts a word, and so never a Devanagari
 * syllable: combining marks (matras, virama, nukta, anusvara...), ZWJ/ZWNJ and surrogate pairs stay
 * with their base. Leading/trailing spaces and punctuation (including । and ॥) are trimmed.
 *
 * Word characters are the entity core's (src/core/text/chars.ts `isWordAt`): letters, combining marks,
 * digits, and ZWJ/ZWNJ between word characters.
 */
import type { Range } from '../model';
import { isWordAt } from '../text/chars';

/** Is the code point starting at UTF-16 offset `i` a word character? */
export function isWordCharAt(text: string, i: number): boolean {
  return isWordAt(text, i);
}

/** Is the code point ending just before UTF-16 offset `i` a word character? */
function isWordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  return isWordCharAt(text, prevCodePointStart(text, i));
}

function prevCodePointStart(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return i - 2;
  }
  return i - 1;
}

function nextCodePointEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
}

/**
 * Snap [start, end) to whole words. An empty selection (a caret) selects the word at or just before the
 * caret. Returns undefined when the selection holds no word character at all.
 */
export function snapToWords(text: string, start: number, end: number): Range | undefined {
  let s = Math.max(0, Math.min(start, end, text.length));
  let e = Math.min(text.length, Math.max(start, end, 0));
  // Never split a surrogate pair: widen to whole code points first.
  if (s > 0 && isLow(text.charCodeAt(s)) && isHigh(text.charCodeAt(s - 1))) s--;
  if (e > 0 && e < text.length && isLow(text.charCodeAt(e)) && isHigh(text.charCodeAt(e - 1))) e++;
  if (s === e) {
    if (isWordCharAt(text, s)) e = nextCodePointEnd(text, s);
    else if (isWordCharBefore(text, s)) s = prevCodePointStart(text, s);
    else return undefined;
  } else {
    // Trim non-word characters from both ends (a split surrogate pair counts as one unit).
    while (s < e && !isWordCharAt(text, s)) s = nextCodePointEnd(text, s);
    while (e > s && !isWordCharBefore(text, e)) e = prevCodePointStart(text, e);
    if (s >= e) return undefined;
  }
  // Extend outwards while inside a word.
  while (s > 0 && isWordCharBefore(text, s)) s = prevCodePointStart(text, s);
  while (e < text.length && isWordCharAt(text, e)) e = nextCodePointEnd(text, e);
  return { start: s, end: e };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** All whole-word occurrences of `needle` in `text` (both ends on word boundaries). */
export function findWholeWord(text: string, needle: string): Range[] {
  const out: Range[] = [];
  if (needle === '') return out;
  const startsWord = isWordCharAt(needle, 0);
  const endsWord = isWordCharBefore(needle, needle.length);
  let i = text.indexOf(needle);
  while (i >= 0) {
    const j = i + needle.length;
    const okStart = !startsWord || !isWordCharBefore(text, i);
    const okEnd = !endsWord || !isWordCharAt(text, j);
    if (okStart && okEnd) out.push({ start: i, end: j });
    i = text.indexOf(needle, i + 1);
  }
  return out;
}
