/**
 * Character trie over normalised text: finds every pattern occurrence that starts and ends on a
 * word boundary, without building a normalised copy of the text (each character is normalised on
 * the fly, so offsets are those of the original). Longest match wins at each start; matches do not
 * overlap (leftmost-longest).
 */
import { codePointBefore, isBoundary, isJoiner, isWordAt, isWordCodePoint } from '../text/chars';
import { finishHash, mixCodePoint, norm, normOf, normStrOf } from '../text/wordHash';

/** A trie node: the first child inline (most nodes have one), the others in a map. */
interface TrieNode<T> {
  c1: number;
  n1: TrieNode<T> | undefined;
  more: Map<number, TrieNode<T>> | undefined;
  values: T[] | undefined;
  /** Offset of the node's record in the compiled array (set by `compile`). */
  id: number;
}

function newNode<T>(): TrieNode<T> {
  return { c1: -1, n1: undefined, more: undefined, values: undefined, id: -1 };
}

function child<T>(node: TrieNode<T>, code: number): TrieNode<T> | undefined {
  if (node.c1 === code) return node.n1;
  return node.more === undefined ? undefined : node.more.get(code);
}

function addChild<T>(node: TrieNode<T>, code: number): TrieNode<T> {
  const existing = child(node, code);
  if (existing) return existing;
  const n = newNode<T>();
  if (node.n1 === undefined) {
    node.c1 = code;
    node.n1 = n;
  } else (node.more ??= new Map()).set(code, n);
  return n;
}

/** Is there a word boundary at `i`, given that the character before it was matched? (fast path of isBoundary) */
function endsWord(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) return isBoundary(text, i);
  if (isWordCodePoint(c)) {
    const p = text.charCodeAt(i - 1);
    return p >= 0xd800 && p <= 0xdfff ? isBoundary(text, i) : !isWordCodePoint(p) && !isJoiner(p);
  }
  return isJoiner(c) ? isBoundary(text, i) : true;
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  values: T[];
  /** values[0], and whether it is the only value: read without touching the values array. */
  first: T;
  single: boolean;
}

/**
 * The trie flattened into one typed array of records in DFS order (a chain of nodes lies together in
 * memory): a node's record is its header (edge count, with TERMINAL set when the node ends a pattern),
 * then its value index when terminal, then its edges as (code unit, child offset) pairs. A step reads
 * one record, usually within one cache line, and the next node of a chain is the next record.
 */
interface Compiled<T> {
  data: Int32Array;
  /** The root's children by code unit (-1: none): the root has thousands, looked up directly. The root is offset 0. */
  root: Int32Array;
  /** Values of terminal nodes, by value index. */
  values: T[][];
  /** The first value of each terminal node, by value index (most nodes have one). */
  firsts: T[];
}

/** Flag in a node's header: the node ends a pattern (its value index follows the header). */
const TERMINAL = 1 << 30;
/** Flag in a terminal node's header: it has more than one value. */
const MULTI = 1 << 29;
const COUNT = MULTI - 1;

function childrenOf<T>(n: TrieNode<T>): [number, TrieNode<T>][] {
  const out: [number, TrieNode<T>][] = [];
  if (n.n1) out.push([n.c1, n.n1]);
  if (n.more) for (const [c, k] of n.more) out.push([c, k]);
  return out.sort((a, b) => a[0] - b[0]);
}

function compile<T>(root: TrieNode<T>): Compiled<T> {
  // one DFS places the records (offsets kept on the nodes as ids) and keeps each node's sorted children
  const nodes: TrieNode<T>[] = [];
  const kidsOf: [number, TrieNode<T>][][] = [];
  const stack: TrieNode<T>[] = [root];
  let size = 0;
  while (stack.length) {
    const n = stack.pop()!;
    const kids = n.more === undefined ? (n.n1 ? [[n.c1, n.n1] as [number, TrieNode<T>]] : []) : childrenOf(n);
    n.id = size;
    // the root keeps only its header: its children are in the root table
    size += n === root ? 1 : 1 + (n.values === undefined ? 0 : 1) + 2 * kids.length;
    nodes.push(n);
    kidsOf.push(kids);
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k][1]);
  }
  const c: Compiled<T> = { data: new Int32Array(size), root: new Int32Array(0x10000).fill(-1), values: [], firsts: [] };
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const kids = kidsOf[i];
    if (n === root) {
      for (const [code, k] of kids) c.root[code] = k.id;
      continue;
    }
    let o = n.id;
    c.data[o++] = kids.length | (n.values === undefined ? 0 : TERMINAL | (n.values.length > 1 ? MULTI : 0));
    if (n.values !== undefined) {
      c.data[o++] = c.values.length;
      c.values.push(n.values);
      c.firsts.push(n.values[0]);
    }
    for (const [code, k] of kids) {
      c.data[o++] = code;
      c.data[o++] = k.id;
    }
  }
  return c;
}

