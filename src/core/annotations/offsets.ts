/**
 * UTF-16 <-> code point offset conversion for many offsets at once (one pass over the text).
 */
import { countLess, OffsetConverter } from '../text/offsets';

/** Clamping offset conversion for annotation files: out-of-range offsets are clamped, never thrown. */
export class CodePointIndex extends OffsetConverter {
  /** Code point offset of a UTF-16 offset (an offset inside a pair counts as the pair's start). */
  override toCodePoint(utf16: number): number {
    const u = clamp(utf16, 0, this.text.length);
    // Every pair whose low surrogate index p <= u lies before u (or u splits it: snap to its start).
    return u - countLess(this.lows, u + 1);
  }

  /** UTF-16 offset of a code point offset (clamped to the text). */
  override toUtf16(codePoint: number): number {
    const cp = Math.max(0, Math.floor(codePoint));
    if (cp >= this.codePointLength) return this.text.length;
    return super.toUtf16(cp);
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
