/**
 * UTF-16 <-> code point offset conversion for many offsets at once (one pass over the text).
 * Kept here so the annotation format has no dependency on other core folders.
 */

/** Index of UTF-16 offsets at which the code point count changes: positions of low surrogates of pairs. */
export class CodePointIndex {
  /** Sorted UTF-16 offsets of the second unit of every surrogate pair. */
  private readonly pairs: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.pairs.push(i + 1);
          i++;
        }
      }
    }
  }

  /** Length of the text in code points. */
  get codePointLength(): number {
    return this.text.length - this.pairs.length;
  }

  /** Code point offset of a UTF-16 offset (an offset inside a pair counts as the pair's start). */
  toCodePoint(utf16: number): number {
    const u = clamp(utf16, 0, this.text.length);
    // Every pair whose low surrogate index p <= u lies before u (or u splits it: snap to its start).
    return u - countLess(this.pairs, u + 1);
  }

  /** UTF-16 offset of a code point offset (clamped to the text). */
  toUtf16(codePoint: number): number {
    let cp = Math.max(0, Math.floor(codePoint));
    if (cp >= this.codePointLength) return this.text.length;
    // Find u with u - (#pairs p < u) = cp. Binary search over pair index k: u = cp + k.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // If pair mid lies before cp + mid + 1 in UTF-16 terms, at least mid+1 pairs precede.
      if (this.pairs[mid] < cp + mid + 1) lo = mid + 1;
      else hi = mid;
    }
    cp += lo;
    return cp;
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** Number of elements of sorted `arr` strictly less than `v`. */
function countLess(arr: readonly number[], v: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
