/**
 * Meeting candidates of one sentence: triggers, argument groups (names joined by और/and, with
 * their case marker), role phrases and pronouns resolved, and who met whom per trigger.
 */
import type { EntitySpan } from '../model';
import type { DocContext, PersonRef, SentenceInfo } from './docContext';
import { roleBefore } from './docContext';
import { countryList, PLURAL_ROLES, resolveRole } from './roles';
import {
  BOTH_PHRASES, COORDINATORS, MARKERS, RECEIVED_NOUNS, ROLES, STANDALONE_TITLES, SUBJECT_PRONOUNS, SUBJECT_PRONOUNS_ERG, TITLES, TRIGGERS,
  type Marker, type TriggerDef,
} from './lexicon';
import { eachForm, findWord, isLatin, skipSpace, wordAt } from './textUtil';

export type AtomKind = 'person' | 'role' | 'pronoun' | 'both';

interface Atom {
  start: number;
  end: number;
  refs: PersonRef[];
  kind: AtomKind;
  /** The atom carries its own ergative ("उन्होंने"): it closes its group as a subject. */
  erg?: boolean;
  /** The atom carries its own genitive ("उनकी मेज़बानी"): the object of a welcome word. */
  gen?: string;
  /** The atom carries its own "से" ("उनसे"): the object of a meeting verb. */
  withSe?: boolean;
}

export interface ArgGroup {
  start: number;
  end: number;
  members: PersonRef[];
  /** At least one member named in the sentence (a PERSON span or a resolved role phrase). */
  explicit: boolean;
  /** Every member comes from "दोनों नेताओं" (the participants of the last meeting). */
  bothOnly: boolean;
  /** Members listed with a coordinator ("A और B", "A, B") or a plural role ("X और Y के रक्षा मंत्रियों"). */
  listed?: boolean;
  marker: Marker;
  markerForm: string;
  markerEnd: number;
}

export interface TriggerHit {
  start: number;
  end: number;
  def: TriggerDef;
}

export interface SentenceState {
  /** Subject of the previous sentences (for उन्होंने / he, and a missing subject). */
  subject?: PersonRef;
  /** Participants of the meeting last reported in the document (for दोनों नेताओं). */
  lastParticipants?: PersonRef[];
  /** Participants of every meeting reported so far in the document, in order. */
  recentParticipants?: PersonRef[][];
  /** Two people named together before any meeting ("मोदी और शी के बीच रिश्तों ..."): who "दोनों नेता" are until then. */
  pairNamed?: PersonRef[];
  /** This sentence's subject is a person the tagger missed: no falling back to the running subject. */
  unknownSubject?: boolean;
}

export interface RawCandidate {
  trigger: TriggerHit;
  participants: PersonRef[];
  /** Full frame with two or more participants named or pointed to in the sentence. */
  complete: boolean;
  /** Built only from दोनों नेताओं / a single participant / no participant: a further mention of a known meeting. */
  attach: boolean;
  subject?: PersonRef;
  /** Counterparts that came from a role phrase rather than a name (lower confidence). */
  resolvedRole: boolean;
  /** Case marker of the counterpart ("से", "के साथ"), when there is one. */
  objectForm?: string;
  /** "दोनों नेता ... मिले थे": the people of the last meeting as the plain subject of a meeting verb. */
  bothSubject?: boolean;
}

const TRIGGER_FORMS = TRIGGERS.map((t) => t.form);
const TRIGGER_BY_FORM = new Map<string, TriggerDef>();
for (const t of TRIGGERS) if (!TRIGGER_BY_FORM.has(t.form)) TRIGGER_BY_FORM.set(t.form, t);

const ATTENDED_BEFORE = /\b(?:attend(?:ed|s|ing)?|address(?:ed|es|ing)?|participat(?:ed|es|ing) in|took part in|takes? part in|taking part in|chair(?:ed|s|ing)?|sidelines of)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\p{M}0-9'’-]+\s+){0,5}$/iu;
const MULTILATERAL_BEFORE = /(?:एससीओ|शंघाई सहयोग संगठन|ब्रिक्स|जी-?20|जी-?7|आसियान|क्वाड|सार्क|बिम्सटेक|संयुक्त राष्ट्र|सुरक्षा परिषद|नाटो|पूर्वी एशिया|राष्ट्रमंडल)[^।.]{0,25}$/u;
const ATTENDED_AFTER = /^\s*में\s+(?:भी\s+)?(?:भाग|हिस्सा|शामिल|शिरकत|उपस्थित|मौजूद)/u;
const GATHERING_NOUNS = new Set(['बैठक', 'बैठकों', 'सम्मेलन', 'meeting']);
const GATHERING_BEFORE = /(?:(?:मंत्रियों|प्रमुखों|सदस्यों|सदस्य देशों|राष्ट्राध्यक्षों|नेताओं) की|मंत्रिस्तरीय|मंत्री स्तरीय|स्तरीय|ministers'?|leaders'?)\s*$/u;
const BAAT_VERBS = ['की', 'हुई', 'हुईं', 'हुआ', 'करेंगे', 'करेगी', 'करेंगी', 'करेगा', 'करते', 'कर', 'होगी', 'कीं', 'करने'];
const ERG_PRONOUNS = new Set(SUBJECT_PRONOUNS_ERG);
const BOTH_FORMS = [...BOTH_PHRASES, 'दोनों'].sort((a, b) => b.length - a.length);
const BOTH_ROLE: [RegExp, string][] = [
  [/रक्षा ?मंत्रि|रक्षा मंत्री|defence ministers/u, 'defence minister'], [/विदेश ?मंत्रि|विदेश मंत्री|foreign ministers/u, 'foreign minister'],
  [/प्रधानमंत्रि/u, 'prime minister'], [/राष्ट्रपतियों/u, 'president'], [/नौसेना प्रमुख/u, 'navy chief'], [/वायुसेना प्रमुख/u, 'air chief'], [/सेना प्रमुख/u, 'army chief'],
  [/मंत्रियों|मंत्री|ministers/u, 'minister'], [/प्रमुखों|chiefs/u, 'chief'],
];
const POSSESSIVE_PRONOUNS = ['उनकी', 'उनका', 'उनके'];
const MEETING_NOUNS = ['मुलाकात', 'मुलाक़ात', 'बैठक', 'वार्ता', 'भेंट', 'बातचीत', 'मीटिंग'];
const WELCOME_NOUNS = ['मेजबानी', 'मेज़बानी', 'स्वागत', 'अगवानी'];
const NOT_BOTH_FOLLOWERS = ['देशों', 'देश', 'के', 'की', 'ओर', 'तरफ', 'पक्ष'];

