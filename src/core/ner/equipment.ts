/**
 * Equipment and model designations beyond the knowledge base: एस-400, एसयू-30 एमकेआई, S-400,
 * Su-30MKI, T-90, MiG-29, named ships (आईएनएस विक्रांत, INS Vikrant).
 */
import type { EntitySpan } from '../model';
import { isWordCodePoint } from '../text/chars';
import { normalizeForMatch } from '../text/normalize';
import { tokenNorm } from './kbMatch';
import { INITIALS, STOPWORDS } from './lexicon';
import { isForceHeadStart } from './orgs';
import { autoSpan, overlapsSorted, rangeAt, tokenIndexFrom } from './span';
import type { Token } from '../text/tokenize';

export const CONFIDENCE_EQUIPMENT = 0.75;

/** Prefixes that look like designations but are not equipment. */
const NOT_EQUIPMENT = new Set(['covid', 'कोविड', 'कोरोना', 'g', 'जी', 'h', 'sars', 'article', 'अनुच्छेद', 'धारा', 'section', 'sector', 'सेक्टर', 'ward', 'वार्ड',
  'phase', 'फेज', 'चरण', 'nh', 'एनएच', 'no', 'नंबर', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'q', 'fy', 'pm', 'u', 'अंडर',
  'under', 'top', 'टॉप', 'ipl', 'आईपीएल', 'odi']);
/** Known designation families in Devanagari (besides initialisms such as एस, एसयू, एफ). */
const HI_FAMILIES = new Set(['सुखोई', 'सु', 'तु', 'का', 'याक', 'बराक', 'शाहीन', 'गौरी', 'हत्फ', 'शौर्य', 'इग्ला', 'क्लब', 'बुक', 'मिग', 'मिराज', 'राफेल', 'तेजस', 'अग्नि', 'पृथ्वी', 'ब्रह्मोस', 'इस्कंदर', 'कलाश्निकोव', 'तोर', 'पिनाका', 'प्रलय', 'नाग', 'आकाश',
  'अपाचे', 'चिनूक', 'सी', 'केए', 'एमआई', 'एके', 'आईएल', 'एएन', 'टीयू', 'टी']);
const SUFFIXES = /^(?:एमकेआई|एमकेएम|एमकेके|एमके[0-9०-९]*[ए-ऐ]?|एमकेआईआई|एसएमई|एमकेए|ए|बी|सी|डी|ई|एम|एमआई|एसएम|एमएस|एसएमटी|एमडी|टी|के|एस|एसएस|वी[0-9०-९]?|[A-Z]{1,4}[0-9]?)$/u;

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
  // a suffix glued to the number: "सुखोई-30एमकेएम", "मिग-29के"
  if (e < text.length && isDevaLetter(text.charCodeAt(e))) {
    let g = e;
    while (g < text.length && g - e < 8 && isWordCodePoint(text.charCodeAt(g)) && !isDigit(text.charCodeAt(g))) g++;
    if (!SUFFIXES.test(text.slice(e, g))) return null;
    e = g;
  }
  const after = text.charCodeAt(e);
  if (e < text.length && (isWordCodePoint(after) || isDigit(after))) return null;
  if (after === 0x2d && isDigit(text.charCodeAt(e + 1))) return null;
  const m = [text.slice(s, e), text.slice(s, p), text.slice(p + 1, e)] as unknown as RegExpExecArray;
  m.index = s;
  return m;
}

/** Where "आईएनएस" or "INS" starts, in text order, by searching (without tokens; with them, scanTokens finds them). */
function shipPrefixes(text: string, _tokens: undefined): number[] {
  const out: number[] = [];
  for (const prefix of SHIP_PREFIXES) for (let p = text.indexOf(prefix); p >= 0; p = text.indexOf(prefix, p + 1)) out.push(p);
  return out.sort((a, b) => a - b);
}

