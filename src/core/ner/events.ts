/**
 * Named events beyond the knowledge base: an ordinal followed by a head noun within a few words
 * (21वें भारत-रूस अंतर सरकारी आयोग, 22वीं मंत्री स्तरीय बैठक, 15th BRICS Summit), and an
 * organisation followed by a meeting noun (एससीओ रक्षा मंत्रियों की बैठक, SCO defence ministers'
 * meeting, ब्रिक्स शिखर सम्मेलन).
 */
import type { EntitySpan } from '../model';
import type { Token } from '../text/tokenize';
import { normWord, tokenNorm } from './kbMatch';
import { DEMONYMS, STOPWORDS } from './lexicon';
import { autoSpan, tokenIndexFrom } from './span';

export const CONFIDENCE_EVENT = 0.65;

const HEADS = new Set(['आयोग', 'सम्मेलन', 'बैठक', 'सत्र', 'वार्ता', 'संवाद', 'समिट', 'शिखर', 'कमीशन', 'अधिवेशन', 'मीटिंग', 'डायलॉग', 'अभ्यास', 'समारोह', 'महोत्सव',
  'summit', 'meeting', 'session', 'conference', 'dialogue', 'commission', 'exercise', 'forum', 'talks'].map((w) => w.normalize('NFD').toLowerCase()));
/** Two-word heads: "शिखर सम्मेलन". */
const HEAD_PAIRS = new Set(['शिखर सम्मेलन', 'मंत्री स्तरीय'].map((w) => w.normalize('NFD')));
/** Words allowed between an organisation and a meeting noun. */
const FILLERS = new Set(['के', 'की', 'का', 'रक्षा', 'विदेश', 'वित्त', 'मंत्रियों', 'प्रमुखों', 'नेताओं', 'राष्ट्राध्यक्षों', 'शासनाध्यक्षों', 'सेना', 'वार्षिक', 'स्तरीय', 'मंत्री',
  'defence', 'defense', 'foreign', 'finance', 'ministers', 'minister', 'heads', 'of', 'state', 'government', 'leaders', 'annual', 'the', 's', "'", '’',
  'स्तर', 'सदस्य', 'देशों', 'परिषद'].map((w) => w.normalize('NFD').toLowerCase()));
/** Words right after an organisation that make "<org> ... <meeting noun>" a description, not a name. */
const DESCRIPTIVE = new Set(['के', 'की', 'का', 'देशों', 'सदस्य', 'सदस्यों', 'में', 'द्वारा', 'of', 'member'].map((w) => w.normalize('NFD').toLowerCase()));
const ORDINAL = /^[0-9०-९]+(?:वें|वीं|वां|वीं|वा|वी|st|nd|rd|th)$/u;
/** Words that end an ordinal-led phrase without an event: verbs, postpositions in sentence position. */
const BREAKS = new Set(['ने', 'से', 'को', 'में', 'पर', 'है', 'हैं', 'था', 'थी', 'और', 'या', 'कि', 'जो'].map((w) => w.normalize('NFD')));
/** Words that do not name an event on their own: "22वें वार्षिक शिखर सम्मेलन", "25वें दौर की बैठक" are numbered sessions. */
const GENERIC = new Set(['दौर', 'की', 'के', 'का', 'बैठक', 'बैठकों', 'सत्र', 'सम्मेलन', 'वार्ता', 'मीटिंग', 'संस्करण', 'वार्षिक', 'शिखर', 'मंत्री', 'स्तरीय',
  'मंत्रिस्तरीय', 'मंत्रीस्तरीय', 'संयुक्त', 'द्विपक्षीय', 'अगले', 'अगली', 'इस', 'उस', 'round', 'of', 'the', 'meeting', 'session', 'edition', 'summit', 'annual', 'talks',
  'bilateral', 'joint'].map((w) => w.normalize('NFD').toLowerCase()));

function isHead(tokens: Token[], k: number): number {
  const n = tokenNorm(tokens[k]);
  if (k + 1 < tokens.length && HEAD_PAIRS.has(`${n} ${tokenNorm(tokens[k + 1])}`)) {
    // "मंत्री स्तरीय बैठक", "शिखर सम्मेलन"
    if (k + 2 < tokens.length && HEADS.has(tokenNorm(tokens[k + 2]))) return k + 2;
    return n === 'शिखर'.normalize('NFD') ? k + 1 : -1;
  }
  return HEADS.has(n) ? k : -1;
}

