/**
 * Organisations named after a place: a LOCATION followed by an institution noun (दिल्ली पुलिस,
 * बिहार सरकार, पटना हाईकोर्ट, दिल्ली विश्वविद्यालय, Delhi Police, Bombay High Court). The ORG span
 * covers both words and wins over the LOCATION inside it.
 */
import type { EntitySpan } from '../model';
import type { Token } from '../text/tokenize';
import { normWord, tokenNorm } from './kbMatch';
import { STOPWORDS } from './lexicon';
import { autoSpan, overlapsSorted, tokenIndexFrom } from './span';

export const CONFIDENCE_ORG_RULE = 0.6;

/** Institution nouns (one or two words) that make "<place> X" an organisation. */
const HEADS: string[][] = [
  ['पुलिस'], ['सरकार'], ['हाईकोर्ट'], ['हाई', 'कोर्ट'], ['उच्च', 'न्यायालय'], ['विश्वविद्यालय'], ['यूनिवर्सिटी'], ['नगर', 'निगम'], ['विधानसभा'], ['प्रशासन'],
  ['मेट्रो'], ['नगर', 'पालिका'], ['विकास', 'प्राधिकरण'],
  ['Police'], ['Government'], ['High', 'Court'], ['University'], ['Municipal', 'Corporation'], ['Assembly'], ['Metro'],
  // plants, academies and universities named after their city ("समारा विमानन संयंत्र", "कज़ान हेलीकॉप्टर प्लांट",
  // "Perm State University"); a nuclear or power plant used as a venue is a place, so a bare संयंत्र/प्लांट is no head
  ['विमानन', 'संयंत्र'], ['विमान', 'संयंत्र'], ['हेलीकॉप्टर', 'संयंत्र'], ['हेलीकॉप्टर', 'प्लांट'], ['हेलिकॉप्टर', 'प्लांट'], ['एविएशन', 'प्लांट'], ['ट्रैक्टर', 'प्लांट'],
  ['टैंक', 'कारखाना'], ['शस्त्र', 'कारखाना'], ['इंजन', 'कारखाना'], ['सैन्य', 'अकादमी'], ['नौसेना', 'अकादमी'], ['वायुसेना', 'अकादमी'], ['मिलिट्री', 'अकादमी'],
  ['संघीय', 'विश्वविद्यालय'], ['राजकीय', 'विश्वविद्यालय'], ['राज्य', 'विश्वविद्यालय'], ['तकनीकी', 'विश्वविद्यालय'], ['स्टेट', 'यूनिवर्सिटी'], ['फेडरल', 'यूनिवर्सिटी'],
  ['शिपयार्ड'], ['शिपयार्ड्स'], ['पॉलिटेक्निक'],
  ['Aviation', 'Plant'], ['Aircraft', 'Plant'], ['Helicopter', 'Plant'], ['Tractor', 'Plant'], ['Arms', 'Plant'], ['Engine', 'Factory'], ['State', 'University'],
  ['Federal', 'University'], ['Technical', 'University'], ['Polytechnic'], ['Military', 'Academy'], ['Naval', 'Academy'], ['Shipyard'], ['Shipyards'],
  // an airport named after its city ("पालम हवाई अड्डा", "Sheremetyevo Airport") is a place: see placeRules.ts
  // port authorities (the port itself is a place), technical and medical universities, institutes, friendship hospitals
  ['पोर्ट', 'ट्रस्ट'], ['पोर्ट', 'अथॉरिटी'], ['बंदरगाह', 'प्राधिकरण'], ['बंदरगाह', 'न्यास'], ['Port', 'Trust'], ['Port', 'Authority'],
  ['State', 'Technical', 'University'], ['State', 'Medical', 'University'], ['Medical', 'University'], ['National', 'University'], ['State', 'Institute'],
  ['स्टेट', 'टेक्निकल', 'यूनिवर्सिटी'], ['स्टेट', 'मेडिकल', 'यूनिवर्सिटी'], ['मेडिकल', 'यूनिवर्सिटी'], ['नेशनल', 'यूनिवर्सिटी'], ['टेक्निकल', 'यूनिवर्सिटी'],
  ['राजकीय', 'तकनीकी', 'विश्वविद्यालय'], ['राष्ट्रीय', 'विश्वविद्यालय'], ['चिकित्सा', 'विश्वविद्यालय'], ['तकनीकी', 'संस्थान'], ['प्रौद्योगिकी', 'संस्थान'],
  ['मैत्री', 'अस्पताल'], ['मैत्री', 'चिकित्सालय'], ['मैत्री', 'हॉस्पिटल'], ['Friendship', 'Hospital'], ['मैत्री', 'विश्वविद्यालय'], ['Friendship', 'University'],
  ['सैन्य', 'संस्थान'], ['Military', 'Institute'],
  // colleges, academies and institutes named after their city ("ताशकंद इंस्टीट्यूट", "Dehradun College")
  ['कॉलेज'], ['महाविद्यालय'], ['अकादमी'], ['इंस्टीट्यूट'], ['इंस्टिट्यूट'], ['संस्थान'], ['College'], ['Academy'], ['Institute'],
  // units named after a place ("अरुणाचल स्काउट्स", "जम्मू-कश्मीर राइफल्स", "Leningrad Military District")
  ['स्काउट्स'], ['Scouts'], ['राइफल्स'], ['Rifles'], ['लाइट', 'इन्फैंट्री'], ['Light', 'Infantry'], ['Military', 'District'],
  ['सैन्य', 'ज़िला'], ['सैन्य', 'ज़िले'], ['सैन्य', 'जिला'], ['सैन्य', 'जिले'], ['सैन्य', 'क्षेत्र'],
].map((h) => h.map((w) => w.normalize('NFD').toLowerCase()));

