/**
 * Per-document preparation for meeting extraction: usable sentences (outside boilerplate zones),
 * person identities and profiles (role, country), the dateline and the document's own date.
 */
import type { DateValue, DocumentAnalysis, EntitySpan, Range } from '../model';
import { AGENCIES, COUNTRIES, TOPIC_PHRASE_AFTER, ENGLISH_MONTHS, HINDI_MONTHS, ROLES, STANDALONE_TITLES, TITLES, WEEKDAYS } from './lexicon';
import { findDates, isLatin, nameKey, sameNameAcrossScripts, sameNameVariant, wordAt } from './textUtil';

export interface PersonRef {
  id: string;
  name: string;
  role?: string;
  country?: string;
  /** Linked to the knowledge base (has an entityId). */
  linked: boolean;
}

export interface SentenceInfo extends Range {
  index: number;
  /** Entity spans inside the sentence (not boilerplate, not rejected), in order. */
  spans: EntitySpan[];
}

export interface DocContext {
  id: string;
  text: string;
  sentences: SentenceInfo[];
  /** Person identity by span (the span object itself). */
  personOf: Map<EntitySpan, PersonRef>;
  /** Every person of the document by id, with the role/country found in attrs or the text. */
  people: Map<string, PersonRef & { count: number }>;
  dateline: { entityId?: string; name: string; country?: string }[];
  /** Where the article says someone is visiting ("रूस की दो दिवसीय यात्रा पर", "भारत यात्रा"). */
  visitPlace?: { entityId?: string; name: string; country?: string };
  /** Where the dateline ("नई दिल्ली, 10 दिसंबर 2024 (भाषा)") starts and ends: its place and date are the report's, not a meeting's. */
  datelineStart: number;
  datelineEnd: number;
  docDate?: { text: string } & DateValue;
}

/** Sentence boundaries when the analysis has none: newlines, danda, ?, ! and a full stop before a space. */
export function splitSentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') { push(i); start = i + 1; }
    else if (c === '।' || c === '?' || c === '!' || c === '॥' || (c === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1])))) {
      push(i + 1); start = i + 1;
    }
  }
  push(text.length);
  return out;
}

function insideZones(r: Range, zones: Range[]): number {
  let covered = 0;
  for (const z of zones) covered += Math.max(0, Math.min(r.end, z.end) - Math.max(r.start, z.start));
  return covered;
}

const COUNTRY_BY_FORM = new Map<string, string>();
for (const c of COUNTRIES) for (const f of [...c.forms, ...c.demonyms]) COUNTRY_BY_FORM.set(f, c.code);