/** Child of the node at offset `o` by code unit in the compiled trie, or -1. */
function step<T>(c: Compiled<T>, o: number, code: number): number {
  if (o === 0) return c.root[code];
  const d = c.data;
  const h = d[o];
  const n = h & COUNT;
  let lo = o + 1 + ((h & TERMINAL) === 0 ? 0 : 1);
  if (n <= 8) {
    for (const end = lo + 2 * n; lo < end; lo += 2) if (d[lo] === code) return d[lo + 1];
    return -1;
  }
  // binary search over the pairs
  let l = 0;
  let r = n;
  while (l < r) {
    const mid = (l + r) >>> 1;
    const v = d[lo + 2 * mid];
    if (v === code) return d[lo + 2 * mid + 1];
    if (v < code) l = mid + 1;
    else r = mid;
  }
  return -1;
}

export class TrieMatcher<T> {
  private readonly root: TrieNode<T> = newNode<T>();
  private compiled: Compiled<T> | undefined;
  private count = 0;
  /** Hashes of every pattern's first word: a text word whose hash is absent cannot start a match. */
  private readonly firstWords = new Set<number>();
  /**
   * The same hashes (+1, so that 0 is an empty slot) in an open-addressing table at most half full,
   * built with the compiled trie: one probe into a small typed array answers most words.
   */
  private firstTable: Int32Array = new Int32Array(1);

  get size(): number {
    return this.count;
  }

  /** Flatten the trie for matching now (otherwise done on the first match after an add). */
  prepare(): this {
    if (this.compiled === undefined) {
      this.compiled = compile(this.root);
      this.firstTable = hashTable(this.firstWords);
    }
    return this;
  }

  /** Add a pattern (normalised the same way as the text). Empty patterns are ignored. */
  add(pattern: string, value: T): void {
    this.compiled = undefined;
    const fh = firstWordHash(pattern);
    this.firstWords.add(fh);
    let node = this.root;
    let lastSpace = true;
    let len = 0;
    let trailingSpace = false;
    let afterDot = false;
    for (const ch of pattern) {
      let n = norm(ch.codePointAt(0)!);
      if (n === '\n') n = ' ';
      for (let k = 0; k < n.length; k++) {
        const c = n.charCodeAt(k);
        // a space after a full stop is optional: "ए. पी. सिंह" also matches "ए.पी. सिंह", "Dr.X" "Dr. X"
        if (c === 0x20 && afterDot) continue;
        afterDot = c === 0x2e;
        if (c === 0x20) {
          if (lastSpace) continue;
          lastSpace = true;
        } else lastSpace = false;
        trailingSpace = c === 0x20;
        node = addChild(node, c);
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
    const c = this.compiled ?? this.prepare().compiled!;
    let node = 0;
    let bestEnd = -1;
    let best = -1;
    let lastSpace = false;
    let lastDot = false;
    let i = start;
    while (i < limit) {
      const u = text.charCodeAt(i);
      let w = 1;
      let code: number;
      let multi: string | undefined;
      if (u >= 0xd800 && u <= 0xdbff) {
        const cp = text.codePointAt(i)!;
        w = cp > 0xffff ? 2 : 1;
        const n = norm(cp);
        code = n.length === 0 ? -1 : n.length === 1 ? n.charCodeAt(0) : -2;
        if (code === -2) multi = n;
      } else {
        code = normOf(u);
        if (code === -2) multi = normStrOf(u);
      }
      if (code === -1) { i += w; continue; }
      // spaces after a full stop are not in the patterns (see add)
      if (code === 0x20 && lastDot) { i += w; continue; }
      lastDot = code === 0x2e;
      if (multi !== undefined) {
        for (let k = 0; k < multi.length && node >= 0; k++) node = step(c, node, multi.charCodeAt(k));
        if (node < 0) break;
        lastSpace = false;
      } else {
        if (code === 0x0a) break; // names never cross a line break
        if (code === 0x20) {
          if (lastSpace) { i += w; continue; }
          lastSpace = true;
        } else lastSpace = false;
        node = step(c, node, code);
        if (node < 0) break;
      }
      i += w;
      // the terminal flag is in the record the next step reads anyway; values are read only at a match
      if ((c.data[node] & TERMINAL) !== 0 && !lastSpace && endsWord(text, i)) {
        bestEnd = i;
        best = node;
      }
    }
    if (best < 0) return undefined;
    const v = c.data[best + 1];
    return { start, end: bestEnd, values: c.values[v], first: c.firsts[v], single: (c.data[best] & MULTI) === 0 };
  }

  /**
   * All leftmost-longest matches in text[from, to). Each word is hashed while it is scanned; only
   * a word whose hash is some pattern's first-word hash is tried against the trie.
   */
  findAll(text: string, from = 0, to = text.length): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    this.prepare();
    const table = this.firstTable;
    const mask = table.length - 1;
    for (let i = nextWordStart(text, skipWordStartedBefore(text, from, to), to); i < to; i = nextWordStart(text, i, to)) {
      const start = i;
      i = hashWord(text, i, to);
      const m = hasHash(table, mask, wordHash) ? this.matchAt(text, start, to) : undefined;
      if (m) {
        out.push(m);
        i = afterMatch(text, m, to);
      }
    }
    return out;
  }

  /**
   * findAll over words already scanned by `scanWords(text)` (several tries can share one scan):
   * only a word whose hash is some pattern's first-word hash is tried against the trie.
   */
  findAllScanned(text: string, words: WordScan, to = text.length): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    this.prepare();
    const table = this.firstTable;
    const mask = table.length - 1;
    let next = 0;
    for (let w = 0; w < words.length; w += 3) {
      const start = words[w];
      if (start < next || !hasHash(table, mask, words[w + 2])) continue;
      const m = this.matchAt(text, start, to);
      if (m) {
        out.push(m);
        next = afterMatch(text, m, to);
      }
    }
    return out;
  }
}