/** HEADS by their first word, longest first. */
const HEADS_BY_FIRST = new Map<string, string[][]>();
for (const h of HEADS) HEADS_BY_FIRST.set(h[0], [...(HEADS_BY_FIRST.get(h[0]) ?? []), h].sort((a, b) => b.length - a.length));

const MAITRI = 'मैत्री'.normalize('NFD');
const FRIENDSHIP = 'friendship';

/**
 * Institutions written as "<kind> <city>": "आईआईटी कानपुर", "IIT Madras", "आयुध निर्माणी कानपुर",
 * "Ordnance Factory Medak", "एम्स भोपाल". The kind words right before a LOCATION, keyed by their last word.
 */
const PREFIX_HEADS: string[][] = [
  ['आईआईटी'], ['IIT'], ['एनआईटी'], ['NIT'], ['आईआईएम'], ['IIM'], ['एम्स'], ['AIIMS'], ['आईआईआईटी'], ['IIIT'], ['आईसर'], ['IISER'],
  ['आयुध', 'निर्माणी'], ['आयुध', 'कारखाना'], ['Ordnance', 'Factory'], ['ऑर्डनेंस', 'फैक्ट्री'], ['ऑर्डनेंस', 'फैक्टरी'], ['सैनिक', 'स्कूल'], ['Sainik', 'School'],
  ['केंद्रीय', 'विद्यालय'], ['Kendriya', 'Vidyalaya'], ['University', 'of'], ['यूनिवर्सिटी', 'ऑफ'],
].map((h) => h.map((w) => w.normalize('NFD').toLowerCase()));
const PREFIX_BY_LAST = new Map<string, string[][]>();
for (const h of PREFIX_HEADS) PREFIX_BY_LAST.set(h[h.length - 1], [...(PREFIX_BY_LAST.get(h[h.length - 1]) ?? []), h].sort((a, b) => b.length - a.length));

/** Start of a kind prefix ending right before token `k` ("आईआईटी" before "कानपुर"), or -1. */
function prefixStart(tokens: Token[], k: number): number {
  const last = tokens[k - 1];
  if (!last || !last.word || tokens[k].newlineBefore || !tokens[k].spaceBefore) return -1;
  const heads = PREFIX_BY_LAST.get(tokenNorm(last));
  if (!heads) return -1;
  for (const head of heads) {
    let ok = true;
    for (let h = 0; h < head.length && ok; h++) {
      const t = tokens[k - head.length + h];
      ok = !!t && t.word && tokenNorm(t) === head[h] && (h === 0 || !t.newlineBefore) && (!/^[A-Za-z]/.test(t.text) || /^[A-Z]/.test(t.text) || t.text === 'of');
    }
    if (ok) return tokens[k - head.length].start;
  }
  return -1;
}

/** Institute acronyms (and "Sainik School") that a city name follows even when the city is unknown: "IIT Ropar", "एनआईटी राउरकेला". */
const PREFIX_ACRONYMS = new Set(['आईआईटी', 'IIT', 'एनआईटी', 'NIT', 'आईआईएम', 'IIM', 'एम्स', 'AIIMS', 'आईआईआईटी', 'IIIT', 'आईसर', 'IISER', 'School', 'स्कूल']);
/** Their first code units: most tokens are ruled out without hashing their text. */
const PREFIX_FIRST = new Set([...PREFIX_ACRONYMS].map((w) => w.charCodeAt(0)));

