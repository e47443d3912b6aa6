/**
 * Offset conversion between UTF-16 code units (JavaScript string indices, used in memory) and
 * Unicode code points (used in every file and CLI output). Both are 0-based, end-exclusive.
 */

/**
 * Converts offsets of one text; built once per text (one scan for surrogate pairs), then
 * O(log n) per lookup in the number of astral characters, O(1) for BMP-only text.
 * The format and annotation layers specialise it (strict or clamping) in `formats/offsets.ts` and
 * `annotations/offsets.ts`.
 */
export class OffsetConverter {
  /** Sorted UTF-16 indices of the low surrogates of astral characters (surrogate pairs). */
  protected readonly lows: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.lows.push(i + 1);
          i++;
        }
      }
    }
  }

  /** Number of code points in the text (a lone surrogate counts as one, as in `Array.from`). */
  get codePointLength(): number {
    return this.text.length - this.lows.length;
  }

  /** True when UTF-16 and code point offsets coincide (no astral characters). */
  get isIdentity(): boolean {
    return this.lows.length === 0;
  }

  /** True when a UTF-16 offset lies in [0, length] between two code points (not inside a surrogate pair). */
  isBoundary(utf16: number): boolean {
    if (utf16 < 0 || utf16 > this.text.length) return false;
    return this.lows.length === 0 || this.lows[countLess(this.lows, utf16)] !== utf16;
  }

  /** UTF-16 index -> code point index (an index inside a pair counts the pair's high surrogate). */
  toCodePoint(utf16: number): number {
    if (this.lows.length === 0) return utf16;
    return utf16 - countLess(this.lows, utf16);
  }

  /** Code point index -> UTF-16 index (unchecked: the caller keeps cp in [0, codePointLength]). */
  toUtf16(cp: number): number {
    if (this.lows.length === 0) return cp;
    // u = cp + k where k = number of pairs whose low surrogate index < u.
    let lo = 0;
    let hi = this.lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.lows[mid] < cp + mid + 1) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }
}

/** Number of elements of sorted `arr` strictly less than `v`. */
export function countLess(arr: readonly number[], v: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < v) lo = mid + 1;
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
