/**
 * Offset conversion between UTF-16 code units (JavaScript string indices, used in memory) and
 * Unicode code points (used in every file and CLI output). Both are 0-based, end-exclusive.
 */

/** Converts offsets of one text; built once per text, O(1) per UTF-16 -> code point lookup. */
export class OffsetConverter {
  /** Sorted UTF-16 indices of the low surrogates of astral characters. */
  private readonly astral: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i + 1);
          i++;
        }
      }
    }
  }

  /** Number of code points in the text. */
  get codePointLength(): number {
    return this.text.length - this.astral.length;
  }

  /** True when UTF-16 and code point offsets coincide (no astral characters). */
  get isIdentity(): boolean {
    return this.astral.length === 0;
  }

  /** UTF-16 index -> code point index. An index inside a surrogate pair maps to that character's start. */
  toCodePoint(utf16: number): number {
    if (this.astral.length === 0) return utf16;
    // number of low surrogates strictly before utf16 (a low surrogate at index < utf16)
    const n = upperBound(this.astral, utf16 - 1);
    return utf16 - n;
  }

  /** Code point index -> UTF-16 index. */
  toUtf16(cp: number): number {
    if (this.astral.length === 0) return cp;
    // find smallest u with u - count(astral < u) === cp: binary search over astral positions
    let lo = 0;
    let hi = this.astral.length;
    // count k of astral characters whose start code point index < cp
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const startCp = this.astral[mid] - 1 - mid; // code point index of that astral character
      if (startCp < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }
}

function upperBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One-off conversion (builds a converter; prefer OffsetConverter for many offsets). */
export function utf16ToCodePoint(text: string, utf16: number): number {
  return new OffsetConverter(text).toCodePoint(utf16);
}

export function codePointToUtf16(text: string, cp: number): number {
  return new OffsetConverter(text).toUtf16(cp);
}

/** Slice by code point offsets. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  const conv = new OffsetConverter(text);
  return text.slice(conv.toUtf16(start), conv.toUtf16(end));
}
