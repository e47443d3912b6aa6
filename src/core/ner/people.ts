/**
 * People from cues: roles and titles before a name (रक्षा मंत्री X, राष्ट्रपति X, लेफ्टिनेंट जनरल X,
 * श्री/डॉ. X, Defence Minister X, Gen. X), with apposition giving the country (रूस के रक्षा मंत्री X,
 * रूसी रक्षा मंत्री X, Russia's Defence Minister X). Unknown names take 1–3 following name-like words.
 * Knowledge-base people after a cue get the cue's role and country.
 */
import type { EntitySpan, KbEntity } from '../model';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Token } from '../text/tokenize';
import { isUpperLatin } from '../text/chars';
import { scanWords, TrieMatcher, type WordScan } from './trie';
import { COUNTRIES, DEMONYMS, GENITIVES, INITIALS, RELATION_WORDS, ROLES, STOPWORDS, TITLES, WEAK_ROLES } from './lexicon';
import { SURNAMES } from './patterns';
import { normWord, tokenNorm } from './kbMatch';
import { autoSpan, rangeAt, tokenIndexFrom } from './span';

export const CONFIDENCE_CUE = 0.6;

interface Cue {
  kind: 'role' | 'title';
  value: string;
}

let cueTrie: TrieMatcher<Cue> | undefined;
function cues(): TrieMatcher<Cue> {
  if (!cueTrie) {
    const t = new TrieMatcher<Cue>();
    for (const [k, v] of Object.entries(ROLES)) t.add(k, { kind: 'role', value: v });
    for (const [k, v] of Object.entries(TITLES)) t.add(k, { kind: 'title', value: v });
    cueTrie = t;
  }
  return cueTrie;
}

const STOP_NORM = new Set([...STOPWORDS].map((w) => w.normalize('NFD').toLowerCase()));
const DEMONYM_NORM = new Map(Object.entries(DEMONYMS).map(([k, v]) => [k.normalize('NFD').toLowerCase(), v]));
const COUNTRY_NORM = new Map(Object.entries(COUNTRIES).map(([k, v]) => [k.normalize('NFD').toLowerCase(), v]));
const CUE_WORD_NORM = new Set([...Object.keys(ROLES), ...Object.keys(TITLES)].flatMap((k) => k.split(' ')).map((w) => w.normalize('NFD').toLowerCase()));
const INITIALS_NORM = new Set([...INITIALS].map((w) => w.normalize('NFD')));
/** Particles inside Arabic names ("बिन", "अल", "bin", "Al"): they join the next word to the name (normalised forms). */
const NAME_PARTICLES = new Set(['बिन', 'बिंत', 'इब्न', 'अल', 'bin', 'bint', 'ibn', 'al']);
/** The longest cue name, particles included. */
const MAX_NAME_TOKENS = 7;

/** Words after a Latin role that open an apposition ending in a comma before the name. */
const APPOSITION_OPENERS = new Set([',', 'to', 'of', 'in', 'at', 'for']);
/** Geographic head nouns that follow a title-like word in place names (Sir Creek): never a name. */
const GEO_HEADS = new Set(['creek', 'river', 'island', 'islands', 'bay', 'point', 'lake', 'hill', 'hills', 'strait', 'क्रीक', 'नदी', 'द्वीप', 'खाड़ी', 'झील']);

/** Month names never continue a name ("सुल्तान हैसम दिसंबर 2023 में"); मई/जून (डोंग जून), May/June/August are names too. */
const MONTHS = new Set(['जनवरी', 'फरवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'जुलाई', 'अगस्त', 'सितंबर', 'सितम्बर', 'अक्टूबर', 'अक्तूबर', 'नवंबर', 'नवम्बर',
  'दिसंबर', 'दिसम्बर', 'january', 'february', 'march', 'april', 'july', 'september', 'october', 'november', 'december'].map((w) => w.normalize('NFD')));
/** Function words that are also the first syllable of East Asian names (ली फंग, Lee): a name start when a name word follows. */
const NAME_START_STOPS = new Set(['ली']);

function isStop(t: Token): boolean {
  return STOP_NORM.has(tokenNorm(t));
}