/**
 * Ship prefixes: the Indian Navy's and those of partner navies ("HMS Queen Elizabeth", "USS Nimitz",
 * "एचएमएस प्रिंस ऑफ वेल्स"); the name after them is the ship, not a place or a person.
 */
const SHIP_PREFIXES = ['आईएनएस', 'INS', 'HMS', 'USS', 'HMAS', 'HMCS', 'HMNZS', 'KRI', 'FGS', 'RFS', 'PNS', 'BNS', 'SLNS', 'ROKS', 'एचएमएस', 'यूएसएस'];
const SHIP_PREFIX_SET = new Set(SHIP_PREFIXES);
/** The prefixes' first code units: a cheap test before the set lookup. */
const SHIP_FIRST = new Set(SHIP_PREFIXES.map((w) => w.charCodeAt(0)));
const SHIP = /(?<![\p{L}\p{M}\p{N}])(?:आईएनएस|INS|HMS|USS|HMAS|HMCS|HMNZS|KRI|FGS|RFS|PNS|BNS|SLNS|ROKS|एचएमएस|यूएसएस)\s+/uy;
/** Small words inside an English ship name ("HMS Prince of Wales"); "ऑफ" in Hindi. */
const SHIP_INNER = new Set(['of', 'ऑफ', 'ऑफ़']);

/**
 * Equipment found by rules. With `tokens`, one pass over them also collects into `forceHeads` the
 * indices of tokens that may start a force noun (for findForceOrgs).
 */
export function findEquipment(text: string, tokens?: Token[], forceHeads?: number[]): EntitySpan[] {
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
      if (!NOT_EQUIPMENT.has(m[1].toLowerCase())) out.push(autoSpan(text, m.index, latinNameEnd(text, m.index + m[0].length), 'EQUIPMENT', CONFIDENCE_EQUIPMENT, 'equipment-rule'));
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
  // one pass over the tokens: classes, projects and where "INS" starts
  const ships = tokens ? scanTokens(text, tokens, out, forceHeads) : shipPrefixes(text, undefined);
  // named ships: INS + 1-2 name words
  for (const p of ships) {
    {
      SHIP.lastIndex = p;
      if (!(m = SHIP.exec(text))) continue;
      const after = m.index + m[0].length;
      const name = /^([\p{L}\p{M}]+)(?:\s([\p{L}\p{M}]+))?/u.exec(text.slice(after, after + 40));
      if (!name || STOPWORDS.has(name[1])) continue;
      let end = after + name[1].length;
      const indian = m[0].startsWith('आईएनएस') || m[0].startsWith('INS');
      if (indian) {
        if (name[2] && !STOPWORDS.has(name[2]) && /^[A-Z]/.test(name[1]) && /^[A-Z]/.test(name[2])) end = after + name[0].length;
      } else end = foreignShipEnd(text, end);
      out.push(autoSpan(text, m.index, end, 'EQUIPMENT', CONFIDENCE_EQUIPMENT, 'equipment-rule'));
    }
  }
  return out;
}

/**
 * The end of a foreign ship's name after its first word (ending at `end`): up to three more words, Latin
 * ones capitalised ("Queen Elizabeth", "Prince of Wales"), Devanagari ones not function words or vessel
 * nouns ("क्वीन एलिजाबेथ").
 */
function foreignShipEnd(text: string, end: number): number {
  const latin = isLatinUpper(text.charCodeAt(end - 1)) || isLatinLower(text.charCodeAt(end - 1));
  let e = end;
  let good = end;
  // Devanagari words carry no capitals: one word ("एचएमएस रिचमंड गोवा पहुंचा"), or a name with "ऑफ"
  // ("एचएमएस प्रिंस ऑफ वेल्स"); longer Devanagari names come from the knowledge base
  for (let n = 0; n < 4 && text.charCodeAt(e) === 0x20; n++) {
    let w = e + 1;
    while (w < text.length && w - e < 24 && isWordCodePoint(text.charCodeAt(w))) w++;
    const word = text.slice(e + 1, w);
    if (!word) break;
    if (SHIP_INNER.has(word)) {
      e = w;
      continue;
    }
    if (!latin && e === good) break;
    if (latin ? !isLatinUpper(word.charCodeAt(0)) || EN_NOT_NAME.has(word) : !isDevaLetter(word.charCodeAt(0)) || STOPWORDS.has(word) || VESSEL_NOUNS.has(word)) break;
    e = w;
    good = w;
  }
  // a dangling "of" is not part of the name
  return good;
}

