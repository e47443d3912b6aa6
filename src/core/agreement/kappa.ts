import type { AgreementSpan, KappaReport } from './types';
import { isValidSpan, sortSpans } from './spans';

export interface Token { start: number; end: number }

/**
 * Word tokens of a text for token-level agreement: runs of letters, combining marks (Devanagari
 * matras, virama, nukta), digits and zero-width joiners; every other non-space character
 * (punctuation, danda, emoji) is a token of its own. Offsets are UTF-16, end-exclusive.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{M}\p{N}\u200c\u200d]+|[^\s\p{L}\p{M}\p{N}\u200c\u200d]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Running counts for kappa; documents of a corpus are added one by one. */
export interface KappaCounts {
  scheme: 'iob' | 'label';
  n: number;
  agree: number;
  left: Map<string, number>;
  right: Map<string, number>;
  /** Per label: [both in, left only, right only, both out]. */
  perLabel: Map<string, [number, number, number, number]>;
}

export function newKappaCounts(scheme: 'iob' | 'label' = 'iob'): KappaCounts {
  return { scheme, n: 0, agree: 0, left: new Map(), right: new Map(), perLabel: new Map() };
}

/**
 * One tag per token: the label of the outermost (longest, then earliest) span overlapping it, as
 * B-/I- (IOB: B on the span's first token) or the bare label; 'O' outside every span.
 * Also returns, per token, the set of labels of every span overlapping it (nested spans included).
 */
export function tagTokens(tokens: readonly Token[], spans: readonly AgreementSpan[], scheme: 'iob' | 'label'): { tags: string[]; labels: Set<string>[] } {
  const sorted = sortSpans(spans.filter(isValidSpan));
  const tags: string[] = [];
  const labels: Set<string>[] = [];
  let next = 0; // next span (sorted by start) not yet active
  let active: AgreementSpan[] = [];
  let prevSpan: AgreementSpan | undefined;
  for (const t of tokens) {
    while (next < sorted.length && sorted[next].start < t.end) active.push(sorted[next++]);
    if (active.length && active.some((s) => s.end <= t.start)) active = active.filter((s) => s.end > t.start);
    let best: AgreementSpan | undefined;
    const set = new Set<string>();
    for (const s of active) {
      set.add(s.label);
      if (!best || s.end - s.start > best.end - best.start) best = s;
    }
    labels.push(set);
    if (!best) { tags.push('O'); prevSpan = undefined; continue; }
    if (scheme === 'label') tags.push(best.label);
    else tags.push(`${best === prevSpan ? 'I' : 'B'}-${best.label}`);
    prevSpan = best;
  }
  return { tags, labels };
}

/** Adds one document: its text and both sides' spans (UTF-16 offsets into that text). */
export function accumulateKappa(acc: KappaCounts, text: string, left: readonly AgreementSpan[], right: readonly AgreementSpan[]): void {
  const tokens = tokenize(text);
  const l = tagTokens(tokens, left, acc.scheme);
  const r = tagTokens(tokens, right, acc.scheme);
  const allLabels = new Set<string>();
  for (const s of [...left, ...right]) if (isValidSpan(s)) allLabels.add(s.label);
  // A label first seen now was absent on both sides for every token counted so far.
  for (const label of allLabels) if (!acc.perLabel.has(label)) acc.perLabel.set(label, [0, 0, 0, acc.n]);
  for (let i = 0; i < tokens.length; i++) {
    const a = l.tags[i], b = r.tags[i];
    acc.n++;
    if (a === b) acc.agree++;
    acc.left.set(a, (acc.left.get(a) ?? 0) + 1);
    acc.right.set(b, (acc.right.get(b) ?? 0) + 1);
  }
  for (const [label, cell] of acc.perLabel) {
    for (let i = 0; i < tokens.length; i++) {
      const inL = l.labels[i].has(label), inR = r.labels[i].has(label);
      cell[inL ? (inR ? 0 : 1) : inR ? 2 : 3]++;
    }
  }
}

/** Cohen's kappa from observed and expected agreement; null when expected agreement is 1. */
export function kappaOf(observed: number, expected: number): number | null {
  if (expected >= 1 - 1e-12) return null;
  return (observed - expected) / (1 - expected);
}

export function kappaFromCounts(acc: KappaCounts): KappaReport {
  const n = acc.n;
  const observed = n ? acc.agree / n : 1;
  let expected = 0;
  if (n) for (const [tag, c] of acc.left) expected += (c / n) * ((acc.right.get(tag) ?? 0) / n);
  else expected = 1;
  const perLabel: KappaReport['perLabel'] = {};
  for (const label of [...acc.perLabel.keys()].sort()) {
    const [both, lOnly, rOnly, none] = acc.perLabel.get(label)!;
    const m = both + lOnly + rOnly + none;
    const po = m ? (both + none) / m : 1;
    const pl = m ? (both + lOnly) / m : 0, pr = m ? (both + rOnly) / m : 0;
    const pe = m ? pl * pr + (1 - pl) * (1 - pr) : 1;
    perLabel[label] = { kappa: kappaOf(po, pe), observed: po, expected: pe };
  }
  return { scheme: acc.scheme, tokens: n, observed, expected, kappa: kappaOf(observed, expected), perLabel };
}

/** Cohen's kappa over the tokens of one text (both sides' spans in UTF-16 offsets into it). */
export function tokenKappa(text: string, left: readonly AgreementSpan[], right: readonly AgreementSpan[], scheme: 'iob' | 'label' = 'iob'): KappaReport {
  const acc = newKappaCounts(scheme);
  accumulateKappa(acc, text, left, right);
  return kappaFromCounts(acc);
}
