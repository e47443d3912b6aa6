/** Place, date, occasion, topics and status of a meeting, read from its sentence. */
import type { DateValue, EntitySpan, MeetingStatus } from '../model';
import type { SentenceInfo } from './docContext';
import { bracketCountry, countryOf } from './docContext';
import { CALL_MARKERS, FUTURE_MARKERS, OCCASION_HEADS, PAST_MARKERS, TOPIC_PHRASE_AFTER, TOPICS, VENUE_WORDS } from './lexicon';
import { containsAny, findDates, findWord, isLatin, skipSpace, wordAt } from './textUtil';

export interface PlaceValue {
  entityId?: string;
  name: string;
  /** 3 venue, 2 city or region, 1 country. */
  rank: number;
  /** Country code of the place, when known (span attrs or the country lexicon). */
  country?: string;
  /** The building or venue ("हैदराबाद हाउस") when `name` is the city it stands in. */
  venue?: { entityId?: string; name: string };
}
export type DateField = { text: string } & DateValue;
export interface NamedRef {
  entityId?: string;
  name: string;
}

const PLACE_AFTER = ['के लिए रवाना', 'रवाना', 'में', 'पर', 'पहुंचे', 'पहुंची', 'पहुँचे', 'पहुंचा', 'स्थित', 'आए', 'आये', 'आएंगे', 'आएंगी', 'आएगा', 'आएगी', 'दौरे', 'यात्रा', 'जाएंगे', 'जाएंगी', 'जाएगा', 'जाएगी', 'पहुंचेंगे', 'पहुंचेंगी', 'गए', 'गईं', 'गई'];
const PLACE_BEFORE_EN = ['in', 'at', 'visit', 'visits', 'visiting', 'visited'];
/** "will travel to New Delhi", "a visit to Tokyo": a place someone goes to. */
const TRAVEL_TO = /(?:travel|travels|travelled|traveled|travelling|traveling|trip|visit|journey|fly|flies|flew|come|comes|came|go|goes|went|head|heads|headed|arrive|arrives|arrived|return|returns|returned)\s+to\s+$/iu;
/** "तियानजिन शहर जाएंगे", "कज़ान शहर में": a generic noun for the kind of place between the name and its postposition. */
const PLACE_NOUN = /^(?:शहर|नगर|city)\s+/u;
/** Seas, oceans and straits are topics of talks ("हिंद महासागर में सुरक्षा"), never where two people sat down. */
const WATER_WORDS = ['सागर', 'महासागर', 'समुद्र', 'खाड़ी', 'जलडमरूमध्य', 'ocean', 'sea', 'gulf', 'strait', 'bay'];
/** "X में सहयोग/सुरक्षा/स्थिति पर चर्चा": a place inside a topic phrase, not the venue. */
const TOPIC_AFTER_PLACE = /^\s*(?:में|in)\s+(?:[\p{L}\p{M}-]+\s+){0,3}?(?:पर|के बारे में|को लेकर|के मुद्दे|के लिए)(?![\p{L}\p{M}])/u;
/** English nouns of a topic before "in <place>": "cooperation in the Arctic", "peace in the region". */
const EN_TOPIC_BEFORE = /(?:cooperation|security|situation|stability|peace|developments|crisis|conflict|war|tensions|presence|activities|interests|projects?|investments?|operations|pilgrimage|resumption of)\s+(?:in|of|to)\s+(?:the\s+)?$/iu;
/** "मांडले में आए भूकंप", "X में हुए हमले": something that happened in a place, not where they met. */
const EVENT_IN_PLACE = /^\s*में\s+(?:आए|आई|आया|हुए|हुई|हुआ|चल रहे|चल रही|चल रहा|जारी|फैले|फैली)\s+([\p{L}\p{M}]+)/u;
const AUXILIARIES = new Set(['थी', 'था', 'थे', 'थीं', 'है', 'हैं', 'गई', 'गया', 'गए', 'और', 'तथा', 'जिसमें', 'जहां', 'जहाँ']);
/** "आर्मेनिया की राजधानी येरेवान जाएंगे": a capital the tagger did not know, made certain by "की राजधानी". */
const CAPITAL = /की राजधानी\s+([\p{L}\p{M}]+(?: [\p{L}\p{M}]+)?)\s+(?=में|जाएंगे|जाएंगी|जाएगा|पहुंचे|पहुंचेंगे|पहुंची|गए|आए|के लिए रवाना)/u;
const MEETING_NOUN_IN = /(?:मुलाकात|मुलाक़ात|बैठक|वार्ता|बातचीत|भेंट|मिल|meeting|talks|met)/u;
/** "नई दिल्ली के मानेकशॉ सेंटर में", "नई दिल्ली स्थित हैदराबाद हाउस": the city written before a venue. */
const CITY_BEFORE_VENUE = /^\s*(?:के|की|का|स्थित|में|,|'s)?\s*$/u;

export function isWaterBody(name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/u);
  return WATER_WORDS.some((w) => words.includes(w));
}