/** Trigger words of the sentence (longest match wins; none inside an EVENT span). */
export function findTriggers(text: string, s: SentenceInfo): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const events = s.spans.filter((e) => e.label === 'EVENT');
  eachForm(text, TRIGGER_FORMS, s.start, s.end, (start, matched) => {
    const def = TRIGGER_BY_FORM.get(matched.toLowerCase());
    if (!def) return;
    const end = start + matched.length;
    if (hits.some((h) => h.start < end && start < h.end)) return;
    if (events.some((e) => e.start <= start && end <= e.end)) return;
    // "जी20 विदेश मंत्रियों की बैठक", "मंत्रिस्तरीय बैठक": a gathering that is the occasion, not a meeting of two.
    if (GATHERING_NOUNS.has(def.form) && GATHERING_BEFORE.test(text.slice(Math.max(s.start, start - 24), start))) return;
    // "The Modi-Putin talks", "the Modi-Xi summit": bare "talks"/"summit" only right after the names of the two.
    if ((def.form === 'talks' || def.form === 'summit') && !hyphenPairBefore(text, s, start)) return;
    // "X and Y attended the SCO Council meeting": a gathering they attended, not a meeting of the two.
    if ((def.form === 'meeting' || def.form === 'meetings') && ATTENDED_BEFORE.test(text.slice(Math.max(s.start, start - 60), start))
      && !/^\s*(?:with|between)\b/iu.test(text.slice(end, end + 10))) return;
    // "मोदी और पुतिन ने एससीओ की बैठक में हिस्सा लिया": a gathering of a multilateral body they attended, not a meeting of the two.
    if (def.kind === 'noun' && def.lang === 'hi' && MULTILATERAL_BEFORE.test(text.slice(Math.max(s.start, start - 40), start)) && ATTENDED_AFTER.test(text.slice(end, end + 30))) return;
    if (def.kind === 'verb' && def.lang === 'hi') {
      const next = skipSpace(text, end, s.end);
      if (RECEIVED_NOUNS.some((w) => wordAt(text, next, w))) return;
    }
    if (def.form === 'बात') {
      const next = skipSpace(text, end, s.end);
      if (!BAAT_VERBS.some((v) => wordAt(text, next, v))) return;
    }
    hits.push({ start, end, def });
  });
  return hits.sort((a, b) => a.start - b.start);
}

/** "Modi-Putin" right before `pos`: two names joined by a hyphen or dash. */
function hyphenPairBefore(text: string, s: SentenceInfo, pos: number): boolean {
  const persons = s.spans.filter((x) => x.label === 'PERSON' && x.end <= pos);
  const last = persons.find((x) => /^\s*$/u.test(text.slice(x.end, pos)) && pos - x.end <= 2);
  return !!last && persons.some((y) => y.end <= last.start && /^\s*[-–]\s*$/u.test(text.slice(y.end, last.start)));
}

function overlapsAny(start: number, end: number, ranges: { start: number; end: number }[]): boolean {
  return ranges.some((r) => r.start < end && start < r.end);
}

