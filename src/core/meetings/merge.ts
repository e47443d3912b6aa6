/**
 * Cross-article merging: reports with the same participants and compatible place/date (or the same
 * occasion) become one meeting that keeps every mention and records where sources disagree.
 */
import type { Meeting, MeetingParticipant, MeetingStatus, SourcedValue } from '../model';
import { type DocMeeting, datesCompatible, occasionsCompatible, placeKey, sameOccasion, sameSet } from './extractDoc';
import { hash64 } from './textUtil';

interface Cluster {
  parts: DocMeeting[];
  docs: Set<string>;
  /**
   * One representative part per distinct (occasion, date, place, status) signature: compatibility is
   * checked against these, so a meeting reported by thousands of articles costs no more than a few.
   */
  distinct: Map<string, DocMeeting>;
}

function signature(p: DocMeeting): string {
  return [p.occasion?.name ?? '', p.date?.value ?? p.date?.text ?? '', p.date?.weekday ?? '', p.place ? placeKey(p.place) : '', p.place?.rank ?? '', p.placeInferred ? 1 : 0, p.status === 'planned' ? 1 : 0].join('|');
}

function addPart(c: Cluster, m: DocMeeting): void {
  c.parts.push(m);
  c.docs.add(m.doc);
  const sig = signature(m);
  if (!c.distinct.has(sig)) c.distinct.set(sig, m);
}

function compatible(c: Cluster, m: DocMeeting): boolean {
  if (c.docs.has(m.doc)) return false;
  const reps = [...c.distinct.values()];
  if (reps.some((p) => sameOccasion(p.occasion, m.occasion))) return true;
  let agree = false;
  for (const p of reps) {
    if (!occasionsCompatible(p.occasion, m.occasion) || !datesCompatible(p.date, m.date)) return false;
    if (p.place && m.place) {
      if (placeKey(p.place) !== placeKey(m.place)) {
        // Two places of the same rank (two cities) are two meetings; a city and its venue may be one.
        if (p.place.rank === m.place.rank && !p.placeInferred && !m.placeInferred) return false;
      } else agree = true;
    }
    if (p.date?.value && m.date?.value && p.date.value === m.date.value) agree = true;
    if ((p.status === 'planned') !== (m.status === 'planned') && !(p.date?.value && m.date?.value)) return false;
  }
  return agree;
}

/** Merge per-document meetings into meetings across articles. */
export function mergeMeetings(docMeetings: DocMeeting[]): Meeting[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster[]>();
  const byPerson = new Map<string, Cluster[]>();
  for (const m of docMeetings) {
    if (m.partial) continue;
    const key = m.participants.map((p) => p.id).sort().join('\u0000');
    const same = byKey.get(key) ?? [];
    const c = same.find((x) => sameSet(x.parts[0].participants, m.participants) && compatible(x, m));
    if (c) { addPart(c, m); continue; }
    const n: Cluster = { parts: [], docs: new Set(), distinct: new Map() };
    addPart(n, m);
    clusters.push(n);
    same.push(n);
    byKey.set(key, same);
    for (const p of m.participants) {
      const list = byPerson.get(p.id) ?? [];
      list.push(n);
      byPerson.set(p.id, list);
    }
  }
  // A lone participant with an occasion ("सिंह ने 21वीं बैठक की सह-अध्यक्षता की थी") joins the meeting at that occasion.
  for (const m of docMeetings) {
    if (!m.partial || m.participants.length === 0) continue;
    // Only a firm identity of the occasion (same KB event or same session number), never a few shared words.
    const c = (byPerson.get(m.participants[0].id) ?? []).find((x) => [...x.distinct.values()].some((p) => sameOccasion(p.occasion, m.occasion, true)) && m.participants.every((q) => x.parts[0].participants.some((p) => p.id === q.id)));
    if (c) c.parts.push(m);
  }
  const meetings = clusters.map(toMeeting);
  assignIds(meetings);
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return meetings.sort((a, b) => cmp(a.mentions[0].document, b.mentions[0].document) || a.mentions[0].start - b.mentions[0].start || cmp(a.id, b.id));
}

function vote<T>(parts: DocMeeting[], get: (p: DocMeeting) => T | undefined, key: (v: T) => string, explicit: (p: DocMeeting) => boolean): { chosen?: T; values: SourcedValue<string>[]; byKey: Map<string, T> } {
  const byKey = new Map<string, T>();
  const sources = new Map<string, Set<string>>();
  const weight = new Map<string, number>();
  for (const p of parts) {
    const v = get(p);
    if (v === undefined) continue;
    const k = key(v);
    if (!byKey.has(k)) byKey.set(k, v);
    if (!sources.has(k)) sources.set(k, new Set());
    sources.get(k)?.add(p.doc);
    weight.set(k, (weight.get(k) ?? 0) + (explicit(p) ? 2 : 1));
  }
  let best: string | undefined;
  for (const [k, w] of weight) if (best === undefined || w > (weight.get(best) ?? 0)) best = k;
  const values = [...sources].map(([k, s]) => ({ value: k, sources: [...s].sort() }));
  return { chosen: best === undefined ? undefined : byKey.get(best), values, byKey };
}

