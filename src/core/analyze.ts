import type { DocumentAnalysis, EntitySpan, KbEntity } from './model';
import { createKnowledgeBase } from './kb/builtin';
import type { KnowledgeBase } from './kb/knowledgeBase';
import { corefNameParts } from './ner/coref';
import { findDates, resolveAgainst } from './ner/dates';
import { findEquipment, joinMakerModel, namedShips, trimClassWords } from './ner/equipment';
import { findEvents, joinBattles } from './ner/events';
import { exerciseYearsAndMentions, findExercises } from './ner/exercises';
import { matchExact, matchVariants } from './ner/kbMatch';
import { DEMONYMS, GENERIC_ROLES } from './ner/lexicon';
import { extendPersonInitials, findCuePeople } from './ner/people';
import { findNamePatterns } from './ner/patterns';
import { dropIdleMissions, equipmentAsCompany, extendCompanySuffix, findForceOrgs, findPlaceOrgs, findPlatformX } from './ner/orgs';
import { splitConflictEvents } from './ner/conflicts';
import { findPlaceRules, joinDirections, missionVenues } from './ner/placeRules';
import { resolveOverlaps } from './ner/resolve';
import type { WordScan } from './ner/trie';
import { overlapsSorted, rangeAt } from './ner/span';
import { dropCraftPlaces, extendPersonNames, personVenues, splitCompoundSpans, trimGenericWords } from './ner/trim';
import { STOPWORDS } from './ner/lexicon';
import { splitSentences } from './text/sentences';
import { tokenize } from './text/tokenize';
import { findZones } from './text/zones';

export interface AnalyzeOptions {
  /** Extra entities (e.g. a workspace's `.news-annotator/entities.json`), merged over the built-in knowledge base. */
  extraEntities?: KbEntity[];
  /** Labels to produce; default: all of DEFAULT_LABELS. */
  labels?: string[];
  /**
   * A prepared knowledge base (see `createKnowledgeBase`): build it once and pass it for every document.
   * When given, `extraEntities` is ignored.
   */
  kb?: KnowledgeBase;
  /** The article's date (YYYY-MM-DD) when known from metadata; otherwise the first full date in the text is used. */
  documentDate?: string;
}

/** Future-tense verb endings (करेंगे, होगी, जाएगा) and "will": a weekday in such a sentence points forward. */
const FUTURE = /(?:ेंगे|ेंगी|ेगा|ेगी|एंगे|एगा|एगी|ऊंगा|ंगे|\bwill\b)(?![\p{L}\p{M}])/u;

/**
 * Analyse one article: boilerplate zones, sentences and entity suggestions (UTF-16 offsets into `text`,
 * which is never changed). Deterministic: the same text and options give the same result.
 */
