/**
 * Meetings of one document: sentence candidates in reading order, the running subject (for
 * उन्होंने and missing subjects), further mentions attached to the meeting they refer to, and
 * place/date filled from the article (previous meeting, dateline, the article's own date).
 */
import type { MeetingStatus, MentionRef } from '../model';
import { countryOf, type DocContext, type PersonRef, type SentenceInfo } from './docContext';
import { type DateField, type NamedRef, type PlaceValue, attributeWindow, placeRank, spanCountry, occasionOrdinal, sentenceDate, sentenceOccasion, sentencePlace, sentenceTopics, triggerStatus } from './attributes';
import { jointSubjects, markerAfter, sentenceCandidates, type SentenceState } from './sentence';
import { CAPITALS, NEGATIONS } from './lexicon';
import { seriesSummit } from './series';
import { containsAny, isLatin, nameKey, resolveWeekday, weekdayOf } from './textUtil';

export interface DocMeeting {
  doc: string;
  participants: PersonRef[];
  mentions: MentionRef[];
  place?: PlaceValue;
  /** The place came from the article rather than the meeting's own sentences. */
  placeInferred?: boolean;
  date?: DateField;
  dateInferred?: boolean;
  occasion?: NamedRef;
  topics: NamedRef[];
  status: MeetingStatus;
  confidence: number;
  /** Only one participant is known: the mention of a meeting reported elsewhere (joined across articles by occasion). */
  partial?: boolean;
  lastSentence: number;
  strong: boolean;
  /** Reported with a word for meeting in person (मुलाकात, मिले, met, स्वागत), not only talks. */
  inPerson?: boolean;
}

export interface ExtractOptions {
  /** Keep phone/video calls as meetings with status 'call' (default: leave them out). */
  includeCalls?: boolean;
  /**
   * Canonical names of linked entities (e.g. from the knowledge base): participants, places and
   * occasions with an entity id are named canonically (Hindi where the article wrote the name in
   * Devanagari, English where it wrote it in Latin) instead of by the surface form of one mention.
   */
  entityName?: (id: string) => { hi?: string; en?: string } | undefined;
}

const ATTACH_WINDOW = 8;

/** Triggers that report talks, which may have been held over the phone. */
const TALK_WORDS = new Set(['बातचीत', 'वार्ता', 'वार्ताएं', 'चर्चा', 'बात', 'विचार-विमर्श', 'विचार विमर्श', 'discussed', 'spoke with', 'talked with', 'talks with', 'talks between', 'bilateral talks', 'summit talks', 'held talks', 'holds talks', 'hold talks']);

/** "X ने Y के साथ ... पर चर्चा की" reports talks; "X ने Y से बात की" alone is too often a call to count. */
function standsAlone(def: { strength: string; form: string }, objectForm?: string): boolean {
  return def.strength === 'strong' || def.form !== 'बात' || objectForm === 'के साथ';
}

export function sameSet(a: PersonRef[], b: PersonRef[]): boolean {
  return a.length === b.length && a.every((p) => b.some((q) => q.id === p.id));
}

/** Names of one place written in several ways (the city and its official name). */
const SAME_PLACE: string[][] = [['नई दिल्ली', 'नयी दिल्ली', 'दिल्ली', 'new delhi', 'delhi']];
const PLACE_ALIAS = new Map<string, string>();
for (const names of SAME_PLACE) for (const n of names) PLACE_ALIAS.set(nameKey(n), nameKey(names[0]));

export function placeKey(p: { entityId?: string; name: string }): string {
  const alias = PLACE_ALIAS.get(nameKey(p.name));
  if (alias) return `n:${alias}`;
  return p.entityId ? `id:${p.entityId}` : `n:${nameKey(p.name)}`;
}

export function occasionsCompatible(a?: NamedRef, b?: NamedRef): boolean {
  if (!a || !b) return true;
  const oa = occasionOrdinal(a.name);
  const ob = occasionOrdinal(b.name);
  if (oa !== undefined && ob !== undefined && oa !== ob) return false;
  return true;
}

/** Words every occasion shares: they say nothing about which event it is. */
const GENERIC_OCCASION_WORDS = new Set(['की', 'के', 'का', 'और', 'बैठक', 'बैठकों', 'सम्मेलन', 'शिखर', 'सत्र', 'मंत्रियों', 'मंत्री', 'रक्षा', 'विदेश', 'स्तरीय', 'मंत्रीस्तरीय',
  'वार्षिक', 'the', 'of', 'meeting', 'summit', 'session', 'ministers', 'defence', 'foreign', 'annual'].map(nameKey));

