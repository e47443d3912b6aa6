/**
 * Span boundaries: a name, not the generic words around it. An EQUIPMENT span keeps the name and drops
 * type descriptors after it ("ब्रह्मोस सुपरसोनिक क्रूज मिसाइल" -> "ब्रह्मोस", "पिनाका रॉकेट सिस्टम" ->
 * "पिनाका", "जीई एफ414 इंजन" -> "जीई एफ414"); an EVENT span drops "exercise"/"अभ्यास" before or after an
 * exercise's name and "परेड"/"parade" after a day's name ("exercise Shakti" -> "Shakti", "सूर्य किरण
 * अभ्यास" -> "सूर्य किरण", "विजय दिवस परेड" -> "विजय दिवस"). A span that is nothing but generic words
 * is left alone. Spans are trimmed in place (start, end and text stay consistent).
 */
import type { EntitySpan } from '../model';
import { isJsSpace } from '../text/chars';
import { autoSpan } from './span';

/** NFC + lower case; most words (ASCII, plain Devanagari) are NFC already and skip the costly `normalize`. */
const n = (w: string) => (isNfcStable(w) ? w : w.normalize('NFC')).toLowerCase();

/**
 * True when `w` is certainly in NFC: only characters below U+0300 and Devanagari without the nukta,
 * the precomposed nukta letters (U+0958-U+095F) and the stress marks (U+0951-U+0954), which are the
 * only Devanagari characters that NFC composes, decomposes or reorders.
 */
function isNfcStable(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x300) continue;
    if (c < 0x900 || c > 0x97f || c === 0x93c || (c >= 0x951 && c <= 0x954) || (c >= 0x958 && c <= 0x95f)) return false;
  }
  return true;
}

/** Descriptors that follow an equipment name. */
const EQUIPMENT_GENERIC = new Set(['मिसाइल', 'मिसाइलें', 'मिसाइलों', 'प्रणाली', 'प्रणालियां', 'प्रणालियों', 'सिस्टम', 'रॉकेट', 'सुपरसोनिक', 'हाइपरसोनिक', 'सबसोनिक',
  'क्रूज', 'क्रूज़', 'बैलिस्टिक', 'इंजन', 'इंजनों', 'विमान', 'विमानों', 'लड़ाकू', 'जेट', 'जेटों', 'हेलीकॉप्टर', 'हेलीकॉप्टरों', 'टैंक', 'टैंकों', 'पनडुब्बी',
  'पनडुब्बियों', 'पनडुब्बियां', 'युद्धपोत', 'युद्धपोतों', 'फ्रिगेट', 'विध्वंसक', 'कार्वेट', 'वायु', 'रक्षा', 'हवाई', 'एयर', 'डिफेंस', 'डिफेन्स', 'तोप', 'तोपों', 'होवित्जर',
  'बख्तरबंद', 'वाहन', 'वाहनों', 'ड्रोन', 'ड्रोनों', 'राइफल', 'राइफलें', 'रडार', 'लॉन्चर', 'मल्टी', 'बैरल', 'एंटी', 'टैंक-रोधी', 'परमाणु', 'हमलावर', 'बहुउद्देशीय',
  'missile', 'missiles', 'system', 'systems', 'rocket', 'rockets', 'supersonic', 'hypersonic', 'cruise', 'ballistic', 'engine', 'engines', 'aircraft', 'fighter',
  'fighters', 'jet', 'jets', 'helicopter', 'helicopters', 'tank', 'tanks', 'submarine', 'submarines', 'frigate', 'frigates', 'destroyer', 'destroyers',
  'air', 'defence', 'defense', 'launcher', 'launchers', 'radar', 'drone', 'drones', 'howitzer', 'howitzers', 'gun', 'guns', 'rifle', 'rifles'].map(n));
/** Leading words of an exercise span. */
const EVENT_LEAD = new Set(['exercise', 'अभ्यास', 'युद्धाभ्यास', 'संयुक्त'].map(n));
/** Trailing words of an exercise span. A parade keeps its noun: "[गणतंत्र दिवस परेड]" is the event's name. */
const EVENT_TAIL = new Set(['अभ्यास', 'युद्धाभ्यास', 'exercise', 'exercises', 'सैन्य', 'नौसैनिक', 'संयुक्त', 'military', 'naval', 'joint'].map(n));
/** An exercise noun: a span is trimmed only when it holds one. */
const EVENT_NOUN = /(?:^|\s)(?:अभ्यास|युद्धाभ्यास|exercises?)(?:\s|$)/iu;

interface Word { start: number; end: number; w: string }

