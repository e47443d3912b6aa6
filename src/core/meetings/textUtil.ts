/** Small text helpers of meeting extraction: word-boundary search, dates, hashing. Pure. */
import type { DateValue } from '../model';
import { ENGLISH_MONTHS, HINDI_MONTHS, WEEKDAYS } from './lexicon';

const WORD_CHAR = /[\p{L}\p{M}\p{N}\u200c\u200d]/u;

/** True when the UTF-16 index `i` of `text` is a word boundary (start/end or a non-word character beside it). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD_CHAR.test(ch);
}

function charBefore(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return text.slice(i - 2, i);
  return text[i - 1];
}

function charAt(text: string, i: number): string | undefined {
  if (i >= text.length) return undefined;
  const cp = text.codePointAt(i);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

/** `form` occurs at `pos` as whole words (no letter/mark directly before or after). */
export function wordAt(text: string, pos: number, form: string, caseInsensitive = false): boolean {
  const slice = text.slice(pos, pos + form.length);
  if (caseInsensitive ? slice.toLowerCase() !== form : slice !== form) return false;
  const first = form[0];
  const last = form[form.length - 1];
  if (isWordChar(first) && isWordChar(charBefore(text, pos))) return false;
  if (isWordChar(last) && isWordChar(charAt(text, pos + form.length))) return false;
  return true;
}

/** Every whole-word occurrence of `form` in `text` within [from, to). */
export function findWord(text: string, form: string, from = 0, to = text.length, caseInsensitive = false): number[] {
  const out: number[] = [];
  // Search only the range (indexOf on the whole text would scan to its end for every miss).
  // toLowerCase keeps the UTF-16 length for Latin and Devanagari.
  const hay = rangeOf(text, from, to, caseInsensitive);
  if (hay.length !== to - from) return out;
  for (let i = hay.indexOf(form); i >= 0; i = hay.indexOf(form, i + 1)) {
    if (wordAt(text, from + i, form, caseInsensitive)) out.push(from + i);
  }
  return out;
}

/** The searched range, cached for the next call on the same range (many forms are looked up per sentence). */
let lastRange: { text: string; from: number; to: number; raw: string; lower?: string } | undefined;
function rangeOf(text: string, from: number, to: number, lower: boolean): string {
  let r = lastRange;
  if (!r || r.text !== text || r.from !== from || r.to !== to) {
    r = { text, from, to, raw: to - from === text.length ? text : text.slice(from, to) };
    lastRange = r;
  }
  if (!lower) return r.raw;
  r.lower ??= r.raw.toLowerCase();
  return r.lower;
}

