/**
 * Sentence splitting: on । ॥ ? ! and on a full stop followed by whitespace (or the end), never across
 * a line break, keeping abbreviations of the genre whole (डॉ., श्री., एस., Dr., Mr., Gen.). Closing
 * quotes after a terminator stay with the sentence. Each line is a paragraph; blank lines add nothing.
 */
import type { Sentence } from '../model';
import { isWordCodePoint } from './chars';

const ABBREVIATIONS = new Set([
  'डॉ', 'श्री', 'श्रीमती', 'सुश्री', 'प्रो', 'ले', 'जन', 'कर्नल', 'मेजर', 'कैप्टन', 'सं', 'पृ', 'क्र',
  'dr', 'mr', 'mrs', 'ms', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'brig', 'sgt', 'st', 'no', 'vs',
  'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'dept', 'govt', 'hon', 'rev', 'sh', 'smt', 'u.s', 'e.g', 'i.e', 'etc', 'approx', 'fig',
]);

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '»']);

function wordBefore(text: string, dot: number, lineStart: number): string {
  let i = dot;
  while (i > lineStart) {
    const cp = text.codePointAt(i - 1)!;
    const lo = text.charCodeAt(i - 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) break;
    if (isWordCodePoint(cp) || cp === 0x2e) i--;
    else break;
  }
  return text.slice(i, dot);
}

function isAbbreviation(word: string): boolean {
  if (word.length === 0) return false;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  // A single Latin capital (initial: "A. K. Antony") or a single Devanagari syllable initial (एस., जे.).
  if (/^[A-Z]$/.test(word)) return true;
  if (INITIALS.has(word)) return true;
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // U.S, e.g
  // initials written together: "ए.पी.", "डी.के.", "A.P." (before "सिंह", "Singh")
  if (word.includes('.') && word.split('.').every((p) => /^[A-Z]$/.test(p) || INITIALS.has(p))) return true;
  return false;
}

/** Devanagari spellings of Latin letter names, used as initials (एस. जयशंकर, जे. पी. नड्डा). */
const INITIALS = new Set(['ए', 'बी', 'सी', 'डी', 'ई', 'एफ', 'जी', 'एच', 'आई', 'जे', 'के', 'एल', 'एम', 'एन', 'ओ', 'पी', 'क्यू', 'आर', 'एस', 'टी', 'यू', 'वी', 'डब्ल्यू', 'एक्स', 'वाई', 'जेड']);

/** Split into sentences (UTF-16 ranges, trimmed, never empty). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let contentEnd = lineEnd;
    if (contentEnd > lineStart && text.charCodeAt(contentEnd - 1) === 0x0d) contentEnd--;
    const hasContent = /\S/u.test(text.slice(lineStart, contentEnd));
    if (hasContent) {
      paragraph++;
      splitLine(text, lineStart, contentEnd, paragraph, out);
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  let sStart = start;
  const push = (a: number, b: number) => {
    while (a < b && /\s|\ufeff/u.test(text[a])) a++;
    while (b > a && /\s/u.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b, paragraph });
  };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let boundary = -1;
    if (c === 0x0964 || c === 0x0965 || c === 0x3f || c === 0x21) {
      boundary = i + 1;
    } else if (c === 0x2e) {
      // full stop followed by whitespace or end of line; ellipses end a sentence too
      let j = i + 1;
      while (j < end && text.charCodeAt(j) === 0x2e) j++;
      const next = j < end ? text[j] : ' ';
      const nextIsCloser = CLOSERS.has(next);
      if (/\s/u.test(next) || nextIsCloser || j >= end) {
        if (j === i + 1 && isAbbreviation(wordBefore(text, i, start))) continue;
        // "3.0" and "t.co/x" never reach here (no space after the dot)
        boundary = j;
        i = j - 1;
      }
    } else if (c === 0x2026) {
      boundary = i + 1;
    }
    if (boundary < 0) continue;
    while (boundary < end && (CLOSERS.has(text[boundary]) || text.charCodeAt(boundary) === 0x0964)) boundary++;
    push(sStart, boundary);
    sStart = boundary;
    i = boundary - 1;
  }
  push(sStart, end);
}
