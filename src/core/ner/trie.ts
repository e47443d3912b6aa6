/**
 * Character trie over normalised text: finds every pattern occurrence that starts and ends on a
 * word boundary, without building a normalised copy of the text (each character is normalised on
 * the fly, so offsets are those of the original). Longest match wins at each start; matches do not
 * overlap (leftmost-longest).
 */
import { codePointBefore, isBoundary, isJoiner, isWordCodePoint } from '../text/chars';
import { normChar } from '../text/normalize';

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values?: T[];
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  values: T[];
}

const bmpNorm: (string | undefined)[] = new Array(0x10000);
function norm(cp: number): string {
  if (cp < 0x10000) {
    let s = bmpNorm[cp];
    if (s === undefined) bmpNorm[cp] = s = normChar(cp);
    return s;
  }
  return normChar(cp);
}

export class TrieMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Add a pattern (normalised the same way as the text). Empty patterns are ignored. */
  add(pattern: string, value: T): void {
    let node = this.root;
    let lastSpace = true;
    let len = 0;
    let trailingSpace = false;
    for (const ch of pattern) {
      let n = norm(ch.codePointAt(0)!);
      if (n === '\n') n = ' ';
      for (let k = 0; k < n.length; k++) {
        const c = n.charCodeAt(k);
        if (c === 0x20) {
          if (lastSpace) continue;
          lastSpace = true;
        } else lastSpace = false;
        trailingSpace = c === 0x20;
        let child = node.next.get(c);
        if (!child) {
          child = { next: new Map() };
          node.next.set(c, child);
        }
        node = child;
        len++;
      }
    }
    if (len === 0) return;
    if (trailingSpace) {
      // re-add without the trailing space
      this.add(pattern.trimEnd(), value);
      return;
    }
    (node.values ??= []).push(value);
    this.count++;
  }

  /** Longest match starting exactly at `start`, or undefined. */
  matchAt(text: string, start: number, limit = text.length): TrieMatch<T> | undefined {
    let node = this.root;
    let best: TrieMatch<T> | undefined;
    let lastSpace = false;
    let i = start;
    while (i < limit) {
      const cp = text.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : 1;
      const n = norm(cp);
      if (n.length === 1) {
        const c = n.charCodeAt(0);
        if (c === 0x0a) break; // names never cross a line break
        if (c === 0x20) {
          if (lastSpace) { i += w; continue; }
          lastSpace = true;
        } else lastSpace = false;
        const child = node.next.get(c);
        if (!child) break;
        node = child;
      } else if (n.length > 1) {
        let ok = true;
        for (let k = 0; k < n.length; k++) {
          const child = node.next.get(n.charCodeAt(k));
          if (!child) { ok = false; break; }
          node = child;
        }
        if (!ok) break;
        lastSpace = false;
      }
      i += w;
      if (node.values && !lastSpace && isBoundary(text, i)) best = { start, end: i, values: node.values };
    }
    return best;
  }

  /** All leftmost-longest matches in text[from, to). */
  findAll(text: string, from = 0, to = text.length): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    let prevWord = false;
    let i = from;
    if (i > 0) prevWord = !isBoundary(text, i);
    while (i < to) {
      const cp = text.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : 1;
      const word = isWordCodePoint(cp) || (prevWord && isJoiner(cp));
      if (word && !prevWord && this.root.next.has(norm(cp).charCodeAt(0))) {
        const m = this.matchAt(text, i, to);
        if (m) {
          out.push(m);
          i = m.end;
          prevWord = isWordCodePoint(codePointBefore(text, i));
          continue;
        }
      }
      prevWord = word;
      i += w;
    }
    return out;
  }
}