/** Could this token be part of a person's name? */
function nameLike(t: Token, latinContext: boolean): boolean {
  if (!t.word || t.newlineBefore) return false;
  if (/^[0-9०-९]/u.test(t.text)) return false;
  if (isStop(t)) return false;
  const n = tokenNorm(t);
  if (DEMONYM_NORM.has(n) || CUE_WORD_NORM.has(n) || GEO_HEADS.has(n) || MONTHS.has(n)) return false;
  if (/(?:ों|ओं)$/u.test(t.text)) return false; // plural oblique: देशों, नेताओं
  const latin = /^[A-Za-z]/.test(t.text);
  if (latin) return isUpperLatin(t.text);
  return !latinContext || /[\u0900-\u097f]/u.test(t.text);
}

/** The country code of a KB place, or of a country name. */
export function countryOf(e: KbEntity | undefined, surface: string): string | undefined {
  if (e) {
    const c = e.attrs?.country ?? e.attrs?.iso ?? e.attrs?.code;
    if (c && e.label === 'LOCATION' && (!e.attrs?.type || /country|nation/i.test(e.attrs.type))) return c;
    for (const s of [e.name.hi, e.name.en]) {
      const v = s ? COUNTRY_NORM.get(normWord(s)) : undefined;
      if (v) return v;
    }
  }
  return COUNTRY_NORM.get(normWord(surface));
}

export interface CueResult {
  /** New PERSON spans for names not in the knowledge base. */
  people: EntitySpan[];
  /** Attributes from cues for existing KB PERSON spans, by span start. */
  attrsFor: Map<number, Record<string, string>>;
}

/**
 * Find cue-based people. `kbSpans` are the knowledge-base spans (sorted); a KB person right after a cue
 * gets the cue's attributes; a KB non-person there stops the cue. `words`: the text's `scanWords`, when already made.
 */