export function analyzeDocument(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const kb = options.kb ?? createKnowledgeBase(options.extraEntities ?? []);
  const zones = findZones(text);
  const sentences = splitSentences(text);
  // the tokeniser also hashes the words: one scan serves both tries (knowledge base and cues)
  const words: WordScan = [];
  const tokens = tokenize(text, 0, text.length, words);

  const exact = resolveOverlaps(matchExact(text, kb, tokens, words));
  const variants = matchVariants(text, kb, tokens, exact);
  const kbSpans = resolveOverlaps([...exact, ...variants]);

  const cue = findCuePeople(text, tokens, kbSpans, kb, words);
  for (const s of kbSpans) {
    const a = cue.attrsFor.get(s.start);
    if (a && Object.keys(a).length) {
      const merged = { ...s.attrs, ...a };
      // a vague cue ("नेता", "मंत्री") keeps the KB person's own, more specific role
      if (s.attrs?.role && a.role && GENERIC_ROLES.has(a.role)) merged.role = s.attrs.role;
      s.attrs = merged;
    }
  }

  const zoneOf = (pos: number) => rangeAt(zones, pos);
  const sentenceAt = (pos: number) => rangeAt(sentences, pos);
  // a first pass to find the article's own date: a full date outside teaser blocks
  let documentDate = options.documentDate;
  const firstDates = findDates(text, {}, tokens);
  if (!documentDate) {
    // the article's own date: in a byline or tweet trailer, or in the dateline (the first lines)
    const d = firstDates.find((x) => x.date?.precision === 'day' && /^\d{4}-/.test(x.date.value ?? '') &&
      (isDatelineZone(zoneOf(x.start)?.kind) || (x.start < DATELINE_CHARS && !zoneOf(x.start))));
    documentDate = d?.date?.value;
  }
  const dates = firstDates;
  if (documentDate && /^\d{4}-\d{2}-\d{2}$/.test(documentDate)) {
    resolveAgainst(dates, {
      documentDate,
      isFuture: (pos) => {
        const s = sentenceAt(pos);
        return !!s && FUTURE.test(text.slice(s.start, s.end));
      },
    });
  }

  const forceHeads: number[] = [];
  const equipment = findEquipment(text, tokens, forceHeads);
  const events = findEvents(text, tokens, kbSpans);
  for (const ev of events) {
    // link a rule-found event to the KB when its text, without a parenthesised acronym, is an alias
    const bare = ev.text.replace(/\s*\([^()]*\)/gu, '');
    const hits = kb.lookupExact(bare).filter((e) => e.label === 'EVENT');
    const vhits = hits.length ? hits : kb.lookupVariant(bare).filter((e) => e.label === 'EVENT');
    if (vhits.length === 1) {
      ev.entityId = vhits[0].id;
      ev.confidence = hits.length ? 0.85 : 0.7;
    }
  }

  const placeOrgs = findPlaceOrgs(text, tokens, kbSpans);
  for (const f of findForceOrgs(text, tokens, kbSpans, countryWords(kb), forceHeads)) placeOrgs.push(f);
  const placesAndOrgs = kbSpans.filter((s) => s.label === 'LOCATION' || s.label === 'ORG');
  const exercises = findExercises(text, tokens, (a, b) => overlapsSorted(placesAndOrgs, a, b));
  const platforms = findPlatformX(text, tokens);
  let spans = resolveOverlaps([...kbSpans, ...cue.people, ...dates, ...equipment, ...events, ...exercises, ...placeOrgs, ...platforms]);
  const patterns = findNamePatterns(text, tokens, (a, b) => overlapsSorted(spans, a, b));
  if (patterns.length) spans = resolveOverlaps([...spans, ...patterns]);
  const placeType = (id: string) => kb.get(id)?.attrs?.type;
  const placeRules = findPlaceRules(text, tokens, spans, placeType);
  if (placeRules.length) spans = resolveOverlaps([...spans, ...placeRules]);
  spans = resolveOverlaps([...spans, ...corefNameParts(text, tokens, spans)]);
  spans = trimGenericWords(spans, text);
  const exerciseIds = exerciseEventIds(kb);
  spans = exerciseYearsAndMentions(spans, text, (s) => s.method === 'exercise-rule' || (!!s.entityId && exerciseIds.has(s.entityId)));
  extendPersonNames(spans, text, (w) => STOPWORDS.has(w));
  spans = extendPersonInitials(spans, text);
  extendCompanySuffix(spans, text);
  spans = joinMakerModel(spans, text, (s) => !!s.entityId && /company/.test(kb.get(s.entityId)?.attrs?.type ?? ''));
  equipmentAsCompany(spans, text);
  trimClassWords(spans, text);
  spans = namedShips(spans, text, tokens);
  spans = missionVenues(spans, text, tokens, countryWords(kb));
  spans = dropIdleMissions(spans, text, (s) => !!s.entityId && /diplomatic mission|embassy/.test(kb.get(s.entityId)?.attrs?.type ?? ''));
  personVenues(spans, text);
  spans = dropCraftPlaces(spans, text);
  spans = splitCompoundSpans(spans, text,
    (w) => { const l = kb.lookupExact(w).filter((e) => e.label === 'LOCATION'); return l.length === 1 ? l[0].id : undefined; },
    (w) => kb.lookupExact(w).some((e) => e.label === 'EVENT'));
  spans = splitConflictEvents(spans, text, (w) => { const l = kb.lookupExact(w).filter((e) => e.label === 'LOCATION'); return l.length === 1 ? l[0].id : undefined; });
  joinDirections(spans, text, placeType);
  joinBattles(spans, text, placeType);
  // a known venue says so (meetings rank a venue below its city): attrs.type as on rule-found venues
  const venues = venueIds(kb);
  for (const s of spans) if (s.entityId && venues.has(s.entityId) && !s.attrs?.type) s.attrs = { ...s.attrs, type: 'venue' };

  const labels = options.labels ? new Set(options.labels) : undefined;
  const out: EntitySpan[] = [];
  for (const s of spans) {
    if (labels && !labels.has(s.label)) continue;
    const z = zones.length ? zoneOf(s.start) : undefined;
    // an embedded tweet's signature line ("— Name (@handle) May 4, 2025") names its author: the person stays
    if (z && !(z.kind === 'tweet-trailer' && s.label === 'PERSON')) s.inBoilerplate = true;
    out.push(s);
  }
  return { zones, sentences, entities: out };
}

