/**
 * The Meetings view's node model, without vscode (the benchmark builds the first level too):
 * root -> [groups ->] meetings -> participants, place, date, occasion, topics, sources -> mentions.
 */
import { filterMeetings, formatDate, groupMeetings, meetingLabel, meetingSources, prepareMeetingKeys, sortMeetings, type MeetingGrouping, type MeetingSort } from '../../core/index/meetingViews';
import type { IndexChange } from '../../core/index/types';
import type { Meeting, MentionRef, SourcedValue } from '../../core/model';

export interface MeetingViewState {
  sort: MeetingSort;
  group?: MeetingGrouping;
  filter: string;
}

interface Base {
  /** Unique, stable tree id. */
  id: string;
  parentId?: string;
  label: string;
  description?: string;
}

export interface GroupNode extends Base { kind: 'group'; meetings: Meeting[] }
export interface MeetingNode extends Base { kind: 'meeting'; meeting: Meeting; sources: number }
export type FieldName = 'participant' | 'place' | 'date' | 'occasion' | 'topics' | 'status';
export interface FieldNode extends Base {
  kind: 'field';
  meetingId: string;
  field: FieldName;
  /** For participants: the index in `meeting.participants`. */
  index?: number;
  /** Each source's value where sources disagree. */
  disagreement?: SourcedValue<string>[];
  children?: string[];
}
export interface ValueNode extends Base { kind: 'value'; meetingId: string; field: string; sources: string[] }
export interface SourceNode extends Base { kind: 'source'; meetingId: string; document: string; mentions: MentionRef[] }
export interface MentionNode extends Base { kind: 'mention'; meetingId: string; mention: MentionRef }

export type MeetingTreeNode = GroupNode | MeetingNode | FieldNode | ValueNode | SourceNode | MentionNode;

const sourceCounts = new WeakMap<Meeting, number>();

function meetingNode(m: Meeting, parentId?: string): MeetingNode {
  let sources = sourceCounts.get(m);
  if (sources === undefined) sourceCounts.set(m, (sources = meetingSources(m).length));
  return { kind: 'meeting', id: `${parentId ? `${parentId}/` : ''}m:${m.id}`, parentId, label: meetingLabel(m), meeting: m, sources, description: `${sources}` };
}

/**
 * Prepare the first-level data (label, sort keys, source count) of the meetings a change added or
 * changed, while indexing, so that building the first level later is only a sort.
 */
export function prepareMeetings(change: IndexChange, meeting: (id: string) => Meeting | undefined): void {
  for (const ids of [change.meetingsAdded, change.meetingsChanged]) {
    for (const id of ids) {
      const m = meeting(id);
      if (!m) continue;
      prepareMeetingKeys(m);
      if (!sourceCounts.has(m)) sourceCounts.set(m, meetingSources(m).length);
    }
  }
}

/** The first level: meetings (filtered, sorted), or groups of them. */
export function meetingRootItems(all: readonly Meeting[], state: MeetingViewState): MeetingTreeNode[] {
  const meetings = state.filter.trim() ? filterMeetings(all, state.filter) : all;
  if (state.group && state.group !== 'none') {
    return groupMeetings(meetings, state.group, state.sort).map((g) => ({
      kind: 'group', id: `g:${g.key}`, label: g.label, description: `${g.meetings.length}`, meetings: g.meetings,
    }));
  }
  return sortMeetings(meetings, state.sort).map((m) => meetingNode(m));
}

/** One line of text for a mention: the sentence, whitespace collapsed, shortened. */
export function mentionLabel(text: string, max = 90): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export function fieldValues(m: Meeting, field: string): SourcedValue<string>[] | undefined {
  const d = m.disagreements?.[field];
  return d && d.length > 1 ? d : undefined;
}

export function meetingChildren(node: MeetingTreeNode): MeetingTreeNode[] {
  if (node.kind === 'group') return node.meetings.map((m) => meetingNode(m, node.id));
  if (node.kind === 'field' && node.disagreement) {
    return node.disagreement.map((v, i) => ({
      kind: 'value', id: `${node.id}/v:${i}`, parentId: node.id, meetingId: node.meetingId, field: node.field,
      label: v.value, description: v.sources.join(', '), sources: v.sources,
    }));
  }
  if (node.kind === 'source') {
    return node.mentions.map((x) => ({
      kind: 'mention', id: `${node.id}/x:${x.start}-${x.end}`, parentId: node.id, meetingId: node.meetingId, mention: x, label: mentionLabel(x.text),
    }));
  }
  if (node.kind !== 'meeting') return [];
  const m = node.meeting;
  const out: MeetingTreeNode[] = [];
  const field = (f: FieldName, label: string, description: string | undefined, extra: Partial<FieldNode> = {}, key: string = f) => {
    const disagreement = fieldValues(m, key);
    out.push({
      kind: 'field', id: `${node.id}/f:${f}${extra.index !== undefined ? `:${extra.index}` : ''}`, parentId: node.id, meetingId: m.id, field: f,
      label, description: disagreement ? `${description ?? ''} (sources disagree)`.trim() : description, disagreement, ...extra,
    });
  };
  m.participants.forEach((p, i) => field('participant', p.name, [p.role, p.country].filter(Boolean).join(', ') || undefined, { index: i }, `participant:${p.entityId}`));
  field('place', m.place?.name ?? '—', m.place?.venue ? `place · ${m.place.venue.name}` : 'place');
  field('date', formatDate(m.date) ?? '—', m.date?.text && m.date.text !== formatDate(m.date) ? `date · ${m.date.text}` : 'date');
  if (m.occasion) field('occasion', m.occasion.name, 'occasion');
  if (m.topics.length) field('topics', m.topics.map((t) => t.name).join(', '), 'topics');
  if (fieldValues(m, 'status')) field('status', m.status, 'status');
  for (const doc of meetingSources(m)) {
    const mentions = m.mentions.filter((x) => x.document === doc);
    out.push({ kind: 'source', id: `${node.id}/s:${doc}`, parentId: node.id, meetingId: m.id, document: doc, mentions, label: doc, description: `${mentions.length}` });
  }
  return out;
}
