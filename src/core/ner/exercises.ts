/**
 * Named military exercises and operations beyond the knowledge base. The span is the NAME, without
 * the generic noun: "संयुक्त अभ्यास [धर्म गार्जियन] और [जिमेक्स]", "[जॉइंट सी] अभ्यास",
 * "[स्लिनेक्स] नौसैनिक अभ्यास", "exercise [Shakti]", "[ऑपरेशन ब्रह्मा]", "[Operation Sindoor]"
 * (an operation's name keeps its "ऑपरेशन": that is how it is named).
 */
import type { EntitySpan } from '../model';
import type { Token } from '../text/tokenize';
import { normWord } from './kbMatch';
import { DEMONYMS, STOPWORDS } from './lexicon';
import { autoSpan } from './span';

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
const STOP = new Set([...STOPWORDS].map(n));
const DEMONYM_SET = new Set(Object.keys(DEMONYMS).map(n));
/** Coordinated second names: "धर्म गार्जियन और जिमेक्स". Only acronym-like or capitalised names, to stay safe. */
const AND = new Set(['और', 'व', 'तथा', 'एवं', 'and'].map(n));
const ACRONYM_NAME = /(?:क्स|ex|EX)$/u;

/** First UTF-16 units of the trigger words (a cheap test before normalising a token). */
const TRIGGER_HEADS = new Set(['अभ्यास', 'युद्धाभ्यास', 'ऑपरेशन', 'आपरेशन', 'exercise', 'Exercise', 'EXERCISE', 'drill', 'Drill', 'wargame', 'Wargame',
  'operation', 'Operation', 'OPERATION'].map((w) => w.charCodeAt(0)));

function nameWord(t: Token | undefined, latinCap: boolean): boolean {
  if (!t || !t.word) return false;
  const w = normWord(t.text);
  if (STOP.has(w) || MODIFIERS.has(w) || NOT_NAME.has(w) || EXERCISE.has(w) || OPERATION.has(w) || DEMONYM_SET.has(w)) return false;
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
    const w = normWord(t.text);
    if (OPERATION.has(w)) {
      // "ऑपरेशन ब्रह्मा", "Operation Sindoor": one or two name words right after
      const latin = /^[A-Za-z]/.test(t.text);
      let k = i + 1;
      while (k < tokens.length && k <= i + 2 && !tokens[k].newlineBefore && nameWord(tokens[k], latin)) k++;
      if (k > i + 1) { push(i, k); i = k - 1; }
      continue;
    }
    if (!EXERCISE.has(w)) continue;
    // name before the noun: "[जॉइंट सी] अभ्यास", "[स्लिनेक्स] नौसैनिक अभ्यास", "[Malabar] exercise"
    let j = i - 1;
    while (j >= 0 && i - j <= 2 && tokens[j].word && MODIFIERS.has(normWord(tokens[j].text)) && !STOP.has(normWord(tokens[j].text))) j--;
    let a = j;
    while (a >= 0 && j - a < 3 && !tokens[a + 1].newlineBefore && nameWord(tokens[a], true)) a--;
    // the word before the name must end the phrase: a postposition, punctuation, a modifier, a line start
    const before = tokens[a];
    const bounded = a < 0 || tokens[a + 1].newlineBefore || !before.word || STOP.has(normWord(before.text)) || MODIFIERS.has(normWord(before.text)) ||
      DEMONYM_SET.has(normWord(before.text));
    if (a < j && bounded) push(a + 1, j + 1);
    // name after the noun: "संयुक्त अभ्यास [धर्म गार्जियन]", "exercise [Shakti]"
    let k = i + 1;
    const latin = /^[A-Za-z]/.test(t.text);
    while (k < tokens.length && k <= i + 3 && !tokens[k].newlineBefore && nameWord(tokens[k], latin)) k++;
    const after = tokens[k];
    const ends = !after || after.newlineBefore || !after.word || STOP.has(normWord(after.text)) || EXERCISE.has(normWord(after.text)) ||
      (latin && /^[a-z]/.test(after.text));
    if (k > i + 1 && ends) {
      push(i + 1, k);
      // "... और जिमेक्स"
      if (after && AND.has(normWord(after.text))) {
        const c = tokens[k + 1];
        const c2 = tokens[k + 2];
        if (c && nameWord(c, true) && (ACRONYM_NAME.test(c.text) || /^[A-Z]/.test(c.text)) && (!c2 || !c2.word || STOP.has(normWord(c2.text)))) push(k + 1, k + 2);
      }
      i = k - 1;
    }
  }
  return out;
}