function occasionWords(name: string): Set<string> {
  return new Set(name.toLowerCase().split(/[\s\-–()]+/u).map(nameKey).filter((w) => w.length > 1 && !GENERIC_OCCASION_WORDS.has(w) && !/^[0-9०-९]/.test(w)));
}

/** Same named event: same entity id, the same session number, or a shared distinctive word ("एससीओ"). `firm`: id or number only. */
export function sameOccasion(a?: NamedRef, b?: NamedRef, firm = false): boolean {
  if (!a || !b || !occasionsCompatible(a, b)) return false;
  if (a.entityId && b.entityId && a.entityId === b.entityId) return true;
  // "21वें सत्र" and "21वीं आईआरआईजीसी-एमएंडएमटीसी बैठक": the same numbered session.
  const oa = occasionOrdinal(a.name);
  if (oa !== undefined && oa === occasionOrdinal(b.name)) return true;
  if (firm || (a.entityId && b.entityId)) return false;
  const wa = occasionWords(a.name);
  const wb = [...occasionWords(b.name)];
  const common = wb.filter((w) => wa.has(w)).length;
  return common >= 1 && common * 2 >= Math.min(wa.size, wb.length);
}

export function datesCompatible(a?: DateField, b?: DateField): boolean {
  if (!a || !b) return true;
  if (a.value && b.value) {
    const x = a.value.replace(/^--/, '');
    const y = b.value.replace(/^--/, '');
    return a.value.startsWith(b.value) || b.value.startsWith(a.value) || a.value.endsWith(y) || b.value.endsWith(x);
  }
  const wa = a.weekday ?? (a.value ? weekdayOf(a.value) : undefined);
  const wb = b.weekday ?? (b.value ? weekdayOf(b.value) : undefined);
  return wa === undefined || wb === undefined || wa === wb;
}

function placesCompatible(a?: PlaceValue, b?: PlaceValue): boolean {
  if (!a || !b) return true;
  return placeKey(a) === placeKey(b) || a.rank !== b.rank;
}

function mentionOf(ctx: DocContext, s: SentenceInfo): MentionRef {
  return { document: ctx.id, start: s.start, end: s.end, text: ctx.text.slice(s.start, s.end) };
}

function addMention(m: DocMeeting, mention: MentionRef, s: SentenceInfo): void {
  if (!m.mentions.some((x) => x.start === mention.start)) m.mentions.push(mention);
  m.lastSentence = Math.max(m.lastSentence, s.index);
}

function addTopics(m: DocMeeting, topics: NamedRef[]): void {
  for (const t of topics) if (!m.topics.some((x) => x.name === t.name || (x.entityId && x.entityId === t.entityId))) m.topics.push(t);
}

/** Two people named together in the sentence ("X और Y के बीच", "X और Y"), both explicit. */
function pairNamedTogether(ctx: DocContext, s: SentenceInfo): PersonRef[] | undefined {
  const ids = new Map<string, PersonRef>();
  for (const sp of s.spans) {
    const p = sp.label === 'PERSON' ? ctx.personOf.get(sp) : undefined;
    if (p) ids.set(p.id, p);
  }
  if (ids.size !== 2) return undefined;
  const persons = s.spans.filter((sp) => sp.label === 'PERSON');
  const joined = persons.some((a, i) => i + 1 < persons.length && /^\s*(?:और|एवं|तथा|and|-|–)\s*(?:[\p{L}\p{M}.]+\s+){0,4}?$/u.test(ctx.text.slice(a.end, persons[i + 1].start))
    && /^\s*(?:के\s+बीच|के\s+मध्य|की|के|ने|between)?/u.test(ctx.text.slice(persons[i + 1].end, persons[i + 1].end + 12)));
  return joined ? [...ids.values()] : undefined;
}

/** The subject a sentence sets: a single name followed by ने, else a name opening the sentence ("Singh arrived ...", "सिंह बुधवार को पहुंचे"). */
function ergativeSubject(ctx: DocContext, s: SentenceInfo): PersonRef | undefined {
  return ergSubject(ctx, s) ?? openingSubject(ctx, s);
}