/** Capitalised English words that do not continue a designation's name ("F-16 The ..."). */
const EN_NOT_NAME = new Set(['The', 'And', 'In', 'On', 'At', 'For', 'With', 'From', 'To', 'Of', 'As', 'By', 'Is', 'Was', 'Are', 'Were', 'Will', 'Has', 'Have',
  'Had', 'This', 'That', 'These', 'It', 'He', 'She', 'They', 'We', 'But', 'Or', 'If', 'When', 'While', 'After', 'Before', 'During', 'Since', 'Also', 'India',
  'Russia', 'China', 'Indian', 'Russian', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Navy', 'Army', 'Air', 'Force', 'Class', 'Mk', 'Block',
  'Two', 'Three', 'Four', 'Five', 'Six', 'Both', 'All', 'Several', 'More', 'New', 'Our', 'Its', 'Their', 'His', 'Her']);

/** A designation's end, extended over one capitalised name word after it ("P-8A Poseidon", "C-17 Globemaster"). */
function latinNameEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 0x20) return end;
  const c = text.charCodeAt(end + 1);
  if (!(c >= 0x41 && c <= 0x5a)) return end;
  let e = end + 2;
  while (e < text.length && e - end < 16 && ((text.charCodeAt(e) >= 0x61 && text.charCodeAt(e) <= 0x7a))) e++;
  if (e - end < 4 || (e < text.length && isWordCodePoint(text.charCodeAt(e)))) return end;
  return EN_NOT_NAME.has(text.slice(end + 1, e)) ? end : e;
}

/** Class words after a ship (or aircraft) name: "तलवार श्रेणी", "Kilo-class", "Kalvari class". */
const CLASS_WORDS = new Set(['श्रेणी', 'क्लास', 'class', 'Class']);
/** Nouns that confirm a class name names vessels (within six words after the class word, in the sentence). */
const VESSEL_NOUNS = new Set(['फ्रिगेट', 'फ्रिगेटों', 'युद्धपोत', 'युद्धपोतों', 'पनडुब्बी', 'पनडुब्बियों', 'पनडुब्बियां', 'पनडुब्बियाँ', 'विध्वंसक', 'विध्वंसकों', 'कार्वेट',
  'कॉर्वेट', 'पोत', 'पोतों', 'जहाज', 'जहाज़', 'जहाजों', 'जहाज़ों', 'विमानवाहक', 'स्टेल्थ', 'frigate', 'frigates', 'destroyer', 'destroyers', 'submarine', 'submarines',
  'corvette', 'corvettes', 'ship', 'ships', 'warship', 'warships', 'vessel', 'vessels', 'carrier', 'carriers', 'cruiser', 'cruisers', 'frigates', 'boats',
  'फ्रिगेट्स', 'कोर्वेट', 'कार्वेटों', 'नौका', 'नौकाओं', 'पोत', 'गश्ती', 'टैंकर', 'submarine', 'destroyers', 'युद्धपोतों', 'पनडुब्बियाँ', 'जहाजों', 'विमानवाहक']);
