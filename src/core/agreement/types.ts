import type { Range } from '../model';

/**
 * The least a span needs for agreement figures: a half-open range [start, end) in UTF-16 code
 * units of the original text, and a label. `EntitySpan` fits; so does any exported span once its
 * offsets are converted back to UTF-16.
 */
export interface AgreementSpan extends Range {
  label: string;
  text?: string;
}

/** How two spans count as the same annotation. */
export type MatchMode = 'exact' | 'overlap';

/** Counts and figures for one label (or overall). `left` is the reference, `right` the candidate. */
export interface PrfScore {
  /** Matched pairs (one left span with one right span). */
  tp: number;
  /** Right spans without a match. */
  fp: number;
  /** Left spans without a match. */
  fn: number;
  /** tp / (tp + fp); 1 when neither side has spans, 0 when only the left has. */
  precision: number;
  /** tp / (tp + fn); 1 when neither side has spans, 0 when only the right has. */
  recall: number;
  /** Harmonic mean of precision and recall (0 when both are 0). */
  f1: number;
}

export interface PrfReport {
  mode: MatchMode;
  /** Per label, sorted by label. */
  perLabel: Record<string, PrfScore>;
  /** Micro average: counts summed over labels. */
  overall: PrfScore;
  /** Unweighted mean of per-label F1. */
  macroF1: number;
}

export interface KappaReport {
  /** 'iob': B-/I-/O tags per token; 'label': the token's label or O. */
  scheme: 'iob' | 'label';
  tokens: number;
  /** Observed agreement. */
  observed: number;
  /** Agreement expected by chance from each side's tag distribution. */
  expected: number;
  /** Cohen's kappa; null when undefined (expected agreement is 1, e.g. both sides tag nothing). */
  kappa: number | null;
  /** Per label: kappa of "token is inside a span of this label" vs not. */
  perLabel: Record<string, { kappa: number | null; observed: number; expected: number }>;
}

export type DisagreementKind = 'only-left' | 'only-right' | 'label-mismatch' | 'boundary-mismatch';

export interface Disagreement<T extends AgreementSpan = AgreementSpan> {
  /** Stable id derived from both spans, e.g. "L10-20:PERSON|R10-24:PERSON". */
  id: string;
  kind: DisagreementKind;
  left?: T;
  right?: T;
  /** Union range of both spans: where to show it in the editor. */
  start: number;
  end: number;
  /** For label mismatches: true when the boundaries differ as well. */
  boundaryDiffers?: boolean;
}