export function findCuePeople(text: string, tokens: Token[], kbSpans: EntitySpan[], kb: KnowledgeBase, words: WordScan = scanWords(text)): CueResult {
  const people: EntitySpan[] = [];
  const attrsFor = new Map<number, Record<string, string>>();
  // kbSpans are sorted and do not overlap: their starts and their ends are both in order
  const spanAt = new SpanIndex(kbSpans, 'start');
  const spanEndingAt = new SpanIndex(kbSpans, 'end');
  const matches = cues().findAllScanned(text, words);
  for (let m = 0; m < matches.length; m++) {
    const first = matches[m];
    // a cue word inside a knowledge-base name ("सर क्रीक", "Lord's") is no cue
    if (spanAt.covers(first.start)) continue;
    let role: string | undefined;
    let rank: string | undefined;
    let hasHonorific = false;
    let strong = false;
    const take = (c: Cue[], surface: string) => {
      for (const v of c) {
        if (v.kind === 'role') {
          role ??= v.value;
          if (!WEAK_ROLES.has(v.value)) strong = true;
        } else if (v.value) {
          rank ??= v.value;
          strong = true;
        } else {
          hasHonorific = true;
          if (!RELATION_WORDS.has(surface)) strong = true;
        }
      }
    };
    take(first.values, text.slice(first.start, first.end));
    let end = first.end;
    let j = tokenIndexFrom(tokens, end);
    // chain: "रक्षा मंत्री (एमओएस) लेफ्टिनेंट जनरल श्री X"
    for (;;) {
      if (j < tokens.length && tokens[j].text === '(' && !tokens[j].newlineBefore) {
        let k = j + 1;
        while (k < tokens.length && k < j + 8 && tokens[k].text !== ')' && !tokens[k].newlineBefore) k++;
        if (k < tokens.length && tokens[k].text === ')') { j = k + 1; continue; }
      }
      // cues inside a skipped parenthesis ("(सीडीएस)") are passed over
      while (m + 1 < matches.length && j < tokens.length && matches[m + 1].start < tokens[j].start) m++;
      if (m + 1 < matches.length && j < tokens.length && matches[m + 1].start === tokens[j].start && !tokens[j].newlineBefore) {
        m++;
        take(matches[m].values, text.slice(matches[m].start, matches[m].end));
        end = matches[m].end;
        j = tokenIndexFrom(tokens, end);
        continue;
      }
      break;
    }
    if (j >= tokens.length || tokens[j].newlineBefore) continue;
    // a Latin cue must be followed by a Latin name, a Devanagari cue by any name
    const latinCue = /^[A-Za-z]/.test(text.slice(first.start, first.end));
    // apposition: "High Commissioner to the UK, Vikram Doraiswami," / "Governor of Samara region, Igor X,"
    let commaAfter = false;
    if (tokens[j].text === ',') {
      // "उच्चायुक्त, अमित वशिष्ठ, ने कहा", "the envoy, John Smith, said"
      if (j + 1 >= tokens.length || tokens[j + 1].newlineBefore) continue;
      j++;
      commaAfter = true;
    } else if (latinCue && APPOSITION_OPENERS.has(tokens[j].text)) {
      let k = j + 1;
      while (k < tokens.length && k < j + 9 && tokens[k].text !== ',' && tokens[k].text !== '.' && !tokens[k].newlineBefore) k++;
      if (k >= tokens.length || tokens[k].text !== ',' || k + 1 >= tokens.length || tokens[k + 1].newlineBefore) continue;
      j = k + 1;
      commaAfter = true;
    }
    const country = countryBefore(tokens, tokenIndexFrom(tokens, first.start), spanEndingAt, kb);
    const attrs: Record<string, string> = {};
    if (role && role !== 'counterpart') attrs.role = role;
    if (role === 'counterpart') attrs.relation = 'counterpart';
    if (rank) attrs.rank = rank;
    if (country) attrs.country = country;
    const kbSpan = spanAt.get(tokens[j].start);
    // a first name that is also a place or an exercise (सागर, वरुण, Sofia) before a surname closed by a postposition
    const firstOverride = !!kbSpan && kbSpan.label !== 'PERSON' && strong && kbSpan.end === tokens[j].end && firstNameOverPlace(tokens, j, spanAt, latinCue);
    if (kbSpan && !firstOverride) {
      // a known person set off by commas keeps its own attributes (the comma may close a list of roles)
      if (kbSpan.label === 'PERSON' && !commaAfter) attrsFor.set(kbSpan.start, attrs);
      continue;
    }
    // unknown name: 1-3 name-like words (an initial must be followed by another word); a name particle
    // and the word after it do not count ("सैयद बद्र बिन हमद अल बुसैदी", "Khalid bin Salman")
    let k = j;
    const nameTokens: Token[] = [];
    let afterInitial = false;
    let free = 0;
    while (k < tokens.length && nameTokens.length < 3 + free && nameTokens.length < MAX_NAME_TOKENS) {
      const t = tokens[k];
      // an initial's full stop, and what follows it with or without a space: "डी.के. सुनील", "A.P. Singh"
      if (t.text === '.' && !t.spaceBefore && !t.newlineBefore && nameTokens.length > 0 && !afterInitial && isInitial(nameTokens[nameTokens.length - 1])) {
        afterInitial = true;
        k++;
        continue;
      }
      if (nameTokens.length > 0 && ((!t.spaceBefore && !afterInitial) || t.newlineBefore)) break;
      // an initial with its full stop is one even when it is also a word (के, ए, "A")
      const next = tokens[k + 1];
      const initialInChain = isInitial(t) && !!next && next.text === '.' && !next.spaceBefore;
      afterInitial = false;
      const asStart = nameTokens.length === 0 && NAME_START_STOPS.has(t.text) && !!next && next.spaceBefore && nameLike(next, latinCue);
      if (!initialInChain && !asStart && !nameLike(t, latinCue)) break;
      if (spanAt.has(t.start) && nameTokens.length > 0) break;
      if (spanAt.has(t.start) && spanAt.get(t.start)!.label !== 'PERSON' && !(firstOverride && k === j)) break;
      if (nameTokens.length > 0 && NAME_PARTICLES.has(tokenNorm(t))) free += 2;
      // initials do not count: "वी.एस. राम मोहन", "A.P.J. Abdul Kalam"
      if (initialInChain) free++;
      nameTokens.push(t);
      k++;
    }
    while (nameTokens.length > 0 && (INITIALS_NORM.has(tokenNorm(nameTokens[nameTokens.length - 1])) || NAME_PARTICLES.has(tokenNorm(nameTokens[nameTokens.length - 1])))) nameTokens.pop();
    if (nameTokens.length === 0) continue;
    if (commaAfter && tokens[tokenIndexFrom(tokens, nameTokens[nameTokens.length - 1].end)]?.text !== ',') continue;
    // after a weak cue (खिलाड़ी, आरोपी, पत्नी) the words must look like a name; after an expert's title
    // (विश्लेषक, विशेषज्ञ, फेलो) two or three words closed by a postposition or a comma do too
    if (!strong && !looksLikeName(nameTokens, kb) && !(role && EXPERT_ROLES.has(role) && nameTokens.length >= 2 && closedName(tokens, nameTokens))) continue;
    // an honorific alone (श्री/Mr) before a single common word is too weak
    if (!role && !rank && hasHonorific && nameTokens.length === 1 && !/^[A-Z]/.test(nameTokens[0].text) && nameTokens[0].text.length < 3) continue;
    const start = nameTokens[0].start;
    const stop = nameTokens[nameTokens.length - 1].end;
    const span = autoSpan(text, start, stop, 'PERSON', CONFIDENCE_CUE, 'cue');
    // a single surname after a role: link to the one KB person with that name word and role
    const linked = linkByRole(kb, span.text, nameTokens.length, attrs);
    if (linked) {
      span.entityId = linked.id;
      for (const [a, v] of Object.entries(linked.attrs ?? {})) if ((a === 'role' || a === 'country') && !attrs[a]) attrs[a] = v;
    }
    if (Object.keys(attrs).length) span.attrs = attrs;
    people.push(span);
  }
  return { people, attrsFor };
}