/** "<acronym> <name>" where the name is no known place (those are found from their LOCATION span). */
function acronymOrgs(text: string, tokens: Token[], spans: EntitySpan[], out: EntitySpan[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const len = t.text.length;
    if (len < 3 || len > 8 || !PREFIX_FIRST.has(t.text.charCodeAt(0)) || !PREFIX_ACRONYMS.has(t.text)) continue;
    const n = tokens[i + 1];
    if (!n.word || n.newlineBefore || !n.spaceBefore || STOPWORDS.has(n.text) || n.text.length < 3) continue;
    const c = n.text.charCodeAt(0);
    if (!(c >= 0x41 && c <= 0x5a) && !(c >= 0x905 && c <= 0x939)) continue;
    if (overlapsSorted(spans, n.start, n.end)) continue;
    // the word after the name must end it: "IIT Ropar", not "IIT Ropar Campus Director" (a second capitalised word)
    const after = tokens[i + 2];
    if (after && after.word && !after.newlineBefore && after.start === n.end + 1 && /^[A-Z]/.test(after.text)) continue;
    const ps = prefixStart(tokens, i + 1);
    if (ps >= 0) out.push(autoSpan(text, ps, n.end, 'ORG', CONFIDENCE_ORG_RULE, 'org-rule'));
  }
}

export function findPlaceOrgs(text: string, tokens: Token[], spans: EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  acronymOrgs(text, tokens, spans, out);
  let prev: EntitySpan | undefined;
  for (const s of spans) {
    if (s.label !== 'LOCATION') continue;
    const before = prev;
    prev = s;
    const pk = tokenIndexFrom(tokens, s.start);
    if (pk > 0 && tokens[pk]?.start === s.start) {
      const ps = prefixStart(tokens, pk);
      if (ps >= 0) {
        out.push(autoSpan(text, ps, s.end, 'ORG', CONFIDENCE_ORG_RULE, 'org-rule', s.entityId ? { attrs: { place: s.entityId } } : undefined));
        continue;
      }
    }
    const k = tokenIndexFrom(tokens, s.end);
    const first = tokens[k];
    if (!first || !first.word || first.newlineBefore || !first.spaceBefore) continue;
    const heads = HEADS_BY_FIRST.get(tokenNorm(first));
    if (!heads) continue;
    // two places joined by a hyphen name a friendship institution: "भारत-ताजिकिस्तान मैत्री अस्पताल"
    const start = before && before.end === s.start - 1 && (text[before.end] === '-' || text[before.end] === '–') ? before.start : s.start;
    // Latin heads must be capitalised ("Delhi Police", not "Delhi police said" — that is still fine, but "Delhi government" is ambiguous)
    for (const head of heads) {
      let ok = true;
      for (let h = 0; h < head.length && ok; h++) {
        const t = tokens[k + h];
        ok = !!t && t.word && !t.newlineBefore && tokenNorm(t) === head[h] && (!/^[A-Za-z]/.test(t.text) || /^[A-Z]/.test(t.text));
      }
      if (!ok) continue;
      const end = tokens[k + head.length - 1].end;
      out.push(autoSpan(text, head[0] === MAITRI || head[0] === FRIENDSHIP ? start : s.start, end, 'ORG', CONFIDENCE_ORG_RULE, 'org-rule', s.entityId ? { attrs: { place: s.entityId } } : undefined));
      break;
    }
  }
  return out;
}

/** Words around "X"/"एक्स" that make it the social network (सोशल मीडिया प्लेटफॉर्म X पर लिखा, एक्स पर एक पोस्ट में). */
const PLATFORM_CUES = new Set(['सोशल', 'मीडिया', 'प्लेटफॉर्म', 'प्लेटफार्म', 'प्लेटफ़ॉर्म', 'पोस्ट', 'लिखा', 'लिखी', 'ट्वीट', 'हैंडल', 'अकाउंट', 'खाते', 'साझा', 'शेयर',
  'platform', 'social', 'media', 'post', 'posted', 'wrote', 'tweeted', 'handle', 'account', 'shared'].map((w) => w.normalize('NFD').toLowerCase()));
const PLATFORM_ON = new Set(['पर', 'on'].map((w) => w.normalize('NFD')));
export const X_CORP_ID = 'org/x-corp';

/**
 * The social network X, written "X" or "एक्स" (also a letter): an ORG after "on" or before "पर"/"on", when
 * a social-media word is near (three words before, or four after).
 */
export function findPlatformX(text: string, tokens: Token[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text !== 'X' && t.text !== 'एक्स') continue;
    const next = tokens[i + 1];
    const prev = i > 0 && !t.newlineBefore ? tokens[i - 1] : undefined;
    const on = (!!next && !next.newlineBefore && PLATFORM_ON.has(tokenNorm(next))) || (t.text === 'X' && prev?.text === 'on');
    if (!on) continue;
    let cue = false;
    for (let k = Math.max(0, i - 3); k <= Math.min(tokens.length - 1, i + 5) && !cue; k++) {
      if (k !== i && tokens[k].word && PLATFORM_CUES.has(tokenNorm(tokens[k]))) cue = true;
    }
    if (cue) out.push(autoSpan(text, t.start, t.end, 'ORG', CONFIDENCE_ORG_RULE, 'org-rule', { entityId: X_CORP_ID }));
  }
  return out;
}

