/**
 * Knowledge-base matching: exact aliases through the normalised trie (confidence 0.95,
 * 'kb-exact'), then variant keys over the remaining word tokens (0.7, 'kb-variant'). Several
 * entities sharing one alias give a low-confidence suggestion listing the candidates; nothing fuzzy
 * is merged silently.
 */
import type { EntitySpan, KbEntity } from '../model';
import type { AliasRef, KnowledgeBase, VariantEntry } from '../kb/knowledgeBase';
import { tokenKey } from '../kb/keys';
import { scanWords, type WordScan } from './trie';
import { normalizeForMatch } from '../text/normalize';
import type { Token } from '../text/tokenize';
import { AMBIGUOUS_NAMES, AMBIGUOUS_PLACES, keepAmbiguousPlace, keepContextual } from './ambiguity';
import { DEMONYMS, ROLES, STOPWORDS, TITLES } from './lexicon';

export const CONFIDENCE_EXACT = 0.95;
export const CONFIDENCE_VARIANT = 0.7;
export const CONFIDENCE_AMBIGUOUS = 0.5;

const keyCache = new Map<string, string>();
export function cachedKey(word: string): string {
  let k = keyCache.get(word);
  if (k === undefined) {
    if (keyCache.size > 200_000) keyCache.clear();
    k = tokenKey(word);
    keyCache.set(word, k);
  }
  return k;
}

/** Token -> variant-index entries of its key (null: none), so most tokens cost one lookup. */
let entryCache = new WeakMap<Map<string, VariantEntry[]>, Map<string, VariantEntry[] | null>>();
function entryMapFor(index: Map<string, VariantEntry[]>): Map<string, VariantEntry[] | null> {
  let m = entryCache.get(index);
  if (!m) {
    m = new Map();
    entryCache.set(index, m);
  }
  return m;
}
function entriesFor(index: Map<string, VariantEntry[]>, m: Map<string, VariantEntry[] | null>, word: string): VariantEntry[] | undefined {
  let e = m.get(word);
  if (e === undefined) {
    if (m.size > 200_000) {
      entryCache = new WeakMap();
      return index.get(cachedKey(word));
    }
    e = index.get(cachedKey(word)) ?? null;
    m.set(word, e);
  }
  return e ?? undefined;
}

const normCache = new Map<string, string>();
export function normWord(word: string): string {
  // plain Devanagari (no precomposed nukta letters, no joiners) and printable ASCII other than capitals
  // and the space are already in matching form
  let plain = true;
  let upper = false;
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      if (c <= 0x20 || c === 0x7f) { plain = false; ascii = false; break; }
      if (c >= 0x41 && c <= 0x5a) upper = true;
    } else {
      ascii = false;
      if (c < 0x900 || c > 0x97f || c === 0x929 || c === 0x931 || c === 0x934 || (c >= 0x958 && c <= 0x95f)) { plain = false; break; }
    }
  }
  if (plain && !upper) return word;
  // printable ASCII with capitals: only the case changes
  if (ascii) return word.toLowerCase();
  let k = normCache.get(word);
  if (k === undefined) {
    if (normCache.size > 200_000) normCache.clear();
    k = normalizeForMatch(word);
    normCache.set(word, k);
  }
  return k;
}

/** normWord of a token's text, computed once per token (recognisers ask for it again and again). */
export function tokenNorm(t: Token): string {
  return (t.norm ??= normWord(t.text));
}

function startsLowerLatin(s: string): boolean {
  const s0 = s.charCodeAt(0);
  return s0 >= 0x61 && s0 <= 0x7a;
}

function hasLowerLatin(s: string): boolean {
  return /[a-z]/.test(s);
}

function distinctEntities(values: AliasRef[]): KbEntity[] {
  const out: KbEntity[] = [];
  for (const v of values) if (!out.includes(v.entity)) out.push(v.entity);
  return out;
}

function entityAttrs(e: KbEntity): Record<string, string> | undefined {
  const at = e.attrs;
  if (!at || (!at.role && !at.country)) return undefined;
  const a: Record<string, string> = {};
  if (at.role) a.role = at.role;
  if (at.country) a.country = at.country;
  return a;
}