/** PERSON spans, role phrases without a name, pronouns and "both" phrases of the sentence. */
function findAtoms(ctx: DocContext, s: SentenceInfo, state: SentenceState): Atom[] {
  const text = ctx.text;
  const atoms: Atom[] = [];
  state.unknownSubject = false;
  const persons: EntitySpan[] = [];
  let coveredTo = -1;
  for (const sp of s.spans) {
    // Spans come sorted by start (longest first): skip those nested in the previous person.
    if (sp.label !== 'PERSON' || sp.end <= coveredTo) continue;
    persons.push(sp);
    coveredTo = sp.end;
  }
  for (const p of persons) {
    const ref = ctx.personOf.get(p);
    if (ref) atoms.push({ start: p.start, end: p.end, refs: [ref], kind: 'person' });
  }
  // "ईरान और कजाखस्तान के रक्षा मंत्रियों से": a plural role after a list of countries names one person per country.
  for (const [form, role] of PLURAL_ROLES) {
    for (const at of findWord(text, form, s.start, s.end)) {
      if (overlapsAny(at, at + form.length, atoms)) continue;
      const list = countryList(text, Math.max(s.start, at - 90), at);
      if (!list || list.countries.length < 2) continue;
      const refs = dedupe(list.countries.map((c) => resolveRole(ctx, role, c, undefined)).filter((r): r is PersonRef => !!r));
      if (refs.length > 0) atoms.push({ start: list.start, end: at + form.length, refs, kind: 'role' });
    }
  }
  // Role phrases that are not a title of a following name: "अपने रूसी समकक्ष", "Russian counterpart".
  for (const r of ROLES) {
    for (const at of findWord(text, r.form, s.start, s.end, isLatin(r.form))) {
      const end = at + r.form.length;
      if (overlapsAny(at, end, persons) || overlapsAny(at, end, atoms)) continue;
      if (titleOfNextName(text, end, s.end, persons)) continue;
      const info = roleBefore(text, end);
      const ref = resolveRole(ctx, info?.role ?? r.role, info?.country, state.subject);
      if (ref) atoms.push({ start: info?.start ?? at, end, refs: [ref], kind: 'role' });
    }
  }
  const lower = new Set(SUBJECT_PRONOUNS.filter((p) => isLatin(p)));
  for (const p of [...SUBJECT_PRONOUNS_ERG, ...SUBJECT_PRONOUNS]) {
    for (const at of findWord(text, p, s.start, s.end, lower.has(p))) {
      if (overlapsAny(at, at + p.length, atoms)) continue;
      atoms.push({ start: at, end: at + p.length, refs: [], kind: 'pronoun', erg: ERG_PRONOUNS.has(p) });
    }
  }
  // "उनकी मुलाकात X से होगी": a possessive pronoun right before a meeting noun is its subject.
  for (const p of POSSESSIVE_PRONOUNS) {
    for (const at of findWord(text, p, s.start, s.end)) {
      const next = skipSpace(text, at + p.length, s.end);
      if (!MEETING_NOUNS.some((w) => wordAt(text, next, w)) || overlapsAny(at, at + p.length, atoms)) continue;
      atoms.push({ start: at, end: at + p.length, refs: [], kind: 'pronoun' });
    }
  }
  // "X आए, जहां मोदी ने उनकी मेज़बानी की": a possessive pronoun right before a welcome word is the guest.
  for (const p of POSSESSIVE_PRONOUNS) {
    for (const at of findWord(text, p, s.start, s.end)) {
      const next = skipSpace(text, at + p.length, s.end);
      const noun = WELCOME_NOUNS.find((w) => wordAt(text, next, w));
      if (!noun || overlapsAny(at, at + p.length, atoms)) continue;
      // "उनकी मेज़बानी की", not "उनके स्वागत के लिए ... मौजूद रहे".
      if (!/^\s*(?:भी\s+)?(?:की|किया|कीं|करेंगे|करेंगी|करेगा|करेगी|करते|करती|कर)(?![\p{L}\p{M}])/u.test(text.slice(next + noun.length, next + noun.length + 16))) continue;
      atoms.push({ start: at, end: at + p.length, refs: [], kind: 'pronoun', gen: p.slice(-2) });
    }
  }
  // "X ने भी होटल में उनसे मुलाकात की": an object pronoun before a meeting word.
  for (const at of findWord(text, 'उनसे', s.start, s.end)) {
    const rest = text.slice(at + 4, Math.min(s.end, at + 40));
    if (overlapsAny(at, at + 4, atoms) || !/^\s*(?:भी\s+)?(?:(?:[\p{L}\p{M}]+\s+){0,2})?(?:मुलाकात|मुलाक़ात|भेंट|मिल|बातचीत|वार्ता|बात)/u.test(rest)) continue;
    atoms.push({ start: at, end: at + 4, refs: [], kind: 'pronoun', withSe: true });
  }
  const named = atoms.filter((a) => a.kind === 'person');
  for (const p of BOTH_FORMS) {
    for (const at of findWord(text, p, s.start, s.end, isLatin(p))) {
      if (overlapsAny(at, at + p.length, atoms)) continue;
      if (p === 'दोनों') {
        const next = skipSpace(text, at + p.length, s.end);
        if (NOT_BOTH_FOLLOWERS.some((w) => wordAt(text, next, w))) continue;
      }
      // "मार्कोस ने मोदी को ... जब दोनों नेताओं की मुलाकात हुई थी": the two named earlier in the sentence, else the last meeting's people.
      const before = dedupe(named.filter((a) => a.end <= at).flatMap((a) => a.refs));
      const last = state.lastParticipants ?? state.pairNamed;
      let refs = before.length === 2 ? before : last && last.length >= 2 ? last : undefined;
      // "दोनों रक्षा मंत्रियों": the two of the article with that role, when the last meeting's people are not both such.
      const role = BOTH_ROLE.find(([re]) => re.test(p))?.[1];
      const fits = (r: PersonRef): boolean => !!r.role && (role === 'minister' ? r.role.includes('minister') : role === 'chief' ? r.role.includes('chief') : r.role === role);
      if (role && before.length !== 2 && !(refs && refs.length === 2 && refs.every(fits))) {
        // The latest earlier meeting of two such people, else the only two such people of the article.
        const recent = [...(state.recentParticipants ?? [])].reverse().find((ps) => ps.length === 2 && ps.every(fits));
        const withRole = [...ctx.people.values()].filter(fits);
        const fromLast = (state.lastParticipants ?? []).filter(fits);
        if (fromLast.length === 2) refs = fromLast;
        else if (recent) refs = recent;
        else if (withRole.length === 2) refs = withRole;
      }
      if (refs) atoms.push({ start: at, end: at + p.length, refs, kind: 'both' });
    }
  }
  atoms.sort((a, b) => a.start - b.start);
  // Resolve pronouns: the nearest earlier ergative name in the sentence ("X ने कहा कि उन्होंने"), else the running subject.
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    if (a.kind !== 'pronoun') continue;
    let ref: PersonRef | undefined;
    if (a.withSe) {
      // Not the sentence's own subject: the running subject, else the other person of the last meeting.
      const subjects = new Set(atoms.filter((b) => b.kind === 'person' && b.end <= a.start && markerAfter(text, b.end).kind === 'erg').flatMap((b) => b.refs.map((r) => r.id)));
      const others = (state.lastParticipants ?? []).filter((p) => !subjects.has(p.id));
      ref = state.subject && !subjects.has(state.subject.id) ? state.subject : others.length === 1 ? others[0] : undefined;
      a.refs = ref ? [ref] : [];
      continue;
    }
    if (a.gen) {
      // The guest is not the host: the first other person named before, else the running subject.
      const hosts = new Set(atoms.filter((b) => b.kind === 'person' && b.end <= a.start && markerAfter(text, b.end).kind === 'erg').flatMap((b) => b.refs.map((r) => r.id)));
      const guest = atoms.find((b) => b.kind === 'person' && b.end <= a.start && b.refs.length === 1 && !hosts.has(b.refs[0].id));
      ref = guest?.refs[0] ?? (state.subject && !hosts.has(state.subject.id) ? state.subject : undefined);
      a.refs = ref ? [ref] : [];
      continue;
    }
    for (let j = i - 1; j >= 0 && !ref; j--) {
      const b = atoms[j];
      if (b.kind === 'person' && b.refs.length === 1 && markerAfter(text, b.end).kind === 'erg') ref = b.refs[0];
    }
    // "X अगले सप्ताह मॉस्को जाएंगे, जहां वे Y से मिलेंगे": the unmarked name opening the sentence, before a clause break.
    const first = atoms[0];
    if (!ref && first && first !== a && first.kind === 'person' && first.refs.length === 1 && first.start - s.start <= 60
      && markerAfter(text, first.end).kind === 'none' && !/^\s*(?:और|एवं|तथा|and|,|-|–|\/)/u.test(text.slice(first.end, first.end + 6))
      && /[,;]|\s(?:जहां|जहाँ|जिसके|where|and)\s/u.test(text.slice(first.end, a.start))) ref = first.refs[0];
    // "सुल्तान हैसम दिसंबर में आए थे, जब उन्होंने मोदी से मुलाकात की थी": the main clause's subject, a titled name the tagger missed, not the running subject.
    if (!ref && untaggedMainSubject(text, s, a.start, atoms)) { a.refs = []; state.unknownSubject = true; continue; }
    ref ??= state.subject;
    a.refs = ref ? [ref] : [];
  }
  return atoms.filter((a) => a.refs.length > 0);
}