/** Company suffixes that continue an organisation's name ("मझगांव डॉक शिपबिल्डर्स लिमिटेड"). */
const COMPANY_SUFFIX = /^ (?:लिमिटेड|लि\.|प्राइवेट लिमिटेड|कॉर्पोरेशन|इंक\.?|Limited|Ltd\.?|Pvt\.? Ltd\.?|Private Limited|Inc\.?|Corporation|Corp\.?|PLC|AG|SA|GmbH)(?![\p{L}\p{M}])/u;

/** Heads that take an "of ..." complement in English names ("Institute of Science", "University of Delhi"). */
const OF_HEAD_END = /(?:Institute|University|Academy|College|School|Ministry|Council|Centre|Center|Agency|Department|Bank|Federation|Union|Chamber|Corporation|Board)$/u;
const OF_TAIL = /^ of(?: the)? [A-Z][\p{L}\p{M}'’-]*(?:(?:, | and | & | of | for | on | in | the |, and | )[A-Z][\p{L}\p{M}'’-]*){0,6}/u;

/** Unit words that take their battalion or regiment number before them ("5 गोरखा राइफल्स", "11 Gorkha Rifles"). */
const NUMBERED_UNIT_END = /(?:राइफल्स|रेजिमेंट|स्काउट्स|इन्फैंट्री|Rifles|Regiment|Scouts|Infantry)$/u;
const UNIT_NUMBER_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}])([0-9०-९]{1,2}(?:\/[0-9०-९]{1,2})?) $/u;

/**
 * Extend ORG spans over a company suffix right after them, and numbered units over their number before
 * them (in place; spans sorted, non-overlapping).
 */
export function extendCompanySuffix(spans: EntitySpan[], text: string): void {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.label !== 'ORG') continue;
    if (s.end - s.start < 40 && s.start > 1 && text.charCodeAt(s.start - 1) === 0x20 && NUMBERED_UNIT_END.test(s.text)) {
      const n = UNIT_NUMBER_BEFORE.exec(text.slice(Math.max(0, s.start - 7), s.start));
      const ns = n ? s.start - n[1].length - 1 : -1;
      if (n && (i === 0 || spans[i - 1].end <= ns)) {
        s.start = ns;
        s.text = text.slice(s.start, s.end);
      }
    }
    if (OF_HEAD_END.test(s.text) && text.charCodeAt(s.end) === 0x20 && text.charCodeAt(s.end + 1) === 0x6f) {
      const of = OF_TAIL.exec(text.slice(s.end, s.end + 90));
      if (of) {
        const end = s.end + of[0].length;
        let j = i + 1;
        while (j < spans.length && spans[j].end <= end && (spans[j].label === 'LOCATION' || spans[j].label === 'ORG')) j++;
        if (j >= spans.length || spans[j].start >= end) {
          spans.splice(i + 1, j - i - 1);
          s.end = end;
          s.text = text.slice(s.start, s.end);
        }
      }
    }
    const m = COMPANY_SUFFIX.exec(text.slice(s.end, s.end + 24));
    if (!m || (i + 1 < spans.length && spans[i + 1].start < s.end + m[0].length)) continue;
    s.end += m[0].length;
    s.text = text.slice(s.start, s.end);
  }
}

/**
 * Force nouns that make "<country adjective or country> X" one organisation (the generated knowledge
 * base already names every country's army, navy, air force and coast guard): "फिलीपीनी मरीन कॉर्प्स",
 * "Vietnam Border Guard", "Japan Maritime Self-Defense Force". Keyed by the first word.
 */
