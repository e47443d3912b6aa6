/** Labels, sorting, grouping and filtering of meetings for the sidebar. Pure functions. */
import type { DateValue, Meeting } from '../model';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type MeetingSort = 'date' | 'participant' | 'place';
export type MeetingGrouping = 'none' | 'date' | 'participant' | 'place';

/** "2024-12-10" -> "10 Dec 2024", "2024-12" -> "Dec 2024", "--12-10" -> "10 Dec"; else the text. */
export function formatDate(date: ({ text?: string } & Partial<DateValue>) | undefined): string | undefined {
  if (!date) return undefined;
  const v = date.value;
  if (v) {
    let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (m && +m[2] >= 1 && +m[2] <= 12) return `${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}`;
    m = /^(\d{4})-(\d{2})$/.exec(v);
    if (m && +m[2] >= 1 && +m[2] <= 12) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
    m = /^--(\d{2})-(\d{2})$/.exec(v);
    if (m && +m[1] >= 1 && +m[1] <= 12) return `${+m[2]} ${MONTHS[+m[1] - 1]}`;
    if (/^\d{4}$/.test(v)) return v;
  }
  return date.text?.trim() || v || undefined;
}

const labels = new WeakMap<Meeting, string>();

/** "राजनाथ सिंह – व्लादिमीर पुतिन · 10 Dec 2024 · Moscow" (cached per meeting object: meetings are immutable). */
export function meetingLabel(m: Meeting): string {
  let label = labels.get(m);
  if (label === undefined) {
    const who = m.participants.map((p) => p.name).join(' – ') || '?';
    label = [who, formatDate(m.date), m.place?.name].filter((x): x is string => !!x).join(' · ');
    labels.set(m, label);
  }
  return label;
}

/** Documents that report a meeting, in first-mention order. */
export function meetingSources(m: Meeting): string[] {
  return [...new Set(m.mentions.map((x) => x.document))];
}

/** A sortable key for a date value ("" when unknown, so undated meetings sort last). */
export function dateSortKey(m: Meeting): string {
  const v = m.date?.value;
  if (!v || v.startsWith('--')) return '';
  return v;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sort a copy: by date (newest first, undated last), by first participant, or by place. Keys are
 * computed once per meeting and compared as plain strings (folded case), so 10,000 meetings sort in
 * a few milliseconds; ties fall back to the label, then the id.
 */
export function sortMeetings(meetings: readonly Meeting[], by: MeetingSort): Meeting[] {
  const keyed = meetings.map((m) => ({ m, primary: sortKeys(m)[by], label: sortKeys(m).label }));
  keyed.sort((a, b) => cmp(a.primary, b.primary) || cmp(a.label, b.label) || cmp(a.m.id, b.m.id));
  return keyed.map((k) => k.m);
}

const keyCache = new WeakMap<Meeting, Record<MeetingSort | 'label', string>>();

/** Compute a meeting's label and sort keys now (e.g. as it is indexed), so sorting later is cheap. */
export function prepareMeetingKeys(m: Meeting): void {
  sortKeys(m);
}

/** Sort keys of a meeting, computed once per meeting object (meetings are immutable). */
function sortKeys(m: Meeting): Record<MeetingSort | 'label', string> {
  let k = keyCache.get(m);
  if (!k) {
    const fold = (x: string) => x.toLowerCase();
    const d = dateSortKey(m);
    k = {
      label: fold(meetingLabel(m)),
      // Newest first: invert the digits so an ascending compare gives descending dates; undated last.
      date: d ? d.replace(/\d/g, (c) => String(9 - Number(c))) : '\uffff',
      participant: m.participants[0] ? fold(m.participants[0].name) : '\uffff',
      place: m.place ? fold(m.place.name) : '\uffff',
    };
    keyCache.set(m, k);
  }
  return k;
}

export interface MeetingGroup {
  /** Stable key of the group. */
  key: string;
  label: string;
  meetings: Meeting[];
}

/** Key and label of the groups a meeting belongs to (a meeting is under each of its participants). */
function groupsOf(m: Meeting, by: Exclude<MeetingGrouping, 'none'>): { key: string; label: string }[] {
  if (by === 'participant') {
    return m.participants.length ? m.participants.map((p) => ({ key: `p:${p.entityId}`, label: p.name })) : [{ key: 'p:?', label: '?' }];
  }
  if (by === 'place') return [{ key: `l:${m.place?.entityId ?? m.place?.name ?? '?'}`, label: m.place?.name ?? '?' }];
  const v = dateSortKey(m);
  const month = v.slice(0, 7);
  if (month.length === 7) return [{ key: `d:${month}`, label: formatDate({ value: month }) ?? month }];
  if (v.length === 4) return [{ key: `d:${v}`, label: v }];
  return [{ key: 'd:?', label: '?' }];
}

/** Group meetings; groups sorted (dates newest first, names alphabetically, unknown last). */
export function groupMeetings(meetings: readonly Meeting[], by: Exclude<MeetingGrouping, 'none'>, sort: MeetingSort = 'date'): MeetingGroup[] {
  const groups = new Map<string, MeetingGroup>();
  for (const m of meetings) {
    for (const g of groupsOf(m, by)) {
      let group = groups.get(g.key);
      if (!group) groups.set(g.key, (group = { key: g.key, label: g.label, meetings: [] }));
      group.meetings.push(m);
    }
  }
  const list = [...groups.values()];
  for (const g of list) g.meetings = sortMeetings(g.meetings, sort);
  const unknown = (g: MeetingGroup) => g.key.endsWith(':?');
  list.sort((a, b) => {
    if (unknown(a) !== unknown(b)) return unknown(a) ? 1 : -1;
    if (by === 'date') return a.key < b.key ? 1 : a.key > b.key ? -1 : 0;
    return collator.compare(a.label, b.label);
  });
  return list;
}

/** Normalise for matching only (the user's text is never changed). */
export function foldForMatch(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/** The text a filter matches against: participants, roles, countries, place, date, occasion, topics, sources. */
export function meetingSearchText(m: Meeting): string {
  const parts: string[] = [];
  for (const p of m.participants) parts.push(p.name, p.role ?? '', p.country ?? '');
  parts.push(m.place?.name ?? '', m.date?.text ?? '', m.date?.value ?? '', formatDate(m.date) ?? '', m.occasion?.name ?? '', m.status);
  for (const t of m.topics) parts.push(t.name);
  for (const d of meetingSources(m)) parts.push(d);
  return foldForMatch(parts.join('\n'));
}

/** Keep meetings matching every whitespace-separated term of `filter` (case-insensitive). */
export function filterMeetings(meetings: readonly Meeting[], filter: string): Meeting[] {
  const terms = foldForMatch(filter).split(' ').filter(Boolean);
  if (!terms.length) return meetings.slice();
  return meetings.filter((m) => {
    const hay = meetingSearchText(m);
    return terms.every((t) => hay.includes(t));
  });
}