/** Capitalised English heads of a named event: "AI Action Summit", "Raisina Dialogue", "Paris Air Show". */
const LATIN_HEADS = new Set(['Summit', 'Dialogue', 'Conference', 'Forum', 'Conclave', 'Airshow', 'Show', 'Games', 'Group']);
/** "Group" heads an event only as a named consultation: "Defence Consultative Group", "Defence Policy Group" (not "Adani Group"). */
const GROUP_BEFORE = new Set(['Consultative', 'Policy', 'Steering']);
/** Small words inside an English event name: "Voice of Global South Summit". */
const LATIN_INNER = new Set(['of', 'on', 'for', 'and', '&', 'the']);
/** Capitalised words that start a sentence or describe, not name: "The Summit", "Next Summit". */
const LATIN_NOT_NAME = new Set(['The', 'A', 'An', 'This', 'That', 'Next', 'Last', 'Annual', 'Upcoming', 'Previous', 'First', 'Second', 'Third', 'At', 'In', 'During', 'After', 'Before']);

/** "AI Action Summit": up to five capitalised words (acronyms, "G20") before a capitalised head, in English. */
function latinEvent(text: string, tokens: Token[], h: number): EntitySpan | undefined {
  if (tokens[h].text === 'Group' && !GROUP_BEFORE.has(tokens[h - 1].text)) return undefined;
  let a = h;
  let names = 0;
  for (let k = h - 1; k >= 0 && h - k <= 7; k--) {
    const tk = tokens[k];
    if (tokens[k + 1].newlineBefore || tokens[k + 1].start - tk.end > 1) break;
    // a hyphen joining two names: "India-France Defence Dialogue"
    if ((tk.text === '-' || tk.text === '–') && k > 0 && tokens[k - 1].end === tk.start && tk.end === tokens[k + 1].start && /^[A-Z]/.test(tokens[k - 1].text)) continue;
    if (tk.word && /^[A-Z0-9][\p{L}\d-]*$/u.test(tk.text) && !LATIN_NOT_NAME.has(tk.text)) { a = k; names++; continue; }
    if (LATIN_INNER.has(tk.text) && k > 0 && /^[A-Z]/.test(tokens[k - 1].text)) continue;
    break;
  }
  if (!names) return undefined;
  return autoSpan(text, tokens[a].start, tokens[h].end, 'EVENT', CONFIDENCE_EVENT, 'event-rule');
}

const PARADE = 'परेड'.normalize('NFD');
const DAY = 'दिवस'.normalize('NFD');
const STOP = new Set([...STOPWORDS].map((w) => w.normalize('NFD').toLowerCase()));
const DEMONYM_SET = new Set(Object.keys(DEMONYMS).map((w) => w.normalize('NFD').toLowerCase()));

/**
 * "<day> दिवस परेड" is named for its day: "[गणतंत्र दिवस परेड]", "[रूसी नौसेना दिवस परेड]" (a country
 * adjective before it belongs to the name). `h` is the index of "परेड".
 */
function dayParade(text: string, tokens: Token[], h: number): EntitySpan | undefined {
  const d = h - 1;
  if (d < 1 || !tokens[d].word || tokenNorm(tokens[d]) !== DAY || tokens[h].newlineBefore || tokens[d].newlineBefore) return undefined;
  // one word names the day ("गणतंत्र", "नौसेना"); a country adjective may come before it
  const ok = (k: number) => k >= 0 && tokens[k].word && !tokens[k + 1].newlineBefore && !STOP.has(tokenNorm(tokens[k])) && !/^[0-9०-९]/u.test(tokens[k].text);
  let a = d;
  if (ok(d - 1)) {
    a = d - 1;
    if (ok(a - 1) && DEMONYM_SET.has(tokenNorm(tokens[a - 1]))) a--;
  }
  if (a === d) return undefined;
  return autoSpan(text, tokens[a].start, tokens[h].end, 'EVENT', CONFIDENCE_EVENT, 'event-rule');
}

/** Words that make "<place>-<place> ... <head>" a named consultation ("भारत-फ्रांस रक्षा संवाद", "भारत-अमेरिका रक्षा नीति समूह"). */
const PAIR_QUALIFIERS = new Set(['रक्षा', 'रणनीतिक', 'सामरिक', 'सुरक्षा', 'समुद्री', 'नीति', 'परामर्श', 'परामर्शदात्री', 'सलाहकार', 'मंत्रिस्तरीय', 'मंत्रीस्तरीय',
  'अंतरिक्ष', 'साइबर', 'गोलमेज', 'सैन्य', 'औद्योगिक', 'ट्रैक', '1.5', '2', 'II'].map((w) => w.normalize('NFD')));