const FORCE_HEADS: string[][] = [
  ['मरीन', 'कॉर्प्स'], ['मरीन', 'कोर'], ['मरीन्स'], ['सीमा', 'रक्षक', 'बल'], ['सीमा', 'रक्षक'], ['बॉर्डर', 'गार्ड'], ['सशस्त्र', 'बल'], ['सशस्त्र', 'सेनाएं'],
  ['आत्मरक्षा', 'बल'], ['समुद्री', 'आत्मरक्षा', 'बल'], ['नेशनल', 'गार्ड'],
  ['Marine', 'Corps'], ['Marines'], ['Border', 'Guard'], ['Border', 'Guards'], ['Armed', 'Forces'], ['Defence', 'Force'], ['Defense', 'Force'], ['Defence', 'Forces'],
  ['Defense', 'Forces'], ['National', 'Guard'], ['Space', 'Force'], ["People's", 'Navy'],
  ["People's", 'Army'], ['Naval', 'Infantry'], ['Rocket', 'Forces'], ['Land', 'Forces'], ['Ground', 'Forces'], ['थल', 'सेना'], ['लैंड', 'फोर्सेज'],
].map((h) => h.map((w) => w.normalize('NFD').toLowerCase()));
const FORCE_BY_FIRST = new Map<string, string[][]>();
for (const h of FORCE_HEADS) FORCE_BY_FIRST.set(h[0], [...(FORCE_BY_FIRST.get(h[0]) ?? []), h].sort((a, b) => b.length - a.length));
/** Nouns that make the name right before them an organisation: shipyards and regiments ("सेवमाश शिपयार्ड", "Baltic Shipyard", "लद्दाख रेजिमेंट"; not "राइफल्स": "असॉल्ट राइफल्स" are weapons). */
const NAMED_HEADS = new Set(['शिपयार्ड', 'शिपयार्ड्स', 'डॉकयार्ड', 'शिपबिल्डर्स', 'रेजिमेंट', 'Shipyard', 'Shipyards', 'Dockyard', 'Shipbuilders', 'Regiment',
  'लिमिटेड', 'कॉर्पोरेशन', 'कॉरपोरेशन', 'कंसर्न', 'इंडस्ट्रीज', 'Limited', 'Corporation', 'Concern', 'Industries', 'फाउंडेशन', 'Foundation', 'Institute',
  'League', 'Group', 'Plant', 'Company', 'University', 'Academy', 'College', 'Railways', 'Combine', 'Holding']);
/** Heads whose name may start with a country adjective ("Kazakh Steel Group", "Uzbek Metallurgical Plant"). */
const COUNTRY_OK_HEADS = new Set(['Group', 'Plant', 'Company', 'University', 'Academy', 'College', 'Railways', 'Combine', 'Holding', 'Institute']);
/** Words before a head that make it no organisation's name ("Working Group", "Power Plant": a meeting format, a venue). */
const HEAD_NOT_AFTER = new Set(['Working', 'Consultative', 'Policy', 'Steering', 'Study', 'Contact', 'Expert', 'Experts', 'Joint', 'Power', 'Nuclear', 'Battle',
  'Carrier', 'Strike', 'Task', 'Age']);
/**
 * Company heads whose Devanagari name may have several words ("हिंदुस्तान कॉपर लिमिटेड", "टैक्टिकल मिसाइल्स
 * कॉर्पोरेशन"): up to four words back, stopping at a generic word (COMPANY_NOT_NAME).
 */
const COMPANY_HEADS = new Set(['लिमिटेड', 'कॉर्पोरेशन', 'कॉरपोरेशन', 'कंसर्न', 'इंडस्ट्रीज', 'शिपबिल्डर्स']);
const COMPANY_NOT_NAME = new Set(['कंपनी', 'कंपनियों', 'कंपनियां', 'उपक्रम', 'उपक्रमों', 'फर्म', 'संस्था', 'सरकारी', 'निजी', 'सार्वजनिक', 'पीएसयू', 'डीपीएसयू',
  'नवरत्न', 'मिनीरत्न', 'रक्षा', 'प्रमुख', 'अध्यक्ष', 'निदेशक', 'दिग्गज', 'स्थित', 'राज्य', 'संचालित', 'स्वामित्व', 'वाली', 'वाले', 'समूह']);
/** Words before a named head that make it generic ("इस शिपयार्ड", "सरकारी शिपयार्ड", "a shipyard"). */
const NOT_NAME_BEFORE = new Set(['इस', 'उस', 'किसी', 'हर', 'एक', 'दो', 'सरकारी', 'निजी', 'नौसैनिक', 'नए', 'नई', 'पुराने', 'बड़े', 'प्रमुख', 'स्थानीय', 'विदेशी', 'देशी', 'स्वदेशी',
  'भारतीय', 'रूसी', 'अपने', 'उनके', 'इसके', 'उसके', 'The', 'A', 'An', 'This', 'That', 'Its', 'Their', 'Russian', 'Indian', 'State', 'Naval', 'Private']);

/**
 * Units named by a direction ("पश्चिमी फ्लीट", "Western Fleet", "दक्षिणी सैन्य ज़िले", "Central Military
 * District"): the unit nouns keyed by their first word, and the direction words that name them.
 */