const NAME_AS_MODIFIER = /^\s*(?:सरकार|प्रशासन|मंत्रिमंडल|कैबिनेट|खेमे|खेमा|समर्थक|government|administration|cabinet|camp|supporters)(?![\p{L}\p{M}])/iu;
const OPENING_LEAD = /^[\p{L}\p{M}\s.'’-]{0,60}$/u;

function openingSubject(ctx: DocContext, s: SentenceInfo): PersonRef | undefined {
  const first = s.spans.find((sp) => sp.label === 'PERSON' && ctx.personOf.has(sp));
  // "NEW DELHI: Prime Minister X is on a visit ...": the sentence begins after the dateline.
  const begin = ctx.datelineEnd > 0 && s.start <= ctx.datelineStart && ctx.datelineEnd <= (first?.start ?? 0) ? ctx.datelineEnd : s.start;
  if (!first || first.start - begin > 60) return undefined;
  // Only role/title words before it ("Defence Minister", "रक्षा मंत्री"), no clause.
  const lead = ctx.text.slice(begin, first.start);
  if (!OPENING_LEAD.test(lead) || /(?:^|\s)(?:ने|से|को|की|के|का|में|with|and|और)\s*$/u.test(lead)) return undefined;
  const m = markerAfter(ctx.text, first.end, s.end);
  if (m.kind !== 'none') return undefined;
  const next = ctx.text.slice(first.end, first.end + 6);
  if (/^\s*(?:और|एवं|तथा|and|,|-|–|\/)/u.test(next)) return undefined;
  // "मोदी सरकार", "Biden administration": the name qualifies a noun, it is not the subject.
  if (NAME_AS_MODIFIER.test(ctx.text.slice(first.end, first.end + 20))) return undefined;
  return ctx.personOf.get(first);
}

function ergSubject(ctx: DocContext, s: SentenceInfo): PersonRef | undefined {
  let found: PersonRef | undefined;
  for (const sp of s.spans) {
    if (sp.label !== 'PERSON') continue;
    const ref = ctx.personOf.get(sp);
    if (!ref) continue;
    const m = markerAfter(ctx.text, sp.end, s.end);
    if (m.kind !== 'erg') continue;
    const before = ctx.text.slice(Math.max(s.start, sp.start - 8), sp.start);
    if (/(?:और|एवं|तथा|and|,)\s*$/u.test(before)) continue;
    found ??= ref;
  }
  return found;
}

export function extractDocMeetings(ctx: DocContext, options: ExtractOptions = {}): DocMeeting[] {
  const meetings: DocMeeting[] = [];
  const state: SentenceState = {};
  let last: DocMeeting | undefined;
  const together: { s: SentenceInfo; ps: PersonRef[] }[] = [];
  let protagonist: PersonRef | undefined;
  for (const s of ctx.sentences) {
    const { candidates, triggers } = sentenceCandidates(ctx, s, state);
    if (triggers.length === 0) for (const ps of jointSubjects(ctx, s, state)) together.push({ s, ps });
    let subjectSet: PersonRef | undefined;
    for (const c of candidates) {
      const k = triggers.indexOf(c.trigger);
      const clauseEnd = k + 1 < triggers.length ? triggers[k + 1].start : s.end;
      let status = triggerStatus(ctx.text, s, c.trigger.start, clauseEnd);
      if (c.subject) subjectSet = c.subject;

      const segStart = k > 0 ? triggers[k - 1].end : s.start;
      // The people named right after the trigger ("met X, Y and Z in ...") belong to its clause.
      let objectsEnd = c.trigger.end;
      for (const sp of s.spans) {
        if (sp.label !== 'PERSON' || sp.start < c.trigger.end || sp.start >= clauseEnd) continue;
        if (sp.start - objectsEnd > 40 || /[।.;:!?]/u.test(ctx.text.slice(objectsEnd, sp.start))) break;
        objectsEnd = sp.end;
      }
      const win = attributeWindow(ctx.text, segStart, c.trigger, clauseEnd, objectsEnd);
      const hasDateline = ctx.datelineEnd > 0 && s.start <= ctx.datelineStart && ctx.datelineEnd <= c.trigger.start;
      const from = hasDateline ? Math.max(win.from, ctx.datelineEnd) : win.from;
      const to = win.to;
      // "मुलाकात नहीं की", "बैठक रद्द", "refused to meet": no meeting.
      const around = ctx.text.slice(Math.max(segStart, c.trigger.start - 14), Math.min(to, c.trigger.end + 28));
      if (containsAny(around, NEGATIONS)) continue;
      // "X, who is in Tianjin for the SCO meeting, met Y": a place earlier in the sentence, when no other meeting there claims it.
      const sentenceFrom = hasDateline ? ctx.datelineEnd : s.start;
      const earlierOwn = candidates.some((o) => o.complete && o.trigger.start < c.trigger.start && !sameSet(o.participants, c.participants));
      const place = sentencePlace(ctx.text, s, c.trigger.start, from, to) ?? (c.complete && !earlierOwn && sentenceFrom < from ? sentencePlace(ctx.text, s, c.trigger.start, sentenceFrom, from) : undefined);
      const date = sentenceDate(ctx.text, s, from, to);
      const occasion = sentenceOccasion(ctx.text, s, from, to);
      const topics = sentenceTopics(ctx.text, s);
      const mention = mentionOf(ctx, s);
      const fits = (m: DocMeeting): boolean => occasionsCompatible(m.occasion, occasion) && placesCompatible(m.place, place) && datesCompatible(m.date, date);
      let target: DocMeeting | undefined;
      // "जुलाई में ... की बैठक" in an article about another meeting: a meeting referred back to.
      if (status === 'held' && date && (date.precision === 'month' || date.precision === 'year') && meetings.some((m) => !m.partial && !sameSet(m.participants, c.participants))) status = 'past';
      // "अक्टूबर 2019 में शी मामल्लपुरम आए, जहां मोदी ने उनकी मेज़बानी की" in an article without its own date: a month of a year is history.
      if (status === 'held' && !ctx.docDate && date?.value && /^\d{4}(?:-\d{2})?$/.test(date.value) && (date.precision === 'month' || date.precision === 'year')) status = 'past';
      // "visited India in December 2023, when he met X" in an article dated later: background.
      if (status === 'held' && date?.value && /^\d{4}-\d{2}$|^\d{4}$/.test(date.value) && ctx.docDate?.value && date.value < ctx.docDate.value.slice(0, date.value.length)) status = 'past';
      if (c.complete) {
        target = meetings.find((m) => !m.partial && sameSet(m.participants, c.participants) && m.status === status && fits(m));
        if (!target) {
          const linked = c.participants.every((p) => p.linked);
          target = {
            doc: ctx.id, participants: c.participants, mentions: [], topics: [], status, lastSentence: s.index, strong: standsAlone(c.trigger.def, c.objectForm),
            confidence: 0.6 + (linked ? 0.15 : 0) + (c.trigger.def.strength === 'strong' ? 0.1 : 0),
          };
          meetings.push(target);
        }
        target.strong ||= standsAlone(c.trigger.def, c.objectForm);
        target.inPerson ||= !TALK_WORDS.has(c.trigger.def.form) || !!place;
      } else {
        const ps = c.participants;
        const recent = (m: DocMeeting): boolean => !m.partial && s.index - m.lastSentence <= ATTACH_WINDOW && ps.every((p) => m.participants.some((q) => q.id === p.id));
        if (occasion) target = [...meetings].reverse().find((m) => recent(m) && sameOccasion(m.occasion, occasion));
        if (!target && ps.length === 0) {
          // "मुलाकात के दौरान मोदी ने मैक्रों को ...": the recent meeting with the most of the sentence's people.
          const named = new Set(s.spans.filter((x) => x.label === 'PERSON').map((x) => ctx.personOf.get(x)?.id));
          let best = 0;
          for (const m of meetings) {
            const n = m.participants.filter((p) => named.has(p.id)).length;
            if (!m.partial && s.index - m.lastSentence <= ATTACH_WINDOW && n >= best && n > 0 && fits(m)) { best = n; target = m; }
          }
        }
        target ??= last && recent(last) && fits(last) && (status === last.status || status === 'held') ? last : undefined;
        if (!target && ps.length >= 2 && (status === 'past' || status === 'planned') && c.trigger.def.strength === 'strong' && (c.trigger.def.kind === 'noun' || c.bothSubject)) {
          // "दोनों नेताओं की पिछली मुलाकात ... हुई थी", "दोनों ... मिलेंगे": an earlier or coming meeting of the same people.
          target = meetings.find((m) => !m.partial && sameSet(m.participants, ps) && m.status === status && fits(m));
          if (!target) {
            target = { doc: ctx.id, participants: ps, mentions: [], topics: [], status, confidence: 0.6, lastSentence: s.index, strong: true };
            meetings.push(target);
          }
        }
        const pair = state.lastParticipants;
        if (!target && ps.length === 0 && status === 'past' && c.trigger.def.kind === 'noun' && c.trigger.def.strength === 'strong' && pair && pair.length === 2
          && EARLIER_MEETING.test(ctx.text.slice(Math.max(s.start, c.trigger.start - 30), c.trigger.start))) {
          // "पहली मुलाकात जुलाई में मॉस्को में हुई थी", "their previous meeting was in Kazan": the pair's earlier meeting.
          target = meetings.find((m) => !m.partial && sameSet(m.participants, pair) && m.status === 'past' && fits(m));
          if (!target) {
            target = { doc: ctx.id, participants: pair, mentions: [], topics: [], status, confidence: 0.55, lastSentence: s.index, strong: true };
            meetings.push(target);
          }
        }
        if (!target && ps.length === 1 && occasion) {
          target = { doc: ctx.id, participants: ps, mentions: [], topics: [], status, confidence: 0.5, partial: true, lastSentence: s.index, strong: true, occasion };
          meetings.push(target);
        }
        if (!target) continue;
      }
      addMention(target, mention, s);
      if (place && (!target.place || (target.place.rank === 1 && place.rank === 2 && (!place.country || place.country === target.place.country)))) target.place = place;
      if (!target.date && date) target.date = date;
      if (!target.occasion && occasion) target.occasion = occasion;
      addTopics(target, topics);
      if (!target.partial) last = target;
    }
    const next = seriesSummit(ctx, s, state.lastParticipants);
    if (next) {
      // "अगला शिखर सम्मेलन अगले साल रूस में होगा": the pair's next summit, planned.
      let target = meetings.find((m) => !m.partial && m.status === 'planned' && sameSet(m.participants, next.participants));
      if (!target) {
        target = { doc: ctx.id, participants: next.participants, mentions: [], topics: [], status: 'planned', confidence: 0.6, lastSentence: s.index, strong: true };
        meetings.push(target);
      }
      addMention(target, mentionOf(ctx, s), s);
      const place = sentencePlace(ctx.text, s, next.start, s.start <= ctx.datelineStart ? ctx.datelineEnd : s.start, s.end);
      if (place && !target.place) target.place = place;
      target.date ??= sentenceDate(ctx.text, s, next.start, s.end);
    }
    // "A ने B से भेंट की। B ने ... सराहना की। C के साथ भी उनकी बैठक हुई": B reacting does not take the story from A.
    const erg = subjectSet ? undefined : ergativeSubject(ctx, s);
    const reacting = !!erg && !!last && !!protagonist && erg.id !== protagonist.id && last.participants.some((p) => p.id === erg.id) && last.participants.some((p) => p.id === protagonist?.id);
    if (subjectSet) protagonist = subjectSet;
    state.subject = subjectSet ?? (reacting ? state.subject : erg) ?? state.subject;
    if (!last && !state.pairNamed) {
      // "मोदी और शी के बीच रिश्तों की कहानी ...": the pair an article opens with stands for "दोनों नेता" until a meeting is reported.
      const pair = pairNamedTogether(ctx, s);
      if (pair) state.pairNamed = pair;
    }
    if (last) {
      state.lastParticipants = last.participants;
      const seen = (state.recentParticipants ??= []);
      if (!seen.some((ps) => sameSet(ps, last!.participants))) seen.push(last.participants);
    }
  }
  // "सिंह और शोइगू ने शुक्रवार को ... संकल्प लिया": the same pair acting together is a further mention of their meeting.
  for (const { s, ps } of together) {
    const m = meetings.filter((x) => !x.partial && x.status !== 'past' && sameSet(x.participants, ps));
    if (m.length !== 1) continue;
    const { from, to } = { from: s.start, to: s.end };
    addMention(m[0], mentionOf(ctx, s), s);
    m[0].date ??= sentenceDate(ctx.text, s, from, to);
    m[0].place ??= sentencePlace(ctx.text, s, s.start, from, to);
    m[0].mentions.sort((a, b) => a.start - b.start);
  }
  // "X ने Y से फोन पर बातचीत की ... X ने Y के साथ बातचीत की": talks in an article about a call are that call.
  for (const call of meetings.filter((m) => m.status === 'call')) {
    for (const m of meetings) {
      if (m.status !== 'held' || m.inPerson || !sameSet(m.participants, call.participants)) continue;
      for (const x of m.mentions) if (!call.mentions.some((y) => y.start === x.start)) call.mentions.push(x);
      call.mentions.sort((a, b) => a.start - b.start);
      call.date ??= m.date;
      m.strong = false;
      m.partial = false;
      m.mentions = [];
    }
  }
  const kept = meetings.filter((m) => m.mentions.length > 0 && (m.partial || m.strong || m.status === 'call') && (options.includeCalls || m.status !== 'call'));
  fillFromArticle(ctx, kept);
  for (const m of kept) m.confidence = Math.min(0.98, m.confidence + 0.05 * Math.min(3, m.mentions.length - 1) + (m.place ? 0.03 : 0));
  return kept;
}

/** "पहली/पिछली मुलाकात", "their previous/last/first meeting": a noun for an earlier meeting. */
const EARLIER_MEETING = /(?:पहली|पिछली|पूर्व|previous|last|first|earlier)\s+(?:(?:द्विपक्षीय|आमने-सामने|bilateral|face-to-face|in-person)\s+)?$/iu;

/** How far (UTF-16 units) before a meeting an arrival still places it when no meeting came before. */
const MOVED_REACH = 600;

const MOVE_AFTER = /^\s*(?:\([^)]{1,30}\)\s*)?(?:पहुंच|पहुँच|के लिए रवाना|रवाना|गए|गईं|आए|आईं|जाएंगे|जाएंगी|में\s+(?:[\p{L}\p{M}0-9०-९-]+\s+){0,4}?(?:शिखर|सम्मेलन|बैठक|मुलाकात|मुलाक़ात|वार्ता|सत्र))/u;
const MOVE_BEFORE_EN = /(?:arrived in|arrives in|arrived at|reached|travelled to|traveled to|flew to|landed in|moved on to|(?:is|are|was|were) in|visit to|trip to|tour of|visiting|went to|headed to|heads to)\s+$/iu;

