/** The embedded default knowledge base, parsed and indexed lazily on first use. */
import { BUILTIN_AMBIGUITY, BUILTIN_KB_FILES } from './data/index';
import type { KbEntity } from '../model';
import { KnowledgeBase, mergeEntities, parseKbJson } from './knowledgeBase';

let builtinEntities: KbEntity[] | undefined;
let builtinKb: KnowledgeBase | undefined;

/** The built-in entities (parsed once). */
export function builtinEntityList(): KbEntity[] {
  if (!builtinEntities) builtinEntities = mergeEntities(...BUILTIN_KB_FILES.map((f) => parseKbJson(f.json, f.name)));
  return builtinEntities;
}

/** The built-in knowledge base (shared, immutable). */
export function builtinKnowledgeBase(): KnowledgeBase {
  if (!builtinKb) builtinKb = new KnowledgeBase(builtinEntityList(), BUILTIN_AMBIGUITY);
  return builtinKb;
}

const extended = new WeakMap<KbEntity[], KnowledgeBase>();

/**
 * The built-in knowledge base extended with workspace entities. Cached per `extra` array: pass the
 * same array (or keep the returned instance and pass it as `kb`) to avoid rebuilding the indexes.
 */
export function createKnowledgeBase(extra: KbEntity[] = [], includeBuiltin = true): KnowledgeBase {
  if (extra.length === 0 && includeBuiltin) return builtinKnowledgeBase();
  if (includeBuiltin) {
    const cached = extended.get(extra);
    if (cached) return cached;
  }
  const kb = KnowledgeBase.from([includeBuiltin ? builtinEntityList() : [], extra], includeBuiltin ? BUILTIN_AMBIGUITY : {});
  if (includeBuiltin) extended.set(extra, kb);
  return kb;
}