function words(s: EntitySpan): Word[] {
  const out: Word[] = [];
  const re = /\S+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text))) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, w: n(m[0]) });
  return out;
}

function apply(s: EntitySpan, text: string, ws: Word[], a: number, b: number): void {
  if (a === 0 && b === ws.length) return;
  s.start = ws[a].start;
  s.end = ws[b - 1].end;
  s.text = text.slice(s.start, s.end);
}

/** An ordinal before an event's words. */
const ORDINAL_WORD = /^(?:[0-9०-९]+(?:वें|वीं|वां|वा|वी|st|nd|rd|th)|पहले|पहली|पहला|दूसरे|दूसरी|तीसरे|तीसरी|चौथे|चौथी|पांचवें|पांचवीं|first|second|third)$/iu;
/** What is left of an ordinal-led event when it has no name: "25वें दौर की बैठक", "18वीं बैठक", "80वें सत्र". */
const GENERIC_EVENT = new Set(['दौर', 'की', 'के', 'का', 'बैठक', 'बैठकों', 'सत्र', 'सम्मेलन', 'वार्ता', 'मीटिंग', 'संस्करण', 'वार्षिक', 'शिखर', 'मंत्री', 'स्तरीय',
  'मंत्रिस्तरीय', 'round', 'of', 'the', 'meeting', 'session', 'edition', 'summit', 'annual', 'talks'].map(n));

/** Participles and adjectives that come before "शहर", "गांव", "जिले" but never name one. */
const NOT_PLACE_NAME = new Set(['नामक', 'बसे', 'बसा', 'बसी', 'बसाए', 'बसाया', 'बसाई', 'बने', 'बना', 'बनी', 'उजड़े', 'उजड़ा', 'घिरे', 'घिरा', 'स्थित', 'बड़े', 'बड़ा', 'छोटे', 'छोटा',
  'पुराने', 'पुराना', 'नए', 'नया', 'इसी', 'उसी', 'पूरे', 'पूरा', 'कई', 'दोनों', 'सीमावर्ती', 'तटीय', 'प्राचीन', 'ऐतिहासिक', 'औद्योगिक', 'ग्रामीण', 'पड़ोसी',
  'नजदीकी', 'नज़दीकी', 'प्रमुख', 'मुख्य', 'स्मार्ट', 'पवित्र', 'धार्मिक', 'दूसरे', 'अगले', 'पिछले', 'सैन्य', 'बंदरगाह', 'सुंदर', 'खूबसूरत', 'विकसित',
  'अविकसित', 'दूरदराज', 'दूरस्थ', 'गृह', 'पैतृक', 'आसपास', 'आस-पास', 'समूचे', 'हरे-भरे', 'जिस', 'जिसके', 'उनके', 'अपने', 'हमारे']);

/**
 * Trim the generic words of EQUIPMENT and EVENT spans (in place). Returns the spans without the
 * events that were nothing but an ordinal and generic words ("25वें दौर की बैठक", "18वीं बैठक").
 */
export function trimGenericWords(spans: EntitySpan[], text: string): EntitySpan[] {
  let drop = false;
  for (const s of spans) {
    // a country adjective in -आई matched as a variant of the country ("मंगोलियाई पक्ष", "आर्मेनियाई सरकार") is no place
    if (s.method === 'kb-variant' && s.label === 'LOCATION' && s.text.charCodeAt(s.text.length - 1) === 0x908 &&
      s.text.charCodeAt(s.text.length - 2) === 0x93e && s.text.indexOf(' ') < 0) { s.label = ''; drop = true; continue; }
    // a participle or adjective taken as the name before "शहर/गांव" ("किनारे बसे शहर", "बढ़ते शहरों")
    if (s.method === 'place-pattern' && s.label === 'LOCATION' && (NOT_PLACE_NAME.has(s.text) || s.text.endsWith('ते'))) { s.label = ''; drop = true; continue; }
    if (s.label === 'EVENT' && ORDINAL_WORD.test(s.text.split(/\s/u, 1)[0])) {
      const ws = words(s);
      if (ws.slice(1).every((w) => GENERIC_EVENT.has(w.w))) { s.label = ''; drop = true; continue; }
      // a named event keeps its ordinal: "21वें भारत-रूस अंतर सरकारी आयोग" is how a session is told
      // apart from the others (meetings link articles by it), though the gold marks the name alone
    }
    if (s.label === 'EQUIPMENT') {
      if (!/\s/u.test(s.text)) continue;
      const ws = words(s);
      let b = ws.length;
      // capitalised Latin words are part of a proper name ("Advanced Medium Combat Aircraft")
      while (b > 1 && EQUIPMENT_GENERIC.has(ws[b - 1].w) && !/^[A-Z]/.test(text.slice(ws[b - 1].start, ws[b - 1].end))) b--;
      // the name itself must not be a generic word ("वायु रक्षा प्रणाली" alone stays)
      if (b < ws.length && !EQUIPMENT_GENERIC.has(ws[0].w)) apply(s, text, ws, 0, b);
    } else if (s.label === 'EVENT') {
      if (!EVENT_NOUN.test(s.text)) continue;
      const ws = words(s);
      let a = 0;
      let b = ws.length;
      while (a < b - 1 && EVENT_LEAD.has(ws[a].w)) a++;
      while (b > a + 1 && EVENT_TAIL.has(ws[b - 1].w)) b--;
      if (!EVENT_TAIL.has(ws[a].w) && !EVENT_LEAD.has(ws[a].w)) apply(s, text, ws, a, b);
    }
  }
  return drop ? spans.filter((s) => s.label !== '') : spans;
}