const UNIT_HEADS: string[][] = [
  ['फ्लीट'], ['बेड़ा'], ['बेड़े'], ['सैन्य', 'ज़िला'], ['सैन्य', 'ज़िले'], ['सैन्य', 'जिला'], ['सैन्य', 'जिले'], ['नौसेना', 'कमान'], ['वायु', 'कमान'],
  ['Fleet'], ['Military', 'District'], ['Naval', 'Command'], ['Air', 'Command'], ['फ्लोटिला'], ['Flotilla'],
].map((h) => h.map((w) => w.normalize('NFD').toLowerCase()));
const UNIT_BY_FIRST = new Map<string, string[][]>();
for (const h of UNIT_HEADS) UNIT_BY_FIRST.set(h[0], [...(UNIT_BY_FIRST.get(h[0]) ?? []), h].sort((a, b) => b.length - a.length));
const DIRECTIONS = new Set(['पश्चिमी', 'पूर्वी', 'उत्तरी', 'दक्षिणी', 'केंद्रीय', 'मध्य', 'वेस्टर्न', 'ईस्टर्न', 'नॉर्दर्न', 'सदर्न', 'सेंट्रल', 'दक्षिण-पश्चिमी', 'उत्तर-पश्चिमी',
  'Western', 'Eastern', 'Northern', 'Southern', 'Central', 'South-Western', 'North-Western'].map((w) => w.normalize('NFD').toLowerCase()));

/** The force heads' first words as written (NFC and NFD; Latin capitalised too): a token is looked up only after cheap checks. */
const FORCE_FIRST_RAW = new Set<string>();
for (const k of FORCE_BY_FIRST.keys()) {
  const w = k.normalize('NFC');
  FORCE_FIRST_RAW.add(w);
  FORCE_FIRST_RAW.add(k); // as NFD text writes it
  if (/^[a-z]/.test(w)) FORCE_FIRST_RAW.add(w[0].toUpperCase() + w.slice(1));
}
for (const w of NAMED_HEADS) { FORCE_FIRST_RAW.add(w); FORCE_FIRST_RAW.add(w.normalize('NFD')); }
FORCE_FIRST_RAW.add('मंत्रालय');
FORCE_FIRST_RAW.add('मंत्रालय'.normalize('NFD'));
FORCE_FIRST_RAW.add('Ministry');
for (const k of UNIT_BY_FIRST.keys()) {
  const w = k.normalize('NFC');
  FORCE_FIRST_RAW.add(w);
  FORCE_FIRST_RAW.add(k);
  if (/^[a-z]/.test(w)) FORCE_FIRST_RAW.add(w[0].toUpperCase() + w.slice(1));
}
/** Bit table over (first char code * 7 + second char code) & 0xffff of the first words. */
const FORCE_PAIR = new Uint8Array(65536);
const pairKey = (a: number, b: number) => (a * 7 + b) & 0xffff;
for (const w of FORCE_FIRST_RAW) FORCE_PAIR[pairKey(w.charCodeAt(0), w.charCodeAt(1))] = 1;

/**
 * Can the token at [start, end) of `text` start a force name ("मरीन", "Border")? Cheap: the length and
 * the first two characters are checked before the word. Used by one shared token pass (findEquipment).
 */
export function isForceHeadStart(text: string, start: number, end: number): boolean {
  const len = end - start;
  return len >= 4 && len <= 12 && FORCE_PAIR[pairKey(text.charCodeAt(start), text.charCodeAt(start + 1))] === 1 && FORCE_FIRST_RAW.has(text.slice(start, end));
}

/**
 * Forces named with a country adjective or a country ("फिलीपीनी मरीन कॉर्प्स", "Philippine Marine Corps",
 * "Vietnam Border Guard"): one ORG over both, which wins over the LOCATION inside it. `isCountryWord`
 * says whether a word is a country adjective (फिलीपीनी, Philippine); LOCATION spans ending right before
 * the head count as the country. `candidates`: indices of tokens that may start a force noun, in order
 * (isForceHeadStart, collected by findEquipment's token pass).
 */