export function placeRank(span: EntitySpan): number {
  const type = (span.attrs?.type ?? '').toLowerCase();
  if (/venue|building|facility|airport/.test(type) || VENUE_WORDS.some((w) => span.text.toLowerCase().includes(w))) return 3;
  if (type === 'country' || (!type && countryOf(span.text))) return 1;
  return 2;
}

/** Country code of a LOCATION span: its attrs, else the country lexicon. */
export function spanCountry(span: EntitySpan): string | undefined {
  return span.attrs?.country ?? countryOf(span.text);
}

/** The meeting place written in the sentence: a LOCATION used as a place ("मॉस्को में", "in Moscow"), not a nationality ("रूस के"), a sea, or a topic. */
export function sentencePlace(text: string, s: SentenceInfo, near: number, from = s.start, to = s.end): PlaceValue | undefined {
  let best: (PlaceValue & { dist: number; span: EntitySpan }) | undefined;
  for (const sp of s.spans) {
    if (sp.label !== 'LOCATION' || sp.start < from || sp.start >= to) continue;
    if (isWaterBody(sp.text)) continue;
    // "कनानास्किस (कनाडा) में": the bracketed country between the place and its postposition.
    const bracket = bracketCountry(text, sp.end);
    let next = skipSpace(text, bracket ? bracket.end : sp.end, s.end);
    const noun = PLACE_NOUN.exec(text.slice(next, next + 12));
    if (noun) next += noun[0].length;
    // "in Moscow", "at the Kremlin": the preposition, past an article.
    const prevWord = /([A-Za-z]+)\s*(?:the\s+)?$/i.exec(text.slice(Math.max(s.start, sp.start - 10), sp.start))?.[1]?.toLowerCase();
    const usedAsPlace = PLACE_AFTER.some((w) => wordAt(text, next, w)) || (prevWord !== undefined && PLACE_BEFORE_EN.includes(prevWord))
      || (prevWord === 'to' && TRAVEL_TO.test(text.slice(Math.max(s.start, sp.start - 30), sp.start)));
    if (!usedAsPlace) continue;
    const topic = TOPIC_AFTER_PLACE.exec(text.slice(sp.end, Math.min(s.end, sp.end + 60)));
    if (topic && !MEETING_NOUN_IN.test(topic[0])) continue;
    // "कैलाश मानसरोवर यात्रा फिर से शुरू करने पर चर्चा", "आर्कटिक क्षेत्र में सहयोग को लेकर": the subject of the talks.
    const subject = TOPIC_PHRASE_AFTER.exec(text.slice(sp.end, Math.min(s.end, sp.end + 90)));
    if (subject && !MEETING_NOUN_IN.test(subject[0].replace(/(?:चर्चा|बातचीत|बात|वार्ता|विचार)\s*$/u, ''))) continue;
    // "cooperation in the Arctic", "the situation in Ukraine": a place inside an English topic phrase.
    if (EN_TOPIC_BEFORE.test(text.slice(Math.max(s.start, sp.start - 40), sp.start))) continue;
    const happened = EVENT_IN_PLACE.exec(text.slice(sp.end, Math.min(s.end, sp.end + 40)));
    // ("व्लादिवोस्तोक में हुए पूर्वी आर्थिक मंच के दौरान": a gathering held there is where they met.)
    if (happened && !MEETING_NOUN_IN.test(happened[1]) && !AUXILIARIES.has(happened[1]) && !containsAny(text.slice(sp.end, Math.min(s.end, sp.end + 60)), OCCASION_WORDS)) continue;
    const rank = placeRank(sp);
    const dist = Math.abs(sp.start - near);
    if (!best || rank > best.rank || (rank === best.rank && dist < best.dist)) best = { entityId: sp.entityId, name: sp.text, rank, dist, span: sp, country: spanCountry(sp) ?? bracket?.code };
  }
  if (!best) {
    const cap = CAPITAL.exec(text.slice(from, to));
    const at = cap ? from + cap.index + cap[0].length - cap[1].length : 0;
    if (cap && !s.spans.some((x) => x.start < at + cap[1].length && at < x.end)) {
      return { name: cap[1], rank: 2 };
    }
    return undefined;
  }
  const out: PlaceValue = { entityId: best.entityId, name: best.name, rank: best.rank };
  if (best.country) out.country = best.country;
  if (best.rank === 3) {
    // The venue's city, when the sentence writes it just before: the city is the place, the venue kept as detail.
    const venue = best.span;
    const city = [...s.spans].reverse().find((x) => x.label === 'LOCATION' && x.end <= venue.start && x !== venue && placeRank(x) === 2
      && CITY_BEFORE_VENUE.test(text.slice(x.end, venue.start)));
    if (city) return { entityId: city.entityId, name: city.text, rank: 2, country: spanCountry(city) ?? out.country, venue: { entityId: venue.entityId, name: venue.text } };
  } else {
    // "इस्ताना, सिंगापुर में", "Hyderabad House, New Delhi": the venue written just before its city, after a comma
    const place = best.span;
    const venue = [...s.spans].reverse().find((x) => x.label === 'LOCATION' && x.end <= place.start);
    if (venue && placeRank(venue) === 3 && /^\s*,\s*$/u.test(text.slice(venue.end, place.start))) out.venue = { entityId: venue.entityId, name: venue.text };
  }
  return out;
}

