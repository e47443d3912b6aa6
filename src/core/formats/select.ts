/** Which spans and meetings an export includes (accepted only, labels, boilerplate). */
import type { Meeting, Zone } from '../model';
import type { ExportSpan, SelectOptions } from './types';

/** True when [start, end) overlaps a zone. */
export function inZones(start: number, end: number, zones: readonly Zone[]): boolean {
  return zones.some((z) => start < z.end && z.start < end);
}

/**
 * The spans to export, sorted by (start, end, label), with exact duplicates removed.
 * Rejected spans are never exported; spans whose `text` does not match the document are dropped
 * and reported in `dropped` (an export must be faithful).
 */
export function selectSpans(
  text: string,
  spans: readonly ExportSpan[],
  zones: readonly Zone[],
  options: SelectOptions,
): { spans: ExportSpan[]; dropped: string[] } {
  const labels = options.labels && options.labels.length ? new Set(options.labels) : undefined;
  const out: ExportSpan[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>();
  for (const s of spans) {
    if (s.status === 'rejected') continue;
    if (options.acceptedOnly && s.status !== 'accepted') continue;
    if (labels && !labels.has(s.label)) continue;
    if (options.excludeBoilerplate && (s.inBoilerplate || inZones(s.start, s.end, zones))) continue;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)) {
      dropped.push(`${s.label} [${s.start}, ${s.end}) lies outside the text`);
      continue;
    }
    if (text.slice(s.start, s.end) !== s.text) {
      dropped.push(`${s.label} [${s.start}, ${s.end}) '${s.text}' does not match the text there`);
      continue;
    }
    const key = `${s.start}:${s.end}:${s.label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return { spans: out, dropped };
}

/** Meetings to export: never rejected ones; with `acceptedOnly`, only reviewed (confirmed, edited, manual) ones. */
export function selectMeetings(meetings: readonly Meeting[], options: SelectOptions): Meeting[] {
  return meetings.filter((m) => {
    const state = m.review?.state;
    if (state === 'rejected') return false;
    if (options.acceptedOnly) return state === 'confirmed' || state === 'edited' || state === 'manual';
    return true;
  });
}