function makeSpan(text: string, start: number, end: number, entities: KbEntity[], confidence: number, method: string, slice?: string): EntitySpan {
  const e = entities[0];
  // the same keys in the same order as autoSpan(..., { entityId }) gives, built in one go
  const span: EntitySpan = {
    start, end, label: e.label, text: slice ?? text.slice(start, end), source: 'auto', status: 'suggested',
    confidence: entities.length === 1 ? confidence : CONFIDENCE_AMBIGUOUS, method, entityId: e.id,
  };
  const attrs = entityAttrs(e);
  if (entities.length > 1) span.attrs = { ...attrs, candidates: entities.map((x) => x.id).join(' ') };
  else if (attrs) span.attrs = attrs;
  return span;
}

/** makeSpan for one entity, from its alias' copies of the entity's fields (the same object, key for key). */
function makeSpanRef(start: number, end: number, ref: AliasRef, slice: string): EntitySpan {
  const span: EntitySpan = {
    start, end, label: ref.label, text: slice, source: 'auto', status: 'suggested',
    confidence: CONFIDENCE_EXACT, method: 'kb-exact', entityId: ref.id,
  };
  if (ref.role || ref.country) {
    const a: Record<string, string> = {};
    if (ref.role) a.role = ref.role;
    if (ref.country) a.country = ref.country;
    span.attrs = a;
  }
  return span;
}

/** One entity, with contextual aliases? (`ref`, when given, is the alias of entities[0].) */
function hasContextual(kb: KnowledgeBase, entities: KbEntity[], ref: AliasRef | undefined): boolean {
  return entities.length === 1 && (ref ? ref.contextual : kb.hasContextual(entities[0].id));
}

/** Exact alias matches over the whole text (`words`: the text's `scanWords`, when already made). */
export function matchExact(text: string, kb: KnowledgeBase, tokens: Token[], words: WordScan = scanWords(text)): EntitySpan[] {
  const out: EntitySpan[] = [];
  /** Entities the matches name (a contextual alias only where its context supports it); read only when some alias is contextual. */
  const named: KbEntity[] = [];
  const pending: { span: EntitySpan; entity: KbEntity; ok: boolean }[] = [];
  let cursor = 0;
  for (const m of kb.matcher.findAllScanned(text, words)) {
    const slice = text.slice(m.start, m.end);
    const v0 = m.first;
    // (an alias neither any-case nor case-sensitive starts with a Latin capital: the text must not start in lower case)
    const values = m.single && (v0.anyCase || (!v0.caseSensitive && !startsLowerLatin(slice))) ? m.values : m.values.filter((v) => {
      if (v.caseSensitive && hasLowerLatin(slice)) return false;
      // Title-case Latin alias: the text must be capitalised too ("Nice" the city, not "nice")
      const a0 = v.alias.charCodeAt(0);
      const s0 = slice.charCodeAt(0);
      if (a0 >= 0x41 && a0 <= 0x5a && s0 >= 0x61 && s0 <= 0x7a) return false;
      return true;
    });
    if (values !== m.values && values.length === 0) continue;
    // one alias: its copies of the entity's fields serve (no reads of the entity itself)
    const ref = values === m.values ? v0 : values.length === 1 ? values[0] : undefined;
    let entities = ref ? [ref.entity] : distinctEntities(values);
    // matches come in text order: a cursor finds the token at the match's start
    while (cursor < tokens.length && tokens[cursor].start < m.start) cursor++;
    const ti = cursor < tokens.length && tokens[cursor].start === m.start ? cursor : -1;
    let last = ti;
    while (last >= 0 && last + 1 < tokens.length && tokens[last + 1].start < m.end) last++;
    const singleWord = ti >= 0 && last === ti;
    // the normalised form is needed only for single words and entities with contextual aliases
    const n = singleWord || (ti >= 0 && hasContextual(kb, entities, ref)) ? normWord(slice) : '';
    if (singleWord && AMBIGUOUS_PLACES.has(n)) {
      if (!keepAmbiguousPlace(tokens, ti)) entities = entities.filter((e) => e.label !== 'LOCATION');
    }
    if (singleWord && AMBIGUOUS_NAMES.has(n)) entities = entities.filter((e) => e.label !== 'PERSON');
    if (entities.length === 0) continue;
    const span = ref && entities.length === 1 ? makeSpanRef(m.start, m.end, ref, slice) : makeSpan(text, m.start, m.end, entities, CONFIDENCE_EXACT, 'kb-exact', slice);
    if (ti >= 0 && hasContextual(kb, entities, ref) && kb.isContextual(n, entities[0].id)) {
      const ok = keepContextual(tokens, ti, last, entities[0].label, cueBefore(tokens, ti));
      if (ok) named.push(entities[0]);
      pending.push({ span, entity: entities[0], ok });
      out.push(span);
      continue;
    }
    for (const e of entities) named.push(e);
    out.push(span);
  }
  if (pending.length === 0) return out;
  // a contextual alias is kept when its context supports it or the entity is named elsewhere in the text
  const confirmed = new Set(named.map((e) => e.id));
  const drop = new Set(pending.filter((p) => !p.ok && !confirmed.has(p.entity.id)).map((p) => p.span));
  return drop.size ? out.filter((s) => !drop.has(s)) : out;
}