/** A date written in the sentence: DATE spans first, else the fallback date patterns. */
export function sentenceDate(text: string, s: SentenceInfo, from = s.start, to = s.end): DateField | undefined {
  for (const sp of s.spans) {
    if (sp.label !== 'DATE' || sp.start < from || sp.start >= to) continue;
    // A bare weekday is resolved later against the article's own date.
    if (sp.date?.weekday && !/[0-9०-९]/.test(sp.text)) return { text: sp.text, weekday: sp.date.weekday, precision: 'weekday' };
    if (sp.date && (sp.date.value || sp.date.weekday)) return { text: sp.text, ...sp.date };
    const parsed = findDates(sp.text)[0];
    if (parsed) return { text: sp.text, value: parsed.value, weekday: parsed.weekday, precision: parsed.precision };
  }
  if (s.spans.some((sp) => sp.label === 'DATE' && sp.start >= from && sp.start < to)) return undefined;
  const found = findDates(text.slice(from, to))[0];
  if (!found) return undefined;
  found.start += from;
  found.end += from;
  const d: DateField = { text: found.text, precision: found.precision };
  if (found.value) d.value = found.value;
  if (found.weekday) d.weekday = found.weekday;
  return d;
}

const OCCASION_WORDS = ['बैठक', 'सत्र', 'सम्मेलन', 'शिखर', 'वार्ता', 'आयोग', 'मंच', 'संवाद', 'summit', 'session', 'meeting', 'dialogue', 'commission', 'forum', 'conference', 'conclave'];
const OCCASION_FOLLOW = ['के दौरान', 'से इतर', 'के इतर', 'के मौके पर', 'के अवसर पर', 'के सिलसिले में', 'में भाग', 'में शामिल', 'के तहत', 'की सह-अध्यक्षता', 'की सह अध्यक्षता', 'की अध्यक्षता'];

const ORDINAL = /([0-9०-९]+)\s*(?:वें|वीं|वां|वाँ|वी|st|nd|rd|th)/u;

function isOccasion(text: string, s: SentenceInfo, sp: EntitySpan): boolean {
  const type = sp.attrs?.type ?? '';
  if (/war|conflict|attack|operation|crisis|strike|day/i.test(type)) return false;
  if (/summit|meeting|session|dialogue|commission|conference|forum|assembly|visit|exercise|exhibition|show/i.test(type)) return true;
  return containsAny(sp.text, OCCASION_WORDS) || OCCASION_FOLLOW.some((w) => wordAt(text, skipSpace(text, sp.end, s.end), w, isLatin(w)));
}