const MEETING = 'बैठक'.normalize('NFD');
const MEETING_QUALIFIERS = new Set(['गोलमेज', 'मंत्रिस्तरीय', 'मंत्रीस्तरीय'].map((w) => w.normalize('NFD')));
/** Heads of such a consultation (a "संयुक्त कार्य समूह की बैठक" is no name: कार्य is no qualifier). */
const PAIR_HEADS = new Set(['संवाद', 'डायलॉग', 'समूह', 'सम्मेलन', 'बैठक'].map((w) => w.normalize('NFD')));

/**
 * "<place>-<place> <qualifiers> <head>": a named bilateral consultation, one EVENT over the places too
 * ("भारत-फ्रांस रक्षा संवाद", "भारत-यूके रक्षा परामर्श समूह"); at least one qualifier, at most four.
 */
function pairDialogues(text: string, tokens: Token[], spans: EntitySpan[], out: EntitySpan[]): void {
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i];
    const b = spans[i + 1];
    if (a.label !== 'LOCATION' || b.label !== 'LOCATION' || b.start !== a.end + 1) continue;
    const dash = text.charCodeAt(a.end);
    if (dash !== 0x2d && dash !== 0x2013) continue;
    let k = tokenIndexFrom(tokens, b.end);
    let q = 0;
    let namedMeeting = false;
    for (; k < tokens.length && q <= 4; k++) {
      const tk = tokens[k];
      if (tk.newlineBefore || !tk.word) break;
      const w = tokenNorm(tk);
      // a "बैठक" is named only as a ministerial or round-table meeting ("भारत-सिंगापुर मंत्रिस्तरीय गोलमेज बैठक"),
      // not "भारत-अमेरिका रक्षा बैठक"
      if (q > 0 && PAIR_HEADS.has(w) && (w !== MEETING || namedMeeting)) {
        out.push(autoSpan(text, a.start, tk.end, 'EVENT', CONFIDENCE_EVENT, 'event-rule'));
        break;
      }
      if (!PAIR_QUALIFIERS.has(w)) break;
      if (MEETING_QUALIFIERS.has(w)) namedMeeting = true;
      q++;
    }
  }
}

/** Conflict words after a town that name its battle: "स्तालिनग्राद की लड़ाई", "कोहिमा का युद्ध". */
const BATTLE_AFTER = /^ (?:की लड़ाई|की जंग|का युद्ध|के युद्ध|की घेराबंदी|का संग्राम)(?![\p{L}\p{M}])/u;
/** Place types that have battles named after them (towns, not countries or regions: "रूस की लड़ाई" is Russia's fight). */
const BATTLE_PLACE = /city|town|village|settlement|battlefield|fort/u;

/**
 * Battles named after a town, after the places are final: "[स्तालिनग्राद की लड़ाई]", "[Battle of Kursk]"
 * become one EVENT over the LOCATION (the town is then no place of its own). In place: the LOCATION span
 * becomes the EVENT; spans sorted and non-overlapping. `placeType(id)` gives a place's type.
 */
export function joinBattles(spans: EntitySpan[], text: string, placeType: (id: string) => unknown): void {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.label !== 'LOCATION' || !s.entityId) continue;
    const next = spans[i + 1];
    let start = s.start;
    let end = s.end;
    const before = s.start >= 10 ? text.slice(s.start - 10, s.start) : '';
    if (before === 'Battle of ' || before === 'battle of ') start = s.start - 10;
    else if (text.charCodeAt(s.end) === 0x20) {
      const m = BATTLE_AFTER.exec(text.slice(s.end, s.end + 14));
      if (m) end = s.end + m[0].length;
    }
    // the words first (cheap, and rarely there), then the place's type
    if (start === s.start && end === s.end) continue;
    if (!BATTLE_PLACE.test(String(placeType(s.entityId) ?? ''))) continue;
    if (next && next.start < end) continue;
    if (i > 0 && spans[i - 1].end > start) continue;
    s.label = 'EVENT';
    s.start = start;
    s.end = end;
    s.text = text.slice(start, end);
    s.method = 'event-rule';
    s.attrs = { ...s.attrs, place: s.entityId };
    delete s.entityId;
  }
}

