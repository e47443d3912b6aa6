/**
 * Dates: Hindi and English month names with their variant spellings, weekdays, Devanagari digits,
 * ranges, years, and relative words (आज, कल) resolved against the article's date when known.
 * Ordinals (21वें, 22वीं, 21st) are never dates: numbers must end on a word boundary.
 */
import type { DateValue, EntitySpan } from '../model';
import { autoSpan } from './span';
import { tokenize, type Token } from '../text/tokenize';

export const CONFIDENCE_DATE = 0.85;

const MONTH_NAMES: [string, number][] = [
  ['जनवरी', 1], ['फरवरी', 2], ['फ़रवरी', 2], ['फरबरी', 2], ['मार्च', 3], ['अप्रैल', 4], ['अप्रेल', 4], ['अप्रिल', 4], ['मई', 5], ['जून', 6],
  ['जुलाई', 7], ['अगस्त', 8], ['सितंबर', 9], ['सितम्बर', 9], ['सितंबर', 9], ['अक्टूबर', 10], ['अक्तूबर', 10], ['अक्तुबर', 10], ['अकटूबर', 10],
  ['नवंबर', 11], ['नवम्बर', 11], ['दिसंबर', 12], ['दिसम्बर', 12],
  ['January', 1], ['Jan', 1], ['February', 2], ['Feb', 2], ['March', 3], ['Mar', 3], ['April', 4], ['Apr', 4], ['May', 5], ['June', 6], ['Jun', 6],
  ['July', 7], ['Jul', 7], ['August', 8], ['Aug', 8], ['September', 9], ['Sept', 9], ['Sep', 9], ['October', 10], ['Oct', 10], ['November', 11],
  ['Nov', 11], ['December', 12], ['Dec', 12],
];
const WEEKDAYS: [string, number][] = [
  ['सोमवार', 1], ['मंगलवार', 2], ['बुधवार', 3], ['गुरुवार', 4], ['गुरूवार', 4], ['बृहस्पतिवार', 4], ['वीरवार', 4], ['शुक्रवार', 5], ['शनिवार', 6], ['रविवार', 7], ['इतवार', 7],
  ['Monday', 1], ['Tuesday', 2], ['Wednesday', 3], ['Thursday', 4], ['Friday', 5], ['Saturday', 6], ['Sunday', 7],
];
const RELATIVE: [string, number | 'past-or-future'][] = [
  ['आज', 0], ['कल', 'past-or-future'], ['परसों', 'past-or-future'], ['Today', 0], ['today', 0], ['Yesterday', -1], ['yesterday', -1], ['Tomorrow', 1], ['tomorrow', 1],
];

/** Nukta variants of a Hindi word: precomposed and decomposed forms, and without nukta. */
function variants(s: string): string[] {
  const nfc = s.normalize('NFC');
  const out = new Set([nfc, nfc.normalize('NFD'), nfc.replace(/\u093c/gu, '')]);
  const composed = nfc.replace(/([कखगजडढफय])\u093c/gu, (_m, c: string) => String.fromCharCode({ 'क': 0x958, 'ख': 0x959, 'ग': 0x95a, 'ज': 0x95b, 'ड': 0x95c, 'ढ': 0x95d, 'फ': 0x95e, 'य': 0x95f }[c] ?? c.charCodeAt(0)));
  out.add(composed);
  return [...out];
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const monthMap = new Map<string, number>();
for (const [n, v] of MONTH_NAMES) for (const x of variants(n)) monthMap.set(x.toLowerCase(), v);
const weekdayMap = new Map<string, number>();
for (const [n, v] of WEEKDAYS) for (const x of variants(n)) weekdayMap.set(x.toLowerCase(), v);
const alt = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length).map(esc).join('|');

const B = '(?<![\\p{L}\\p{M}\\p{N}])';
const E = '(?![\\p{L}\\p{M}\\p{N}])';
const D = '([0-9०-९]{1,2})';
const Y = '((?:1[89]|20)[0-9]{2}|(?:१[८९]|२०)[०-९]{2})';
const MON = `(${alt(monthMap.keys())})\\.?`;
/** Spaces inside a date: a few, never a line break. */
const WS = '[ \\t\\u00a0\\u202f]{1,3}';
const WS0 = '[ \\t\\u00a0\\u202f]{0,3}';
const DASH = `${WS0}[-–—]${WS0}`;
/** Between the two days of a range: a dash, "से" or "to" ("15 से 17 मार्च", "October 1 to 7"). */
const RANGE = `(?:${DASH}|${WS}(?:से|to)${WS})`;
const SEP = `${WS0},?${WS0}`;

type Kind = 'dRangeMonY' | 'monRangeDY' | 'dMonY' | 'monDY' | 'dMon' | 'monD' | 'monY' | 'yRange' | 'year' | 'month' | 'weekday' | 'relative';
const mk = (src: string, flags = 'iuy') => new RegExp(src, flags);