/** The ordinal of an occasion ("21वें", "22nd"), as a number. */
export function occasionOrdinal(name: string): number | undefined {
  const m = ORDINAL.exec(name);
  if (!m) return undefined;
  return Number(m[1].replace(/[०-९]/g, (d) => String('०१२३४५६७८९'.indexOf(d))));
}

/** The named event the meeting took place at: an EVENT span, else "... सत्र/सम्मेलन/मंत्रियों की बैठक" before के दौरान/में. */
export function sentenceOccasion(text: string, s: SentenceInfo, from = s.start, to = s.end): NamedRef | undefined {
  // An EVENT is an occasion when it names a gathering or is used as one ("... के दौरान", "... से इतर"), not a war or a topic.
  const events = s.spans.filter((sp) => sp.label === 'EVENT' && sp.start >= from && sp.start < to && isOccasion(text, s, sp));
  if (events.length > 0) {
    const e = [...events].sort((a, b) => (b.end - b.start) - (a.end - a.start))[0];
    // "21वीं <event>": an ordinal the tagger left outside the event names the session.
    const ord = /([0-9०-९]+\s*(?:वें|वीं|वां|वाँ|st|nd|rd|th))\s+$/u.exec(text.slice(Math.max(s.start, e.start - 12), e.start));
    if (ord && !ORDINAL.test(e.text)) return { entityId: e.entityId, name: `${ord[1]} ${e.text}` };
    return { entityId: e.entityId, name: e.text };
  }
  const body = text.slice(from, Math.min(s.end, to + 60));
  for (const head of OCCASION_HEADS) {
    for (const at of findWord(body, head, 0, body.length, isLatin(head))) {
      // Used as an occasion: "... सम्मेलन से इतर", "... सत्र के दौरान", or numbered ("21वें ... सत्र").
      const next = skipSpace(body, at + head.length);
      const used = OCCASION_USE.some((w) => wordAt(body, next, w, isLatin(w)));
      // Back up over at most eight words of the name, stopping at a clause word; an ordinal starts it.
      const words = body.slice(0, at).split(/(?<=\s)/u);
      let start = at;
      let hasOrdinal = false;
      for (let k = words.length - 1, n = 0; k >= 0 && n < 8; k--, n++) {
        const w = words[k].trim();
        if (OCCASION_STOP.has(w) || /[।.,;:!?]$/.test(w)) break;
        start -= words[k].length;
        if (/^[0-9०-९]+\s*(?:वें|वीं|वां|st|nd|rd|th)$/u.test(w)) { hasOrdinal = true; break; }
      }
      const name = body.slice(start, at + head.length).trim();
      if ((used || hasOrdinal) && name.length >= head.length + 3 && from + start < to) return { name };
    }
  }
  return undefined;
}

const OCCASION_USE = ['के दौरान', 'से इतर', 'के इतर', 'में', 'के मौके', 'के अवसर', 'की सह-अध्यक्षता', 'की सह अध्यक्षता', 'की अध्यक्षता', 'के लिए', 'on the sidelines', 'during'];
const OCCASION_STOP = new Set(['ने', 'को', 'से', 'में', 'पर', 'और', 'कि', 'है', 'हैं', 'था', 'थे', 'थी', 'जहां', 'जहाँ', 'जो', 'वे', 'वह', 'ये', 'यह', 'गए', 'गई', 'हुए', 'हुई', 'हो', 'रहे', 'रही', 'आयोजित', 'दौरान', 'इतर', 'during', 'at', 'in', 'the', 'on']);

export function sentenceTopics(text: string, s: SentenceInfo): NamedRef[] {
  const out: NamedRef[] = [];
  for (const sp of s.spans) {
    if (sp.label === 'EQUIPMENT' && !out.some((t) => (t.entityId && t.entityId === sp.entityId) || t.name === sp.text)) {
      out.push({ entityId: sp.entityId, name: sp.text });
    }
  }
  const body = text.slice(s.start, s.end);
  for (const topic of TOPICS) {
    if (out.some((t) => t.name === topic.name)) continue;
    if (containsAny(body, topic.forms)) out.push({ name: topic.name });
  }
  return out;
}