/** Heads of a named show, forum or summit after a place ("ओडिशा डिफेंस कॉन्क्लेव", "Gujarat Defence Summit", "आर्कटिक फोरम"). */
const SHOW_HEADS = new Set(['समिट', 'कॉन्क्लेव', 'कॉनक्लेव', 'एक्सपो', 'फोरम', 'फ़ोरम', 'वीक', 'मीट', 'Summit', 'Conclave', 'Expo', 'Forum', 'Show', 'Week', 'Meet'].map((w) => w.normalize('NFD')));
/** Heads that name an event right after a place, with no topic word between ("आर्कटिक फोरम", "Yerevan Expo" is a venue: not Expo). */
const BARE_SHOW_HEADS = new Set(['फोरम', 'फ़ोरम', 'कॉन्क्लेव', 'Forum', 'Conclave'].map((w) => w.normalize('NFD')));
/** Topic words between the place and the head ("डिफेंस", "ग्लोबल बिज़नेस", "Investors"). */
const SHOW_TOPICS = new Set(['डिफेंस', 'डिफेन्स', 'रक्षा', 'ग्लोबल', 'बिज़नेस', 'बिजनेस', 'बिज़नस', 'इन्वेस्टर्स', 'इन्वेस्टमेंट', 'निवेशक', 'निवेश', 'इंडस्ट्री', 'औद्योगिक',
  'आर्थिक', 'इकोनॉमिक', 'सिक्योरिटी', 'सुरक्षा', 'मैरीटाइम', 'समुद्री', 'एयरो', 'एयरोस्पेस', 'टेक', 'टेक्नोलॉजी', 'इनोवेशन', 'स्टार्टअप', 'ट्रेड', 'व्यापार',
  'Defence', 'Defense', 'Global', 'Business', 'Investors', 'Investment', 'Industry', 'Economic', 'Security', 'Maritime', 'Aero', 'Aerospace', 'Tech',
  'Technology', 'Innovation', 'Startup', 'Trade'].map((w) => w.normalize('NFD')));
const YEAR_TOKEN = /^(?:19|20|१९|२०)[0-9०-९]{2}$/u;

/** End of a year token right after token `k` (" 2027", "-2027"), or -1. */
function yearEnd(tokens: Token[], k: number): number {
  let q = k + 1;
  if (tokens[q] && (tokens[q].text === '-' || tokens[q].text === '–') && tokens[q].start === tokens[k].end) q++;
  const y = tokens[q];
  if (!y || y.newlineBefore || y.start - tokens[q - 1].end > 1 || !YEAR_TOKEN.test(y.text)) return -1;
  const after = tokens[q + 1];
  return after && after.start === y.end && after.word ? -1 : y.end;
}

/**
 * `w.normalize('NFD')`, without the call for ASCII and plain Devanagari, which it leaves as they are:
 * no precomposed nukta letters, and no nukta or stress sign that NFD could reorder against a virama.
 */
function nfd(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x900 || c > 0x97f || c === 0x929 || c === 0x931 || c === 0x934 || c === 0x93c || (c >= 0x951 && c <= 0x954) || (c >= 0x958 && c <= 0x95f)) return w.normalize('NFD');
  }
  return w;
}

/** "<place> [topic words] <show head> [year]": a named summit, conclave, expo or forum (the place and year inside it). */
function placeShow(text: string, tokens: Token[], place: EntitySpan, out: EntitySpan[]): void {
  let k = tokenIndexFrom(tokens, place.end);
  let topics = 0;
  for (; k < tokens.length && topics <= 3; k++) {
    const tk = tokens[k];
    if (!tk.word || tk.newlineBefore || !tk.spaceBefore) return;
    const w = nfd(tk.text);
    if (SHOW_HEADS.has(w)) {
      if (!topics && !BARE_SHOW_HEADS.has(w)) return;
      const y = yearEnd(tokens, k);
      out.push(autoSpan(text, place.start, y >= 0 ? y : tk.end, 'EVENT', CONFIDENCE_EVENT, 'event-rule'));
      return;
    }
    if (!SHOW_TOPICS.has(w)) return;
    topics++;
  }
}