/** Arabic name particles that continue a name: "फैसल बिन फरहान [अल सऊद]", "Faisal bin Farhan [Al Saud]". */
const PARTICLES = new Set(['बिन', 'बिंत', 'इब्न', 'अल', 'bin', 'bint', 'ibn', 'al', 'el'].map(n));
/** Given names that precede a known name: "[मोहम्मद] तौहीद हुसैन". */
const GIVEN_BEFORE = new Set(['मोहम्मद', 'मुहम्मद', 'मोहमद', 'मुहम्मद', 'अब्दुल', 'सैयद', 'सैय्यद', 'Mohammad', 'Mohammed', 'Muhammad', 'Mohamed', 'Md.', 'Syed', 'Abdul'].map(n));
const NAME_WORD = /^(?:[\u0900-\u097f]+|[A-Z][\p{L}'-]*)$/u;

/**
 * Extend PERSON spans (in place) over name particles and one following name word, and over a common
 * given name right before them. `stop(word)` tells a word that cannot be a name (function words).
 * `spans` are sorted and non-overlapping; an extension never runs into another span.
 */
export function extendPersonNames(spans: EntitySpan[], text: string, stop: (w: string) => boolean): void {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.label !== 'PERSON') continue;
    const nextStart = i + 1 < spans.length ? spans[i + 1].start : text.length;
    // after: " अल सऊद", " bin Salman" ("-अल-सबाह" is already inside a KB name)
    if (text.charCodeAt(s.end) === 0x20) {
      const w1 = wordAt(text, s.end + 1);
      if (w1 && PARTICLES.has(n(w1)) && text.charCodeAt(s.end + 1 + w1.length) === 0x20) {
        const w2 = wordAt(text, s.end + 2 + w1.length);
        const end = s.end + 2 + w1.length + (w2?.length ?? 0);
        if (w2 && NAME_WORD.test(w2) && !stop(w2) && end <= nextStart) {
          s.end = end;
          s.text = text.slice(s.start, s.end);
        }
      }
    }
    // a hyphenated surname: "नंदी-नदैतवाह", "Díaz-Canel"
    if (text.charCodeAt(s.end) === 0x2d) {
      const w = wordAt(text, s.end + 1);
      const end = s.end + 1 + (w?.length ?? 0);
      if (w && /^(?:[\u0900-\u097f]+|[A-Z][\p{L}']*)$/u.test(w) && !stop(w) && end <= nextStart) {
        s.end = end;
        s.text = text.slice(s.start, s.end);
      }
    }
    const prevEnd = i > 0 ? spans[i - 1].end : 0;
    if (s.start >= 2 && text.charCodeAt(s.start - 1) === 0x20) {
      let a = s.start - 1;
      while (a > prevEnd && a > s.start - 30 && !/\s/u.test(text[a - 1])) a--;
      if (a < s.start - 1 && GIVEN_BEFORE.has(n(text.slice(a, s.start - 1)))) {
        s.start = a;
        s.text = text.slice(s.start, s.end);
      }
    }
  }
}

/** "Name (ACRONYM)" as one span: an acronym in brackets after a name is its own span. */
const PAREN_ACRONYM = /^(\S.*?\S)\s*\((\S{2,15})\)$/u;
/** "भारत-अमेरिका " before an event name: two places, then the event. */
const PAIR_PREFIX = /^([\u0900-\u097f]+|[A-Z][a-z]+)-([\u0900-\u097f]+|[A-Z][a-z]+) /u;

/**
 * Split spans that hold two entities (the spans are sorted and non-overlapping; the result is too):
 * "शंघाई सहयोग संगठन (एससीओ)" -> the name and the acronym; "भारत-अमेरिका 2+2 वार्ता" -> भारत, अमेरिका
 * and "2+2 वार्ता" when the rest is itself an event's name (`isEventName`) and both parts are places
 * (`placeId` returns a place's id).
 */
export function splitCompoundSpans(spans: EntitySpan[], text: string, placeId: (s: string) => string | undefined,
  isEventName: (s: string) => boolean): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of spans) {
    const m = s.text.charCodeAt(s.text.length - 1) === 0x29 ? PAREN_ACRONYM.exec(s.text) : null;
    if (m && s.label !== 'DATE' && s.label !== 'PERSON') {
      const name = { ...s, end: s.start + m[1].length, text: m[1] };
      const aStart = s.start + s.text.lastIndexOf('(') + 1;
      const acro = { ...s, start: aStart, end: aStart + m[2].length, text: m[2] };
      out.push(name, acro);
      continue;
    }
    const p = s.label === 'EVENT' ? PAIR_PREFIX.exec(s.text) : null;
    if (p) {
      const rest = s.text.slice(p[0].length);
      const a = placeId(p[1]);
      const b = placeId(p[2]);
      if (a && b && isEventName(rest)) {
        out.push(autoSpan(text, s.start, s.start + p[1].length, 'LOCATION', s.confidence, s.method ?? 'kb-exact', { entityId: a }));
        const bStart = s.start + p[1].length + 1;
        out.push(autoSpan(text, bStart, bStart + p[2].length, 'LOCATION', s.confidence, s.method ?? 'kb-exact', { entityId: b }));
        const restStart = s.start + p[0].length;
        out.push({ ...s, start: restStart, text: text.slice(restStart, s.end), entityId: undefined });
        if (out[out.length - 1].entityId === undefined) delete out[out.length - 1].entityId;
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

/** The run of non-space characters at `pos` (at most 40), or undefined. */
function wordAt(text: string, pos: number): string | undefined {
  let e = pos;
  while (e < text.length && e - pos < 40 && !isJsSpace(text.charCodeAt(e))) e++;
  return e > pos ? text.slice(pos, e) : undefined;
}

/** Nouns that make "<name> X" a building or venue named after a person ("जवाहरलाल नेहरू भवन", "Nehru Stadium"). */
const VENUE_NOUNS = new Set(['भवन', 'हाउस', 'पैलेस', 'सेंटर', 'केंद्र', 'स्टेडियम', 'गेस्टहाउस', 'ऑडिटोरियम', 'सभागार', 'मंडपम', 'हॉल',
  'Bhawan', 'Bhavan', 'House', 'Palace', 'Centre', 'Center', 'Stadium', 'Hall', 'Auditorium'].map(n));

/**
 * A PERSON span followed by a venue noun is a place named after the person: one LOCATION span over
 * both (in place; spans sorted and non-overlapping).
 */
export function personVenues(spans: EntitySpan[], text: string): void {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.label !== 'PERSON' || text.charCodeAt(s.end) !== 0x20) continue;
    const w = wordAt(text, s.end + 1);
    if (!w || !VENUE_NOUNS.has(n(w.replace(/[,.।:;]$/u, '')))) continue;
    const word = w.replace(/[,.।:;]$/u, '');
    const end = s.end + 1 + word.length;
    if (i + 1 < spans.length && spans[i + 1].start < end) continue;
    s.label = 'LOCATION';
    s.end = end;
    s.text = text.slice(s.start, s.end);
    delete s.entityId;
    s.method = 'venue-rule';
    if (s.attrs) delete s.attrs;
  }
}

/** Art, craft and product nouns: "मधुबनी पेंटिंग" is a painting style, not the place. */
const CRAFT_NOUNS = new Set(['पेंटिंग', 'पेंटिंग्स', 'चित्रकला', 'कला', 'शैली', 'साड़ी', 'साड़ियां', 'साड़ियाँ', 'हस्तशिल्प', 'कढ़ाई', 'शॉल', 'चाय', 'घराना',
  'painting', 'paintings', 'art', 'saree', 'sarees', 'shawl', 'tea'].map(n));

/** Drop LOCATION spans that name a style or product ("मधुबनी पेंटिंग", "Madhubani painting"). */
export function dropCraftPlaces(spans: EntitySpan[], text: string): EntitySpan[] {
  return spans.filter((s) => {
    if (s.label !== 'LOCATION' || text.charCodeAt(s.end) !== 0x20) return true;
    const w = wordAt(text, s.end + 1);
    return !w || !CRAFT_NOUNS.has(n(w.replace(/[,.।:;]$/u, '')));
  });
}