export function findForceOrgs(text: string, tokens: Token[], spans: EntitySpan[], isCountryWord: (w: string) => boolean, candidates: number[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  let si = 0;
  for (const i of candidates) {
    const t = tokens[i];
    if (i < 1) continue;
    if (t.newlineBefore || !t.spaceBefore) continue;
    if (NAMED_HEADS.has(t.text.normalize('NFC'))) {
      const head = t.text.normalize('NFC');
      if (HEAD_NOT_AFTER.has(tokens[i - 1].text)) continue;
      const n = namedOrgStart(tokens, i, isCountryWord, COMPANY_HEADS.has(head) ? 4 : 1, COUNTRY_OK_HEADS.has(head));
      if (n >= 0) out.push(autoSpan(text, n, t.end, 'ORG', CONFIDENCE_ORG_RULE, 'org-rule'));
      continue;
    }
    if (t.text === 'Ministry' || t.text.normalize('NFC') === MINISTRY) {
      const m = t.text === 'Ministry' ? latinMinistry(text, tokens, i) : hindiMinistry(text, tokens, i);
      if (m) out.push(m);
      continue;
    }
    const units = UNIT_BY_FIRST.get(tokenNorm(t));
    if (units && tokens[i - 1].word && DIRECTIONS.has(tokenNorm(tokens[i - 1]))) {
      const end = headEnd(tokens, i, units);
      if (end >= 0) out.push(autoSpan(text, tokens[i - 1].start, end, 'ORG', CONFIDENCE_ORG_RULE, 'org-rule'));
      continue;
    }
    const heads = FORCE_BY_FIRST.get(tokenNorm(t));
    if (!heads) continue;
    // the country: a LOCATION span ending just before, or an adjective word
    let start = -1;
    while (si < spans.length && spans[si].end < t.start - 1) si++;
    const loc = si < spans.length && spans[si].label === 'LOCATION' && spans[si].end === t.start - 1 ? spans[si] : undefined;
    if (loc) start = loc.start;
    else if (tokens[i - 1].word && isCountryWord(tokens[i - 1].text)) start = tokens[i - 1].start;
    if (start < 0) continue;
    for (const head of heads) {
      let ok = true;
      for (let h = 0; h < head.length && ok; h++) {
        const x = tokens[i + h];
        ok = !!x && x.word && !x.newlineBefore && normWord(x.text) === head[h] && (!/^[A-Za-z]/.test(x.text) || /^[A-Z]/.test(x.text));
      }
      if (!ok) continue;
      out.push(autoSpan(text, start, tokens[i + head.length - 1].end, 'ORG', CONFIDENCE_ORG_RULE, 'org-rule'));
      break;
    }
  }
  return out;
}

const MINISTRY = 'मंत्रालय';
const CONJ = new Set(['और', 'एवं', 'तथा', 'व', ',', 'and', '&']);

/**
 * A ministry with a long name of several subjects ("बंदरगाह, पोत परिवहन और जलमार्ग मंत्रालय"): the subject
 * words before मंत्रालय, back to a postposition or other small word, when a conjunction or comma joins them
 * (one-subject ministries are in the knowledge base).
 */
function hindiMinistry(text: string, tokens: Token[], i: number): EntitySpan | undefined {
  let start = -1;
  let joined = false;
  for (let k = i - 1; k >= 0 && k >= i - 9; k--) {
    const w = tokens[k];
    if (tokens[k + 1].newlineBefore) break;
    const nfc = w.text.normalize('NFC');
    if (CONJ.has(nfc)) {
      if (start < 0) break;
      joined = true;
      continue;
    }
    if (!w.word || !isDevaLetter0(w.text) || STOPWORDS.has(nfc)) break;
    start = k;
  }
  if (start < 0 || !joined) return undefined;
  return autoSpan(text, tokens[start].start, tokens[i].end, 'ORG', CONFIDENCE_ORG_RULE, 'org-rule');
}

/** "Ministry of Ports, Shipping and Waterways": capitalised subjects after "of" joined by commas or "and". */
function latinMinistry(text: string, tokens: Token[], i: number): EntitySpan | undefined {
  if (tokens[i + 1]?.text !== 'of') return undefined;
  let end = -1;
  let joined = false;
  for (let k = i + 2; k < tokens.length && k <= i + 12; k++) {
    const w = tokens[k];
    if (w.newlineBefore) break;
    if (CONJ.has(w.text)) {
      if (end < 0) break;
      joined = true;
      continue;
    }
    if (!w.word || !/^[A-Z]/.test(w.text)) break;
    end = w.end;
  }
  if (end < 0 || !joined) return undefined;
  // a trailing conjunction is left out: the span ends at the last subject word
  return autoSpan(text, tokens[i].start, end, 'ORG', CONFIDENCE_ORG_RULE, 'org-rule');
}

const isDevaLetter0 = (w: string) => { const c = w.charCodeAt(0); return c >= 0x900 && c <= 0x97f; };

/** End of the first of `heads` that the tokens from `i` spell (Latin words capitalised), or -1. */
function headEnd(tokens: Token[], i: number, heads: string[][]): number {
  for (const head of heads) {
    let ok = true;
    for (let h = 0; h < head.length && ok; h++) {
      const x = tokens[i + h];
      ok = !!x && x.word && !x.newlineBefore && tokenNorm(x) === head[h] && (!/^[A-Za-z]/.test(x.text) || /^[A-Z]/.test(x.text));
    }
    if (ok) return tokens[i + head.length - 1].end;
  }
  return -1;
}

/**
 * Where the name before a named head (token `i`) starts: up to `devaWords` Devanagari words, or up to three
 * capitalised Latin words; -1 for none.
 */
function namedOrgStart(tokens: Token[], i: number, isCountryWord: (w: string) => boolean, devaWords: number, countryOk = false): number {
  const latinHead = /^[A-Z]/.test(tokens[i].text);
  let start = -1;
  for (let k = i - 1, n = 0; k >= 0 && n < (latinHead ? 3 : devaWords); k--, n++) {
    const w = tokens[k];
    // a country adjective first, before a name word: "[Kazakh Steel] Group"
    if (countryOk && start >= 0 && w.word && !w.newlineBefore && isCountryWord(w.text) && tokens[k + 1].spaceBefore) return w.start;
    if (!w.word || STOPWORDS.has(w.text) || NOT_NAME_BEFORE.has(w.text) || isCountryWord(w.text) || /^[0-9०-९]/u.test(w.text)) break;
    const latin = /^[A-Za-z]/.test(w.text);
    if (latin !== latinHead || (latin && !/^[A-Z]/.test(w.text))) break;
    if (!latin && devaWords > 1 && COMPANY_NOT_NAME.has(w.text)) break;
    start = w.start;
    if (w.newlineBefore || !w.spaceBefore) break;
  }
  return start;
}

/** Words after a diplomatic mission that make it the acting body ("भारतीय दूतावास ने कहा", "the embassy said"). */
const MISSION_AGENT_AFTER = /^\s*(?:ने|के अनुसार|के मुताबिक|के हवाले से|के बयान|के एक बयान|द्वारा|की ओर से|के प्रवक्ता|का कहना|की तरफ से|के अधिकारी|said|says|stated|issued|announced|added|tweeted|posted|confirmed|spokesperson|has|had|is|was|will)(?![\p{L}\p{M}])/u;
const MISSION_AGENT_BEFORE = /(?:according to(?: the)?|by the|from the)\s*$/u;
/** "in/at <Place>" between an English mission and its verb ("the Indian Embassy in Moscow said"). */
const MISSION_PLACE_AFTER = /^\s+(?:in|at)\s+[A-Z][\p{L}\p{M}.'-]*(?:\s+[A-Z][\p{L}\p{M}.'-]*){0,2}/u;