const TITLE_LEAD = new RegExp(`^\\s*(?:${[...STANDALONE_TITLES, ...ROLES.map((r) => r.form), 'राष्ट्रपति', 'प्रधानमंत्री'].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+[\\p{L}\\p{M}]`, 'iu');

/** The pronoun stands in a "जब/जहां/when" clause whose main clause opens with a title and a name nobody tagged. */
function untaggedMainSubject(text: string, s: SentenceInfo, at: number, atoms: Atom[]): boolean {
  const lead = text.slice(s.start, at);
  const cut = lead.search(/,?\s(?:जब|जहां|जहाँ|when|where)\s+$/u);
  if (cut < 0) return false;
  return TITLE_LEAD.test(lead.slice(0, cut)) && !atoms.some((b) => b.kind === 'person' && b.start < s.start + cut);
}

/** A role phrase followed (after titles) directly by a name is that name's title, not a mention of its own. */
function titleOfNextName(text: string, end: number, limit: number, persons: EntitySpan[]): boolean {
  let p = skipSpace(text, end, limit);
  for (let changed = true; changed;) {
    changed = false;
    for (const t of TITLES) {
      if (wordAt(text, p, t, isLatin(t))) { p = skipSpace(text, p + t.length, limit); changed = true; break; }
    }
    // "(एमओएस)" style abbreviations in brackets.
    const br = /^\([^)]{1,20}\)\s*/u.exec(text.slice(p, p + 24));
    if (br) { p += br[0].length; changed = true; }
  }
  return persons.some((s) => s.start === p) || /^[\p{Lu}]/u.test(text.slice(p, p + 1)) && persons.some((s) => s.start >= p && s.start - p < 3);
}

export function markerAfter(text: string, pos: number, limit = text.length): { kind: Marker; form: string; end: number } {
  const p = skipSpace(text, pos, limit);
  for (const m of MARKERS) {
    if (wordAt(text, p, m.form)) return { kind: m.kind, form: m.form, end: p + m.form.length };
  }
  return { kind: 'none', form: '', end: pos };
}

const NAME_TAIL_STOP = /^(?:ने|से|को|में|पर|का|की|के|और|भी|ही|तो|था|थी|थे|है|हैं|ने|एवं|तथा|व|गुरुवार|शुक्रवार|शनिवार|रविवार|सोमवार|मंगलवार|बुधवार|आज|कल)$/u;

/** The case marker after a name, allowing one or two words of a name the tagger cut short ("बेकबोलोटोव बी असांकेलिविच के साथ"). */
function markerAfterName(text: string, pos: number, limit: number): { kind: Marker; form: string; end: number } {
  const m = markerAfter(text, pos, limit);
  if (m.kind !== 'none') return m;
  let p = pos;
  for (let k = 0; k < 2; k++) {
    const w = /^\s+([\p{L}\p{M}]+)/u.exec(text.slice(p, Math.min(limit, p + 40)));
    if (!w || NAME_TAIL_STOP.test(w[1])) break;
    p += w[0].length;
    const n = markerAfter(text, p, limit);
    if (n.kind === 'erg' || n.kind === 'between' || (n.kind === 'with' && n.form !== 'से')) return n;
  }
  return m;
}

const CLAUSE_WORDS = /(^|\s)(ने|से|को|में|पर|साथ|बीच|कहा|किया|की थी|है|हैं|था|थे|with|met|said|to|in|at|on|by)(\s|$)/iu;

/** The text between two names makes one group: "और", ",", "-", "and", optionally with the next name's title. */
function joins(between: string): boolean {
  const t = between.trim();
  if (t === '') return true;
  if (t.length > 70 || /[।.;:!?]/.test(t)) return false;
  const coord = COORDINATORS.find((c) => t === c || t.startsWith(c + ' ') || (/^[,\-–/&]$/.test(c) && t.startsWith(c)));
  if (!coord) return false;
  const rest = t.slice(coord.length).replace(/^\s*(और|and)\s*/u, '');
  return !CLAUSE_WORDS.test(rest);
}

