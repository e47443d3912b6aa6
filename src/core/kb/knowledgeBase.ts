/**
 * The knowledge base: canonical entities with aliases, and lazily built indexes (an exact-alias
 * trie over normalised text, a variant-key index, per-token indexes of people's names).
 */
import type { KbEntity } from '../model';
import { TrieMatcher } from '../ner/trie';
import { normalizeForMatch } from '../text/normalize';
import { words } from '../text/tokenize';
import { phraseKey } from './keys';

export class KbFormatError extends Error {}

/** One alias occurrence in the exact trie. */
export interface AliasRef {
  entity: KbEntity;
  alias: string;
  /** The alias is an acronym (all capitals): the text must be upper case too. */
  caseSensitive: boolean;
  /** Neither case-sensitive nor starting with a capital Latin letter: any casing of the text matches. */
  anyCase: boolean;
  /**
   * Copies of the entity's fields that a match needs (id, label, role, country; whether it has
   * contextual aliases), kept on the alias so that a match reads one object, not the entity and its attrs.
   */
  id: string;
  label: string;
  role: string | undefined;
  country: string | undefined;
  contextual: boolean;
}

export interface VariantEntry {
  entity: KbEntity;
  alias: string;
  /** Keys of the alias' words. */
  keys: string[];
}

const LABEL_RE = /^[A-Z][A-Z0-9_]*$/;

/** Validate and read one KB file's JSON value (`{version: 1, entities: [...]}` or a bare array). */
export function parseKbJson(json: unknown, source = 'knowledge base'): KbEntity[] {
  const list = Array.isArray(json) ? json : (json as { entities?: unknown } | null)?.entities;
  if (!Array.isArray(list)) throw new KbFormatError(`${source}: expected {"version":1,"entities":[...]}`);
  const out: KbEntity[] = [];
  list.forEach((e: unknown, i: number) => {
    const o = e as Partial<KbEntity> | null;
    if (!o || typeof o !== 'object') throw new KbFormatError(`${source}: entity #${i} is not an object`);
    if (typeof o.id !== 'string' || o.id.length === 0) throw new KbFormatError(`${source}: entity #${i} has no "id"`);
    if (typeof o.label !== 'string' || !LABEL_RE.test(o.label)) throw new KbFormatError(`${source}: entity "${o.id}" has no valid "label"`);
    const name = (o.name && typeof o.name === 'object' ? o.name : {}) as KbEntity['name'];
    const aliases = Array.isArray(o.aliases) ? o.aliases.filter((a): a is string => typeof a === 'string' && a.trim().length > 0) : [];
    const attrs = o.attrs && typeof o.attrs === 'object' ? Object.fromEntries(Object.entries(o.attrs).filter(([, v]) => typeof v === 'string')) : undefined;
    out.push({
      id: o.id, label: o.label, name: { ...(typeof name.hi === 'string' ? { hi: name.hi } : {}), ...(typeof name.en === 'string' ? { en: name.en } : {}) },
      aliases, ...(typeof o.wikidata === 'string' ? { wikidata: o.wikidata } : {}), ...(attrs && Object.keys(attrs).length ? { attrs } : {}),
    });
  });
  return out;
}

/** Merge entity lists: a later entity with the same id adds aliases and overrides names/attrs. */
export function mergeEntities(...lists: KbEntity[][]): KbEntity[] {
  const byId = new Map<string, KbEntity>();
  for (const list of lists) {
    for (const e of list) {
      const prev = byId.get(e.id);
      if (!prev) {
        byId.set(e.id, { ...e, aliases: [...e.aliases], name: { ...e.name }, ...(e.attrs ? { attrs: { ...e.attrs } } : {}) });
        continue;
      }
      const aliases = [...prev.aliases];
      for (const a of e.aliases) if (!aliases.includes(a)) aliases.push(a);
      byId.set(e.id, {
        ...prev, ...e, aliases, name: { ...prev.name, ...e.name },
        ...(prev.attrs || e.attrs ? { attrs: { ...prev.attrs, ...e.attrs } } : {}),
      });
    }
  }
  return [...byId.values()];
}

