/**
 * Named military exercises and operations beyond the knowledge base. The span is the NAME, without
 * the generic noun: "संयुक्त अभ्यास [धर्म गार्जियन] और [जिमेक्स]", "[जॉइंट सी] अभ्यास",
 * "[स्लिनेक्स] नौसैनिक अभ्यास", "exercise [Shakti]", "[ऑपरेशन ब्रह्मा]", "[Operation Sindoor]"
 * (an operation's name keeps its "ऑपरेशन": that is how it is named).
 */
import type { EntitySpan } from '../model';
import type { Token } from '../text/tokenize';
import { normWord, tokenNorm } from './kbMatch';
import { DEMONYMS, STOPWORDS } from './lexicon';
import { autoSpan, overlapsSorted } from './span';

export const CONFIDENCE_EXERCISE = 0.6;

const n = (w: string) => w.normalize('NFD').toLowerCase();
/** Nouns for an exercise. */
const EXERCISE = new Set(['अभ्यास', 'युद्धाभ्यास', 'exercise', 'exercises', 'drill', 'drills', 'wargame', 'wargames'].map(n));
/** Operations: the word is part of the name. */
const OPERATION = new Set(['ऑपरेशन', 'आपरेशन', 'operation'].map(n));
/** Generic modifiers between a name and the exercise noun, or before the noun ("संयुक्त सैन्य अभ्यास"). */
const MODIFIERS = new Set(['संयुक्त', 'सैन्य', 'नौसैनिक', 'नौसेना', 'हवाई', 'वायुसेना', 'थल', 'सेना', 'युद्ध', 'द्विपक्षीय', 'त्रिपक्षीय', 'बहुपक्षीय', 'समुद्री',
  'वार्षिक', 'बड़े', 'बड़ा', 'बड़ी', 'विशाल', 'नियमित', 'आतंकवाद', 'आतंकरोधी', 'विरोधी', 'रोधी', 'आपदा', 'राहत', 'मानवीय', 'सहायता', 'अंतरराष्ट्रीय', 'क्षेत्रीय',
  'प्रशिक्षण', 'फील्ड', 'कमांड', 'पोस्ट', 'लाइव', 'फायर', 'तटीय', 'रक्षा', 'जमीनी', 'पहाड़ी', 'विशेष', 'बलों', 'बल', 'के', 'का', 'की',
  'joint', 'military', 'naval', 'air', 'army', 'bilateral', 'trilateral', 'multilateral', 'annual', 'maritime', 'field', 'training', 'combined', 'major',
  'large-scale', 'counter-terrorism', 'the', 'a', 'an', 'this', 'their', 'first', 'latest', 'next', 'its'].map(n));
/** Words that cannot be (part of) a name here: verbs and common nouns around an exercise. */
const NOT_NAME = new Set(['शुरू', 'जारी', 'समाप्त', 'संपन्न', 'आयोजित', 'आयोजन', 'हिस्सा', 'भाग', 'दौरान', 'तहत', 'जरिए', 'करेंगी', 'करेंगे', 'करेगी', 'करेगा',
  'किया', 'करना', 'करने', 'होगा', 'होगी', 'होंगे', 'चल', 'चला', 'चली', 'इसी', 'इसके', 'उसके', 'पिछले', 'अगले', 'इस', 'उस', 'कई', 'देशों', 'दोनों', 'सफल',
  'सफलतापूर्वक', 'मिलकर', 'पास', 'निकट', 'करीब', 'समीप', 'क्षेत्र', 'इलाके', 'इलाका', 'तट', 'सीमा', 'ऊपर', 'नीचे', 'पार', 'लगातार', 'नियमित', 'बाहर',
  'अंदर', 'भीतर', 'सामने', 'विरुद्ध', 'जवाब', 'जवाबी', 'चेतावनी', 'प्रदर्शन', 'क्षमता', 'तैयारी', 'तैयारियों', 'योजना', 'अगला', 'अगली', 'ताजा', 'सालाना', 'साल', 'वर्ष', 'महीने', 'हफ्ते', 'सप्ताह', 'दिन', 'दिवसीय', 'दिनों', 'ज्यादा', 'अधिक', 'सबसे', 'पहला', 'पहली', 'दूसरा', 'नया', 'नई',
  'was', 'were', 'is', 'will', 'began', 'begins', 'ended', 'held', 'conducted', 'in', 'at', 'with', 'between', 'and', 'or', 'to', 'on', 'for', 'of', 'from'].map(n));
