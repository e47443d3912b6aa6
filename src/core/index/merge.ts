/**
 * Merge the meetings extracted per article into corpus meetings. Reports with the same participants
 * are compared (a "bucket"); within a bucket, reports from different articles with compatible
 * dates and places (or the same occasion) become one meeting. Where sources disagree on a field,
 * the majority value wins and every source's value is kept in `disagreements`.
 */
import type { Meeting, MeetingParticipant, MeetingStatus, MentionRef, SourcedValue } from '../model';
import { occasionsCompatible, placeKey, sameOccasion as sameOccasionRef } from '../meetings/extractDoc';

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
  // Dates: compatible values (a month and a day of it) are no disagreement; the most precise wins.
  const dateVotes = tally(reports, dateKey);
  const values = dateVotes.map((v) => v.value);
  const compatible = values.every((a) => values.every((b) => datesCompatible(a, b)));
  let date: Meeting['date'];
  if (compatible) {
    let best: Meeting['date'];
    for (const r of reports) if (r.date && (!best || (r.date.value ?? '').length > (best.value ?? '').length)) best = r.date;
    date = best;
  } else {
    date = pick('date', dateKey, (m) => m.date);
  }
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

/** Bucket key of a report: its participants (sorted entity ids). */
export function participantKey(m: Meeting): string {
  return m.participants.map((p) => p.entityId).sort().join('|');
}

function norm(s: string | undefined): string {
  return (s ?? '').normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/** Normalised place and occasion names, computed once per report (reports are immutable). */
const keys = new WeakMap<Meeting, { place: string; occasion: string }>();
function keysOf(m: Meeting): { place: string; occasion: string } {
  let k = keys.get(m);
  if (!k) keys.set(m, (k = { place: norm(m.place?.name), occasion: norm(m.occasion?.name) }));
  return k;
}

function samePlace(a: Meeting, b: Meeting): boolean {
  if (!a.place || !b.place) return false;
  if (a.place.entityId && a.place.entityId === b.place.entityId) return true;
  return keysOf(a).place === keysOf(b).place || placeKey(a.place) === placeKey(b.place);
}

/** The same occasion, as the meetings extractor judges it ("21वें सत्र" = "21वीं आईआरआईजीसी बैठक"). */
function sameOccasion(a: Meeting, b: Meeting): boolean {
  if (!a.occasion || !b.occasion) return false;
  if (a.occasion.entityId && a.occasion.entityId === b.occasion.entityId) return true;
  return keysOf(a).occasion === keysOf(b).occasion || sameOccasionRef(a.occasion, b.occasion);
}

/** "2024-12" and "2024-12-10" are compatible; "--12-10" and "2024-12-10" too; unknown is compatible. */
export function datesCompatible(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  if (a.startsWith('--') || b.startsWith('--')) {
    const md = (v: string) => (v.startsWith('--') ? v.slice(2) : v.slice(5));
    return md(a) === md(b) || md(a) === '' || md(b) === '';
  }
  return a.startsWith(b) || b.startsWith(a);
}

/** May two reports (from different articles) describe the same meeting? */
export function reportsCompatible(a: Meeting, b: Meeting): boolean {
  if (sameOccasion(a, b)) return true;
  const da = a.date?.value;
  const db = b.date?.value;
  if (!datesCompatible(da, db)) return false;
  if (!occasionsCompatible(a.occasion, b.occasion)) return false;
  const sameDay = !!da && da === db && /^\d{4}-\d{2}-\d{2}$/.test(da);
  if (a.place && b.place && !samePlace(a, b) && !sameDay) return false;
  if ((a.status === 'planned') !== (b.status === 'planned') && !(da && db)) return false;
  // Some positive agreement is needed: the same place, or the same date.
  return samePlace(a, b) || (!!da && da === db);
}

function firstDoc(m: Meeting): string {
  return m.mentions[0]?.document ?? '';
}

function byFirstMention(a: Meeting, b: Meeting): number {
  const da = firstDoc(a);
  const db = firstDoc(b);
  return da < db ? -1 : da > db ? 1 : (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0);
}

/** Cluster one bucket's reports: greedy, in (document, offset) order; one report per article per cluster. */
export function clusterReports(reports: readonly Meeting[]): Meeting[][] {
  const sorted = reports.slice().sort(byFirstMention);
  const clusters: Meeting[][] = [];
  for (const r of sorted) {
    const docs = new Set(docsOf(r));
    const c = clusters.find((parts) => parts.every((p) => !docsOf(p).some((d) => docs.has(d)) && reportsCompatible(p, r)));
    if (c) c.push(r);
    else clusters.push([r]);
  }
  return clusters;
}

/** Merge one cluster (reports of one meeting); the lead (smallest id) gives the merged id. */
export function mergeCluster(input: readonly Meeting[]): Meeting {
  // Order-independent: the parts in document order, whatever order they joined in.
  const cluster = input.length > 1 ? input.slice().sort(byFirstMention) : input;
  let lead = 0;
  cluster.forEach((r, i) => { if (r.id < cluster[lead].id) lead = i; });
  return mergeGroup([cluster[lead], ...cluster.filter((_, i) => i !== lead)]);
}

/** Merge per-article reports into corpus meetings. The merged id is the smallest report id. */
export function mergeReports(reports: readonly Meeting[]): Meeting[] {
  const buckets = new Map<string, Meeting[]>();
  for (const r of reports) {
    const k = participantKey(r);
    const b = buckets.get(k);
    if (b) b.push(r);
    else buckets.set(k, [r]);
  }
  const out: Meeting[] = [];
  for (const bucket of buckets.values()) {
    for (const cluster of clusterReports(bucket)) out.push(mergeCluster(cluster));
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