/** All surface forms of an entity: aliases plus canonical names. */
export function surfaceForms(e: KbEntity): string[] {
  const set = new Set<string>();
  for (const s of [e.name.hi, e.name.en, ...e.aliases]) if (s && s.trim()) set.add(s.trim());
  return [...set];
}

function isAcronym(alias: string): boolean {
  // fast path: a lower-case Latin or a Devanagari letter rules an acronym out
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x904 && c <= 0x939)) return false;
  }
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 8 && /^[A-Z]+$/.test(letters);
}

/** Aliases that need context (alias -> entity ids), from the data's ambiguity list or a workspace. */
export interface KbAmbiguity {
  contextual?: { alias: string; entityId: string }[];
  caseSensitiveLatin?: string[];
}

export class KnowledgeBase {
  readonly entities: readonly KbEntity[];
  /** Normalised alias -> ids of entities that this alias names only in a supporting context. */
  readonly contextual = new Map<string, Set<string>>();
  private readonly caseSensitive = new Set<string>();
  private byIdMap?: Map<string, KbEntity>;
  private trie?: TrieMatcher<AliasRef>;
  private variants?: Map<string, VariantEntry[]>;
  private exactForms?: Map<string, KbEntity[]>;
  private personTokens?: Map<string, KbEntity[]>;

  constructor(entities: KbEntity[], ambiguity: KbAmbiguity = {}) {
    this.entities = entities;
    for (const c of ambiguity.contextual ?? []) {
      const k = normalizeForMatch(c.alias);
      const set = this.contextual.get(k) ?? new Set<string>();
      set.add(c.entityId);
      this.contextual.set(k, set);
    }
    for (const a of ambiguity.caseSensitiveLatin ?? []) this.caseSensitive.add(a);
  }

  /** Build from several sources (later ones extend earlier ones). */
  static from(lists: KbEntity[][], ambiguity: KbAmbiguity = {}): KnowledgeBase {
    return new KnowledgeBase(mergeEntities(...lists), ambiguity);
  }

  /** Build every lazy index now (e.g. in the background before the first document). Returns this. */
  warm(): this {
    void this.matcher;
    void this.variantIndex;
    this.lookupExact('');
    this.peopleWithNameWord('');
    this.get('');
    return this;
  }

  private contextualIds?: Set<string>;

  /** Has this entity any alias that names it only in a supporting context? */
  hasContextual(entityId: string): boolean {
    if (!this.contextualIds) {
      this.contextualIds = new Set();
      for (const ids of this.contextual.values()) for (const id of ids) this.contextualIds.add(id);
    }
    return this.contextualIds.has(entityId);
  }

  /** Does this alias name this entity only in a supporting context? */
  isContextual(normalisedAlias: string, entityId: string): boolean {
    return this.contextual.get(normalisedAlias)?.has(entityId) ?? false;
  }

  private matchableList?: KbEntity[];

  /**
   * The entities that names are matched to: all but those merged into another entity (the sidebar's
   * Merge Entities writes `attrs.mergedInto`; the target carries their names), so a merged entity's
   * names do not become ambiguous between the two.
   */
  get matchable(): readonly KbEntity[] {
    if (!this.matchableList) this.matchableList = this.entities.filter((e) => this.resolve(e.id) === e);
    return this.matchableList;
  }

  /**
   * The entity an id stands for now: the entity itself, or the one it was merged into (following a
   * chain of merges; an unknown target or a cycle leaves the entity as it is).
   */
  resolve(id: string): KbEntity | undefined {
    const start = this.get(id);
    let e = start;
    const seen = new Set<string>();
    while (e?.attrs?.mergedInto) {
      seen.add(e.id);
      const next = this.get(e.attrs.mergedInto);
      if (!next) break;
      if (seen.has(next.id)) return start; // a cycle of merges: none of them wins
      e = next;
    }
    return e;
  }

  get size(): number {
    return this.entities.length;
  }