/** Words before a class word that make it generic ("इस श्रेणी", "उच्च श्रेणी", "this class"). */
const NOT_CLASS_NAME = new Set(['इस', 'उस', 'किस', 'इसी', 'उसी', 'हर', 'एक', 'नई', 'नए', 'नया', 'उच्च', 'निम्न', 'सामान्य', 'विशेष', 'विश्व', 'अपनी', 'अपने', 'इन', 'उन',
  'पहली', 'दूसरी', 'अगली', 'उसकी', 'इसकी', 'किसी', 'this', 'that', 'new', 'same', 'first', 'world', 'middle', 'business', 'economy', 'a', 'the', 'top', 'its']);
/** Project words before a number: "प्रोजेक्ट 1135.6", "परियोजना 17ए", "Project 75I". */
const PROJECT_WORDS = new Set(['प्रोजेक्ट', 'परियोजना', 'Project']);

const isLatinUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLatinLower = (c: number) => c >= 0x61 && c <= 0x7a;

/**
 * Ship classes ("तलवार श्रेणी के फ्रिगेट": the name and the class word, when a vessel noun follows)
 * and project designations ("प्रोजेक्ट 1135.6", "Project 17A"; a bare year after the word is no project).
 * One pass over the tokens; only tokens of the right length and first letter are compared. Returns
 * where "INS"/"आईएनएस" tokens start (named ships).
 */
function scanTokens(text: string, tokens: Token[], out: EntitySpan[], forceHeads: number[] | undefined): number[] {
  const ships: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const len = t.text.length;
    if (len < 3 || len > 12) continue;
    const c0 = t.text.charCodeAt(0);
    if (forceHeads && isForceHeadStart(text, t.start, t.end)) forceHeads.push(i);
    if (len > 9) continue;
    if (len <= 6 && SHIP_FIRST.has(c0) && SHIP_PREFIX_SET.has(t.text)) ships.push(t.start);
    else if (i > 0 && (len === 5 || len === 6) && (c0 === 0x936 || c0 === 0x915 || c0 === 0x63 || c0 === 0x43) && CLASS_WORDS.has(t.text)) {
      // the name: one word before (two capitalised Latin words), joined by a space or a hyphen
      let k = i - 1;
      if (tokens[k].text === '-' && !tokens[k].spaceBefore && !t.spaceBefore) k--;
      else if (!t.spaceBefore) continue;
      const name = tokens[k];
      if (!name || !name.word || name.newlineBefore || t.newlineBefore || NOT_CLASS_NAME.has(name.text) || NOT_CLASS_NAME.has(name.text.toLowerCase()) || STOPWORDS.has(name.text)) continue;
      const nc = name.text.charCodeAt(0);
      const latin = isLatinUpper(nc) || isLatinLower(nc);
      if (latin && !isLatinUpper(nc)) continue;
      if (!latin && !isDevaLetter(nc)) continue;
      let vessel = false;
      for (let j = i + 1; j <= i + 6 && j < tokens.length && !vessel && !tokens[j].newlineBefore && tokens[j].text !== '।' && tokens[j].text !== '.'; j++) if (VESSEL_NOUNS.has(tokens[j].text)) vessel = true;
      if (!vessel) continue;
      let start = name.start;
      const before = tokens[k - 1];
      if (latin && before && before.word && before.spaceBefore !== undefined && name.spaceBefore && isLatinUpper(before.text.charCodeAt(0)) && !EN_NOT_NAME.has(before.text) && !STOPWORDS.has(before.text)) start = before.start;
      out.push(autoSpan(text, start, t.end, 'EQUIPMENT', CONFIDENCE_EQUIPMENT, 'equipment-rule'));
    } else if ((len === 7 || len === 8 || len === 9) && (c0 === 0x92a || c0 === 0x50) && PROJECT_WORDS.has(t.text)) {
      // "प्रोजेक्ट 1135.6", "प्रोजेक्ट-75", "Project 17A"
      let p = t.end;
      if (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x2d) p++;
      const d0 = p;
      while (p < text.length && p - d0 < 6 && isDigit(text.charCodeAt(p))) p++;
      const nd = p - d0;
      if (nd < 2) continue;
      let dotted = false;
      if (text.charCodeAt(p) === 0x2e && isDigit(text.charCodeAt(p + 1))) {
        p += 2;
        while (p < text.length && isDigit(text.charCodeAt(p))) p++;
        dotted = true;
      }
      const s0 = p;
      while (p < text.length && p - s0 < 4 && (isLatinUpper(text.charCodeAt(p)) || isDevaLetter(text.charCodeAt(p)))) p++;
      if (p < text.length && isWordCodePoint(text.charCodeAt(p))) continue;
      if (p - s0 > 0 && !/^(?:[A-Z]{1,2}|[ए-औ]|आई|बी|सी|डी|एम)$/u.test(text.slice(s0, p))) continue;
      const digits = text.slice(d0, d0 + nd);
      if (!dotted && p === s0 && nd === 4 && /^(?:19|20|१९|२०)/u.test(digits)) continue;
      out.push(autoSpan(text, t.start, p, 'EQUIPMENT', CONFIDENCE_EQUIPMENT, 'equipment-rule'));
    }
  }
  return ships;
}

