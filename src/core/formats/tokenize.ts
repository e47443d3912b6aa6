/**
 * The tokenizer used for CoNLL and spaCy/Prodigy exports. Documented rules:
 *
 * - Whitespace (JS `\s`, which includes NBSP and the BOM U+FEFF) separates tokens and is never part of one.
 * - A word is a run of letters, combining marks (matras, virama, nukta, both precomposed and
 *   decomposed forms) and digits, plus ZWJ/ZWNJ (U+200D/U+200C, which shape Devanagari conjuncts
 *   and never split a word). Inside a word, an apostrophe between two word characters keeps it
 *   whole ("O'Brien"), so does a hyphen followed by a digit ("S-400", "Su-30MKI", "COVID-19"), and
 *   so does `.`, `,` or `:` between digits ("2,000", "10.5", "10:30"). A hyphen followed by a
 *   letter is split off, as spaCy's infix rule does: "भारत-रूस" is "भारत", "-", "रूस" (two entities).
 * - An emoji with its modifiers, variation selectors and ZWJ sequences is one token.
 * - Every other character is a token of its own: the danda "।", double danda "॥", full stop,
 *   comma, quotes, brackets, "|" used as a danda...
 * - Tokens are then split at span boundaries, so every exported span is token-aligned; each such
 *   split is reported.
 *
 * Offsets are UTF-16 (JS string indices) into the original text.
 */

export interface Token {
  start: number;
  end: number;
}

const W = '[\\p{L}\\p{M}\\p{N}\\u200C\\u200D]';
const TOKEN_RE = new RegExp(
  `${W}+(?:(?:-(?=\\p{N})|['\u2019])${W}+|(?<=\\p{N})[.,:](?=\\p{N})\\p{N}+)*` +
    '|\\p{Extended_Pictographic}(?:[\\u{1F3FB}-\\u{1F3FF}\\uFE0E\\uFE0F\\u20E3]|\\u200D\\p{Extended_Pictographic})*' +
    '|\\S\\p{M}*',
  'gu',
);

/** Tokens of a text (UTF-16 offsets). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Split tokens so that no boundary in `cuts` (UTF-16 offsets, e.g. span starts and ends) falls
 * strictly inside a token. Returns the new tokens and the number of tokens that were split.
 */
export function splitAtBoundaries(tokens: readonly Token[], cuts: Iterable<number>): { tokens: Token[]; splits: number } {
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const out: Token[] = [];
  let splits = 0;
  let c = 0;
  for (const t of tokens) {
    while (c < sorted.length && sorted[c] <= t.start) c++;
    let start = t.start;
    let k = c;
    while (k < sorted.length && sorted[k] < t.end) {
      out.push({ start, end: sorted[k] });
      start = sorted[k];
      k++;
    }
    if (start !== t.start) splits++;
    out.push({ start, end: t.end });
  }
  return { tokens: out, splits };
}

const FINAL = new Set(['\u0964', '\u0965', '.', '?', '!', '|', '\u061F']);
/** Abbreviations whose full stop does not end a sentence (lower-cased, without the stop). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'brig', 'sgt', 'cdr', 'gov', 'sen', 'rep',
  'st', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'govt', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'e.g', 'i.e', 'shri', 'smt',
]);

/**
 * Group tokens into sentences: a sentence ends after ।, ॥, ?, !, | or a full stop (not after an
 * abbreviation or a single letter), and at a line break. `keepTogether` ranges (spans) are never
 * cut. Returns arrays of token indices.
 */
export function sentenceGroups(text: string, tokens: readonly Token[], keepTogether: readonly Token[] = []): number[][] {
  const inside = new Set<number>();
  for (const r of keepTogether) for (let i = r.start + 1; i < r.end; i++) inside.add(i);
  const groups: number[][] = [];
  let cur: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (cur.length && !inside.has(t.start) && /[\n\r\u2028\u2029]/.test(text.slice(tokens[i - 1].end, t.start))) {
      groups.push(cur);
      cur = [];
    }
    cur.push(i);
    const tok = text.slice(t.start, t.end);
    if (FINAL.has(tok) && !inside.has(t.end)) {
      if (tok === '.' && i > 0 && tokens[i - 1].end === t.start) {
        const prev = text.slice(tokens[i - 1].start, tokens[i - 1].end).toLowerCase();
        if (ABBREVIATIONS.has(prev) || /^\p{L}$/u.test(prev)) continue;
      }
      groups.push(cur);
      cur = [];
    }
  }
  if (cur.length) groups.push(cur);
  return groups;
}
