/**
 * UTF-16 <-> Unicode code point offsets for one text. Every export writes code points
 * (0-based, end-exclusive); in memory we keep UTF-16 (JS string indices). A lone surrogate
 * counts as one code point, as in `Array.from(text)` and Python's `str`.
 */
export class OffsetMap {
  /** UTF-16 index of the low surrogate of every surrogate pair, ascending. Empty for BMP-only text. */
  private readonly lows: number[] = [];

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

  /** Length of the text in code points. */
  get length(): number {
    return this.text.length - this.lows.length;
  }

  /** True when a UTF-16 offset lies between two code points (not inside a surrogate pair). */
  isBoundary(utf16: number): boolean {
    if (utf16 < 0 || utf16 > this.text.length) return false;
    return this.lows.length === 0 || this.lows[lowerBound(this.lows, utf16)] !== utf16;
  }

  /** Code point offset of a UTF-16 offset. Throws for an offset outside the text or inside a surrogate pair. */
  toCodePoint(utf16: number): number {
    if (!Number.isInteger(utf16) || !this.isBoundary(utf16)) {
      throw new RangeError(`UTF-16 offset ${utf16} is not a code point boundary of a text of ${this.text.length} units`);
    }
    return utf16 - lowerBound(this.lows, utf16);
  }

  /** UTF-16 offset of a code point offset, or undefined when it lies outside [0, length]. */
  toUtf16(cp: number): number | undefined {
    if (!Number.isInteger(cp) || cp < 0 || cp > this.length) return undefined;
    // u = cp + k where k = number of pairs whose low surrogate index < u.
    let lo = 0;
    let hi = this.lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.lows[mid] < cp + mid + 1) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  /** The text between two code point offsets, or undefined when the range is invalid. */
  slice(cpStart: number, cpEnd: number): string | undefined {
    const s = this.toUtf16(cpStart);
    const e = this.toUtf16(cpEnd);
    if (s === undefined || e === undefined || e < s) return undefined;
    return this.text.slice(s, e);
  }
}

/** Number of elements of sorted `arr` strictly less than `v`. */
function lowerBound(arr: readonly number[], v: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
