/**
 * Equipment and model designations beyond the knowledge base: एस-400, एसयू-30 एमकेआई, S-400,
 * Su-30MKI, T-90, MiG-29, named ships (आईएनएस विक्रांत, INS Vikrant).
 */
import type { EntitySpan } from '../model';
import { isWordCodePoint } from '../text/chars';
import { INITIALS, STOPWORDS } from './lexicon';
import { autoSpan } from './span';
import type { Token } from '../text/tokenize';

export const CONFIDENCE_EQUIPMENT = 0.75;

/** Prefixes that look like designations but are not equipment. */
const NOT_EQUIPMENT = new Set(['covid', 'कोविड', 'कोरोना', 'g', 'जी', 'h', 'sars', 'article', 'अनुच्छेद', 'धारा', 'section', 'sector', 'सेक्टर', 'ward', 'वार्ड',
  'phase', 'फेज', 'चरण', 'nh', 'एनएच', 'no', 'नंबर', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'q', 'fy', 'pm', 'u', 'अंडर',
  'under', 'top', 'टॉप', 'ipl', 'आईपीएल', 'odi']);
/** Known designation families in Devanagari (besides initialisms such as एस, एसयू, एफ). */
const HI_FAMILIES = new Set(['सुखोई', 'मिग', 'मिराज', 'राफेल', 'तेजस', 'अग्नि', 'पृथ्वी', 'ब्रह्मोस', 'इस्कंदर', 'कलाश्निकोव', 'तोर', 'पिनाका', 'प्रलय', 'नाग', 'आकाश',
  'अपाचे', 'चिनूक', 'सी', 'केए', 'एमआई', 'एके', 'आईएल', 'एएन', 'टीयू', 'टी']);
const SUFFIXES = /^(?:एमकेआई|एमके[0-9०-९]*|एमकेआईआई|ए|बी|सी|डी|ई|एम|एमआई|एसएम|एसएमटी|एमडी|टी|के|एस|एसएस|वी[0-9०-९]?|[A-Z]{1,4}[0-9]?)$/u;

const INITIALS_LONGEST_FIRST = [...INITIALS, 'यू'].sort((a, b) => b.length - a.length);

/** Is a Devanagari word an initialism (एस, एसयू, एफ, एचएएल...)? */
function isInitialism(w: string): boolean {
  let rest = w;
  let n = 0;
  while (rest.length > 0 && n < 5) {
    let found = false;
    for (const i of INITIALS_LONGEST_FIRST) {
      if (rest.startsWith(i)) { rest = rest.slice(i.length); found = true; n++; break; }
    }
    if (!found) return false;
  }
  return rest.length === 0;
}

const LATIN = /(?<![\p{L}\p{M}\p{N}-])([A-Z][A-Za-z]{0,5})-(\d{1,4})([A-Z]{1,5}\d?)?(?![\p{L}\p{M}\p{N}])(?!-\d)/uy;
const isDevaLetter = (c: number) => (c >= 0x900 && c <= 0x963) || (c >= 0x971 && c <= 0x97f);
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x966 && c <= 0x96f);

/**
 * The DEVA pattern at word start `s` with its hyphen at `p`, without a regular expression (this runs
 * at every hyphen before a digit): 1-12 Devanagari letters, '-', 1-4 digits, then no letter, mark,
 * digit or "-digit". Returns a match-like [whole, prefix, digits] with `index`, or null.
 */
function devaDesignation(text: string, s: number, p: number): RegExpExecArray | null {
  if (p - s < 1 || p - s > 12) return null;
  if (s > 0 && (text.charCodeAt(s - 1) === 0x2d || isWordCodePoint(text.charCodeAt(s - 1)))) return null;
  for (let i = s; i < p; i++) if (!isDevaLetter(text.charCodeAt(i))) return null;
  let e = p + 1;
  while (e < text.length && e - p - 1 < 4 && isDigit(text.charCodeAt(e))) e++;
  const nd = e - p - 1;
  if (nd < 1) return null;
  const after = text.charCodeAt(e);
  if (e < text.length && (isWordCodePoint(after) || isDigit(after))) return null;
  if (after === 0x2d && isDigit(text.charCodeAt(e + 1))) return null;
  const m = [text.slice(s, e), text.slice(s, p), text.slice(p + 1, e)] as unknown as RegExpExecArray;
  m.index = s;
  return m;
}

/** Where "आईएनएस" or "INS" starts, in text order: from the word tokens when given, else by searching. */
function shipPrefixes(text: string, tokens: Token[] | undefined): number[] {
  const out: number[] = [];
  if (tokens) {
    for (const t of tokens) if (t.word && (t.text.length === 3 || t.text.length === 6) && (t.text === 'INS' || t.text === 'आईएनएस')) out.push(t.start);
    return out;
  }
  for (const prefix of ['आईएनएस', 'INS']) for (let p = text.indexOf(prefix); p >= 0; p = text.indexOf(prefix, p + 1)) out.push(p);
  return out.sort((a, b) => a - b);
}

const SHIP = /(?<![\p{L}\p{M}\p{N}])(?:आईएनएस|INS)\s+/uy;

export function findEquipment(text: string, tokens?: Token[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  let m: RegExpExecArray | null;
  // designations: only where a hyphen is followed by a digit
  for (let p = text.indexOf('-'); p >= 0; p = text.indexOf('-', p + 1)) {
    const n = text.charCodeAt(p + 1);
    if (!((n >= 0x30 && n <= 0x39) || (n >= 0x966 && n <= 0x96f))) continue;
    let s = p;
    while (s > 0 && p - s < 14 && isWordCodePoint(text.charCodeAt(s - 1))) s--;
    if (s === p) continue;
    LATIN.lastIndex = s;
    if ((m = LATIN.exec(text))) {
      if (!NOT_EQUIPMENT.has(m[1].toLowerCase())) out.push(autoSpan(text, m.index, m.index + m[0].length, 'EQUIPMENT', CONFIDENCE_EQUIPMENT, 'equipment-rule'));
      continue;
    }
    if (!(m = devaDesignation(text, s, p))) continue;
    const prefix = m[1];
    if (NOT_EQUIPMENT.has(prefix) || STOPWORDS.has(prefix)) continue;
    if (!HI_FAMILIES.has(prefix) && !isInitialism(prefix)) continue;
    let end = m.index + m[0].length;
    // a suffix word: "एसयू-30 एमकेआई"
    const next = /^\s([\p{L}\p{M}]+)(?![\p{L}\p{M}\p{N}])/u.exec(text.slice(end, end + 16));
    if (next && SUFFIXES.test(next[1]) && !STOPWORDS.has(next[1])) end += next[0].length;
    out.push(autoSpan(text, m.index, end, 'EQUIPMENT', CONFIDENCE_EQUIPMENT, 'equipment-rule'));
  }
  // named ships: INS + 1-2 name words
  for (const p of shipPrefixes(text, tokens)) {
    {
      SHIP.lastIndex = p;
      if (!(m = SHIP.exec(text))) continue;
      const after = m.index + m[0].length;
      const name = /^([\p{L}\p{M}]+)(?:\s([\p{L}\p{M}]+))?/u.exec(text.slice(after, after + 40));
      if (!name || STOPWORDS.has(name[1])) continue;
      let end = after + name[1].length;
      if (name[2] && !STOPWORDS.has(name[2]) && /^[A-Z]/.test(name[1]) && /^[A-Z]/.test(name[2])) end = after + name[0].length;
      out.push(autoSpan(text, m.index, end, 'EQUIPMENT', CONFIDENCE_EQUIPMENT, 'equipment-rule'));
    }
  }
  return out;
}
