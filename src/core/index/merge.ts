/**
 * Merge the meetings extracted per article into corpus meetings: reports with the same id (ids
 * derive from participants, place and date) become one meeting; where sources disagree on a field,
 * the majority value wins and every source's value is kept in `disagreements`.
 */
import type { Meeting, MeetingParticipant, MeetingStatus, MentionRef, SourcedValue } from '../model';

const STATUS_PRIORITY: MeetingStatus[] = ['held', 'call', 'planned', 'past'];

function docsOf(m: Meeting): string[] {
  const docs = [...new Set(m.mentions.map((x) => x.document))];
  return docs.length ? docs : ['?'];
}

/** Count each value's sources; returns the values by descending support (ties: first seen). */
function tally(reports: Meeting[], valueOf: (m: Meeting) => string | undefined): SourcedValue<string>[] {
  const byValue = new Map<string, Set<string>>();
  for (const r of reports) {
    const v = valueOf(r);
    if (v === undefined || v === '') continue;
    let set = byValue.get(v);
    if (!set) byValue.set(v, (set = new Set()));
    for (const d of docsOf(r)) set.add(d);
  }
  return [...byValue.entries()]
    .map(([value, sources]) => ({ value, sources: [...sources].sort() }))
    .sort((a, b) => b.sources.length - a.sources.length);
}

function dateKey(m: Meeting): string | undefined {
  return m.date ? (m.date.value ?? m.date.text) : undefined;
}

function mergeGroup(reports: Meeting[]): Meeting {
  if (reports.length === 1) return reports[0];
  const first = reports[0];
  const participants: MeetingParticipant[] = [];
  const byId = new Map<string, MeetingParticipant>();
  for (const r of reports) {
    for (const p of r.participants) {
      const known = byId.get(p.entityId);
      if (!known) {
        const copy = { ...p };
        byId.set(p.entityId, copy);
        participants.push(copy);
      } else {
        known.role ??= p.role;
        known.country ??= p.country;
      }
    }
  }
  const disagreements: Record<string, SourcedValue<string>[]> = {};
  for (const r of reports) {
    for (const [field, values] of Object.entries(r.disagreements ?? {})) {
      (disagreements[field] ??= []).push(...values);
    }
  }
  const pick = <T>(field: string, valueOf: (m: Meeting) => string | undefined, get: (m: Meeting) => T | undefined): T | undefined => {
    const votes = tally(reports, valueOf);
    if (votes.length > 1) disagreements[field] = votes;
    if (!votes.length) return undefined;
    const winner = reports.find((r) => valueOf(r) === votes[0].value);
    return winner ? get(winner) : undefined;
  };
  const place = pick('place', (m) => m.place?.name, (m) => m.place);
  const date = pick('date', dateKey, (m) => m.date);
  const occasion = pick('occasion', (m) => m.occasion?.name, (m) => m.occasion);
  const statusVotes = tally(reports, (m) => m.status);
  if (statusVotes.length > 1) disagreements.status = statusVotes;
  const best = statusVotes.filter((v) => v.sources.length === statusVotes[0].sources.length).map((v) => v.value as MeetingStatus);
  const status = STATUS_PRIORITY.find((s) => best.includes(s)) ?? first.status;
  const topics: Meeting['topics'] = [];
  const topicKeys = new Set<string>();
  for (const r of reports) {
    for (const t of r.topics) {
      const k = t.entityId ?? t.name;
      if (!topicKeys.has(k)) { topicKeys.add(k); topics.push(t); }
    }
  }
  const seen = new Set<string>();
  const mentions: MentionRef[] = [];
  for (const r of reports) {
    for (const x of r.mentions) {
      const k = `${x.document}\u0000${x.start}\u0000${x.end}`;
      if (!seen.has(k)) { seen.add(k); mentions.push(x); }
    }
  }
  mentions.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start));
  const merged: Meeting = {
    id: first.id,
    participants,
    topics,
    status,
    confidence: Math.max(...reports.map((r) => r.confidence)),
    mentions,
  };
  if (place) merged.place = place;
  if (date) merged.date = date;
  if (occasion) merged.occasion = occasion;
  if (Object.keys(disagreements).length) merged.disagreements = disagreements;
  const review = reports.find((r) => r.review)?.review;
  if (review) merged.review = review;
  return merged;
}

/** Merge per-article reports by meeting id. Output order: by id. */
export function mergeMeetingsById(reports: Meeting[]): Meeting[] {
  const groups = new Map<string, Meeting[]>();
  for (const r of reports) {
    const g = groups.get(r.id);
    if (g) g.push(r);
    else groups.set(r.id, [r]);
  }
  return [...groups.keys()].sort().map((id) => mergeGroup(groups.get(id)!));
}