const CUE_WORDS = new Set([...Object.keys(ROLES), ...Object.keys(TITLES)].map((k) => normalizeForMatch(k.split(' ').pop() ?? k)));
function cueBefore(tokens: Token[], i: number): boolean {
  return i > 0 && !tokens[i].newlineBefore && CUE_WORDS.has(tokenNorm(tokens[i - 1]));
}

const DEMONYM_SET = new Set(Object.keys(DEMONYMS).map((d) => normalizeForMatch(d)));
function isDemonymOf(word: string, e: KbEntity): boolean {
  if (DEMONYM_SET.has(word)) return true;
  const d = [e.attrs?.demonymHi, e.attrs?.demonymEn].filter(Boolean).map((x) => normalizeForMatch(x!));
  if (d.includes(word)) return true;
  // an adjective formed with -ी/-ीय from one of the entity's names
  return /(?:ी|ीय|ियों|ियन|ian|ese|ish)$/u.test(word) && [e.name.hi, e.name.en].some((nm) => nm && word.startsWith(normalizeForMatch(nm)));
}

/** Variant-key matches over word tokens not covered by `covered` (sorted, non-overlapping spans). */
export function matchVariants(text: string, kb: KnowledgeBase, tokens: Token[], covered: EntitySpan[]): EntitySpan[] {
  const index = kb.variantIndex;
  let entryMap = entryMapFor(index);
  const out: EntitySpan[] = [];
  let c = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    while (c < covered.length && covered[c].end <= t.start) c++;
    if (c < covered.length && covered[c].start < t.end) continue;
    if (t.text.length < 3) continue;
    if (entryMap.size > 200_000) entryMap = entryMapFor(index); // the cache was reset
    const entries = entriesFor(index, entryMap, t.text);
    if (!entries) continue;
    const n0 = tokenNorm(t);
    if (STOPWORDS.has(n0) || AMBIGUOUS_NAMES.has(n0) || AMBIGUOUS_PLACES.has(n0)) continue;
    let best: { end: number; entities: KbEntity[]; n: number } | undefined;
    for (const v of entries) {
      // follow the alias' words over the next word tokens (hyphens allowed between, no line break)
      let j = i;
      let ok = true;
      let end = t.end;
      for (let w = 1; w < v.keys.length && ok; w++) {
        j++;
        while (j < tokens.length && !tokens[j].word && tokens[j].text === '-' && !tokens[j].newlineBefore) j++;
        if (j >= tokens.length || !tokens[j].word || tokens[j].newlineBefore || cachedKey(tokens[j].text) !== v.keys[w]) ok = false;
        else end = tokens[j].end;
      }
      if (!ok) continue;
      const keyLen = v.keys.join('').length;
      if (keyLen < 4) continue;
      // Latin single words must be capitalised to count as a name variant
      if (v.keys.length === 1 && /^[a-z]/.test(t.text)) continue;
      if (v.keys.length === 1) {
        // one word: only names of people and places, long enough, never a demonym (रूसी is not रूस)
        if ((v.entity.label !== 'PERSON' && v.entity.label !== 'LOCATION') || keyLen < 5) continue;
        if (AMBIGUOUS_NAMES.has(normWord(v.alias)) || isDemonymOf(n0, v.entity)) continue;
      }
      if (!best || end > best.end) best = { end, entities: [v.entity], n: v.keys.length };
      else if (end === best.end && !best.entities.includes(v.entity)) best.entities.push(v.entity);
    }
    if (!best) continue;
    if (best.entities.length > 1) continue; // ambiguous variant: no suggestion rather than a wrong link
    out.push(makeSpan(text, t.start, best.end, best.entities, CONFIDENCE_VARIANT, 'kb-variant'));
    while (i + 1 < tokens.length && tokens[i + 1].start < best.end) i++;
  }
  return out;
}
