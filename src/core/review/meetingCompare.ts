import type { Meeting, MentionRef } from '../model';
import { variantKey } from './variantKey';

export type MeetingField = 'participants' | 'place' | 'date' | 'occasion' | 'topics' | 'status';
export const MEETING_FIELDS: readonly MeetingField[] = ['participants', 'place', 'date', 'occasion', 'topics', 'status'];

/** One value (or one member of a list field) as a source reports it. */
export interface FieldItem {
  /** Comparison key: entity id, normalised date, or loose spelling key. */
  key: string;
  /** What to show: the source's own wording. */
  display: string;
  /** True when every source that reports this field has an item with this key. */
  inAllSources: boolean;
}

export interface SourceFieldValue {
  source: string;
  /** Empty when this source does not give the field. */
  items: FieldItem[];
}

/**
 * - same: every source gives the same value (or none gives one)
 * - missing: some sources give it, others do not (e.g. a date in one article only)
 * - different: sources give different values (e.g. two places)
 * - extra: list fields where some sources name members the others do not (extra participants)
 */
export type FieldState = 'same' | 'missing' | 'different' | 'extra';

export interface FieldComparison {
  field: MeetingField;
  state: FieldState;
  values: SourceFieldValue[];
  /** The merged meeting's current value, as items. */
  merged: FieldItem[];
}

export interface MeetingComparison {
  meetingId: string;
  /** Source document ids, in order of first mention. */
  sources: string[];
  /** The first mention of the meeting in each source. */
  firstMention: Record<string, MentionRef | undefined>;
  fields: FieldComparison[];
  /** Number of fields whose state is not 'same'. */
  differences: number;
}

type RawItem = { key: string; display: string };

/** The items of one field of a meeting (merged, or one source's own). */
export function fieldItems(m: Meeting, field: MeetingField): RawItem[] {
  switch (field) {
    case 'participants':
      return m.participants.map((p) => ({ key: p.entityId || variantKey(p.name), display: p.role ? `${p.name} (${p.role})` : p.name }));
    case 'place':
      return m.place ? [{ key: m.place.entityId || variantKey(m.place.name), display: m.place.name }] : [];
    case 'date': {
      const d = m.date;
      if (!d) return [];
      const key = d.value ?? (d.weekday ? `weekday:${d.weekday}` : variantKey(d.text));
      return [{ key, display: d.value && d.value !== d.text ? `${d.text} (${d.value})` : d.text }];
    }
    case 'occasion':
      return m.occasion ? [{ key: m.occasion.entityId || variantKey(m.occasion.name), display: m.occasion.name }] : [];
    case 'topics':
      return m.topics.map((t) => ({ key: t.entityId || variantKey(t.name), display: t.name }));
    case 'status':
      return [{ key: m.status, display: m.status }];
  }
}

/** Source document ids of a meeting, in order of first mention. */
export function meetingSources(m: Meeting): string[] {
  return [...new Set(m.mentions.map((x) => x.document))];
}

/**
 * For each source of a merged meeting, the meeting that single-article extraction found in that
 * source: the candidate mentioning that document whose mentions overlap the merged meeting's
 * mentions there most (by shared characters).
 */
export function matchSourceMeetings(merged: Meeting, candidates: readonly Meeting[]): Record<string, Meeting | undefined> {
  const out: Record<string, Meeting | undefined> = {};
  for (const doc of meetingSources(merged)) {
    const mine = merged.mentions.filter((x) => x.document === doc);
    let best: Meeting | undefined;
    let bestScore = 0;
    for (const c of candidates) {
      let score = 0;
      for (const a of c.mentions) {
        if (a.document !== doc) continue;
        for (const b of mine) score += Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
      }
      if (score > bestScore) { best = c; bestScore = score; }
    }
    out[doc] = best;
  }
  return out;
}

/**
 * The meeting's fields as each source reports them, with differences marked. Per-source values
 * come from `perSource` (each source's own extraction, see `matchSourceMeetings`) and, for fields
 * listed in `merged.disagreements`, from those per-source values; a source with neither is taken
 * to report the merged value.
 */
export function compareMeetingSources(merged: Meeting, perSource: Readonly<Record<string, Meeting | undefined>> = {}): MeetingComparison {
  const sources = meetingSources(merged);
  const firstMention: Record<string, MentionRef | undefined> = {};
  for (const s of sources) firstMention[s] = merged.mentions.filter((x) => x.document === s).sort((a, b) => a.start - b.start)[0];
  const fields: FieldComparison[] = [];
  for (const field of MEETING_FIELDS) {
    const raw: Record<string, RawItem[]> = {};
    const dis = merged.disagreements?.[field];
    for (const src of sources) {
      const own = perSource[src];
      const fromDis = dis?.filter((v) => v.sources.includes(src)).map((v) => ({ key: variantKey(v.value), display: v.value }));
      if (fromDis && fromDis.length) raw[src] = fromDis;
      else if (own) raw[src] = fieldItems(own, field);
      else raw[src] = fieldItems(merged, field);
    }
    fields.push(compareField(field, sources, raw, fieldItems(merged, field)));
  }
  return { meetingId: merged.id, sources, firstMention, fields, differences: fields.filter((f) => f.state !== 'same').length };
}

function compareField(field: MeetingField, sources: string[], raw: Record<string, RawItem[]>, merged: RawItem[]): FieldComparison {
  const giving = sources.filter((s) => raw[s].length > 0);
  const keySets = giving.map((s) => new Set(raw[s].map((i) => i.key)));
  const inAll = (key: string) => keySets.every((k) => k.has(key));
  const values = sources.map((source) => ({
    source,
    items: dedupe(raw[source]).map((i) => ({ ...i, inAllSources: inAll(i.key) })),
  }));
  let state: FieldState = 'same';
  const isList = field === 'participants' || field === 'topics';
  const allSame = keySets.every((k) => k.size === keySets[0].size && [...k].every((x) => keySets[0].has(x)));
  if (!allSame) state = isList ? 'extra' : 'different';
  else if (giving.length > 0 && giving.length < sources.length) state = 'missing';
  if (isList && state === 'extra' && keySets.some((k) => [...k].every((x) => inAll(x))) === false) state = 'different';
  return { field, state, values, merged: dedupe(merged).map((i) => ({ ...i, inAllSources: inAll(i.key) })) };
}

function dedupe(items: RawItem[]): RawItem[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.key) ? false : (seen.add(i.key), true)));
}
