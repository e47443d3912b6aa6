import type { EntitySpan, Range } from '../model';
import { variantKey } from './variantKey';

export interface EntityMention extends Range {
  text: string;
}

/** One entity both documents mention. */
export interface SharedEntity {
  /** entityId when linked, else "label|variant key". */
  key: string;
  entityId?: string;
  label: string;
  left: EntityMention[];
  right: EntityMention[];
  /** Distinct surface forms on each side, in order of first use. */
  leftSpellings: string[];
  rightSpellings: string[];
  /** True when the two sides never use the same surface form. */
  spelledDifferently: boolean;
}

/** One step of "next shared entity": a mention on each side of the same entity. */
export interface SharedStep {
  /** Index into the `SharedEntity[]` list. */
  entity: number;
  left: EntityMention;
  right: EntityMention;
}

export interface SharedEntityOptions {
  /** Ignore spans inside boilerplate zones (navigation, related links...). Default true. */
  skipBoilerplate?: boolean;
  /** Ignore rejected suggestions. Default true. */
  skipRejected?: boolean;
}

function keyOf(s: EntitySpan): string {
  return s.entityId ? s.entityId : `${s.label}|${variantKey(s.text)}`;
}

function group(spans: readonly EntitySpan[], o: Required<SharedEntityOptions>): Map<string, EntitySpan[]> {
  const m = new Map<string, EntitySpan[]>();
  for (const s of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (o.skipBoilerplate && s.inBoilerplate) continue;
    if (o.skipRejected && s.status === 'rejected') continue;
    if (!(s.end > s.start)) continue;
    const k = keyOf(s);
    if (!k || k.endsWith('|')) continue;
    const list = m.get(k);
    if (list) list.push(s); else m.set(k, [s]);
  }
  return m;
}

const uniq = (xs: string[]): string[] => [...new Set(xs)];
const mention = (s: EntitySpan): EntityMention => ({ start: s.start, end: s.end, text: s.text });

/**
 * Entities that two documents share: the same knowledge-base entity (whatever the spelling), or
 * for unlinked spans the same label and loose spelling key. Sorted by first mention on the left.
 */
export function sharedEntities(left: readonly EntitySpan[], right: readonly EntitySpan[], options: SharedEntityOptions = {}): SharedEntity[] {
  const o = { skipBoilerplate: options.skipBoilerplate ?? true, skipRejected: options.skipRejected ?? true };
  const l = group(left, o);
  const r = group(right, o);
  const out: SharedEntity[] = [];
  for (const [key, ls] of l) {
    const rs = r.get(key);
    if (!rs) continue;
    const leftSpellings = uniq(ls.map((s) => s.text));
    const rightSpellings = uniq(rs.map((s) => s.text));
    out.push({
      key,
      entityId: ls[0].entityId,
      label: ls[0].label,
      left: ls.map(mention),
      right: rs.map(mention),
      leftSpellings,
      rightSpellings,
      spelledDifferently: !leftSpellings.some((x) => rightSpellings.includes(x)),
    });
  }
  return out.sort((a, b) => a.left[0].start - b.left[0].start || a.right[0].start - b.right[0].start);
}

/**
 * The steps of "next shared entity", in reading order of the left document: each left mention
 * with the right mention of the same ordinal (the last one when the right has fewer), then the
 * right mentions that no left mention reached, with the entity's last left mention.
 */
export function sharedSteps(shared: readonly SharedEntity[]): SharedStep[] {
  const steps: SharedStep[] = [];
  shared.forEach((e, entity) => {
    const n = Math.max(e.left.length, e.right.length);
    for (let i = 0; i < n; i++) {
      steps.push({ entity, left: e.left[Math.min(i, e.left.length - 1)], right: e.right[Math.min(i, e.right.length - 1)] });
    }
  });
  return steps.sort((a, b) => a.left.start - b.left.start || a.right.start - b.right.start);
}