/** Country adjectives (the lexicon's and the knowledge base's demonyms), once per knowledge base. */
const COUNTRY_WORDS = new WeakMap<KnowledgeBase, (w: string) => boolean>();
function countryWords(kb: KnowledgeBase): (w: string) => boolean {
  let f = COUNTRY_WORDS.get(kb);
  if (!f) {
    const set = new Set<string>([...Object.keys(DEMONYMS), 'फिलीपीनी', 'फिलिपीनी', 'Philippine', 'Filipino', 'वियतनामी', 'Vietnamese', 'मिस्री', 'Egyptian', 'यूएस']);
    for (const e of kb.entities) {
      if (e.label !== 'LOCATION' || e.attrs?.type !== 'country') continue;
      if (e.attrs.demonymHi) set.add(e.attrs.demonymHi);
      if (e.attrs.demonymEn) set.add(e.attrs.demonymEn);
    }
    f = (w: string) => set.has(w);
    COUNTRY_WORDS.set(kb, f);
  }
  return f;
}

/** Ids of the knowledge base's entities that `pick` selects, computed once per knowledge base. */
function idsOnce(cache: WeakMap<KnowledgeBase, Set<string>>, kb: KnowledgeBase, pick: (e: KbEntity) => boolean): Set<string> {
  let v = cache.get(kb);
  if (!v) {
    v = new Set(kb.entities.filter(pick).map((e) => e.id));
    cache.set(kb, v);
  }
  return v;
}

/** The knowledge base's venues. */
const VENUES = new WeakMap<KnowledgeBase, Set<string>>();
const venueIds = (kb: KnowledgeBase) => idsOnce(VENUES, kb, (e) => e.label === 'LOCATION' && e.attrs?.type === 'venue');

/** Knowledge-base event types named with a year ("इंद्र-2025", "एयरो इंडिया 2025"): exercises and shows. */
const EXERCISE_TYPE = /exercise|air show|exhibition/u;
const EXERCISES = new WeakMap<KnowledgeBase, Set<string>>();
const exerciseEventIds = (kb: KnowledgeBase) => idsOnce(EXERCISES, kb, (e) => e.label === 'EVENT' && EXERCISE_TYPE.test(String(e.attrs?.type ?? '')));

/** A full date this close to the start is the article's dateline. */
const DATELINE_CHARS = 300;

function isDatelineZone(kind: string | undefined): boolean {
  return kind === 'byline' || kind === 'tweet-trailer';
}