/**
 * Ordinary words that describe an exercise or a practice ("रणनीतिक अभ्यास", "साझा अभ्यास", "बचाव अभ्यास"):
 * never its name.
 */
const COMMON = new Set(['साझा', 'रणनीतिक', 'सामरिक', 'व्यापक', 'गहन', 'कठिन', 'कड़ा', 'कड़े', 'कड़ी', 'लंबा', 'लंबे', 'छोटा', 'छोटे', 'असली', 'वास्तविक',
  'मॉक', 'नकली', 'पूर्वाभ्यास', 'योग', 'निरंतर', 'लगातार', 'सघन', 'उच्च', 'स्तरीय', 'तीव्र', 'खुला', 'खुले', 'ऐसे', 'ऐसा', 'ऐसी', 'यह', 'वह', 'ये', 'वे',
  'बचाव', 'खोज', 'निकासी', 'सुरक्षा', 'समन्वय', 'तैनाती', 'उड़ान', 'गोलाबारी', 'फायरिंग', 'लैंडिंग', 'युद्धक', 'लड़ाकू', 'टैंक', 'पैदल', 'पैराशूट', 'पनडुब्बी',
  'मिसाइल', 'रॉकेट', 'तोपखाना', 'हमला', 'हमले', 'जवाबी', 'रक्षात्मक', 'आक्रामक', 'सामूहिक', 'मिश्रित', 'एकीकृत', 'समग्र', 'संचालन', 'परिचालन',
  'ऑपरेशनल', 'टैक्टिकल', 'सामान्य', 'आम', 'पुराना', 'पुराने', 'वही', 'उसी', 'पूरा', 'पूरे', 'जैसे', 'जैसा', 'इसमें', 'उसमें', 'ऐसे', 'पहले', 'बाद',
  'strategic', 'tactical', 'mock', 'live', 'shared', 'rescue', 'search', 'evacuation', 'firing', 'landing', 'security', 'such', 'similar', 'routine',
  // a passage exercise (PASSEX) is a kind of drill between ships meeting at sea, not a named exercise
  'पैसेज', 'पासेज', 'पैसेक्स', 'पासेक्स', 'passage', 'passex', 'cross-deck', 'क्रॉस-डेक', 'goodwill'].map(n));
/** Hindi adjective endings ("-इक", "-ईय", "-आत्मक", "-पूर्ण"): a single word with one describes, it does not name. */
const ADJECTIVE_END = /(?:िक|ीय|ात्मक|पूर्ण|कारी)$/u;
const STOP = new Set([...STOPWORDS].map(n));
const DEMONYM_SET = new Set(Object.keys(DEMONYMS).map(n));
/** Coordinated second names: "धर्म गार्जियन और जिमेक्स". Only acronym-like or capitalised names, to stay safe. */
const AND = new Set(['और', 'व', 'तथा', 'एवं', 'and'].map(n));
const ACRONYM_NAME = /(?:क्स|ex|EX)$/u;

/** First UTF-16 units of the trigger words (a cheap test before normalising a token). */
const TRIGGER_HEADS = new Set(['अभ्यास', 'युद्धाभ्यास', 'ऑपरेशन', 'आपरेशन', 'exercise', 'Exercise', 'EXERCISE', 'drill', 'Drill', 'wargame', 'Wargame',
  'operation', 'Operation', 'OPERATION'].map((w) => w.charCodeAt(0)));

const QUOTES = new Set([0x27, 0x22, 0x2018, 0x2019, 0x201c, 0x201d]);
function isQuote(t: Token | undefined): boolean {
  return !!t && !t.word && t.text.length === 1 && QUOTES.has(t.text.charCodeAt(0));
}

const YEAR = /^(?:19|20|१९|२०)[0-9०-९]{2}$/u;
function isYear(t: Token | undefined): boolean {
  return !!t && t.word && t.text.length === 4 && YEAR.test(t.text);
}

/** Index of the last token before a year that ends a name at `j` ("इंद्र-2025", "ब्राइट स्टार 2025"), else `j`. */
function yearBefore(tokens: Token[], j: number): number {
  if (j < 1 || !isYear(tokens[j]) || tokens[j].newlineBefore) return j;
  const h = tokens[j - 1];
  if (h.text === '-' && h.end === tokens[j].start && j >= 2 && tokens[j - 2].end === h.start) return j - 2;
  return j - 1;
}