/** Status from the words around the trigger: a call, planned (future tense), past (pluperfect, पिछली), or held. */
export function triggerStatus(text: string, s: SentenceInfo, triggerStart: number, clauseEnd: number): MeetingStatus {
  const sentence = text.slice(s.start, s.end);
  if (containsAny(sentence, CALL_MARKERS)) return 'call';
  // The trigger's own clause: stop at "कहा कि", "और", a comma ("X से मुलाकात के बाद कहा कि ... होगा" was held).
  const after = text.slice(triggerStart, Math.min(clauseEnd, triggerStart + 70));
  const cut = after.search(/\s(?:कहा|बताया|कि|और|लेकिन|जबकि|जिसमें|जहां|जहाँ|said|and|but|where)\s|[,;:]/u);
  const window = text.slice(Math.max(s.start, triggerStart - 14), triggerStart) + (cut > 0 ? after.slice(0, cut) : after);
  const lead = text.slice(Math.max(s.start, triggerStart - 24), triggerStart);
  if (containsAny(window, PAST_MARKERS) || containsAny(lead, ['पिछली', 'पिछले', 'previous', 'last']) || LAST_TIME.test(window)) return 'past';
  if (containsAny(window, FUTURE_MARKERS)) return 'planned';
  const clause = clauseBefore(text, s.start, triggerStart);
  // "X last visited India in 2021, when he met Y": a meeting inside a clause about an earlier visit.
  if (WHEN_BEFORE.test(text.slice(Math.max(s.start, triggerStart - 30), triggerStart)) && containsAny(text.slice(s.start, triggerStart), EARLIER_VISIT)) return 'past';
  // "X will travel to Delhi in December for the annual summit with Y": English puts the future before the verb.
  if (isLatin(text.slice(triggerStart, triggerStart + 1)) && containsAny(clause, EN_FUTURE_LEAD) && !containsAny(clause, PAST_MARKERS)) return 'planned';
  return 'held';
}

/** "met Modi in Kazan last October": a time gone by. */
const LAST_TIME = /\blast\s+(?:week|month|year|summer|winter|spring|autumn|january|february|march|april|may|june|july|august|september|october|november|december)\b/iu;
const WHEN_BEFORE = /(?:^|[\s,])(?:when|जब)\s+(?:[\p{L}\p{M}]+\s+){0,3}$/iu;
const EARLIER_VISIT = ['last visited', 'last visit', 'was last in', 'last came', 'last travelled', 'last traveled', 'पिछली बार', 'पिछली यात्रा', 'पिछले दौरे'];
const EN_FUTURE_LEAD = ['will', "'ll", 'is set to', 'are set to', 'is scheduled to', 'are scheduled to', 'is expected to', 'are expected to', 'is likely to', 'are likely to', 'is due to', 'are due to', 'plans to', 'is slated to', 'is to travel', 'is to visit', 'would travel', 'would visit', 'invited', 'invitation to'];

/** The English clause the trigger stands in: back to the sentence start or a comma, "when", "who", "said", "that". */
function clauseBefore(text: string, sentenceStart: number, triggerStart: number): string {
  const lead = text.slice(Math.max(sentenceStart, triggerStart - 160), triggerStart);
  const cut = Math.max(lead.lastIndexOf(', '), lead.lastIndexOf('; '), ...[' when ', ' who ', ' which ', ' said ', ' says ', ' that ', ' after ', ' before '].map((w) => { const i = lead.toLowerCase().lastIndexOf(w); return i < 0 ? -1 : i + w.length - 1; }));
  return cut >= 0 ? lead.slice(cut + 1) : lead;
}

/** Where the attributes of a trigger are read: from the previous trigger to the next one, stopping at "और"/"," after it. */
export function attributeWindow(text: string, segStart: number, trigger: { start: number; end: number }, nextStart: number, objectsEnd = trigger.end): { from: number; to: number } {
  // "met X and Y in Moscow": the list of people after the trigger is not a clause break.
  const after = Math.min(nextStart, Math.max(trigger.end, objectsEnd));
  const rest = text.slice(after, nextStart);
  const cut = rest.search(/\sऔर\s|,\s|;|\sand\s/u);
  return { from: segStart, to: cut >= 0 ? after + cut : nextStart };
}
