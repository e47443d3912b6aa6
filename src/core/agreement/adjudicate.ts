import type { AgreementSpan, Disagreement } from './types';
import { compareAnnotations } from './disagreements';
import { sortSpans, spanKey } from './spans';

/**
 * A decision on one disagreement: take the left span, the right span, both (e.g. two nested
 * entities), neither, or replace them with edited spans.
 */
export type Decision<T extends AgreementSpan = AgreementSpan> =
  | { take: 'left' | 'right' | 'both' | 'none' }
  | { take: 'edit'; spans: T[] };

export interface AdjudicationResult<T extends AgreementSpan> {
  /** Agreed spans plus every decided disagreement's outcome, sorted, without duplicates. */
  spans: T[];
  /** Disagreements that have no decision yet (their spans are not in `spans` unless `fallback` says so). */
  undecided: Disagreement<T>[];
  /** Decisions whose id matches no current disagreement (e.g. stale after an edit). */
  unknownDecisions: string[];
}

/**
 * Builds the adjudicated set from two annotation sets and per-disagreement decisions (keyed by
 * `Disagreement.id`). Undecided disagreements follow `fallback` ('left' keeps the left side's
 * spans, the usual choice when the left is the current annotation; 'none' drops them).
 */
export function adjudicate<T extends AgreementSpan>(
  left: readonly T[],
  right: readonly T[],
  decisions: Readonly<Record<string, Decision<T>>>,
  fallback: 'left' | 'right' | 'none' = 'left',
): AdjudicationResult<T> {
  const { agreed, disagreements } = compareAnnotations(left, right);
  const spans: T[] = [...agreed];
  const undecided: Disagreement<T>[] = [];
  const ids = new Set<string>();
  for (const d of disagreements) {
    ids.add(d.id);
    const decision = decisions[d.id];
    if (!decision) {
      undecided.push(d);
      spans.push(...pick(d, fallback));
    } else if (decision.take === 'edit') {
      spans.push(...decision.spans);
    } else {
      spans.push(...pick(d, decision.take));
    }
  }
  const seen = new Set<string>();
  const unique = sortSpans(spans).filter((s) => {
    const k = spanKey(s);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { spans: unique, undecided, unknownDecisions: Object.keys(decisions).filter((k) => !ids.has(k)).sort() };
}

function pick<T extends AgreementSpan>(d: Disagreement<T>, take: 'left' | 'right' | 'both' | 'none'): T[] {
  const out: T[] = [];
  if ((take === 'left' || take === 'both') && d.left) out.push(d.left);
  if ((take === 'right' || take === 'both') && d.right) out.push(d.right);
  return out;
}
