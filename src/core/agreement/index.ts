/**
 * Inter-annotator agreement and adjudication. Pure: spans in (UTF-16 offsets), figures out.
 * `left` is the reference (e.g. the current annotations), `right` the other set.
 */
import type { AgreementSpan, KappaReport, PrfReport } from './types';
import { accumulatePrf, prfFromCounts } from './prf';
import { accumulateKappa, kappaFromCounts, newKappaCounts } from './kappa';
import { compareAnnotations } from './disagreements';

export * from './types';
export { matchSpans, spanPrf } from './prf';
export { spanKey, sortSpans, overlapLength } from './spans';
export { tokenize, tagTokens, tokenKappa, kappaOf } from './kappa';
export { compareAnnotations, disagreementId, type Comparison } from './disagreements';
export { adjudicate, type Decision, type AdjudicationResult } from './adjudicate';

export interface AgreementDocument {
  id: string;
  /** The article text; without it no token kappa is computed for this document. */
  text?: string;
  left: AgreementSpan[];
  right: AgreementSpan[];
}

export interface AgreementReport {
  documents: number;
  exact: PrfReport;
  overlap: PrfReport;
  /** Null when no document had its text. */
  kappa: KappaReport | null;
  /** Documents counted in the kappa. */
  kappaDocuments: number;
  disagreements: { 'only-left': number; 'only-right': number; 'label-mismatch': number; 'boundary-mismatch': number };
}

/** Agreement figures for one article or a whole corpus (counts pooled over documents). */
export function agreement(docs: readonly AgreementDocument[], scheme: 'iob' | 'label' = 'iob'): AgreementReport {
  const exact = new Map<string, { tp: number; fp: number; fn: number }>();
  const overlap = new Map<string, { tp: number; fp: number; fn: number }>();
  const k = newKappaCounts(scheme);
  let kappaDocuments = 0;
  const dis = { 'only-left': 0, 'only-right': 0, 'label-mismatch': 0, 'boundary-mismatch': 0 };
  for (const d of docs) {
    accumulatePrf(exact, d.left, d.right, 'exact');
    accumulatePrf(overlap, d.left, d.right, 'overlap');
    if (typeof d.text === 'string') {
      accumulateKappa(k, d.text, d.left, d.right);
      kappaDocuments++;
    }
    for (const x of compareAnnotations(d.left, d.right).disagreements) dis[x.kind]++;
  }
  return {
    documents: docs.length,
    exact: prfFromCounts(exact, 'exact'),
    overlap: prfFromCounts(overlap, 'overlap'),
    kappa: kappaDocuments ? kappaFromCounts(k) : null,
    kappaDocuments,
    disagreements: dis,
  };
}