/** Is the mission span `s` followed by words that make it the acting body (past an "in <Place>")? */
function actsAfter(s: EntitySpan, text: string): boolean {
  const after = text.slice(s.end, s.end + 60);
  if (MISSION_AGENT_AFTER.test(after.slice(0, 20))) return true;
  const place = MISSION_PLACE_AFTER.exec(after);
  return !!place && MISSION_AGENT_AFTER.test(after.slice(place[0].length, place[0].length + 20));
}

/**
 * An embassy, high commission or consulate is an ORG when it acts (issues a statement: "भारतीय
 * दूतावास ने ... कहा", "the Indian Embassy in Moscow said"); as a place ("दूतावास खोलने", "at the embassy") it is not annotated. Returns
 * the spans without the idle missions; `isMission` says whether a span names one.
 */
export function dropIdleMissions(spans: EntitySpan[], text: string, isMission: (s: EntitySpan) => boolean): EntitySpan[] {
  let out: EntitySpan[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const idle = s.label === 'ORG' && isMission(s) && !actsAfter(s, text) &&
      !MISSION_AGENT_BEFORE.test(text.slice(Math.max(0, s.start - 20), s.start));
    if (idle) out ??= spans.slice(0, i);
    else out?.push(s);
  }
  return out ?? spans;
}

/** Words after an equipment name that make it the company that makes it ("ब्रह्मोस के सीईओ", "BrahMos CEO"). */
const COMPANY_SENSE_AFTER = /^(?: (?:के|की) (?:सीईओ|महानिदेशक|प्रमुख|एमडी|अध्यक्ष|प्रबंध निदेशक|मुख्य कार्यकारी|कर्मचारियों|कर्मचारी|कारखाने|संयंत्र|शेयर)| (?:CEO|chief executive|Director General|director general|managing director|chairman|employees|plant)|'s (?:CEO|chief executive|Director General|managing director|chairman))(?![\p{L}\p{M}])/u;

/**
 * The company sense of a name shared by a weapon and its maker: an EQUIPMENT span followed by a
 * company word ("ब्रह्मोस के महानिदेशक", "BrahMos CEO") becomes an ORG (in place; without the
 * equipment's id).
 */
export function equipmentAsCompany(spans: EntitySpan[], text: string): void {
  for (const s of spans) {
    if (s.label !== 'EQUIPMENT' || !COMPANY_SENSE_AFTER.test(text.slice(s.end, s.end + 24))) continue;
    s.label = 'ORG';
    delete s.entityId;
    s.method = 'org-rule';
  }
}