/** Words of a text as flat triples: start, end (UTF-16) and the hash of the normalised word. */
export type WordScan = number[];

/**
 * The words of text[from, to) with their hashes, as `findAll` needs them: each word is hashed
 * while it is scanned. A word we start inside is skipped.
 */
export function scanWords(text: string, from = 0, to = text.length): WordScan {
  const out: WordScan = [];
  for (let i = nextWordStart(text, skipWordStartedBefore(text, from, to), to); i < to; i = nextWordStart(text, i, to)) {
    const start = i;
    i = hashWord(text, i, to);
    out.push(start, i, wordHash);
  }
  return out;
}

/** Where scanning goes on after a match: its end (a match ends on a boundary; were the next character to continue a word, it would be skipped). */
function afterMatch<T>(text: string, m: TrieMatch<T>, to: number): number {
  let i = m.end;
  while (i < to && !isBoundary(text, i)) i++;
  return i;
}

/** The first word start at or after `i` (or `to`). */
function nextWordStart(text: string, i: number, to: number): number {
  while (i < to && !isWordStart(text, i)) i++;
  return i;
}

/** `from`, or the end of the word that `from` lies inside. */
function skipWordStartedBefore(text: string, from: number, to: number): number {
  let i = from;
  if (from > 0 && isWordCodePoint(codePointBefore(text, from))) while (i < to && isWordAt(text, i)) i++;
  return i;
}

function isWordStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0xd800 || c > 0xdfff ? isWordCodePoint(c) : isWordCodePoint(text.codePointAt(i)!);
}

/** Hash of the last word `hashWord` scanned (a module variable: the scan returns the word's end). */
let wordHash = 0;

/** Scan the word starting at `i` (a word character) to its end, which is returned; its hash goes to `wordHash`. */
function hashWord(text: string, i: number, to: number): number {
  let h = 0;
  while (i < to) {
    const d = text.charCodeAt(i);
    const cp = d >= 0xd800 && d <= 0xdfff ? text.codePointAt(i)! : d;
    if (!isWordCodePoint(cp)) {
      if (isJoiner(cp) && i + 1 < to && isWordAt(text, i)) { i++; continue; }
      break;
    }
    h = mixCodePoint(h, cp);
    i += cp > 0xffff ? 2 : 1;
  }
  wordHash = finishHash(h);
  return i;
}

/** Slot of a 30-bit hash in a table of mask + 1 slots (a power of two). */
function slotOf(h: number, mask: number): number {
  return Math.imul(h, 0x9e3779b1) >>> 7 & mask;
}

/** An open-addressing table (linear probing, at most half full) of the hashes, each stored + 1. */
function hashTable(hashes: Set<number>): Int32Array {
  let size = 2;
  while (size < hashes.size * 2) size *= 2;
  const t = new Int32Array(size);
  const mask = size - 1;
  for (const h of hashes) {
    let i = slotOf(h, mask);
    while (t[i] !== 0) i = (i + 1) & mask;
    t[i] = h + 1;
  }
  return t;
}

function hasHash(t: Int32Array, mask: number, h: number): boolean {
  for (let i = slotOf(h, mask); ; i = (i + 1) & mask) {
    const v = t[i];
    if (v === h + 1) return true;
    if (v === 0) return false;
  }
}

/** Hash of the first word of a pattern (normalised as the text is). */
function firstWordHash(pattern: string): number {
  let h = 0;
  let started = false;
  for (const ch of pattern) {
    const cp = ch.codePointAt(0)!;
    if (isWordCodePoint(cp)) {
      started = true;
      h = mixCodePoint(h, cp);
    } else if (isJoiner(cp)) {
      continue;
    } else if (started) break;
    else if (!/\s/u.test(ch)) break;
  }
  return finishHash(h);
}