/** Patterns tried (sticky) at candidate positions, longest first, by the kind of word found there. */
const AT_NUMBER: { re: RegExp; kind: Kind }[] = [
  { kind: 'dRangeMonY', re: mk(`${B}${D}${RANGE}${D}${WS}${MON}(?:${SEP}${Y})?${E}`) },
  { kind: 'dMonY', re: mk(`${B}${D}${WS0}${MON}${SEP}${Y}${E}`) },
  { kind: 'dMon', re: mk(`${B}${D}${WS}${MON}${E}`) },
  { kind: 'yRange', re: mk(`${B}${Y}${DASH}${Y}${E}`, 'uy') },
  { kind: 'year', re: mk(`${B}${Y}${E}(?!${WS0}[-–%.:/]${WS0}[0-9०-९])(?!${WS0}(?:%|प्रतिशत|रुपये|करोड़|लाख|किमी|km|kg|मीटर|लोग|लोगों|सैनिक|टन|मिलियन|बिलियन))`, 'uy') },
];
/**
 * AT_NUMBER by the length of the digit run starting the token: a day (D) is a run of one or two
 * digits, a year (Y) a run of exactly four; nothing else can start one of these dates.
 */
const AT_DAY = AT_NUMBER.slice(0, 3);
const AT_YEAR = AT_NUMBER.slice(3);
function numberPatterns(w: string): { re: RegExp; kind: Kind }[] | undefined {
  let n = 0;
  while (n < w.length && n < 5) {
    const c = w.charCodeAt(n);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x966 && c <= 0x96f))) break;
    n++;
  }
  return n <= 2 ? AT_DAY : n === 4 ? AT_YEAR : undefined;
}
const AT_MONTH: { re: RegExp; kind: Kind }[] = [
  { kind: 'monRangeDY', re: mk(`${B}${MON}${WS}${D}${RANGE}${D}(?:${SEP}${Y})?${E}`) },
  { kind: 'monDY', re: mk(`${B}${MON}${WS}${D}(?:st|nd|rd|th)?${SEP}${Y}${E}`) },
  { kind: 'monD', re: mk(`${B}${MON}${WS}${D}(?:st|nd|rd|th)?${E}`, 'uy') },
  { kind: 'monY', re: mk(`${B}${MON}${SEP}${Y}${E}`) },
  { kind: 'month', re: mk(`${B}${MON}${E}`) },
];
const AT_WEEKDAY = [{ kind: 'weekday' as Kind, re: mk(`${B}(${alt(weekdayMap.keys())})${E}`) }];
const AT_RELATIVE = [{ kind: 'relative' as Kind, re: mk(`${B}(${RELATIVE.map(([w]) => esc(w)).join('|')})${E}`, 'uy') }];
const RELATIVE_WORDS = new Set(RELATIVE.map(([w]) => w));
/**
 * The first two code units of every month, weekday and relative word (both cases of the first): a
 * cheap filter (a bitmap of first units, then a set of pairs) before lower-casing and hashing a token.
 */
const FIRST_CHARS = new Uint8Array(0x10000);
/** Pairs hashed into a bitmap (a false positive only costs the map lookup). */
const FIRST_PAIRS = new Uint8Array(0x10000);
const pairBit = (c0: number, c1: number) => (c0 * 613 + c1) & 0xffff;
for (const w of [...monthMap.keys(), ...weekdayMap.keys(), ...RELATIVE_WORDS]) {
  for (const f of [w.charCodeAt(0), w.toUpperCase().charCodeAt(0)]) {
    FIRST_CHARS[f] = 1;
    FIRST_PAIRS[pairBit(f, w.length > 1 ? w.charCodeAt(1) : 0)] = 1;
  }
}
/** Month and weekday words (lower case) -> the patterns tried at them. */
const WORD_PATTERNS = new Map<string, { re: RegExp; kind: Kind }[]>();
for (const w of weekdayMap.keys()) WORD_PATTERNS.set(w, AT_WEEKDAY);
for (const w of monthMap.keys()) WORD_PATTERNS.set(w, AT_MONTH);

function num(s: string): number {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c >= 0x966 && c <= 0x96f ? String(c - 0x966) : ch;
  }
  return parseInt(out, 10);
}
const p2 = (n: number) => String(n).padStart(2, '0');
const month = (s: string) => monthMap.get(s.toLowerCase()) ?? 0;

function validDay(d: number): boolean {
  return d >= 1 && d <= 31;
}