/** Roles of commentators quoted by name (रक्षा विश्लेषक X Y ने कहा). */
const EXPERT_ROLES = new Set(['analyst', 'expert', 'fellow', 'senior fellow', 'researcher']);
/** Words that close a name: postpositions, "said" verbs' particles and punctuation. */
const NAME_CLOSERS = new Set(['ने', 'का', 'के', 'की', 'से', 'को', 'ने,', ',', 'और', 'said', 'says', 'told', 'of', 'at', '(']);

/** Is the name followed, on the same line, by a word that closes it? */
function closedName(tokens: Token[], name: Token[]): boolean {
  const after = tokens[tokenIndexFrom(tokens, name[name.length - 1].end)];
  return !!after && !after.newlineBefore && NAME_CLOSERS.has(after.text);
}

/** Postpositions that close a two-word name after a place-like first name. */
const FIRST_OVER_CLOSERS = new Set(['ने', 'का', 'के', 'की', 'से', 'को', ',', 'said', 'told']);

/** Is the place-like word at `j` the first name of "X Surname ने"? (the surname has no span) */
function firstNameOverPlace(tokens: Token[], j: number, spanAt: SpanIndex, latinCue: boolean): boolean {
  const b = tokens[j + 1];
  const c = tokens[j + 2];
  if (!b || !c || !b.spaceBefore || b.newlineBefore || c.newlineBefore || spanAt.has(b.start)) return false;
  if (!nameLike(b, latinCue) || SURNAME_LIKE_STOPS.has(b.text)) return false;
  return FIRST_OVER_CLOSERS.has(c.text);
}
/** Words after a place that are verbs or nouns, not surnames ("दिल्ली लौटे", "मॉस्को रवाना"). */
const SURNAME_LIKE_STOPS = new Set(['लौटे', 'लौटी', 'लौटा', 'रवाना', 'पहुंचकर', 'पहुँचकर', 'जाकर', 'आकर', 'दौरे', 'यात्रा', 'में', 'स्थित', 'दौरा']);

/** A Devanagari letter name (ए, पी, एस) or a Latin capital: an initial of a name. */
function isInitial(t: Token): boolean {
  return INITIALS_NORM.has(tokenNorm(t)) || /^[A-Z]$/.test(t.text);
}

function looksLikeName(ts: Token[], kb: KnowledgeBase): boolean {
  if (ts.every((t) => /^[A-Z]/.test(t.text))) return true;
  if (ts.length >= 2 && SURNAMES.has(tokenNorm(ts[ts.length - 1]))) return true;
  return ts.some((t) => kb.peopleWithNameWord(t.text).length > 0);
}

function linkByRole(kb: KnowledgeBase, name: string, words: number, attrs: Record<string, string>): KbEntity | undefined {
  if (words !== 1 || !attrs.role) return undefined;
  const cands = kb.peopleWithNameWord(name).filter((e) => e.attrs?.role === attrs.role && (!attrs.country || !e.attrs?.country || e.attrs.country === attrs.country));
  return cands.length === 1 ? cands[0] : undefined;
}

/** The span of a sorted, non-overlapping list that starts (or ends) at a position: a binary search, no map to build. */
class SpanIndex {
  constructor(private readonly spans: EntitySpan[], private readonly key: 'start' | 'end') {}