/** Index after a year that follows a name ending before `k` ("इंद्र-2025", "Malabar 2025"), else `k`. */
function yearAfter(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.newlineBefore) return k;
  if (t.text === '-' && t.start === tokens[k - 1].end && isYear(tokens[k + 1]) && tokens[k + 1].start === t.end) return k + 2;
  return isYear(t) ? k + 1 : k;
}

function nameWord(t: Token | undefined, latinCap: boolean): boolean {
  if (!t || !t.word) return false;
  const w = tokenNorm(t);
  if (STOP.has(w) || MODIFIERS.has(w) || NOT_NAME.has(w) || COMMON.has(w) || EXERCISE.has(w) || OPERATION.has(w) || DEMONYM_SET.has(w)) return false;
  if (/^[0-9०-९]+$/u.test(t.text)) return false;
  if (/^[A-Za-z]/.test(t.text)) return latinCap ? /^[A-Z]/.test(t.text) : true;
  return /^[\u0900-\u097f]/u.test(t.text);
}

/**
 * Find named exercises and operations. `isPlaceOrOrg(start, end)` tells whether a range overlaps a
 * known place or organisation (a "भारत-जापान अभ्यास" is not named "भारत-जापान").
 */
export function findExercises(text: string, tokens: Token[], isPlaceOrOrg: (a: number, b: number) => boolean): EntitySpan[] {
  const out: EntitySpan[] = [];
  const push = (a: number, b: number) => {
    if (b <= a || isPlaceOrOrg(tokens[a].start, tokens[b - 1].end)) return;
    out.push(autoSpan(text, tokens[a].start, tokens[b - 1].end, 'EVENT', CONFIDENCE_EXERCISE, 'exercise-rule'));
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || !TRIGGER_HEADS.has(t.text.charCodeAt(0))) continue;
    const w = tokenNorm(t);
    if (OPERATION.has(w)) {
      // "ऑपरेशन ब्रह्मा", "Operation Sindoor": one or two name words right after
      const latin = /^[A-Za-z]/.test(t.text);
      let k = i + 1;
      while (k < tokens.length && k <= i + 2 && !tokens[k].newlineBefore && nameWord(tokens[k], latin)) k++;
      if (k > i + 1) { push(i, k); i = k - 1; }
      continue;
    }
    if (!EXERCISE.has(w)) continue;
    // name before the noun: "[जॉइंट सी] अभ्यास", "[स्लिनेक्स] नौसैनिक अभ्यास", "[Malabar] exercise",
    // "'[इंद्र]' अभ्यास", "[ब्राइट स्टार 2025] अभ्यास"
    let j = i - 1;
    while (j >= 0 && i - j <= 2 && tokens[j].word && MODIFIERS.has(tokenNorm(tokens[j])) && !STOP.has(tokenNorm(tokens[j]))) j--;
    const quoted = j >= 0 && isQuote(tokens[j]);
    if (quoted) j--;
    const spanEnd = j + 1;
    j = yearBefore(tokens, j);
    let a = j;
    while (a >= 0 && j - a < 3 && !tokens[a + 1].newlineBefore && nameWord(tokens[a], true)) a--;
    // the word before the name must end the phrase: a postposition, punctuation, a modifier, a line start
    const before = tokens[a];
    const bounded = quoted ? a >= 0 && isQuote(before) : a < 0 || tokens[a + 1].newlineBefore || !before.word || STOP.has(normWord(before.text)) ||
      MODIFIERS.has(normWord(before.text)) || DEMONYM_SET.has(normWord(before.text));
    // one ordinary Hindi word with an adjective ending describes the exercise ("सामरिक", "क्षेत्रीय")
    const oneAdjective = j - a === 1 && !quoted && ADJECTIVE_END.test(tokens[j].text);
    if (a < j && bounded && !oneAdjective) push(a + 1, spanEnd);
    // name after the noun: "संयुक्त अभ्यास [धर्म गार्जियन]", "exercise [Shakti]", "अभ्यास '[इंद्र-2025]'"
    let k = i + 1;
    const open = k < tokens.length && isQuote(tokens[k]) && !tokens[k].newlineBefore;
    if (open) k++;
    const first = k;
    const latin = /^[A-Za-z]/.test(t.text);
    while (k < tokens.length && k <= first + 2 && !tokens[k].newlineBefore && nameWord(tokens[k], latin)) k++;
    if (k > first) k = yearAfter(tokens, k);
    const after = tokens[k];
    const ends = open ? !!after && isQuote(after) : !after || after.newlineBefore || !after.word || STOP.has(normWord(after.text)) || EXERCISE.has(normWord(after.text)) ||
      (latin && /^[a-z]/.test(after.text));
    if (k > first && ends) {
      push(first, k);
      // "... और जिमेक्स"
      if (!open && after && AND.has(normWord(after.text))) {
        const c = tokens[k + 1];
        const c2 = tokens[k + 2];
        if (c && nameWord(c, true) && (ACRONYM_NAME.test(c.text) || /^[A-Z]/.test(c.text)) && (!c2 || !c2.word || STOP.has(normWord(c2.text)))) push(k + 1, k + 2);
      }
      i = k - 1;
    }
  }
  return out;
}