  get(id: string): KbEntity | undefined {
    if (!this.byIdMap) this.byIdMap = new Map(this.entities.map((e) => [e.id, e]));
    return this.byIdMap.get(id);
  }

  /** Exact-alias trie (normalised: NFC/NFD, nukta, case, joiners, spaces, quotes). */
  get matcher(): TrieMatcher<AliasRef> {
    if (!this.trie) {
      const t = new TrieMatcher<AliasRef>();
      for (const e of this.matchable) {
        for (const alias of surfaceForms(e)) {
          const caseSensitive = isAcronym(alias) || this.caseSensitive.has(alias);
          const a0 = alias.charCodeAt(0);
          t.add(alias, {
            entity: e, alias, caseSensitive, anyCase: !caseSensitive && !(a0 >= 0x41 && a0 <= 0x5a),
            id: e.id, label: e.label, role: e.attrs?.role || undefined, country: e.attrs?.country || undefined, contextual: this.hasContextual(e.id),
          });
        }
      }
      this.trie = t.prepare();
    }
    return this.trie;
  }

  /** Entities having this exact (normalised) surface form. */
  lookupExact(surface: string): KbEntity[] {
    if (!this.exactForms) {
      const m = new Map<string, KbEntity[]>();
      for (const e of this.matchable) {
        for (const alias of surfaceForms(e)) {
          const k = normalizeForMatch(alias);
          const l = m.get(k) ?? [];
          if (!l.includes(e)) l.push(e);
          m.set(k, l);
        }
      }
      this.exactForms = m;
    }
    return this.exactForms.get(normalizeForMatch(surface)) ?? [];
  }

  /** Variant-key index: first word's key -> aliases starting with it. */
  get variantIndex(): Map<string, VariantEntry[]> {
    if (!this.variants) {
      const m = new Map<string, VariantEntry[]>();
      for (const e of this.matchable) {
        const seen = new Set<string>();
        for (const alias of surfaceForms(e)) {
          const keys = phraseKey(alias).split(' ').filter(Boolean);
          if (keys.length === 0) continue;
          const full = keys.join(' ');
          if (seen.has(full)) continue;
          seen.add(full);
          const l = m.get(keys[0]) ?? [];
          l.push({ entity: e, alias, keys });
          m.set(keys[0], l);
        }
      }
      this.variants = m;
    }
    return this.variants;
  }

  /** Entities whose variant key equals the phrase's key. */
  lookupVariant(surface: string): KbEntity[] {
    let hit = this.variantCache.get(surface);
    if (hit === undefined) {
      if (this.variantCache.size > 50_000) this.variantCache.clear();
      hit = this.computeVariant(surface);
      this.variantCache.set(surface, hit);
    }
    return hit;
  }

  private readonly variantCache = new Map<string, KbEntity[]>();

  private computeVariant(surface: string): KbEntity[] {
    const keys = phraseKey(surface).split(' ').filter(Boolean);
    if (keys.length === 0) return [];
    const out: KbEntity[] = [];
    for (const v of this.variantIndex.get(keys[0]) ?? []) {
      if (v.keys.length === keys.length && v.keys.every((k, i) => k === keys[i]) && !out.includes(v.entity)) out.push(v.entity);
    }
    return out;
  }

  /** People whose some multi-word name contains this word (normalised), e.g. 'सिंह' -> Rajnath Singh, ... */
  peopleWithNameWord(word: string): KbEntity[] {
    if (!this.personTokens) {
      const m = new Map<string, KbEntity[]>();
      for (const e of this.matchable) {
        if (e.label !== 'PERSON') continue;
        for (const alias of surfaceForms(e)) {
          const ws = words(alias);
          if (ws.length < 2) continue;
          for (const w of ws) {
            const k = normalizeForMatch(w);
            const l = m.get(k) ?? [];
            if (!l.includes(e)) l.push(e);
            m.set(k, l);
          }
        }
      }
      this.personTokens = m;
    }
    return this.personTokens.get(normalizeForMatch(word)) ?? [];
  }
}