function toMeeting(c: Cluster): Meeting {
  const parts = c.parts;
  const full = parts.filter((p) => !p.partial);
  const first = full[0] ?? parts[0];
  const participants: MeetingParticipant[] = first.participants.map((p) => {
    const all = full.flatMap((f) => f.participants.filter((q) => q.id === p.id));
    // The fullest name any article gives (Devanagari first): "राजनाथ सिंह" rather than "सिंह".
    const names = all.map((q) => q.name).sort((a, b) => Number(/[\u0900-\u097f]/.test(b)) - Number(/[\u0900-\u097f]/.test(a)) || b.length - a.length || a.localeCompare(b));
    const out: MeetingParticipant = { entityId: p.id, name: names[0] ?? p.name };
    const role = all.find((q) => q.role)?.role;
    const country = all.find((q) => q.country)?.country;
    if (role) out.role = role;
    if (country) out.country = country;
    return out;
  }).sort((a, b) => a.entityId.localeCompare(b.entityId));

  const disagreements: Record<string, SourcedValue<string>[]> = {};
  const place = vote(full, (p) => p.place, (v) => v.name, (p) => !p.placeInferred);
  const explicitPlaces = vote(full.filter((p) => !p.placeInferred), (p) => p.place, (v) => placeKey(v), () => true);
  if (explicitPlaces.values.length > 1) disagreements.place = vote(full.filter((p) => !p.placeInferred), (p) => p.place, (v) => v.name, () => true).values;
  const date = vote(full, (p) => p.date, (v) => v.value ?? v.text, (p) => !p.dateInferred);
  const dateValues = [...date.byKey.values()];
  if (dateValues.some((a) => dateValues.some((b) => !datesCompatible(a, b)))) disagreements.date = date.values;
  // The most precise of the compatible dates.
  let chosenDate = date.chosen;
  for (const d of dateValues) if (chosenDate && datesCompatible(chosenDate, d) && (d.value?.length ?? 0) > (chosenDate.value?.length ?? 0)) chosenDate = d;
  const occasion = vote(parts, (p) => p.occasion, (v) => v.name, () => true);
  const occasionValues = [...occasion.byKey.values()];
  if (occasionValues.some((a) => occasionValues.some((b) => !sameOccasion(a, b) && !occasionsCompatible(a, b)))) disagreements.occasion = occasion.values;
  let chosenOccasion = occasion.chosen;
  for (const o of occasionValues) if (chosenOccasion && sameOccasion(o, chosenOccasion) && o.name.length > chosenOccasion.name.length && /[0-9०-९]/.test(o.name)) chosenOccasion = o;

  const statuses = new Set(full.map((p) => p.status));
  const status: MeetingStatus = statuses.has('held') ? 'held' : statuses.has('past') ? 'past' : statuses.has('planned') ? 'planned' : 'call';
  if (statuses.has('planned') && (statuses.has('held') || statuses.has('past'))) {
    disagreements.status = vote(full, (p) => p.status, (v) => v, () => true).values;
  }
  const topics: { entityId?: string; name: string }[] = [];
  for (const p of parts) for (const t of p.topics) if (!topics.some((x) => x.name === t.name || (x.entityId && x.entityId === t.entityId))) topics.push(t);
  const mentions = parts.flatMap((p) => p.mentions).sort((a, b) => a.document.localeCompare(b.document) || a.start - b.start);
  const docs = new Set(full.map((p) => p.doc)).size;
  const meeting: Meeting = {
    id: '',
    participants,
    topics,
    status,
    confidence: Math.round(Math.min(0.99, Math.max(...full.map((p) => p.confidence)) + 0.05 * (docs - 1)) * 100) / 100,
    mentions,
  };
  if (place.chosen) {
    const chosen = place.chosen;
    meeting.place = withId(chosen.entityId, chosen.name);
    // the venue, when a report of the same place names one
    const venue = (chosen.venue ? chosen : full.find((p) => p.place?.venue && p.place.name === chosen.name)?.place)?.venue;
    if (venue) meeting.place.venue = withId(venue.entityId, venue.name);
  }
  if (chosenDate) meeting.date = { ...chosenDate };
  if (chosenOccasion) meeting.occasion = withId(chosenOccasion.entityId, chosenOccasion.name);
  if (Object.keys(disagreements).length > 0) meeting.disagreements = disagreements;
  return meeting;
}

function withId(entityId: string | undefined, name: string): { entityId?: string; name: string } {
  return entityId ? { entityId, name } : { name };
}

/** Stable ids from participants, place and date (plus occasion, then a counter, on collision). */
export function meetingKey(m: Meeting): string {
  const ps = m.participants.map((p) => p.entityId).sort().join(',');
  const place = m.place ? placeKey(m.place) : '';
  const date = m.date ? (m.date.value ?? m.date.text) : '';
  return `${ps}|${place}|${date}`;
}

export function assignIds(meetings: Meeting[]): void {
  const used = new Set<string>();
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const keyed = meetings.map((m) => ({ m, key: meetingKey(m) }));
  const order = keyed.sort((a, b) => cmp(a.key, b.key) || cmp(a.m.occasion?.name ?? '', b.m.occasion?.name ?? '') || cmp(a.m.mentions[0].document, b.m.mentions[0].document) || a.m.mentions[0].start - b.m.mentions[0].start);
  for (const { m, key } of order) {
    let id = `m-${hash64(key).slice(0, 12)}`;
    if (used.has(id)) id = `m-${hash64(`${key}|${m.occasion?.name ?? ''}|${m.status}`).slice(0, 12)}`;
    for (let n = 2; used.has(id); n++) id = `m-${hash64(`${key}|${n}`).slice(0, 12)}`;
    used.add(id);
    m.id = id;
  }
}