/** True when any of `forms` occurs as whole words in `text` (case-insensitive for Latin forms). */
export function containsAny(text: string, forms: readonly string[]): boolean {
  let found = false;
  eachForm(text, forms, 0, text.length, () => { found = true; return false; });
  return found;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compiled = new WeakMap<readonly string[], RegExp>();

/** One plain alternation for a list of forms, longest first, case-insensitive (a single pass over the text). */
function formsRegex(forms: readonly string[]): RegExp {
  let re = compiled.get(forms);
  if (!re) {
    re = new RegExp([...new Set(forms.map((f) => f.toLowerCase()))].sort((a, b) => b.length - a.length).map(escapeRe).join('|'), 'gi');
    compiled.set(forms, re);
  }
  return re;
}

/**
 * Call `each(start, matched)` for every whole-word occurrence of any of `forms` in [from, to), left to right;
 * `each` returns false to stop. Latin is matched case-insensitively.
 */
export function eachForm(text: string, forms: readonly string[], from: number, to: number, each: (start: number, matched: string) => boolean | void): void {
  const re = formsRegex(forms);
  const hay = from === 0 && to === text.length ? text : text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(hay); m; m = re.exec(hay)) {
    const start = from + m.index;
    if (!wordAt(text, start, m[0], false) && !wordAt(text, start, m[0].toLowerCase(), true)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (each(start, m[0]) === false) return;
  }
}

const latinCache = new Map<string, boolean>();
/** The form has Latin letters (then it is matched case-insensitively). */
export function isLatin(form: string): boolean {
  let v = latinCache.get(form);
  if (v === undefined) {
    v = /[a-z]/i.test(form);
    if (latinCache.size < 4096) latinCache.set(form, v);
  }
  return v;
}

/** Skip spaces, quotes and brackets from `pos` forward. */
export function skipSpace(text: string, pos: number, to = text.length): number {
  while (pos < to && /[\s"'‘’“”()\u00a0]/.test(text[pos])) pos++;
  return pos;
}

// ---------------------------------------------------------------------------------------------
// Dates

const DIGITS_HI = '०१२३४५६७८९';
function toAsciiDigits(s: string): string {
  return s.replace(/[०-९]/g, (d) => String(DIGITS_HI.indexOf(d)));
}
const pad = (n: number): string => String(n).padStart(2, '0');

export interface FoundDate extends DateValue {
  start: number;
  end: number;
  text: string;
}

const HI_MONTH = Object.keys(HINDI_MONTHS).join('|');
const EN_MONTH = Object.keys(ENGLISH_MONTHS).sort((a, b) => b.length - a.length).join('|');
const DATE_PATTERNS: { re: RegExp; parse: (m: RegExpExecArray) => DateValue | undefined }[] = [
  { // 10 दिसंबर 2024, 6 दिसंबर, 2021
    re: new RegExp(`([0-9०-९]{1,2})\\s+(${HI_MONTH})(?:,?\\s+([0-9०-९]{4}))?`, 'gu'),
    parse: (m) => dayMonthYear(m[1], HINDI_MONTHS[m[2]], m[3]),
  },
  { // दिसंबर 2024
    re: new RegExp(`(${HI_MONTH})\\s*,?\\s+([0-9०-९]{4})`, 'gu'),
    parse: (m) => ({ value: `${toAsciiDigits(m[2])}-${pad(HINDI_MONTHS[m[1]])}`, precision: 'month' }),
  },
  { // December 10, 2024
    re: new RegExp(`\\b(${EN_MONTH})\\.?\\s+([0-9]{1,2})(?:st|nd|rd|th)?(?:,?\\s+([0-9]{4}))?\\b`, 'giu'),
    parse: (m) => dayMonthYear(m[2], ENGLISH_MONTHS[m[1].toLowerCase()], m[3]),
  },
  { // 10 December 2024
    re: new RegExp(`\\b([0-9]{1,2})(?:st|nd|rd|th)?\\s+(${EN_MONTH})\\.?(?:,?\\s+([0-9]{4}))?\\b`, 'giu'),
    parse: (m) => dayMonthYear(m[1], ENGLISH_MONTHS[m[2].toLowerCase()], m[3]),
  },
  { // December 2024
    re: new RegExp(`\\b(${EN_MONTH})\\s+([0-9]{4})\\b`, 'giu'),
    parse: (m) => ({ value: `${m[2]}-${pad(ENGLISH_MONTHS[m[1].toLowerCase()])}`, precision: 'month' }),
  },
];

function dayMonthYear(day: string, month: number | undefined, year: string | undefined): DateValue | undefined {
  const d = Number(toAsciiDigits(day));
  if (!month || d < 1 || d > 31) return undefined;
  if (year) return { value: `${toAsciiDigits(year)}-${pad(month)}-${pad(d)}`, precision: 'day' };
  return { value: `--${pad(month)}-${pad(d)}`, precision: 'day' };
}

/** Dates written in `text` (a fallback when the analysis has no DATE spans there). Non-overlapping, in order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, parse } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const v = parse(m);
      if (v) found.push({ ...v, start, end, text: m[0] });
    }
  }
  for (const [word, weekday] of Object.entries(WEEKDAYS)) {
    for (const start of findWord(text, word, 0, text.length, /[a-z]/.test(word))) {
      const end = start + word.length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ start, end, text: text.slice(start, end), weekday, precision: 'weekday' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Weekday (1 = Monday) of an ISO day. */
export function weekdayOf(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The ISO day with `weekday` nearest to `iso`: the one before (or on) it, or after it when `forward`. */
export function resolveWeekday(iso: string, weekday: number, forward: boolean): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const base = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const wd = weekdayOf(iso) as number;
  const delta = forward ? (weekday - wd + 7) % 7 : -((wd - weekday + 7) % 7);
  const t = new Date(base + delta * 86400000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

// ---------------------------------------------------------------------------------------------
// Hashing

/** 64-bit FNV-1a of a string's UTF-16 units, as 16 hex digits. Deterministic, pure. */
export function hash64(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 13), 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** Comparison key of a name: lower case, no punctuation or spaces, nukta dropped. */
export function nameKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\u093c/g, '').replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
}

const DEVA_SKELETON: Record<string, string> = {
  'क': 'K', 'ख': 'K', 'ग': 'G', 'घ': 'G', 'ङ': 'N', 'च': 'C', 'छ': 'C', 'ज': 'J', 'झ': 'J', 'ञ': 'N', 'ट': 'T', 'ठ': 'T', 'ड': 'D', 'ढ': 'D', 'ण': 'N',
  'त': 'T', 'थ': 'T', 'द': 'D', 'ध': 'D', 'न': 'N', 'प': 'P', 'फ': 'P', 'ब': 'B', 'भ': 'B', 'म': 'N', 'र': 'R', 'ल': 'L', 'व': 'V', 'श': 'S', 'ष': 'S',
  'स': 'S', 'ं': 'N', '\u0958': 'K', '\u0959': 'K', '\u095a': 'G', '\u095b': 'J', '\u095c': 'R', '\u095d': 'R', '\u095e': 'P',
};
const LATIN_SKELETON: [RegExp, string][] = [
  [/tch|ch/g, 'C'], [/sch|sh|zh/g, 'S'], [/kh/g, 'K'], [/gh/g, 'G'], [/ng(?![aeiou])/g, 'N'], [/ph|f/g, 'P'], [/th/g, 'T'], [/dh/g, 'D'], [/bh/g, 'B'],
  [/ck|q|c(?![eiy])|k/g, 'K'], [/c/g, 'S'], [/x/g, 'KS'], [/[jz]/g, 'J'], [/[vw]/g, 'V'], [/m/g, 'N'],
  [/b/g, 'B'], [/d/g, 'D'], [/g/g, 'G'], [/l/g, 'L'], [/n/g, 'N'], [/p/g, 'P'], [/r/g, 'R'], [/s/g, 'S'], [/t/g, 'T'],
];

/**
 * Consonant skeleton of one name word, comparable across Devanagari and Latin ("नोसाती" and "Nosatii" are
 * both "NST"): vowels, h and y dropped, related sounds (m/n, s/sh, t/th, f/ph) made one, doubled letters one.
 */
export function nameSkeleton(word: string): string {
  let out = '';
  if (/[\u0900-\u097f]/u.test(word)) {
    for (const ch of word.normalize('NFC').replace(/([\u0915-\u0939])\u093c/gu, (_, c: string) => ({ 'क': '\u0958', 'ख': '\u0959', 'ग': '\u095a', 'ज': '\u095b', 'ड': '\u095c', 'ढ': '\u095d', 'फ': '\u095e' } as Record<string, string>)[c] ?? c)) out += DEVA_SKELETON[ch] ?? '';
  } else {
    let w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
    for (const [re, rep] of LATIN_SKELETON) w = w.replace(re, rep);
    out = w.replace(/[a-z]/g, '');
  }
  // Hindi writes an English s between vowels as ज ("Albanese", "अल्बनीज").
  return out.replace(/J/g, 'S').replace(/(.)\1+/g, '$1').replace(/NG/g, 'N');
}

/** Two spellings of one name in the same script ("माउरो विएरा", "मौरो वियेरा"): every word's skeleton agrees, the surname's has three or more sounds or first names agree too. */
export function sameNameVariant(a: string, b: string): boolean {
  const wa = a.trim().split(/\s+/u).map(nameSkeleton);
  const wb = b.trim().split(/\s+/u).map(nameSkeleton);
  const last = wa[wa.length - 1];
  if (!last || last !== wb[wb.length - 1]) return false;
  if (wa.length > 1 && wb.length > 1) return wa.length === wb.length && wa.every((w, i) => w === wb[i]) && wa.join('').length >= 3;
  return last.length >= 3;
}

/** Two spellings of one name in different scripts ("Anatolie Nosatii", "अनातोली नोसाती"; "Nosatii", "नोसाती"). */
export function sameNameAcrossScripts(a: string, b: string): boolean {
  const deva = (s: string): boolean => /[\u0900-\u097f]/u.test(s);
  if (deva(a) === deva(b)) return false;
  const wa = a.trim().split(/\s+/u);
  const wb = b.trim().split(/\s+/u);
  const last = nameSkeleton(wa[wa.length - 1]);
  if (last.length < 2) {
    // "Wang Yi" / "वांग यी": a last name without consonants to compare; the whole names then.
    const whole = wa.map(nameSkeleton).join('');
    return wa.length > 1 && wb.length > 1 && whole.length >= 2 && whole === wb.map(nameSkeleton).join('');
  }
  if (last !== nameSkeleton(wb[wb.length - 1])) return false;
  // Both with a first name: the first names agree too.
  if (wa.length > 1 && wb.length > 1) {
    const fa = nameSkeleton(wa[0]);
    const fb = nameSkeleton(wb[0]);
    return fa === fb || (fa.length > 0 && fb.length > 0 && fa[0] === fb[0] && (fa.length === 1 || fb.length === 1));
  }
  return true;
}