/** Class words written as a separate word after a class name ("तलवार श्रेणी", "Kalvari class"). */
const CLASS_CUTS = [' श्रेणी', ' क्लास', ' class', ' Class'];

/**
 * The class word stays outside a ship class's span (the conventions: `तलवार` in "तलवार श्रेणी के
 * फ्रिगेट", like a generic noun after a name); a hyphenated "Kilo-class" is kept whole. In place; only
 * EQUIPMENT spans' own (short) text is searched.
 */
export function trimClassWords(spans: EntitySpan[], text: string): void {
  for (const s of spans) {
    if (s.label !== 'EQUIPMENT' || s.text.length < 8) continue;
    let cut = -1;
    for (const w of CLASS_CUTS) {
      const k = s.text.indexOf(w);
      if (k > 0 && (cut < 0 || k < cut)) {
        const after = s.text.charCodeAt(k + w.length);
        if (Number.isNaN(after) || !isWordCodePoint(after)) cut = k;
      }
    }
    if (cut <= 0) continue;
    s.end = s.start + cut;
    s.text = text.slice(s.start, s.end);
  }
}

/**
 * A company and its model as one EQUIPMENT span ("जीई एफ404", "GE F404", "Safran M88"): an ORG the
 * `isCompany` callback accepts, a space, then an EQUIPMENT span with a digit in it. In place; spans
 * sorted and non-overlapping.
 */
export function joinMakerModel(spans: EntitySpan[], text: string, isCompany: (s: EntitySpan) => boolean): EntitySpan[] {
  let res: EntitySpan[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i];
    const b = spans[i + 1];
    if (b && a.label === 'ORG' && b.label === 'EQUIPMENT' && b.start === a.end + 1 && text.charCodeAt(a.end) === 0x20 && /[0-9०-९]/u.test(b.text) && isCompany(a)) {
      res ??= spans.slice(0, i);
      res.push({ ...b, start: a.start, text: text.slice(a.start, b.end) });
      i++;
      continue;
    }
    res?.push(a);
  }
  return res ?? spans;
}