/** Context checks for bare months and years, which are dates only in date-like surroundings. */
const AFTER_TIME = /^\s*(?:में|से|तक|के|की|का|को|माह|महीने|महीना|,|।|\.|\)|in|to|until|and|(?:और|व|एवं|तथा|or)\s+(?:19|20|१९|२०)[0-9०-९]{2}(?![0-9०-९]))(?![\p{L}\p{M}])/u;
const BEFORE_TIME = /(?:इस|पिछले|अगले|पिछली|अगली|साल|वर्ष|सन्|सन|in|In|since|Since|from|From|of|during|by|until|till)\s*$/u;

export interface DateOptions {
  /** The article's date (YYYY-MM-DD) for resolving weekdays and relative words. */
  documentDate?: string;
  /** Is the position in a future-tense sentence? (for weekday/relative resolution) */
  isFuture?: (pos: number) => boolean;
}

/** Results of addDays and weekdayOf (a corpus has few article dates; parsing a Date is slow). */
const dayCache = new Map<string, string | number>();
function cachedDay<T extends string | number>(key: string, compute: () => T): T {
  let v = dayCache.get(key);
  if (v === undefined) {
    if (dayCache.size >= 10_000) dayCache.clear();
    v = compute();
    dayCache.set(key, v);
  }
  return v as T;
}

function addDays(iso: string, days: number): string {
  return cachedDay(`${iso}|${days}`, () => {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  });
}

function weekdayOf(iso: string): number {
  return cachedDay(`w|${iso}`, () => {
    const w = new Date(`${iso}T00:00:00Z`).getUTCDay();
    return w === 0 ? 7 : w;
  });
}

/** Find the date mentions in a text (`tokens`: the text's tokens, when already computed). */
export function findDates(text: string, opts: DateOptions = {}, tokens: Token[] = tokenize(text)): EntitySpan[] {
  const found: EntitySpan[] = [];
  let lastEnd = 0;
  for (const t of tokens) {
    if (!t.word || t.start < lastEnd) continue;
    const c = t.text.charCodeAt(0);
    let patterns: { re: RegExp; kind: Kind }[] | undefined;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x966 && c <= 0x96f)) patterns = numberPatterns(t.text);
    else if (FIRST_CHARS[c] === 1) {
      const c1 = t.text.length > 1 ? t.text.charCodeAt(1) : 0;
      if (FIRST_PAIRS[pairBit(c, c < 0x80 && c1 >= 0x41 && c1 <= 0x5a ? c1 + 0x20 : c1)] === 0) continue;
      patterns = WORD_PATTERNS.get(c < 0x80 ? t.text.toLowerCase() : t.text);
      if (!patterns && RELATIVE_WORDS.has(t.text)) patterns = AT_RELATIVE;
    }
    if (!patterns) continue;
    for (const { re, kind } of patterns) {
      re.lastIndex = t.start;
      const m = re.exec(text);
      if (!m) continue;
      const start = m.index;
      const end = start + m[0].length;
      const date = interpret(kind, m, text, start, end, opts);
      if (!date) continue;
      found.push(autoSpan(text, start, end, 'DATE', kind === 'month' || kind === 'year' || kind === 'relative' ? 0.7 : CONFIDENCE_DATE, 'date-rule', { date }));
      lastEnd = end;
      break;
    }
  }
  return joinWeekdayDates(found, text);
}

/**
 * A weekday joined to a date by a comma is one span ("सोमवार, 2 फरवरी", "Monday, February 2, 2026"),
 * with the date's value. `found` is sorted; a new list is returned only when something was joined.
 */
function joinWeekdayDates(found: EntitySpan[], text: string): EntitySpan[] {
  let out: EntitySpan[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && a.date?.precision === 'weekday' && b.date && (b.date.precision === 'day' || b.date.precision === 'range') && b.start - a.end <= 3 &&
      /^[ \u00a0]?,[ \u00a0]{1,2}$/u.test(text.slice(a.end, b.start))) {
      out ??= found.slice(0, i);
      out.push({ ...b, start: a.start, text: text.slice(a.start, b.end), date: { ...b.date, weekday: a.date.weekday } });
      i++;
      continue;
    }
    out?.push(a);
  }
  return out ?? found;
}