  get(pos: number): EntitySpan | undefined {
    const spans = this.spans;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (spans[mid][this.key] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo < spans.length && spans[lo][this.key] === pos ? spans[lo] : undefined;
  }

  has(pos: number): boolean {
    return this.get(pos) !== undefined;
  }

  /** Is `pos` inside a span (after its start)? Only for an index by start. */
  covers(pos: number): boolean {
    const r = rangeAt(this.spans, pos);
    return !!r && r.start < pos;
  }
}

/** Country from apposition before the cue at token index `i`. */
function countryBefore(tokens: Token[], i: number, spanEndingAt: SpanIndex, kb: KnowledgeBase): string | undefined {
  let p = i - 1;
  // skip possessive pronouns: "अपने रूसी समकक्ष"
  if (p >= 0 && /^(?:अपने|अपनी|उनके|उनकी|his|her|their)$/iu.test(tokens[p].text) && !tokens[p + 1]?.newlineBefore) p--;
  if (p < 0 || tokens[p + 1]?.newlineBefore) return undefined;
  const d = DEMONYM_NORM.get(tokenNorm(tokens[p]));
  if (d) return d;
  // "रूस के", "Russia's"
  if (GENITIVES.has(tokens[p].text) || (tokens[p].text === 's' && p >= 2 && /^['’]$/u.test(tokens[p - 1].text))) {
    const q = tokens[p].text === 's' ? p - 2 : p - 1;
    if (q < 0) return undefined;
    const span = spanEndingAt.get(tokens[q].end);
    if (span && span.label === 'LOCATION') return countryOf(span.entityId ? kb.get(span.entityId) : undefined, span.text);
    return COUNTRY_NORM.get(tokenNorm(tokens[q]));
  }
  return undefined;
}

/** An initial before a name: a Devanagari letter name (पी, वी, के) or a Latin capital, with its full stop. */
/** A name opening with one initial: "आर. जोशी", "V. Srinivas". */
const ONE_INITIAL = /^(?:[\u0900-\u097f]{1,4}|[A-Z])\. \S/u;
const INITIAL_BEFORE = /(?:^|[\s(“"'‘])((?:(?:[\u0900-\u097f]{1,4}|[A-Z])\.\s?){1,3})$/u;

/**
 * Initials belong to the name: "पी.वी. नरसिम्हा राव", "A.P. Singh" (the knowledge base or a pattern found the name
 * without them), and a person split around a middle initial is one span ("जयतीर्थ आर. जोशी"). Changes `spans` in place
 * (sorted, non-overlapping); returns the list without merged-away spans.
 */
export function extendPersonInitials(spans: EntitySpan[], text: string): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of spans) {
    if (s.label !== 'PERSON') { out.push(s); continue; }
    const prev = out[out.length - 1];
    // the second part already starts with the initial: "जयतीर्थ" + "आर. जोशी"
    if (prev && prev.label === 'PERSON' && prev.end + 1 === s.start && text.charCodeAt(prev.end) === 0x20 && ONE_INITIAL.test(s.text) && allInitials(s.text.slice(0, s.text.indexOf('.')))) {
      prev.end = s.end;
      prev.text = text.slice(prev.start, prev.end);
      prev.entityId ??= s.entityId;
      continue;
    }
    const from = Math.max(prev ? prev.end : 0, s.start - 24);
    const before = text.slice(from, s.start);
    const m = before.length > 0 && before.charCodeAt(before.length - 1) <= 0x20 ? INITIAL_BEFORE.exec(before.trimEnd() === before ? before : before.slice(0, -1)) : null;
    if (!m || !allInitials(m[1])) { out.push(s); continue; }
    const start = from + m.index + m[0].length - m[1].length;
    // "A X. B": two parts of one person around a middle initial
    if (prev && prev.label === 'PERSON' && /^\s$/u.test(text.slice(prev.end, start)) && m[1].split('.').length === 2) {
      prev.end = s.end;
      prev.text = text.slice(prev.start, prev.end);
      prev.entityId ??= s.entityId;
      continue;
    }
    if (prev && start < prev.end) { out.push(s); continue; }
    s.start = start;
    s.text = text.slice(s.start, s.end);
    out.push(s);
  }
  return out;
}

function allInitials(chain: string): boolean {
  for (const part of chain.split('.')) {
    const p = part.trim();
    if (p && !INITIALS_NORM.has(p.normalize('NFD')) && !/^[A-Z]$/.test(p)) return false;
  }
  return true;
}