/** Singular ship-type nouns that a ship's name follows ("विध्वंसक मार्शल उस्तीनोव", "frigate Steregushchiy"). */
const SHIP_NOUN_BEFORE = /(?:^|[\s(])(?:विध्वंसक|फ्रिगेट|फ़्रिगेट|कार्वेट|कॉर्वेट|आइसब्रेकर|आइस-ब्रेकर|हिमभंजक|युद्धपोत|पनडुब्बी|क्रूजर|क्रूज़र|destroyer|frigate|corvette|icebreaker|submarine|cruiser|warship) ((?:(?:वाइस|रियर|एडमिरल|मार्शल|जनरल|कैप्टन|कमांडर|Vice|Rear|Admiral|Marshal|General|Captain|Commander) ){0,2})$/u;
const ICEBREAKER_BEFORE = /(?:^|[\s(])(?:आइसब्रेकर|आइस-ब्रेकर|हिमभंजक|icebreaker) $/u;
/** The ship nouns of SHIP_NOUN_BEFORE as tokens normalise them (the last part of "आइस-ब्रेकर"). */
const SHIP_NOUN_WORDS = new Set(['विध्वंसक', 'फ्रिगेट', 'फ़्रिगेट', 'कार्वेट', 'कॉर्वेट', 'आइसब्रेकर', 'ब्रेकर', 'हिमभंजक', 'युद्धपोत', 'पनडुब्बी', 'क्रूजर', 'क्रूज़र',
  'destroyer', 'frigate', 'corvette', 'icebreaker', 'submarine', 'cruiser', 'warship'].map(normalizeForMatch));

/** Is one of the three word tokens before `pos` a ship noun? (A cheap test before SHIP_NOUN_BEFORE and ICEBREAKER_BEFORE.) */
function shipNounBefore(tokens: Token[], pos: number): boolean {
  let words = 0;
  for (let k = tokenIndexFrom(tokens, pos) - 1; k >= 0 && words < 3; k--) {
    const t = tokens[k];
    if (!t.word) continue;
    words++;
    if (SHIP_NOUN_WORDS.has(tokenNorm(t))) return true;
  }
  return false;
}

/** Latin ship-type nouns, lower case, that a capitalised ship name follows. */
const LATIN_SHIP_NOUNS = new Set(['destroyer', 'frigate', 'corvette', 'icebreaker', 'submarine', 'cruiser', 'warship', 'vessel', 'ship']);
/** Lower-case craft nouns after a one-word model name ("Chetak helicopters", "Heron drones"). */
const CRAFT_NOUNS = new Set(['helicopters', 'helicopter', 'drones', 'drone', 'jets', 'tanks', 'howitzers', 'rifles', 'missiles']);
/** Capitalised words before a craft noun that are no model's name (services, kinds, roles). */
const NOT_CRAFT_NAME = new Set(['Army', 'Navy', 'Force', 'Forces', 'Military', 'Combat', 'Attack', 'Transport', 'Utility', 'Light', 'Heavy', 'Medium', 'Fighter',
  'Naval', 'Coast', 'Guard', 'Police', 'Rescue', 'Surveillance', 'Armed', 'Kamikaze', 'Loitering', 'Enemy', 'Western', 'Soviet', 'Nato', 'Two', 'Three', 'Four',
  'Five', 'Six', 'Ten', 'Twelve', 'Several', 'Many', 'More', 'Some', 'All', 'Both', 'New', 'Old', 'Other', 'Our', 'Their', 'These', 'Those', 'Such', 'Main',
  'Battle', 'Assault', 'Sniper', 'Cruise', 'Ballistic', 'Hypersonic', 'Stealth', 'Israel', 'Iran', 'Turkey', 'France', 'Russia', 'India', 'China']);
/** Devanagari vessel nouns after a Latin class name in a Hindi sentence ("Kilo पनडुब्बियां"). */
const DEVA_VESSEL_NOUNS = new Set(['पनडुब्बी', 'पनडुब्बियां', 'पनडुब्बियाँ', 'पनडुब्बियों', 'फ्रिगेट', 'युद्धपोत', 'विध्वंसक', 'कार्वेट', 'कॉर्वेट']);

/**
 * Ships named without a prefix: a PERSON right after a ship-type noun is the ship named after them,
 * with the rank word kept ("विध्वंसक [मार्शल उस्तीनोव]", "destroyer [Admiral Tributs]"); capitalised
 * words after a lower-case English ship noun ("the frigate Steregushchiy"); a capitalised Latin class
 * name before a Devanagari vessel noun ("Kilo पनडुब्बियां"). Returns the spans (sorted).
 */
export function namedShips(spans: EntitySpan[], text: string, tokens: Token[]): EntitySpan[] {
  for (const s of spans) {
    if (s.start < 4 || (s.label !== 'PERSON' && s.label !== 'LOCATION')) continue;
    // a ship noun is one of the three words before the span (two rank words may come between): else no RegExp
    if (text.charCodeAt(s.start - 1) !== 0x20 || !shipNounBefore(tokens, s.start)) continue;
    const before = text.slice(Math.max(0, s.start - 40), s.start);
    // icebreakers are named after regions ("आइसब्रेकर यमाल"): a place right after one is the ship
    if (s.label === 'LOCATION' && !ICEBREAKER_BEFORE.test(before)) continue;
    const m = s.label === 'LOCATION' ? ['', ''] : SHIP_NOUN_BEFORE.exec(before);
    if (!m) continue;
    s.start -= m[1].length;
    s.text = text.slice(s.start, s.end);
    s.label = 'EQUIPMENT';
    s.method = 'equipment-rule';
    delete s.entityId;
  }
  const added: EntitySpan[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const len = t.text.length;
    if (len < 4 || len > 11 || t.newlineBefore) continue;
    const c0 = t.text.charCodeAt(0);
    if (c0 === 0x92a || c0 === 0x92b || c0 === 0x92f || c0 === 0x935 || c0 === 0x915) {
      // "Kilo पनडुब्बियां": the Latin word right before
      const p = tokens[i - 1];
      if (!DEVA_VESSEL_NOUNS.has(t.text) || !p.word || !t.spaceBefore || p.text.length < 3 || !isLatinUpper(p.text.charCodeAt(0)) || EN_NOT_NAME.has(p.text)) continue;
      if (overlapsSorted(spans, p.start, p.end)) continue;
      added.push(autoSpan(text, p.start, p.end, 'EQUIPMENT', CONFIDENCE_EQUIPMENT, 'equipment-rule'));
    } else if (isLatinLower(c0) && CRAFT_NOUNS.has(t.text)) {
      // "Chetak helicopters", "Heron drones": one capitalised name word right before a craft noun
      const p = tokens[i - 1];
      const pp = tokens[i - 2];
      if (!p.word || !t.spaceBefore || p.text.length < 3 || !isLatinUpper(p.text.charCodeAt(0)) || !isLatinLower(p.text.charCodeAt(1)) || EN_NOT_NAME.has(p.text) ||
        NOT_CRAFT_NAME.has(p.text) || /(?:an|ian|ese|ish|ch|i)$/.test(p.text)) continue;
      if (pp && pp.word && pp.end + 1 === p.start && isLatinUpper(pp.text.charCodeAt(0))) continue;
      if (overlapsSorted(spans, p.start, p.end)) continue;
      added.push(autoSpan(text, p.start, p.end, 'EQUIPMENT', CONFIDENCE_EQUIPMENT, 'equipment-rule'));
    } else if (isLatinLower(c0) && LATIN_SHIP_NOUNS.has(t.text)) {
      let end = -1;
      for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
        const x = tokens[k];
        if (!x.word || x.newlineBefore || !x.spaceBefore || !isLatinUpper(x.text.charCodeAt(0)) || EN_NOT_NAME.has(x.text)) break;
        end = x.end;
      }
      const n = tokens[i + 1];
      if (end < 0) continue;
      // "the icebreaker Yamal": in English a place right after a ship noun is the ship's name
      const placeName = rangeAt(spans, n.start);
      if (placeName && placeName.label === 'LOCATION' && placeName.start === n.start) {
        placeName.label = 'EQUIPMENT';
        placeName.method = 'equipment-rule';
        delete placeName.entityId;
        continue;
      }
      if (overlapsSorted(spans, n.start, end)) continue;
      added.push(autoSpan(text, n.start, end, 'EQUIPMENT', CONFIDENCE_EQUIPMENT, 'equipment-rule'));
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}