/** Country code of a country name or demonym ("रूसी", "Russia's"), if known. */
export function countryOf(word: string): string | undefined {
  return COUNTRY_BY_FORM.get(word.toLowerCase().replace(/['’]s$/, ''));
}

/** Strip trailing titles (जनरल, Mr...) from the end of `before`; returns the new end index. */
function stripTitles(before: string): number {
  let end = before.length;
  for (let changed = true; changed;) {
    changed = false;
    const trimmed = before.slice(0, end).replace(/[\s,]+$/u, '');
    for (const t of TITLES) {
      const pos = trimmed.length - t.length;
      if (pos >= 0 && wordAt(trimmed, pos, t, isLatin(t))) { end = pos; changed = true; break; }
    }
    if (!changed) end = trimmed.length;
  }
  return end;
}

const ROLE_AT_END = new RegExp(`(?:${ROLES.map((r) => r.form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`, 'iu');

/** Role and country written just before a name: "रूस के रक्षा मंत्री जनरल", "Russian President Mr". */
export function roleBefore(text: string, pos: number): { role?: string; country?: string; start: number } | undefined {
  const winStart = Math.max(0, pos - 80);
  const before = text.slice(winStart, pos);
  const end = stripTitles(before);
  const head = before.slice(0, end);
  if (!ROLE_AT_END.test(head)) return undefined;
  for (const r of ROLES) {
    const at = head.length - r.form.length;
    if (at < 0 || !wordAt(head, at, r.form, isLatin(r.form))) continue;
    const lead = head.slice(0, at).replace(/\s+$/u, '');
    const res: { role?: string; country?: string; start: number } = { role: r.role, start: winStart + at };
    // "<country> के/की <role>", "<demonym> <role>", "<country>'s <role>", "अपने <demonym> <role>".
    const m = /([\p{L}\p{M}]+(?: [\p{L}\p{M}]+)?)(?:\s+(?:के|की|का)|['’]s)?$/u.exec(lead);
    if (m) {
      const words = m[1].split(' ');
      const country = countryOf(m[1]) ?? countryOf(words[words.length - 1]);
      const gen = /\s(के|की|का)$|['’]s$/u.test(lead);
      const lastWord = words[words.length - 1];
      if (country && (gen || countryOf(lastWord) === country)) {
        res.country = country;
        res.start = winStart + lead.length - m[0].length;
      }
    }
    return res;
  }
  return undefined;
}

const TITLE_ONLY = new Set([...TITLES, ...STANDALONE_TITLES].map((t) => t.toLowerCase().replace(/\.$/, '')));

/** A PERSON span that is only a title or honorific. */
export function isTitleOnly(text: string): boolean {
  return TITLE_ONLY.has(text.trim().toLowerCase().replace(/\.$/, ''));
}

/** Pronouns and adverbs a tagger may take for a name ("इससे पहले"): never a participant. */
const NOT_A_NAME = new Set(['इससे', 'उससे', 'जिससे', 'इसके', 'उसके', 'जिसके', 'इसकी', 'उसकी', 'जिसकी', 'इसका', 'उसका', 'इसमें', 'उसमें', 'जिसमें', 'इसे', 'उसे', 'जिसे',
  'इन्होंने', 'उन्होंने', 'जिन्होंने', 'इनसे', 'उनसे', 'जिनसे', 'इनके', 'उनके', 'उनकी', 'उनका', 'यह', 'वह', 'ये', 'वे', 'यहां', 'वहां', 'जहां', 'तब', 'जब', 'अब', 'इसलिए',
  'this', 'that', 'he', 'she', 'they', 'him', 'her', 'them', 'it']);

/** "<name> (<country>)": the country in brackets right after `end`, if any. */
export function bracketCountry(text: string, end: number): { code: string; end: number } | undefined {
  const m = /^\s*\(\s*([\p{L}\p{M} ]{2,30}?)\s*\)/u.exec(text.slice(end, end + 40));
  const code = m ? countryOf(m[1]) : undefined;
  return m && code ? { code, end: end + m[0].length } : undefined;
}

/** A name with a bracketed country is a place when used as one: "X (Y) में/पहुंचे/स्थित", "in/at X (Y)". */
function usedAsPlace(text: string, start: number, bracketEnd: number): boolean {
  return /^\s*(?:में|पहुंच|पहुँच|स्थित|के लिए रवाना|शहर|गए|आए|जाएंगे)/u.test(text.slice(bracketEnd, bracketEnd + 20))
    || /(?:^|\s)(?:in|at|to)\s+$/iu.test(text.slice(Math.max(0, start - 5), start));
}

const TIME_WORDS = new Set([...Object.keys(HINDI_MONTHS), ...Object.keys(ENGLISH_MONTHS).filter((m) => m.length > 3), ...Object.keys(WEEKDAYS)]);

/** Words that link the parts of an Arabic name: a name ending in one continues. */
const NAME_LINK_END = /(?:^|\s)(?:बिन|बिंत|इब्न|अल|bin|bint|ibn|al)$/iu;

const STOP_BEFORE_PLACE = /^(?:में|के|की|का|ने|से|को|पर|और|तथा|एवं|दौरान|बाद|पहले|शहर|in|at|the|of|and|to)$/iu;

/**
 * Spans as the meeting rules need them: pronouns and country names tagged PERSON dropped, a PERSON
 * before "(<country>)" taken as the place it is, and a name the tagger missed right before
 * "(<country>)" ("कनानास्किस (कनाडा) में") added as a place.
 */
function repairSpans(text: string, input: EntitySpan[]): EntitySpan[] {
  let spans = [...input].sort((a, b) => a.start - b.start || b.end - a.end);
  const placeNames = new Map<string, EntitySpan>();
  for (const sp of spans) if (sp.label === 'LOCATION' && !placeNames.has(nameKey(sp.text))) placeNames.set(nameKey(sp.text), sp);
  const out: EntitySpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    let sp = spans[i];
    if (sp.label !== 'PERSON') { out.push(sp); continue; }
    // "खालिद बिन" + "मोहम्मद बिन जायद": a name cut after बिन/bin/अल is one name with the next.
    let next: EntitySpan | undefined;
    if (NAME_LINK_END.test(sp.text)) {
      for (let j = i + 1; j < spans.length && spans[j].start <= sp.end + 2 && !next; j++) {
        const x = spans[j];
        if (x.label === 'PERSON' && x.start > sp.end && /^\s{1,2}$/u.test(text.slice(sp.end, x.start))) next = x;
      }
    }
    if (next) {
      sp = { ...sp, end: next.end, text: text.slice(sp.start, next.end), entityId: undefined, attrs: next.attrs ? { ...next.attrs } : sp.attrs };
      delete sp.entityId;
      spans = spans.filter((x) => x !== next);
    }
    // "हसनल बोल्किया दिसंबर": a month or weekday the tagger ran into the name is not part of it.
    const tail = /\s+([\p{L}\p{M}]+)$/u.exec(sp.text);
    if (tail && !sp.entityId && TIME_WORDS.has(tail[1].toLowerCase()) && /^\s*[0-9०-९]/u.test(text.slice(sp.end, sp.end + 4)) && sp.text.slice(0, tail.index).trim().length > 0) {
      sp = { ...sp, end: sp.start + tail.index, text: sp.text.slice(0, tail.index) };
    }
    const t = sp.text.trim();
    if (NOT_A_NAME.has(t.toLowerCase())) continue;
    // The same unlinked name tagged as a place elsewhere in the article is that place.
    const asPlace = !sp.entityId ? placeNames.get(nameKey(t)) : undefined;
    if (asPlace) { out.push({ ...sp, label: 'LOCATION', attrs: asPlace.attrs ? { ...asPlace.attrs } : undefined, entityId: asPlace.entityId }); continue; }
    const br = bracketCountry(text, sp.end);
    if (countryOf(t) || (br && !sp.entityId && usedAsPlace(text, sp.start, br.end))) {
      out.push({ ...sp, label: 'LOCATION', attrs: { type: countryOf(t) ? 'country' : 'city', country: countryOf(t) ?? br?.code ?? '' } });
      continue;
    }
    out.push(sp);
  }
  // Untagged names right before a bracketed country.
  for (const sp of spans) {
    if (sp.label !== 'LOCATION') continue;
    const open = text.lastIndexOf('(', sp.start);
    if (open < 0 || sp.start - open > 3 || !/^\s*\)/u.test(text.slice(sp.end, sp.end + 3))) continue;
    const code = sp.attrs?.country ?? countryOf(sp.text);
    if (!code) continue;
    const before = text.slice(Math.max(0, open - 60), open);
    const latin = /((?:[A-Z][\p{L}\p{M}'’-]*\s+){0,2}[A-Z][\p{L}\p{M}'’-]*)\s*$/u.exec(before);
    const deva = /([\u0900-\u0963\u0971-\u097f]+)\s*$/u.exec(before);
    const m = latin ?? deva;
    if (!m || STOP_BEFORE_PLACE.test(m[1]) || NOT_A_NAME.has(m[1].toLowerCase()) || countryOf(m[1])) continue;
    const start = open - (before.length - m.index);
    const end = start + m[1].length;
    const close = text.indexOf(')', sp.end) + 1;
    if (!usedAsPlace(text, start, close)) continue;
    if (out.some((x) => x.start < end && start < x.end)) continue;
    out.push({ start, end, label: 'LOCATION', text: text.slice(start, end), source: 'auto', status: 'suggested', confidence: 0.6, attrs: { type: 'city', country: code } });
  }
  // "एयर चीफ मार्शल ए.पी. सिंह", "Gen. A.K. Sharma": initials and a surname after a rank the tagger did not take as a name.
  for (const m of text.matchAll(INITIALS_NAME)) {
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (NAME_TAIL_STOP_WORDS.has(m[2])) continue;
    // A surname alone tagged (and maybe linked to another person of that surname) is the initials' person.
    const surname = out.findIndex((x) => x.label === 'PERSON' && x.start === end - m[2].length && x.end === end);
    if (surname >= 0) out.splice(surname, 1);
    else if (out.some((x) => x.start < end && start < x.end)) continue;
    out.push({ start, end, label: 'PERSON', text: m[1], source: 'auto', status: 'suggested', confidence: 0.6 });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const RANK_TITLES = [...TITLES].sort((a, b) => b.length - a.length).map(esc).join('|');
/** A rank or title, then initials ("ए.पी.", "ए पी", "A.P.") and one surname. */
const INITIALS_NAME = new RegExp(`(?:^|[\\s(])(?:${RANK_TITLES})\\s+((?:[\\p{L}\\p{M}]{1,3}\\.\\s?){1,3}\\s*([\\p{L}\\p{M}]{3,}))(?![\\p{L}\\p{M}])`, 'giu');
const NAME_TAIL_STOP_WORDS = new Set(['ने', 'से', 'को', 'में', 'और', 'the', 'and', 'met', 'said']);
/** Initials at a sentence's end ("... मार्शल ए.पी." | "सिंह ने ..."): the splitter took their dots for full stops. */
const INITIALS_END = /(?:^|\s)(?:[\p{L}\p{M}]{1,3}\.){1,3}$/u;

/** Sentences cut after a name's initials joined again: two or more Devanagari initials ("ए.पी."), else initials after a title ("है." ends a sentence). */
function joinInitials(text: string, ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const prev = out[out.length - 1];
    if (prev && /^\s*$/u.test(text.slice(prev.end, r.start))) {
      const tail = text.slice(Math.max(prev.start, prev.end - 40), prev.end);
      const m = INITIALS_END.exec(tail);
      if (m && ((m[0].match(/\./gu) ?? []).length >= 2 && /[\u0900-\u097f]/u.test(m[0]) || new RegExp(`(?:${RANK_TITLES})\\s+(?:[\\p{L}\\p{M}]{1,3}\\.){1,3}$`, 'iu').test(tail))) {
        out[out.length - 1] = { start: prev.start, end: r.end };
        continue;
      }
    }
    out.push({ start: r.start, end: r.end });
  }
  return out;
}

export function buildDocContext(id: string, text: string, analysis: DocumentAnalysis): DocContext {
  const zones = analysis.zones ?? [];
  const ranges = joinInitials(text, analysis.sentences && analysis.sentences.length > 0 ? analysis.sentences : splitSentences(text));
  const spans = repairSpans(text, (analysis.entities ?? [])
    .filter((s) => !s.inBoilerplate && s.status !== 'rejected' && s.end > s.start && insideZones(s, zones) === 0))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const sentences: SentenceInfo[] = [];
  let si = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const len = r.end - r.start;
    if (len <= 0 || insideZones(r, zones) * 2 > len) continue;
    while (si < spans.length && spans[si].start < r.start) si++;
    const inside: EntitySpan[] = [];
    for (let j = si; j < spans.length && spans[j].start < r.end; j++) if (spans[j].end <= r.end) inside.push(spans[j]);
    sentences.push({ start: r.start, end: r.end, index: sentences.length, spans: inside });
  }

  const personOf = new Map<EntitySpan, PersonRef>();
  const people = new Map<string, PersonRef & { count: number }>();
  // A title alone ("प्रिंस", "शेख", "Prince") is not a person: the name that follows is.
  const persons = spans.filter((s) => s.label === 'PERSON' && !isTitleOnly(s.text));
  // Linked people first, so that a bare surname can borrow a full name's identity.
  const ordered = [...persons].sort((a, b) => Number(!a.entityId) - Number(!b.entityId) || a.start - b.start);
  // Where each person was named, to resolve a bare surname to the nearest full name before it.
  const mentionsOf = new Map<string, number[]>();
  for (const s of ordered) {
    let pid = s.entityId;
    if (!pid) {
      const key = nameKey(s.text);
      const words = s.text.trim().split(/\s+/).map(nameKey);
      const coref = s.attrs?.corefName ? nameKey(s.attrs.corefName) : undefined;
      const fits = (p: PersonRef): boolean => {
        const pw = p.name.split(/\s+/).map(nameKey);
        if (nameKey(p.name) === key || (words.length === 1 && pw.includes(key))) return true;
        return pw[pw.length - 1] === words[words.length - 1];
      };
      // The tagger's own coreference ("सिंह" -> "अमर प्रीत सिंह") first; else of the fitting people, the one named last before.
      const all = [...people.values()];
      let match = coref ? all.find((p) => nameKey(p.name) === coref) : undefined;
      const fitting = match ? [] : all.filter(fits);
      if (fitting.length > 1) {
        const lastBefore = (p: PersonRef): number => Math.max(-1, ...(mentionsOf.get(p.id) ?? []).filter((x) => x < s.start));
        match = [...fitting].sort((a, b) => lastBefore(b) - lastBefore(a))[0];
        if (lastBefore(match) < 0) match = fitting[0];
      } else match ??= fitting[0];
      // The same name in the other script ("Anatolie Nosatii" and "अनातोली नोसाती").
      match ??= all.find((p) => !p.linked && sameNameAcrossScripts(p.name, s.text)) ?? all.find((p) => p.linked && sameNameAcrossScripts(p.name, s.text));
      // A spelling variant in the same script ("विएरा", "वियेरा").
      match ??= all.find((p) => isLatin(p.name) === isLatin(s.text) && sameNameVariant(p.name, s.text));
      pid = match ? match.id : `doc:${key}`;
    }
    const seen = mentionsOf.get(pid);
    if (seen) seen.push(s.start);
    else mentionsOf.set(pid, [s.start]);
    const info = roleBefore(text, s.start);
    const role = s.attrs?.role ?? (info?.role !== 'counterpart' ? info?.role : undefined);
    const country = s.attrs?.country ?? info?.country;
    const known = people.get(pid);
    if (known) {
      known.count++;
      if (s.text.length > known.name.length && !s.entityId === !known.linked) known.name = s.text;
      known.role ??= role;
      known.country ??= country;
    } else {
      people.set(pid, { id: pid, name: s.text, role, country, linked: !!s.entityId, count: 1 });
    }
    personOf.set(s, people.get(pid) as PersonRef);
  }

  const dl = findDateline(text, analysis.entities ?? []);
  const datelineEnd = dl.places.length > 0 ? dl.start + datelineEndOf(text.slice(dl.start)) : 0;
  const visit = findVisitPlace(text, spans);
  return { id, text, sentences, personOf, people, dateline: dl.places, datelineStart: dl.start, datelineEnd, visitPlace: visit, docDate: findDocDate(text, analysis) };
}

const VISIT_AFTER = /^\s*(?:की|के)?\s*(?:[\p{L}\p{M}-]+\s+){0,3}?(?:यात्रा|दौरे|दौरा|visit)(?![\p{L}\p{M}])/u;

/** The first place the article says someone visits: "भारत यात्रा", "रूस की दो दिवसीय आधिकारिक यात्रा पर", "a visit to Russia". */
function findVisitPlace(text: string, spans: EntitySpan[]): { entityId?: string; name: string; country?: string } | undefined {
  for (const sp of spans) {
    if (sp.label !== 'LOCATION') continue;
    const after = VISIT_AFTER.exec(text.slice(sp.end, sp.end + 50));
    // "कैलाश मानसरोवर यात्रा फिर से शुरू करने पर सहमति": a visit that is the subject of talks, nobody's trip.
    if (after && TOPIC_PHRASE_AFTER.test(text.slice(sp.end, sp.end + 90))) continue;
    const before = /(?:visit|trip) to\s*$/iu.test(text.slice(Math.max(0, sp.start - 12), sp.start));
    if (after || before) return { entityId: sp.entityId, name: sp.text, country: sp.attrs?.country };
  }
  return undefined;
}

/** Where the dateline ends: after the place(s), an optional date and an optional agency in brackets, and । or :. */
function datelineEndOf(text: string): number {
  const head = text.slice(0, 140);
  const patterns = [
    /^[\s\ufeff]*[^\n।:,(]{2,40}?\s*\([^)\n]{1,20}\)\s*,\s*[^\n।:(]{3,30}?\s*\([^)\n]{1,20}\)\s*[।:|-]?/u, // City (Country), date (Agency)
    /^[\s\ufeff]*[^\n।:,(]{2,40}?,\s*[^\n।:(]{3,30}?\s*\([^)\n]{1,20}\)\s*[।:|-]?/u, // City, date (Agency)
    /^[\s\ufeff]*[^\n।:,(]{2,40}?\s*\([^)\n]{1,20}\)\s*[।:|-]?/u, // City (Agency)
    /^[\s\ufeff]*[^\n।:(]{2,60}?[।:|]/u, // City। / City/City।
  ];
  for (const re of patterns) {
    const m = re.exec(head);
    if (m) return m[0].length;
  }
  const dated = /^[\s\ufeff]*[^\n।:,(]{2,40}?,\s*/u.exec(head);
  if (dated) {
    const d = findDates(head.slice(dated[0].length))[0];
    if (d && d.start === 0) return dated[0].length + d.end;
  }
  return 0;
}

/**
 * The dateline: "मॉस्को/नई दिल्ली।" or "नई दिल्ली, 10 दिसंबर (भाषा)" at the start of the text, or at the start
 * of a line near the top ("वाशिंगटन:" after a headline and site furniture).
 */
function findDateline(text: string, entities: EntitySpan[]): { places: { entityId?: string; name: string; country?: string }[]; start: number } {
  // A dateline line may sit inside site furniture the zoner marks as boilerplate ("Read Time: 1 min\nवाशिंगटन:"):
  // such a place counts only when the line holds nothing else.
  const locs = entities.filter((e) => e.label === 'LOCATION' && e.start < 1500 && (!e.inBoilerplate || /^\s*[:।]\s*(?:\n|$)/u.test(text.slice(e.end, e.end + 8)))).sort((a, b) => a.start - b.start);
  for (let lineStart = 0; lineStart < Math.min(text.length, 1500); ) {
    let pos = lineStart;
    while (pos < text.length && /[ \t\r\ufeff]/.test(text[pos])) pos++;
    const out = datelineAt(text, pos, locs);
    if (out.length > 0) return { places: out, start: pos };
    // "तियानजिन (चीन), एक सितंबर (भाषा)": a place the knowledge base may not know, made certain by the agency.
    const ag = AGENCY_DATELINE.exec(text.slice(pos, pos + 90));
    if (ag) return { places: [{ name: ag[1] }], start: pos };
    // "बिश्केक, 12 जून।" / "CAIRO:" with a place the tagger did not know: a date or an upper-case line makes it a dateline.
    const plain = plainDateline(text.slice(pos, pos + 90));
    if (plain) return { places: plain.map((name) => ({ name })), start: pos };
    if (lineStart === 0 && locs.length === 0) {
      // Without entity spans: one or two short names separated by '/', then a danda.
      const m = /^([\p{L}\p{M}]+(?: [\p{L}\p{M}]+)?)((?:\/[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)?)*)\s*।/u.exec(text.slice(pos, pos + 60));
      if (m) return { places: [m[1], ...m[2].split('/').filter(Boolean)].map((name) => ({ name })), start: pos };
    }
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return { places: [], start: 0 };
}

const NOT_DATELINE = /^(?:BREAKING|UPDATE|UPDATED|WATCH|READ|ALSO READ|LIVE|VIDEO|PHOTOS|EXCLUSIVE|NOTE|EDITOR'S NOTE)$/u;
const PLACE_WORDS = '[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+){0,2}';
const DATED_LINE = new RegExp(`^(${PLACE_WORDS}(?:/${PLACE_WORDS})*)\\s*,\\s*`, 'u');

/** A dateline without entity spans: "बिश्केक, 12 जून (भाषा)।", "काहिरा/नई दिल्ली, 3 मार्च", "CAIRO:". */
function plainDateline(head: string): string[] | undefined {
  const caps = /^([A-Z][A-Z .'-]{2,30}?)\s*:/u.exec(head);
  if (caps && !NOT_DATELINE.test(caps[1].trim())) {
    // "NEW DELHI" -> "New Delhi": the place as a name, not as typeset.
    return caps[1].trim().split('/').map((x) => x.trim().toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()));
  }
  const m = DATED_LINE.exec(head);
  if (!m) return undefined;
  const rest = head.slice(m[0].length);
  const d = findDates(rest)[0];
  if (!d || d.start !== 0) return undefined;
  // Only a date (and an agency) before the danda or colon: "मोदी, 15 अगस्त को ..." is a sentence, not a dateline.
  if (!/^\s*(?:[0-9०-९]{4})?\s*(?:\([^)\n]{1,20}\))?\s*(?:[।:|]|$|\n)/u.test(rest.slice(d.end))) return undefined;
  return m[1].split('/').map((x) => x.trim());
}

const AGENCY_DATELINE = new RegExp(`^([\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+)?)\\s*(?:\\([\\p{L}\\p{M} ]{2,20}\\))?\\s*,\\s*[^\\n,(]{3,30}?\\s*\\((?:${AGENCIES.join('|')})\\)`, 'u');

const NOT_PLACE_TAIL = /(?:^|\s)(?:दौरा|दौरे|यात्रा|दौरे पर|visit|tour|trip|news|live|update)$/iu;

function datelineAt(text: string, pos: number, locs: EntitySpan[]): { entityId?: string; name: string; country?: string }[] {
  const out: { entityId?: string; name: string; country?: string }[] = [];
  let p = pos;
  for (const l of locs) {
    if (l.start < p) continue;
    if (l.start !== p) break;
    p = l.end;
    // "रियो डी जनेरियो, 28 अप्रैल": the tagger may cover only the first word of the dateline's place.
    const rest = /^(?: [\p{L}\p{M}]+){1,2}(?=\s*(?:[।:|]|,\s*[0-9०-९]))/u.exec(text.slice(p, p + 40));
    // ("ओमान दौरा:" is a headline about a visit, not the place "ओमान दौरा".)
    if (rest && !NOT_PLACE_TAIL.test(rest[0]) && !locs.some((x) => x.start >= p && x.start < p + rest[0].length)) p += rest[0].length;
    out.push({ entityId: l.entityId, name: text.slice(l.start, p), country: l.attrs?.country });
    const sep = /^\s*(?:\/|,\s*(?=[\p{L}\p{M}]+\s*[/।:]))\s*/u.exec(text.slice(p, p + 6));
    if (sep) { p += sep[0].length; continue; }
    break;
  }
  // "Kananaskis (Canada):", "कनानास्किस (कनाडा), 16 जून": a bracket after the place.
  const tail = text.slice(p, p + 40).replace(/^\s*\([^)\n]{1,30}\)/u, '');
  // At the very start a comma and a date may follow; further down only "City:" / "City।" on its own.
  if (out.length > 0 && (pos === 0 ? /^\s*(?:[।:|]|,\s*[0-9०-९\p{L}])/u : /^\s*(?:[।:|]|,\s*[0-9०-९])/u).test(tail)) return out;
  return [];
}

/** The document's own date: a date in the dateline, else an embedded tweet's date ("— Name (@handle) December 10, 2024"). */
function findDocDate(text: string, analysis: DocumentAnalysis): ({ text: string } & DateValue) | undefined {
  const head = text.slice(0, 120);
  const dl = /^\s*[\p{L}\p{M} /]{2,40},\s*/u.exec(head);
  if (dl) {
    const d = findDates(head.slice(dl[0].length, dl[0].length + 40))[0];
    if (d && d.start === 0 && d.precision === 'day' && d.value && /^\d{4}/.test(d.value)) return { text: d.text, value: d.value, precision: 'day' };
  }
  const trailer = /[—–-]\s*[^\n()]{1,80}\(@\w{1,30}\)\s*([^\n]{4,40})/gu;
  for (let m = trailer.exec(text); m; m = trailer.exec(text)) {
    const d = findDates(m[1])[0];
    if (d && d.value && /^\d{4}-\d\d-\d\d$/.test(d.value)) return { text: d.text, value: d.value, precision: 'day' };
  }
  const tweetZone = (analysis.zones ?? []).filter((z) => z.kind === 'tweet-trailer');
  for (const e of analysis.entities ?? []) {
    if (e.label === 'DATE' && e.date?.value && e.date.precision === 'day' && /^\d{4}/.test(e.date.value) && tweetZone.some((z) => e.start >= z.start && e.end <= z.end)) {
      return { text: e.text, ...e.date };
    }
  }
  return undefined;
}
