import { OffsetConverter } from '../text/offsets';

/**
 * UTF-16 <-> Unicode code point offsets for one text. Every export writes code points
 * (0-based, end-exclusive); in memory we keep UTF-16 (JS string indices). A lone surrogate
 * counts as one code point, as in `Array.from(text)` and Python's `str`.
 */
export class OffsetMap extends OffsetConverter {
  /** Length of the text in code points. */
  get length(): number {
    return this.codePointLength;
  }

  /** Code point offset of a UTF-16 offset. Throws for an offset outside the text or inside a surrogate pair. */
  override toCodePoint(utf16: number): number {
    if (!Number.isInteger(utf16) || !this.isBoundary(utf16)) {
      throw new RangeError(`UTF-16 offset ${utf16} is not a code point boundary of a text of ${this.text.length} units`);
    }
    return super.toCodePoint(utf16);
  }

  /** UTF-16 offset of a code point offset, or undefined when it lies outside [0, length]. */
  checkedUtf16(cp: number): number | undefined {
    if (!Number.isInteger(cp) || cp < 0 || cp > this.length) return undefined;
    return super.toUtf16(cp);
  }

  /** The text between two code point offsets, or undefined when the range is invalid. */
  slice(cpStart: number, cpEnd: number): string | undefined {
    const s = this.checkedUtf16(cpStart);
    const e = this.checkedUtf16(cpEnd);
    if (s === undefined || e === undefined || e < s) return undefined;
    return this.text.slice(s, e);
  }
}