export function groupAtoms(text: string, atoms: Atom[], limit: number): ArgGroup[] {
  const groups: ArgGroup[] = [];
  let cur: ArgGroup | undefined;
  const ergEnds = new Set<number>();
  const genEnds = new Map<number, string>();
  const seEnds = new Set<number>();
  for (const a of atoms) {
    // "उन्होंने करीम अहमद और वांग ली से": the pronoun is the subject, the names after it the objects.
    // "उन्होंने और X ने" stays one subject.
    const gap = cur ? text.slice(cur.end, a.start) : '';
    if (cur && !(ergEnds.has(cur.end) && gap.trim() === '') && joins(gap)) {
      if (gap.trim() !== '') cur.listed = true;
      cur.end = a.end;
      for (const r of a.refs) if (!cur.members.some((m) => m.id === r.id)) cur.members.push(r);
      cur.explicit ||= a.kind === 'person' || a.kind === 'role';
      cur.bothOnly &&= a.kind === 'both';
      continue;
    }
    cur = { start: a.start, end: a.end, members: [...a.refs], explicit: a.kind === 'person' || a.kind === 'role', bothOnly: a.kind === 'both', marker: 'none', markerForm: '', markerEnd: a.end };
    if (a.erg) ergEnds.add(a.end);
    if (a.gen) genEnds.set(a.end, a.gen);
    if (a.withSe) seEnds.add(a.end);
    if (a.kind === 'role' && a.refs.length > 1) cur.listed = true;
    groups.push(cur);
  }
  for (const g of groups) {
    if (ergEnds.has(g.end)) {
      g.marker = 'erg';
      g.markerForm = 'ने';
      g.markerEnd = g.end;
      continue;
    }
    if (seEnds.has(g.end)) {
      g.marker = 'with';
      g.markerForm = 'से';
      g.markerEnd = g.end;
      continue;
    }
    const gen = genEnds.get(g.end);
    if (gen) {
      g.marker = 'gen';
      g.markerForm = gen;
      g.markerEnd = g.end;
      continue;
    }
    const m = markerAfterName(text, g.end, limit);
    g.marker = m.kind;
    g.markerForm = m.form;
    g.markerEnd = m.end;
  }
  return groups;
}

/** Groups of two or more people named together before ने ("X और Y ने ..."), for sentences without a trigger. */
export function jointSubjects(ctx: DocContext, s: SentenceInfo, state: SentenceState): PersonRef[][] {
  if (s.spans.filter((x) => x.label === 'PERSON').length < 2) return [];
  return groupAtoms(ctx.text, findAtoms(ctx, s, state), s.end).filter((g) => g.marker === 'erg' && g.explicit && g.members.length >= 2).map((g) => g.members);
}

/** Candidates of one sentence, one per trigger (or per counterpart for lists). */
export function sentenceCandidates(ctx: DocContext, s: SentenceInfo, state: SentenceState): { candidates: RawCandidate[]; groups: ArgGroup[]; triggers: TriggerHit[] } {
  const text = ctx.text;
  const triggers = findTriggers(text, s);
  const listed = PARTICIPATED_IN.exec(text.slice(s.start, s.end));
  if (triggers.length === 0 && !listed) return { candidates: [], groups: [], triggers };
  const groups = groupAtoms(text, findAtoms(ctx, s, state), s.end);
  const out: RawCandidate[] = [];
  // "... की बैठक हुई, जिसमें A, B और C शामिल हुए": one meeting of everyone listed.
  const multi = listed ? participantList(text, s, groups, s.start + listed.index, s.start + listed.index + listed[0].length) : undefined;
  if (multi) {
    const known = triggers.find((t) => t.start === multi.trigger.start);
    if (!known) { triggers.push(multi.trigger); triggers.sort((a, b) => a.start - b.start); }
  }
  let segStart = s.start;
  for (let k = 0; k < triggers.length; k++) {
    const t = triggers[k];
    const segEnd = k + 1 < triggers.length ? triggers[k + 1].start : s.end;
    const cands = t.def.lang === 'en' ? englishFrame(text, groups, t, segStart, segEnd, state) : hindiFrame(text, groups, t, segStart, segEnd, state, (p) => resolveRole(ctx, 'counterpart', undefined, p));
    if (multi && t.start === multi.trigger.start) {
      // "X ने Y के साथ वार्ता की, जिसमें A और B भी शामिल हुए": the people of the trigger's own frame and those listed.
      const own = cands.filter((c) => c.complete && !c.participants.some((p) => multi.members.some((q) => q.id === p.id))).flatMap((c) => c.participants);
      out.push({ trigger: t, participants: dedupe([...own, ...multi.members]), complete: true, attach: false, resolvedRole: false, objectForm: 'के साथ' });
      segStart = t.end;
      continue;
    }
    out.push(...cands);
    segStart = t.end;
  }
  return { candidates: out, groups, triggers };
}

/** A meeting noun, then within the clause "जिसमें"/"in which": the noun and where the list starts. */
const PARTICIPATED_IN = /(बैठक|मीटिंग|वार्ता|meeting|talks)(?:[^।.;]{0,40}?(?:,\s*)?(?:जिसमें|जिनमें|जिसमे|in which|which was attended by|attended by)|\s+में)\s/iu;
const PARTICIPATED_AFTER = /^\s*(?:भी\s+)?(?:शामिल|ने भाग|ने हिस्सा|भाग ले|हिस्सा ले|मौजूद|उपस्थित|participated|took part|were present|attended)/u;

