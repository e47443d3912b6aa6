/**
 * Which spans get which highlight: the pure part of the editor's decorations (also used by the
 * benchmark). Rejected spans and orphans are never shown.
 */
import { DEFAULT_LABELS } from '../model';
import type { AnnotationSpan } from './types';

export type BoilerplateMode = 'dim' | 'hide' | 'show';
export type DecorationStatus = 'accepted' | 'suggested';

/** Labels with their own colour; anything else uses 'OTHER'. */
export const DECORATED_LABELS: readonly string[] = [...DEFAULT_LABELS, 'OTHER'];

export function decorationKey(label: string, status: DecorationStatus, dim: boolean): string {
  const l = DECORATED_LABELS.includes(label) ? label : 'OTHER';
  return `${l}|${status}|${dim ? 'dim' : 'normal'}`;
}

/** Every decoration key, in a fixed order (one decoration type each, created once). */
export function allDecorationKeys(): string[] {
  const out: string[] = [];
  for (const l of DECORATED_LABELS) for (const s of ['accepted', 'suggested'] as const) for (const d of [false, true]) out.push(decorationKey(l, s, d));
  return out;
}

/** Group visible spans by decoration key. Every key is present (possibly empty) so stale ranges get cleared. */
export function groupForDecoration(spans: readonly AnnotationSpan[], boilerplate: BoilerplateMode): Map<string, AnnotationSpan[]> {
  const groups = new Map<string, AnnotationSpan[]>();
  for (const k of allDecorationKeys()) groups.set(k, []);
  // label -> [accepted, accepted dim, suggested, suggested dim]: no string building per span.
  const byLabel = new Map<string, AnnotationSpan[][]>();
  const slots = (label: string): AnnotationSpan[][] => {
    let v = byLabel.get(label);
    if (!v) {
      v = [
        groups.get(decorationKey(label, 'accepted', false))!,
        groups.get(decorationKey(label, 'accepted', true))!,
        groups.get(decorationKey(label, 'suggested', false))!,
        groups.get(decorationKey(label, 'suggested', true))!,
      ];
      byLabel.set(label, v);
    }
    return v;
  };
  const hide = boilerplate === 'hide';
  const dimOn = boilerplate === 'dim';
  for (const s of spans) {
    if (s.orphan || s.status === 'rejected' || s.end <= s.start) continue;
    if (hide && s.inBoilerplate) continue;
    slots(s.label)[(s.status === 'accepted' ? 0 : 2) + (dimOn && s.inBoilerplate ? 1 : 0)].push(s);
  }
  return groups;
}

/** Line/column lookup over a text (UTF-16 columns, like editor positions). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    let i = text.indexOf('\n');
    while (i >= 0) {
      this.starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): { line: number; character: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}