/** A CamelCase show name with its year: "ArmHiTec-2024", "AzerTechExpo-2025" (an upper-case letter after a lower-case one). */
function camelYear(text: string, tokens: Token[], i: number): EntitySpan | undefined {
  const w = tokens[i].text;
  if (w.length < 5 || !/^[A-Z][a-z]+[A-Z]/u.test(w)) return undefined;
  const y = yearEnd(tokens, i);
  return y >= 0 && text.charCodeAt(tokens[i].end) === 0x2d ? autoSpan(text, tokens[i].start, y, 'EVENT', CONFIDENCE_EVENT, 'event-rule') : undefined;
}

export function findEvents(text: string, tokens: Token[], orgSpans: EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  pairDialogues(text, tokens, orgSpans, out);
  for (const p of orgSpans) if (p.label === 'LOCATION') placeShow(text, tokens, p, out);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    const c = t.text.charCodeAt(0);
    if (c >= 0x41 && c <= 0x5a) {
      if (i > 0 && LATIN_HEADS.has(t.text)) {
        const ev = latinEvent(text, tokens, i);
        if (ev) out.push(ev);
      } else if (t.text.length >= 5 && text.charCodeAt(t.end) === 0x2d) {
        const ev = camelYear(text, tokens, i);
        if (ev) out.push(ev);
      }
      continue;
    }
    if (c === 0x92a && t.text.length === 4 && t.text.normalize('NFD') === PARADE) {
      const ev = dayParade(text, tokens, i);
      if (ev) out.push(ev);
      continue;
    }
    // an ordinal starts with a digit: the regex runs on those tokens only
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x966 && c <= 0x96f)) || !ORDINAL.test(t.text)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 9; k++) {
      const tk = tokens[k];
      if (tk.newlineBefore || (!tk.word && !/^[-(]$/u.test(tk.text) && tk.text !== ')' && tk.text !== '&')) break;
      if (tk.word && BREAKS.has(normWord(tk.text))) break;
      const h = tk.word ? isHead(tokens, k) : -1;
      if (h >= 0) {
        let end = tokens[h].end;
        // a parenthesised acronym right after: "(आईआरआईजीसी-एमएंडएमटीसी)"
        const par = /^\s*\([^()\n]{1,40}\)/u.exec(text.slice(end, end + 44));
        if (par && !/\s/u.test(par[0].trim().slice(1, -1))) end += par[0].length;
        // the ordinal stays outside the span ("17वें [ब्रिक्स शिखर सम्मेलन]"); a numbered session with no
        // name ("23वीं बैठक", "22वें वार्षिक शिखर सम्मेलन") is no event
        let named = false;
        for (let q = i + 1; q <= h && !named; q++) if (tokens[q].word && !GENERIC.has(tokenNorm(tokens[q]))) named = true;
        if (named) out.push(autoSpan(text, tokens[i + 1].start, end, 'EVENT', CONFIDENCE_EVENT, 'event-rule'));
        i = h;
        break;
      }
    }
  }
  for (const org of orgSpans) {
    if (org.label !== 'ORG') continue;
    let k = tokenIndexFrom(tokens, org.end);
    // optional "(acronym)"
    if (k < tokens.length && tokens[k].text === '(') {
      let q = k + 1;
      while (q < tokens.length && q < k + 8 && tokens[q].text !== ')') q++;
      if (q < tokens.length && tokens[q].text === ')') k = q + 1;
    }
    // a genitive or "देशों" right after the organisation makes the phrase a description of a meeting
    // ("एससीओ के रक्षा मंत्रियों की बैठक", "ब्रिक्स देशों के विदेश मंत्रियों की बैठक"): the organisation is the
    // entity, not the meeting; "एससीओ रक्षा मंत्रियों की बैठक" and "ब्रिक्स शिखर सम्मेलन" are named events
    if (k < tokens.length && DESCRIPTIVE.has(tokenNorm(tokens[k]))) continue;
    let fillers = 0;
    for (; k < tokens.length && fillers <= 6; k++) {
      const tk = tokens[k];
      if (tk.newlineBefore) break;
      const h = tk.word ? isHead(tokens, k) : -1;
      if (h >= 0 && fillers > 0 || (h >= 0 && /समिट|शिखर|summit|conference|सम्मेलन/iu.test(tk.text))) {
        out.push(autoSpan(text, org.start, tokens[h].end, 'EVENT', CONFIDENCE_EVENT, 'event-rule', org.entityId ? { attrs: { organiser: org.entityId } } : {}));
        break;
      }
      if (!FILLERS.has(normWord(tk.text))) break;
      fillers++;
    }
  }
  return out;
}