/** The people listed after "जिसमें" who took part (two or more), with the meeting noun as the trigger. */
function participantList(text: string, s: SentenceInfo, groups: ArgGroup[], from: number, listStart: number): { trigger: TriggerHit; members: PersonRef[] } | undefined {
  const g = groups.find((x) => x.start >= listStart && x.start - listStart <= 50);
  if (!g || g.members.length < 2 || !g.explicit) return undefined;
  const english = /[a-z]/i.test(text[from]);
  const after = text.slice(g.marker === 'erg' ? g.end : g.markerEnd > g.end ? g.markerEnd : g.end, s.end);
  const inGroup = g.marker === 'erg' ? text.slice(g.end, g.end + 30) : after;
  if (!english && !PARTICIPATED_AFTER.test(inGroup) && !(g.marker === 'erg' && /^\s*ने\s+(?:भाग|हिस्सा)/u.test(inGroup))) return undefined;
  const noun = /^[\p{L}\p{M}]+/u.exec(text.slice(from))?.[0] ?? '';
  const def = TRIGGER_BY_FORM.get(noun.toLowerCase()) ?? TRIGGER_BY_FORM.get(english ? 'meeting' : 'बैठक');
  if (!def) return undefined;
  // "X ने ... बैठक में भाग लिया, जिसमें A, B और C शामिल हुए": X took part too.
  const host = [...groups].reverse().find((x) => x.end <= from && x.start >= s.start && x.marker === 'erg' && x.explicit && /(?:भाग|हिस्सा|शामिल|participated|attended|took part)/u.test(text.slice(from, listStart)));
  return { trigger: { start: from, end: from + noun.length, def }, members: dedupe([...(host?.members ?? []), ...g.members]) };
}

function make(trigger: TriggerHit, subjectGroup: ArgGroup | undefined, subject: PersonRef[] , objects: ArgGroup[], joint: boolean, separate = false): RawCandidate[] {
  const base = subject;
  const resolvedRole = false;
  const objectMembers = dedupe(objects.flatMap((g) => g.members));
  if (separate && !joint && base.length >= 2 && objectMembers.length === 1 && !objects.every((g) => g.bothOnly)) {
    // "A और B ने X से अलग-अलग मुलाकात की": one meeting of each with X.
    const explicit = objects.some((g) => g.explicit) && !!subjectGroup?.explicit;
    return dedupe(base).filter((p) => p.id !== objectMembers[0].id).map((p) => ({ trigger, participants: [p, objectMembers[0]], complete: explicit, attach: !explicit, resolvedRole, objectForm: objects[objects.length - 1].markerForm }));
  }
  if (objects.length === 0) {
    const ps = dedupe(base);
    const complete = ps.length >= 2 && !!subjectGroup && subjectGroup.explicit;
    return [{ trigger, participants: ps, complete, attach: !complete, subject: base.length === 1 ? base[0] : undefined, resolvedRole }];
  }
  const objectForm = objects[objects.length - 1].markerForm;
  const members = objects.flatMap((g) => g.members);
  const explicitObj = objects.some((g) => g.explicit);
  if (!joint && members.length > 1 && base.length > 0) {
    // "X ने A, B और C से मुलाकात की" / "अलग-अलग द्विपक्षीय बैठक": one meeting per counterpart.
    return members.map((m) => {
      const ps = dedupe([...base, m]);
      return { trigger, participants: ps, complete: ps.length >= 2 && explicitObj, attach: !(ps.length >= 2 && explicitObj), subject: base.length === 1 ? base[0] : undefined, resolvedRole, objectForm };
    });
  }
  const ps = dedupe([...base, ...members]);
  // "A और B से मिले" with nobody to meet them: the counterparts do not meet each other.
  // ("सिंह इवानोव से मिलेंगे", two names side by side, is subject and object run together: still a meeting.)
  const withoutSubject = base.length === 0 && !joint && objects.some((g) => g.listed);
  const complete = ps.length >= 2 && !withoutSubject && (explicitObj || !!subjectGroup?.explicit) && !objects.every((g) => g.bothOnly);
  return [{ trigger, participants: ps, complete, attach: !complete, subject: base.length === 1 ? base[0] : undefined, resolvedRole, objectForm }];
}

function dedupe(ps: PersonRef[]): PersonRef[] {
  const out: PersonRef[] = [];
  for (const p of ps) if (!out.some((q) => q.id === p.id)) out.push(p);
  return out;
}

/** Words saying each counterpart was met on their own. */
const SEPARATE = /अलग|द्विपक्षीय|separate|bilateral|individually/u;

/** Words saying each side was met on their own ("bilateral" alone may be one side of two people). */
const SEPARATELY = /अलग|separate|individually/u;

/** On the sidelines of a summit: each leader met on their own unless the meeting is called joint. */
const SIDELINES = /से इतर|के इतर|के हाशिए पर|के मौके पर|sidelines/u;
const JOINT_WORDS = /त्रिपक्षीय|संयुक्त बैठक|trilateral|joint meeting/u;

const SINGLE_GATHERING = new Set(['बैठक', 'वार्ता', 'मीटिंग', 'बातचीत', 'शिखर वार्ता', 'चर्चा']);