function interpret(kind: string, m: RegExpExecArray, text: string, start: number, end: number, opts: DateOptions): DateValue | undefined {
  const docYear = opts.documentDate?.slice(0, 4);
  switch (kind) {
    case 'dRangeMonY': {
      const d1 = num(m[1]), d2 = num(m[2]), mo = month(m[3]);
      if (!validDay(d1) || !validDay(d2) || d2 < d1) return undefined;
      const y = m[4] ? String(num(m[4])) : undefined;
      const pre = y ? `${y}-` : '--';
      return { precision: 'range', value: `${pre}${p2(mo)}-${p2(d1)}`, endValue: `${pre}${p2(mo)}-${p2(d2)}` };
    }
    case 'monRangeDY': {
      const d1 = num(m[2]), d2 = num(m[3]), mo = month(m[1]);
      if (!validDay(d1) || !validDay(d2) || d2 < d1) return undefined;
      const y = m[4] ? String(num(m[4])) : undefined;
      const pre = y ? `${y}-` : '--';
      return { precision: 'range', value: `${pre}${p2(mo)}-${p2(d1)}`, endValue: `${pre}${p2(mo)}-${p2(d2)}` };
    }
    case 'dMonY': {
      const d = num(m[1]);
      if (!validDay(d)) return undefined;
      return { precision: 'day', value: `${num(m[3])}-${p2(month(m[2]))}-${p2(d)}` };
    }
    case 'monDY': {
      const d = num(m[2]);
      if (!validDay(d)) return undefined;
      return { precision: 'day', value: `${num(m[3])}-${p2(month(m[1]))}-${p2(d)}` };
    }
    case 'dMon':
    case 'monD': {
      const d = num(kind === 'dMon' ? m[1] : m[2]);
      const mo = month(kind === 'dMon' ? m[2] : m[1]);
      if (!validDay(d)) return undefined;
      // "May 5" is fine; English 3-letter abbreviations need a capital
      return { precision: 'day', value: docYear ? `${docYear}-${p2(mo)}-${p2(d)}` : `--${p2(mo)}-${p2(d)}` };
    }
    case 'monY':
      return { precision: 'month', value: `${num(m[2])}-${p2(month(m[1]))}` };
    case 'yRange': {
      const a = num(m[1]), b = num(m[2]);
      if (b <= a) return undefined;
      return { precision: 'range', value: String(a), endValue: String(b) };
    }
    case 'year': {
      const after = text.slice(end, end + 12);
      const before = text.slice(Math.max(0, start - 12), start);
      if (!AFTER_TIME.test(after) && !BEFORE_TIME.test(before)) return undefined;
      return { precision: 'year', value: String(num(m[1])) };
    }
    case 'month': {
      const w = m[1];
      // abbreviations and English words that are also common words need a capital and context
      if (/^[a-z]/.test(w)) return undefined;
      const after = text.slice(end, end + 12);
      const before = text.slice(Math.max(0, start - 12), start);
      if (!AFTER_TIME.test(after) && !BEFORE_TIME.test(before)) return undefined;
      if (/^(?:May|Mar|Jan|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Feb|Apr)$/.test(w) && !BEFORE_TIME.test(before)) return undefined;
      const mo = month(w);
      return { precision: 'month', value: docYear ? `${docYear}-${p2(mo)}` : `--${p2(mo)}` };
    }
    case 'weekday': {
      const wd = weekdayMap.get(m[1].toLowerCase())!;
      const v: DateValue = { precision: 'weekday', weekday: wd };
      if (opts.documentDate) {
        const future = opts.isFuture?.(start) ?? false;
        const base = weekdayOf(opts.documentDate);
        const delta = future ? ((wd - base + 7) % 7) : -((base - wd + 7) % 7);
        v.value = addDays(opts.documentDate, delta);
      }
      return v;
    }
    case 'relative': {
      const w = m[1];
      const rel = RELATIVE.find(([x]) => x === w)![1];
      const v: DateValue = { precision: 'relative' };
      if (opts.documentDate) {
        const days = rel === 'past-or-future' ? ((opts.isFuture?.(start) ?? false) ? 1 : -1) * (w === 'परसों' ? 2 : 1) : rel;
        v.value = addDays(opts.documentDate, days);
      }
      return v;
    }
  }
  return undefined;
}

/**
 * Resolve weekday, relative and year-less dates already found against the article's date, in place
 * (cheaper than finding them again).
 */
export function resolveAgainst(spans: EntitySpan[], opts: DateOptions & { documentDate: string }): void {
  const year = opts.documentDate.slice(0, 4);
  for (const s of spans) {
    const d = s.date;
    if (!d) continue;
    if (d.precision === 'weekday' && d.weekday) {
      const future = opts.isFuture?.(s.start) ?? false;
      const base = weekdayOf(opts.documentDate);
      d.value = addDays(opts.documentDate, future ? (d.weekday - base + 7) % 7 : -((base - d.weekday + 7) % 7));
    } else if (d.precision === 'relative') {
      const rel = RELATIVE.find(([x]) => x === s.text)?.[1];
      if (rel === undefined) continue;
      const days = rel === 'past-or-future' ? ((opts.isFuture?.(s.start) ?? false) ? 1 : -1) * (s.text === 'परसों' ? 2 : 1) : rel;
      d.value = addDays(opts.documentDate, days);
    } else if (d.value?.startsWith('--')) {
      d.value = `${year}-${d.value.slice(2)}`;
      if (d.endValue?.startsWith('--')) d.endValue = `${year}-${d.endValue.slice(2)}`;
    }
  }
}