/** A year right after an exercise's name: "-2025", " 2025", "-२०२५". */
const YEAR_AFTER = /^(?:-| )?(?:19|20|१९|२०)[0-9०-९]{2}(?![0-9०-९\p{L}\p{M}])/u;
/** A Roman edition number after an exercise's name: "Desert Cyclone-II", "Ajeya Warrior III" (a space only before two or more letters). */
const ROMAN_AFTER = /^(?:-(?:II|III|IV|V|VI|VII|VIII|IX|X)| (?:II|III|IV|VI|VII|VIII|IX))(?![\p{L}\p{M}\p{N}])/u;
/** A letter, mark or digit: a name's mention must not touch one. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Exercises after all spans are resolved (`spans` sorted, non-overlapping; a new list is returned):
 * - a year written after the name joins it: "[इंद्र-2025]", "[ब्राइट स्टार 2025]" are one EVENT, the
 *   year is no DATE of its own;
 * - the bare name of an exercise the article names elsewhere is the exercise too: after
 *   "मालाबार नौसैनिक अभ्यास", a later "मालाबार" or "'मालाबार'" is an EVENT.
 * `isExercise(span)` tells an EVENT span that names an exercise (or a show named with its year).
 */
export function exerciseYearsAndMentions(spans: EntitySpan[], text: string, isExercise: (s: EntitySpan) => boolean): EntitySpan[] {
  let names: Map<string, EntitySpan> | undefined;
  let drop: Set<EntitySpan> | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.label !== 'EVENT' || !isExercise(s)) continue;
    const m = YEAR_AFTER.exec(text.slice(s.end, s.end + 6));
    if (m) {
      const end = s.end + m[0].length;
      // only a DATE (the year) may stand there
      let q = i + 1;
      let ok = true;
      for (; q < spans.length && spans[q].start < end; q++) if (spans[q].label !== 'DATE' || spans[q].end > end) ok = false;
      if (ok) {
        for (let r = i + 1; r < q; r++) (drop ??= new Set()).add(spans[r]);
        s.end = end;
        s.text = text.slice(s.start, end);
      }
    }
    const c = text.charCodeAt(s.end);
    const r2 = c === 0x20 || c === 0x2d ? ROMAN_AFTER.exec(text.slice(s.end, s.end + 6)) : null;
    if (r2 && !(i + 1 < spans.length && spans[i + 1].start < s.end + r2[0].length)) {
      s.end += r2[0].length;
      s.text = text.slice(s.start, s.end);
    }
    const core = s.text.replace(/(?:-| )(?:II|III|IV|V|VI|VII|VIII|IX|X)$/u, '').replace(/[- ]?(?:19|20|१९|२०)[0-9०-९]{2}$/u, '');
    if (core.length >= 3 && !/\s(?:अभ्यास|युद्धाभ्यास|exercise)$/iu.test(core) && !OPERATION.has(n(core.split(' ', 1)[0]))) (names ??= new Map()).set(core, s);
  }
  let out = drop ? spans.filter((s) => !drop!.has(s)) : spans;
  if (!names) return out;
  const added: EntitySpan[] = [];
  for (const [core, s] of names) {
    for (let p = text.indexOf(core); p >= 0; p = text.indexOf(core, p + core.length)) {
      const e = p + core.length;
      if ((p > 0 && WORD_CHAR.test(text[p - 1])) || (e < text.length && WORD_CHAR.test(text[e]))) continue;
      if (overlapsSorted(out, p, e) || added.some((x) => x.start < e && p < x.end)) continue;
      added.push(autoSpan(text, p, e, 'EVENT', CONFIDENCE_EXERCISE, 'exercise-mention', s.entityId ? { entityId: s.entityId } : {}));
    }
  }
  if (added.length) out = [...out, ...added].sort((x, y) => x.start - y.start);
  return out;
}