function hindiFrame(text: string, groups: ArgGroup[], t: TriggerHit, segStart: number, segEnd: number, state: SentenceState, counterpartOf?: (p: PersonRef) => PersonRef | undefined): RawCandidate[] {
  const kind = t.def.kind;
  const before = groups.filter((g) => g.end <= t.start);
  const local = before.filter((g) => g.start >= segStart);
  let objects: ArgGroup[] = [];
  let joint = false;
  const between = local.filter((g) => g.marker === 'between');
  if (between.length > 0) { objects = [between[between.length - 1]]; joint = true; }
  else if (kind === 'welcome') {
    // "X ने Y का स्वागत किया", "Y का X ने ... स्वागत किया", "X ने Y की मेजबानी की": the nearest का-group, or a की-group right before.
    const gen = local.filter((g) => g.marker === 'gen' && (g.markerForm === 'का' || skipSpace(text, g.markerEnd) >= t.start - 2));
    objects = gen.length > 0 ? [gen[gen.length - 1]] : [];
  } else {
    objects = local.filter((g) => g.marker === 'with' && (kind !== 'together' || g.markerForm === 'से'));
  }
  if (objects.length === 0 && kind === 'noun') {
    // "उनकी मुलाकात X से होगी", "... बैठक X के साथ हुई": the counterpart right after a meeting noun.
    const after = groups.find((g) => g.start >= t.end && g.start < segEnd && g.start - t.end <= 40 && g.marker === 'with' && g.markerForm !== 'से पहले');
    if (after && /^\s*(?:हुई|हुआ|होगी|होगा|हो|होने|थी|रही|रहेगी)/u.test(text.slice(after.markerEnd, after.markerEnd + 12))) objects = [after];
  }
  if (kind === 'together' && objects.length === 0) return [];
  // Subject: the nearest ergative group before the trigger; "X की Y से मुलाकात"; an unmarked group; a name after a headline verb.
  const notObj = (g: ArgGroup): boolean => !objects.includes(g);
  // "... जब दोनों नेताओं की (पिछली) मुलाकात हुई थी": two people joined by की right before a meeting noun meet each other.
  const pairGen = objects.length === 0 && kind === 'noun'
    ? [...local].reverse().find((g) => g.members.length >= 2 && g.marker === 'gen' && t.start - g.markerEnd <= 30 && !/[,;।]/u.test(text.slice(g.markerEnd, t.start)))
    : undefined;
  if (pairGen) joint = true;
  let subjectGroup = pairGen ?? [...before].reverse().find((g) => g.marker === 'erg' && notObj(g));
  // "मोदी ने कहा कि दोनों नेता अक्टूबर में फिर मिलेंगे": the speaker before "कि" is not the subject of the reported clause.
  const ki = lastKi(text, Math.max(segStart, subjectGroup?.end ?? segStart), t.start);
  if (!pairGen && subjectGroup && ki >= 0) {
    const inner = local.find((g) => g.start > ki && notObj(g) && g.marker === 'none');
    if (inner) subjectGroup = inner;
  }
  if (!subjectGroup && objects.length > 0) {
    // The nearest unmarked name before the object, in the same clause (not across a headline's "X:").
    const first = objects[0];
    const colon = text.lastIndexOf(': ', first.start);
    // Not across another trigger's clause ("राजनाथ-दोंग जून वार्ता, बेलौसोव से भी मिले रक्षा मंत्री").
    subjectGroup = [...before].reverse().find((g) => notObj(g) && g.end <= first.start && g.start > colon && (g.start >= segStart || !/[,;]/u.test(text.slice(g.end, first.start))) && (g.marker === 'none' || (g.marker === 'gen' && genBefore(text, g.markerEnd, first.start))));
  }
  if (!subjectGroup && objects.length === 0) {
    // "X और Y की बैठक", "X-Y मुलाकात", "X और Y ... बैठक करेंगे".
    subjectGroup = [...local].reverse().find((g) => g.members.length >= 2 && (g.marker === 'gen' || g.marker === 'none' || g.marker === 'erg'));
    if (subjectGroup) joint = true;
  }
  if (!subjectGroup && t.def.kind !== 'noun') {
    // Headline: "पुतिन से मिले रक्षा मंत्री राजनाथ सिंह".
    const after = groups.find((g) => g.start >= t.end && g.start - t.end <= 30 && g.start < segEnd);
    if (after && objects.length > 0) subjectGroup = after;
  }
  if (!subjectGroup && objects.length > 0) {
    // "ट्रंप से मुलाकात के बाद जेलेंस्की ने कहा": the ergative name after the trigger, in the same clause.
    // Not when the object already holds both sides ("X और Y के बीच बैठक हुई, जिसमें दोनों ने ...").
    if (!joint) subjectGroup = groups.find((g) => g.start >= t.end && g.start < segEnd && g.marker === 'erg' && notObj(g) && !g.bothOnly);
  }
  let subject: PersonRef[] = subjectGroup ? subjectGroup.members : [];
  if (subject.length === 0 && objects.length > 0 && !joint && !state.unknownSubject && state.subject && !objects.some((g) => g.members.some((m) => m.id === state.subject?.id))) subject = [state.subject];
  if (subject.length === 1 && objects.length === 0 && kind === 'cochair' && counterpartOf) {
    // A co-chair has a counterpart: "सिंह ने 21वीं बैठक की सह-अध्यक्षता की" -> the counterpart named in the article.
    const other = counterpartOf(subject[0]);
    if (other) return [{ trigger: t, participants: [subject[0], other], complete: true, attach: false, subject: subject[0], resolvedRole: true }];
  }
  if (subject.length === 0 && objects.length === 0) {
    const any = local.filter((g) => g.marker !== 'behalf' && g.marker !== 'dat');
    const g = any[any.length - 1];
    return [{ trigger: t, participants: g ? g.members : [], complete: false, attach: true, subject: undefined, resolvedRole: false }];
  }
  if (objects.length === 0 && subject.length >= 2 && subjectGroup && !joint) joint = true;
  // "X और Y ने A और B से बातचीत की" (a 2+2 dialogue): two on each side is one meeting of all four, unless separate.
  if (!joint && subject.length >= 2 && objects.reduce((n, g) => n + g.members.length, 0) >= 2 && !SEPARATE.test(text.slice(Math.max(segStart, t.start - 40), Math.min(segEnd, t.end + 20)))) joint = true;
  // "X ने A और B के साथ बैठक की": one meeting of three; "... से मुलाकात की", "अलग-अलग/द्विपक्षीय बैठकें": one per counterpart.
  if (!joint && SINGLE_GATHERING.has(t.def.form) && objects.some((g) => g.markerForm === 'के साथ')) {
    const around = text.slice(Math.max(segStart, t.start - 40), t.end);
    // "शिखर सम्मेलन से इतर X और Y के साथ बैठक": leaders of two other countries met at a summit are separate bilaterals.
    const members = objects.flatMap((g) => g.members);
    const countries = new Set(members.map((m) => m.country).filter(Boolean));
    const sidelines = SIDELINES.test(text.slice(segStart, segEnd)) && countries.size === members.length && members.length >= 2
      && !subject.some((p) => p.country && countries.has(p.country)) && !JOINT_WORDS.test(text.slice(segStart, segEnd));
    if (!SEPARATE.test(around) && !sidelines) joint = true;
  }
  const out = make(t, subjectGroup, subject, objects, joint, SEPARATELY.test(text.slice(Math.max(segStart, t.start - 40), Math.min(segEnd, t.end + 20))));
  // "दोनों नेता इससे पहले मॉस्को में मिले थे": "both" as the plain subject of a meeting verb in its own clause.
  if (kind === 'verb' && objects.length === 0 && subjectGroup?.bothOnly && subjectGroup.marker === 'none' && !/(?:^|\s)कि(?:\s|$)|[,;]/u.test(text.slice(subjectGroup.end, t.start))) {
    for (const c of out) if (c.participants.length >= 2) c.bothSubject = true;
  }
  return out;
}