/** The sentence says someone went to the place, or a meeting or summit is held there (not "X में हस्ताक्षरित"). */
function movedTo(ctx: DocContext, s: SentenceInfo, p: PlaceValue): boolean {
  for (const sp of s.spans) {
    if (sp.label !== 'LOCATION' || sp.text !== p.name) continue;
    // "अक्टूबर में कुआलालंपुर में ...": a time shift before the place, background (in its own clause: not "X, who met Y last October, arrived in Z").
    const clause = Math.max(s.start, ctx.text.lastIndexOf(', ', sp.start) + 2);
    const lead = ctx.text.slice(clause, sp.start);
    if (sentenceDate(ctx.text, s, clause, sp.start)?.precision === 'month' || /(?:पिछले|पिछली|गत|last|earlier)\s+\S*\s*$/iu.test(lead)) return false;
    if (MOVE_AFTER.test(ctx.text.slice(sp.end, sp.end + 80)) || MOVE_BEFORE_EN.test(ctx.text.slice(Math.max(s.start, sp.start - 20), sp.start))) return true;
  }
  return false;
}

const FUTURE_MOVE = /^\s*(?:\([^)]{1,30}\)\s*)?(?:शहर\s+)?(?:जाएंगे|जाएंगी|जाएगा|जाएगी|पहुंचेंगे|पहुंचेंगी|पहुंचेगा|पहुंचेगी|के लिए रवाना होंगे|रवाना होंगे|की यात्रा करेंगे|का दौरा करेंगे)/u;
const FUTURE_MOVE_EN = /(?:will|'ll|to|is set to|is scheduled to|is expected to)\s+(?:travel|fly|go|head|visit|arrive|move on)\s+(?:to|in)?\s*$/iu;

/** The move to the place is still to come: "X अगले सप्ताह ब्रासीलिया जाएंगे", "will travel to Brasilia". */
function movesLater(ctx: DocContext, s: SentenceInfo, p: PlaceValue): boolean {
  const sp = s.spans.find((x) => x.label === 'LOCATION' && x.text === p.name);
  if (!sp) return false;
  return FUTURE_MOVE.test(ctx.text.slice(sp.end, sp.end + 40)) || FUTURE_MOVE_EN.test(ctx.text.slice(Math.max(s.start, sp.start - 40), sp.start));
}

const CAPITAL_COUNTRY = new Map<string, string>();
for (const [code, names] of Object.entries(CAPITALS)) for (const n of names) CAPITAL_COUNTRY.set(nameKey(n), code);

/** The country of a capital written in a dateline without a tagged place ("NEW DELHI:"). */
function capitalCountry(name: string): string | undefined {
  return CAPITAL_COUNTRY.get(nameKey(name));
}

/** "दिल्ली" written where the dateline or another mention has "नई दिल्ली": the fuller name of the same place. */
function fullestName(ctx: DocContext, dateline: PlaceValue[], place: PlaceValue): PlaceValue {
  const key = placeKey(place);
  let best = place;
  for (const d of dateline) if (placeKey(d) === key && d.name.length > best.name.length) best = { ...place, entityId: d.entityId ?? place.entityId, name: d.name };
  if (best !== place) return best;
  for (const s of ctx.sentences) for (const sp of s.spans) {
    if (sp.label === 'LOCATION' && sp.text.length > best.name.length && placeKey({ entityId: sp.entityId, name: sp.text }) === key) best = { ...place, entityId: sp.entityId ?? place.entityId, name: sp.text };
  }
  return best;
}

/** Place from the previous meeting or the dateline; weekday-only dates resolved and held meetings dated by the article. */
function fillFromArticle(ctx: DocContext, meetings: DocMeeting[]): void {
  // The place of the meeting before (same status: a planned meeting is not where the held one was), else the dateline.
  const prevPlace = new Map<MeetingStatus, { place: PlaceValue; pos: number }>();
  const dateline: PlaceValue[] = ctx.dateline.map((d) => ({ entityId: d.entityId, name: d.name, rank: countryOf(d.name) ? 1 : 2, country: d.country ?? countryOf(d.name) ?? capitalCountry(d.name) }));
  const datelineCity = (country?: string): PlaceValue | undefined => dateline.find((d) => d.rank === 2 && (!country || !d.country || d.country === country));
  // Cities written as places in the article, in order ("रियो पहुंचे", "मस्कट में").
  const placeMentions: { pos: number; place: PlaceValue; future: boolean }[] = [];
  for (const s of ctx.sentences) {
    const p = sentencePlace(ctx.text, s, s.start);
    if (p && p.rank === 2 && movedTo(ctx, s, p)) { placeMentions.push({ pos: s.start, place: p, future: movesLater(ctx, s, p) }); continue; }
    // "Putin, who met Modi in Kazan last October, arrived in New Delhi": the city arrived in, not the first one named.
    for (const sp of s.spans) {
      if (sp.label !== 'LOCATION' || placeRank(sp) !== 2 || (p && sp.text === p.name)) continue;
      const q: PlaceValue = { entityId: sp.entityId, name: sp.text, rank: 2, country: spanCountry(sp) };
      if (movedTo(ctx, s, q)) { placeMentions.push({ pos: s.start, place: q, future: movesLater(ctx, s, q) }); break; }
    }
  }
  // The one city of a country the article names (as a place or not): "ओमान" -> "मस्कट".
  const articleCity = (country?: string): PlaceValue | undefined => {
    if (!country) return undefined;
    const found = new Map<string, PlaceValue>();
    for (const s of ctx.sentences) for (const sp of s.spans) {
      if (sp.label !== 'LOCATION' || placeRank(sp) !== 2 || spanCountry(sp) !== country) continue;
      const v: PlaceValue = { entityId: sp.entityId, name: sp.text, rank: 2, country };
      found.set(placeKey(v), v);
    }
    return found.size === 1 ? [...found.values()][0] : undefined;
  };
  // The city of a country the article names most (twice or more): "मस्कट" thrice and "दुक्म" once.
  const mainCity = (country?: string): PlaceValue | undefined => {
    if (!country) return undefined;
    const counts = new Map<string, { v: PlaceValue; n: number }>();
    for (const s of ctx.sentences) for (const sp of s.spans) {
      if (sp.label !== 'LOCATION' || placeRank(sp) !== 2 || spanCountry(sp) !== country) continue;
      const v: PlaceValue = { entityId: sp.entityId, name: sp.text, rank: 2, country };
      const c = counts.get(placeKey(v));
      if (c) c.n++;
      else counts.set(placeKey(v), { v, n: 1 });
    }
    const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
    return ranked[0] && ranked[0].n >= 2 && (!ranked[1] || ranked[1].n < ranked[0].n) ? ranked[0].v : undefined;
  };
  for (const m of meetings) {
    if (m.partial) continue;
    const first = Math.min(...m.mentions.map((x) => x.start));
    if (!m.place && m.status !== 'past') {
      let fromDateline: PlaceValue | undefined = dateline.length === 1 ? dateline[0] : dateline.find((d) => meetings.some((o) => o.place && placeKey(o.place) === placeKey(d))) ?? dateline[0];
      // A visit abroad beats the reporter's home city: "नई दिल्ली। ... मोदी रूस की दो दिवसीय यात्रा पर हैं".
      const visit = ctx.visitPlace;
      const visitCountry = visit ? visit.country ?? countryOf(visit.name) : undefined;
      const datelineCountry = fromDateline?.country;
      if (visit && (!fromDateline || (visitCountry && (!datelineCountry || datelineCountry === 'IN') && datelineCountry !== visitCountry))) {
        fromDateline = { entityId: visit.entityId, name: visit.name, rank: countryOf(visit.name) ? 1 : 2, country: visitCountry };
      }
      const prev = prevPlace.get(m.status);
      // The place of the meeting before holds only until the article names another city ("इसके बाद वे रियो पहुंचे").
      // Without a meeting before, a city the article went to before this meeting beats the reporter's dateline
      // ("NEW DELHI: Modi arrived in Brasilia ... Modi held talks with Lula", "X चिंगदाओ जाएंगे। वहां उनके Y से मिलने की संभावना है").
      // A trip still to come ("इसके बाद वे ब्रासीलिया जाएंगे") places only planned meetings.
      const usable = placeMentions.filter((x) => m.status === 'planned' || !x.future);
      const moved = prev ? [...usable].reverse().find((x) => x.pos > prev.pos && x.pos <= first && placeKey(x.place) !== placeKey(prev.place))
        : [...usable].reverse().find((x) => x.pos <= first && first - x.pos <= MOVED_REACH);
      const inferred = moved?.place ?? prev?.place ?? fromDateline;
      // The city carries over, not the building of the meeting before ("हैदराबाद हाउस" ... "होटल में उनसे मुलाकात").
      if (inferred) { const { venue: _venue, ...city } = inferred; m.place = city; m.placeInferred = true; }
    }
    if (m.place && m.place.rank === 3 && !m.place.venue) {
      // "हैदराबाद हाउस में": report the city (from the dateline, else the article or the visit) and keep the venue.
      const visit = ctx.visitPlace;
      const visitCountry = visit ? visit.country ?? countryOf(visit.name) : undefined;
      const visitPlace: PlaceValue | undefined = visit && !m.place.country ? { entityId: visit.entityId, name: visit.name, rank: countryOf(visit.name) ? 1 : 2, country: visitCountry } : undefined;
      // A city-state ("सिंगापुर") is its own city: a dateline of the venue's country serves.
      const sameCountry = m.place.country ? dateline.find((d) => d.country === m.place?.country) : undefined;
      const capital = m.place.country ? CAPITALS[m.place.country] : undefined;
      const capitalPlace: PlaceValue | undefined = capital ? { name: /[a-z]/i.test(m.place.name) ? capital[1] : capital[0], rank: 2, country: m.place.country } : undefined;
      // A visit to a country ("ओमान दौरा") stands for its main city, else its capital.
      // (A city-state, "सिंगापुर", is its own capital: the visit place itself then.)
      const capitalOfVisit = visitCountry && CAPITALS[visitCountry] && !CAPITALS[visitCountry].some((n) => nameKey(n) === nameKey(visitPlace?.name ?? '')) ? CAPITALS[visitCountry] : undefined;
      const visitCity = visitPlace && visitPlace.rank === 1 && visitCountry ? mainCity(visitCountry) ?? (capitalOfVisit ? { name: capitalOfVisit[isLatin(m.place.name) ? 1 : 0], rank: 2, country: visitCountry } : undefined) : undefined;
      const city = datelineCity(m.place.country) ?? articleCity(m.place.country ?? visitCountry) ?? sameCountry ?? visitCity ?? visitPlace ?? capitalPlace;
      if (city) m.place = { ...city, venue: { entityId: m.place.entityId, name: m.place.name } };
    } else if (m.place && m.place.rank === 1 && m.place.country) {
      // "नेपाल दौरे पर ... मिले" with the dateline "काठमांडू": the city in that country; else the one city of it the article names.
      const city = dateline.find((d) => d.rank === 2 && d.country === m.place?.country) ?? articleCity(m.place.country) ?? mainCity(m.place.country);
      if (city) m.place = { ...city };
    }
    if (m.place && m.place.rank === 2 && !m.place.venue) m.place = fullestName(ctx, dateline, m.place);
    if (m.place && m.status !== 'past') prevPlace.set(m.status, { place: m.place, pos: first });
    const docDate = ctx.docDate;
    if (m.date && !m.date.value && m.date.weekday && docDate?.value) {
      const v = resolveWeekday(docDate.value, m.date.weekday, m.status === 'planned');
      if (v) m.date = { ...m.date, value: v, precision: 'day' };
    } else if (m.date?.value?.startsWith('--') && docDate?.value) {
      m.date = { ...m.date, value: docDate.value.slice(0, 4) + m.date.value.slice(1) };
    }
    if (!m.date && m.status === 'held' && docDate) { m.date = { ...docDate }; m.dateInferred = true; }
  }
}
