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

/** The built-in knowledge base extended with workspace entities (a new instance; reuse it across documents). */
export function createKnowledgeBase(extra: KbEntity[] = [], includeBuiltin = true): KnowledgeBase {
  if (extra.length === 0 && includeBuiltin) return builtinKnowledgeBase();
  return KnowledgeBase.from([includeBuiltin ? builtinEntityList() : [], extra], includeBuiltin ? BUILTIN_AMBIGUITY : {});
}