/** Where the last "कि" between `from` and `to` ends, or -1. */
function lastKi(text: string, from: number, to: number): number {
  const re = /(?:^|\s)कि(?=\s)/gu;
  const body = text.slice(from, to);
  let at = -1;
  for (let m = re.exec(body); m; m = re.exec(body)) at = from + m.index + m[0].length;
  return at;
}

/** "X की Y से", "X की रूस के रक्षा मंत्री Y के साथ": only the counterpart's title between the की and the name. */
function genBefore(text: string, markerEnd: number, objectStart: number): boolean {
  const gap = text.slice(markerEnd, objectStart);
  return gap.trim() === '' || (gap.length <= 45 && !/[,;।]|(?:^|\s)(?:ने|से|को|में|पर|और|कि)(?:\s|$)/u.test(gap));
}

/** "After talks with", "Following his meeting with", "During talks with": an opening phrase before the subject. */
const AFTER_OPENING = /(?:^|[\s,])(?:after|following|during|before|at|in)\s+(?:(?:his|her|their|the|a|bilateral|extensive|detailed|delegation-level|summit|annual)\s+)*$/iu;

function englishFrame(text: string, groups: ArgGroup[], t: TriggerHit, segStart: number, segEnd: number, state: SentenceState): RawCandidate[] {
  const before = groups.filter((g) => g.end <= t.start && g.start >= segStart - 200);
  const after = groups.filter((g) => g.start >= t.end && g.start < segEnd);
  const subjectGroup = before[before.length - 1];
  const objectGroup: ArgGroup | undefined = after[0];
  // "received Y" is a meeting only with Y right after ("received the Russian minister Y"), not "received a letter from Y".
  if (objectGroup && (t.def.form === 'received' || t.def.form === 'receives')) {
    const gap = text.slice(t.end, objectGroup.start);
    if (gap.length > 45 || /\b(?:from|call|calls|letter|message|invitation|award|support|request|report|an?)\b/iu.test(gap)) return [];
  }
  // "talks/meeting between X and Y": the people after "between" are the meeting, whoever reports it.
  if (objectGroup && objectGroup.members.length >= 2 && /^\s*(?:between\s+)?$/iu.test(text.slice(t.end, objectGroup.start)) && /between\s*$|^\s*between/iu.test(text.slice(t.start, objectGroup.start))) {
    const complete = objectGroup.explicit && !objectGroup.bothOnly;
    return [{ trigger: t, participants: dedupe(objectGroup.members), complete, attach: !complete, resolvedRole: false }];
  }
  let subject = subjectGroup ? subjectGroup.members : [];
  // "After talks with X in Moscow, Y said ...": the subject named after the opening phrase.
  if (!subjectGroup && objectGroup && AFTER_OPENING.test(text.slice(segStart, t.start))) {
    const later = after.find((g) => g.start > objectGroup.end && /,/u.test(text.slice(objectGroup.end, g.start)) && !objectGroup.members.some((m) => g.members.some((x) => x.id === m.id)));
    if (later) return make(t, later, later.members, [objectGroup], false);
  }
  const objects = objectGroup ? [objectGroup] : [];
  if (subject.length === 0 && objects.length > 0 && state.subject && !objectGroup.members.some((m) => m.id === state.subject?.id)) subject = [state.subject];
  if (subject.length === 0 && objects.length === 0) return [{ trigger: t, participants: [], complete: false, attach: true, resolvedRole: false }];
  // "meeting between X and Y", "X and Y co-chaired": one joint meeting.
  // "X and Y held talks with A and B" (a 2+2 dialogue): one meeting of all four unless separate.
  const twoByTwo = subject.length >= 2 && objects.length > 0 && objects[0].members.length >= 2 && !SEPARATE.test(text.slice(t.start, Math.min(segEnd, t.end + 80)));
  const joint = subject.length === 0 || (objects.length === 0 && subject.length >= 2) || twoByTwo;
  const out = make(t, subjectGroup, subject, objects, joint, SEPARATELY.test(text.slice(t.start, Math.min(segEnd, t.end + 80))));
  // "The two ministers had last met in New York": the last meeting's people as the subject of a meeting verb.
  if (objects.length === 0 && subjectGroup?.bothOnly) for (const c of out) if (c.participants.length >= 2) c.bothSubject = true;
  return out;
}
