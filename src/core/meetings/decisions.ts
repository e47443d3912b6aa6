/**
 * Human decisions about meetings (`.news-annotator/meetings.json`): confirmed, rejected, edited,
 * merged, split, created by hand. Pure parse/serialize of a deterministic, git-friendly JSON file,
 * and `applyDecisions`, which replays the decisions over freshly extracted meetings, so that they
 * survive re-extraction.
 *
 * Offsets in the file (mention references of `split` and `create`) are Unicode code points,
 * 0-based, end-exclusive, like every file the extension writes; `applyDecisions` converts them to
 * UTF-16 when given the documents' texts (for texts without astral characters both are equal).
 */
import type { Meeting, MeetingParticipant, MeetingStatus } from '../model';

export const MEETINGS_FORMAT = 'news-annotator-meetings';
export const MEETINGS_FORMAT_VERSION = 1;

/** Re-finds a meeting whose id changed after re-extraction: same participants, a shared document. */
export interface MeetingMatch {
  participants: string[];
  documents: string[];
}

export interface MentionKey {
  document: string;
  start: number;
  end: number;
}

export type MeetingEdit = Partial<Pick<Meeting, 'participants' | 'place' | 'date' | 'occasion' | 'topics' | 'status'>>;

interface DecisionBase {
  author?: string;
  /** ISO time of the decision. */
  time?: string;
}

export type MeetingDecision =
  | (DecisionBase & { kind: 'confirm'; meeting: string; match?: MeetingMatch })
  | (DecisionBase & { kind: 'reject'; meeting: string; match?: MeetingMatch })
  | (DecisionBase & { kind: 'edit'; meeting: string; match?: MeetingMatch; fields: MeetingEdit })
  | (DecisionBase & { kind: 'merge'; meetings: string[]; into: string })
  | (DecisionBase & { kind: 'split'; meeting: string; match?: MeetingMatch; parts: { id: string; mentions: MentionKey[] }[] })
  | (DecisionBase & { kind: 'create'; meeting: Meeting });

export interface MeetingsDecisionFile {
  format: typeof MEETINGS_FORMAT;
  version: typeof MEETINGS_FORMAT_VERSION;
  offsets: 'codepoint';
  decisions: MeetingDecision[];
  /** Entries that could not be read: kept verbatim so that writing the file back loses nothing. */
  unparsed?: unknown[];
}

export interface DecisionParseResult {
  /** Undefined when the file as a whole cannot be read (then it must not be overwritten). */
  file?: MeetingsDecisionFile;
  errors: string[];
}

const KINDS = ['create', 'merge', 'split', 'edit', 'confirm', 'reject'] as const;
const STATUSES: MeetingStatus[] = ['held', 'planned', 'past', 'call'];
const EDIT_FIELDS = ['participants', 'place', 'date', 'occasion', 'topics', 'status'];

export function emptyDecisionFile(): MeetingsDecisionFile {
  return { format: MEETINGS_FORMAT, version: MEETINGS_FORMAT_VERSION, offsets: 'codepoint', decisions: [] };
}

// ---------------------------------------------------------------------------------------------
// Parsing

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isStrArr = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

function checkMatch(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v) || !isStrArr(v.participants) || !isStrArr(v.documents)) return "'match' needs string arrays 'participants' and 'documents'";
  return undefined;
}

function checkMentionKey(v: unknown): boolean {
  return isObj(v) && isStr(v.document) && Number.isInteger(v.start) && Number.isInteger(v.end) && (v.start as number) >= 0 && (v.end as number) >= (v.start as number);
}

function checkParticipants(v: unknown): boolean {
  return Array.isArray(v) && v.every((p) => isObj(p) && isStr(p.entityId) && typeof p.name === 'string');
}

function checkFields(f: Record<string, unknown>): string | undefined {
  for (const k of Object.keys(f)) if (!EDIT_FIELDS.includes(k)) return `unknown edit field '${k}'`;
  if (f.participants !== undefined && !checkParticipants(f.participants)) return "'participants' must be a list of {entityId, name}";
  if (f.status !== undefined && !STATUSES.includes(f.status as MeetingStatus)) return `'status' must be one of ${STATUSES.join(', ')}`;
  for (const k of ['place', 'occasion']) if (f[k] !== undefined && f[k] !== null && (!isObj(f[k]) || typeof (f[k] as Record<string, unknown>).name !== 'string')) return `'${k}' must be {name, entityId?} or null`;
  if (f.date !== undefined && f.date !== null && (!isObj(f.date) || typeof f.date.text !== 'string')) return "'date' must be {text, value?, precision} or null";
  if (f.topics !== undefined && (!Array.isArray(f.topics) || !f.topics.every((t) => isObj(t) && typeof t.name === 'string'))) return "'topics' must be a list of {name, entityId?}";
  return undefined;
}

/** Why a decision entry is invalid, or undefined when it is valid. */
export function validateDecision(d: unknown): string | undefined {
  if (!isObj(d)) return 'not an object';
  if (!KINDS.includes(d.kind as (typeof KINDS)[number])) return `unknown kind '${String(d.kind)}'`;
  if (d.author !== undefined && typeof d.author !== 'string') return "'author' must be a string";
  if (d.time !== undefined && typeof d.time !== 'string') return "'time' must be a string";
  switch (d.kind) {
    case 'confirm': case 'reject':
      return isStr(d.meeting) ? checkMatch(d.match) : "'meeting' (an id) is required";
    case 'edit':
      if (!isStr(d.meeting)) return "'meeting' (an id) is required";
      if (!isObj(d.fields)) return "'fields' is required";
      return checkMatch(d.match) ?? checkFields(d.fields);
    case 'merge':
      if (!isStrArr(d.meetings) || d.meetings.length < 2) return "'meetings' needs two or more ids";
      return isStr(d.into) ? undefined : "'into' (the id of the merged meeting) is required";
    case 'split':
      if (!isStr(d.meeting)) return "'meeting' (an id) is required";
      if (!Array.isArray(d.parts) || d.parts.length < 1) return "'parts' is required";
      for (const p of d.parts) if (!isObj(p) || !isStr(p.id) || !Array.isArray(p.mentions) || !p.mentions.every(checkMentionKey)) return "each part needs 'id' and 'mentions' [{document, start, end}]";
      return checkMatch(d.match);
    case 'create': {
      const m = d.meeting;
      if (!isObj(m) || !isStr(m.id)) return "'meeting' with an 'id' is required";
      if (!checkParticipants(m.participants)) return "'meeting.participants' must be a list of {entityId, name}";
      if (!Array.isArray(m.mentions) || !m.mentions.every(checkMentionKey)) return "'meeting.mentions' must be a list of {document, start, end, text}";
      if (!STATUSES.includes(m.status as MeetingStatus)) return `'meeting.status' must be one of ${STATUSES.join(', ')}`;
      return undefined;
    }
  }
  return undefined;
}

/** Parse a decisions file. Invalid entries are reported and kept in `unparsed`, never dropped. */
export function parseDecisions(text: string): DecisionParseResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (src.trim() === '') return { file: emptyDecisionFile(), errors: [] };
  let json: unknown;
  try {
    json = JSON.parse(src);
  } catch (e) {
    return { errors: [`meetings decisions file is not valid JSON: ${(e as Error).message}`] };
  }
  if (!isObj(json)) return { errors: ['meetings decisions file must be a JSON object'] };
  if (json.format !== MEETINGS_FORMAT) return { errors: [`unexpected format '${String(json.format)}' (expected '${MEETINGS_FORMAT}')`] };
  if (json.version !== MEETINGS_FORMAT_VERSION) return { errors: [`unsupported version ${String(json.version)} (this version reads ${MEETINGS_FORMAT_VERSION})`] };
  if (json.offsets !== undefined && json.offsets !== 'codepoint') return { errors: [`unsupported offsets '${String(json.offsets)}' (expected 'codepoint')`] };
  if (!Array.isArray(json.decisions)) return { errors: ["'decisions' must be a list"] };
  const file = emptyDecisionFile();
  const errors: string[] = [];
  const unparsed: unknown[] = Array.isArray(json.unparsed) ? [...json.unparsed] : [];
  json.decisions.forEach((d, i) => {
    const problem = validateDecision(d);
    if (problem) {
      errors.push(`decision ${i + 1}: ${problem}`);
      unparsed.push(d);
    } else file.decisions.push(d as MeetingDecision);
  });
  if (unparsed.length > 0) file.unparsed = unparsed;
  file.decisions = sortDecisions(file.decisions);
  return { file, errors };
}

// ---------------------------------------------------------------------------------------------
// Serialising

function target(d: MeetingDecision): string {
  return d.kind === 'merge' ? d.into : d.kind === 'create' ? d.meeting.id : d.meeting;
}

/** Deterministic order: by target meeting id, then kind, then time. */
export function sortDecisions(ds: MeetingDecision[]): MeetingDecision[] {
  return [...ds].sort((a, b) => cmp(target(a), target(b)) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || cmp(a.time ?? '', b.time ?? '') || cmp(canonical(a), canonical(b)));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** JSON with object keys sorted, two-space indentation. */
function canonical(v: unknown, indent = ''): string {
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const inner = indent + '  ';
    return `[\n${v.map((x) => inner + canonical(x, inner)).join(',\n')}\n${indent}]`;
  }
  if (isObj(v)) {
    const keys = Object.keys(v).filter((k) => v[k] !== undefined).sort();
    if (keys.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${canonical(v[k], inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** The file's text: sorted decisions, sorted keys, trailing newline. Same decisions, same bytes. */
export function serializeDecisions(file: MeetingsDecisionFile): string {
  const out: Record<string, unknown> = { format: MEETINGS_FORMAT, version: MEETINGS_FORMAT_VERSION, offsets: 'codepoint', decisions: sortDecisions(file.decisions) };
  if (file.unparsed && file.unparsed.length > 0) out.unparsed = file.unparsed;
  return canonical(out) + '\n';
}

/**
 * Record a decision: replaces an earlier decision of the same kind on the same meeting (an edit
 * merges its fields into the earlier edit). Returns a new file.
 */
export function recordDecision(file: MeetingsDecisionFile, d: MeetingDecision): MeetingsDecisionFile {
  let decisions = file.decisions;
  if (d.kind === 'edit') {
    const id = d.meeting;
    const prev = decisions.find((x) => x.kind === 'edit' && x.meeting === id);
    if (prev && prev.kind === 'edit') d = { ...d, fields: { ...prev.fields, ...d.fields } };
  }
  if (d.kind === 'confirm' || d.kind === 'reject') {
    // Confirming undoes a rejection and the other way round.
    const id = d.meeting;
    decisions = decisions.filter((x) => !((x.kind === 'confirm' || x.kind === 'reject') && x.meeting === id));
  }
  decisions = decisions.filter((x) => !(x.kind === d.kind && target(x) === target(d)));
  return { ...file, decisions: sortDecisions([...decisions, d]) };
}

/** The fingerprint stored with a decision so that it finds its meeting after the id changed. */
export function matchOf(m: Meeting): MeetingMatch {
  return { participants: m.participants.map((p) => p.entityId).sort(), documents: [...new Set(m.mentions.map((x) => x.document))].sort() };
}

// ---------------------------------------------------------------------------------------------
// Applying

export interface ApplyOptions {
  /** The text of a document, to convert the file's code-point offsets to UTF-16. */
  textOf?: (document: string) => string | undefined;
  /** Called for each decision whose meeting is no longer found. */
  onUnresolved?: (d: MeetingDecision) => void;
}

function cpToUtf16(text: string | undefined, cp: number): number {
  if (text === undefined) return cp;
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

function clone(m: Meeting): Meeting {
  return JSON.parse(JSON.stringify(m)) as Meeting;
}

function unionBy<T>(a: T[], b: T[], key: (x: T) => string): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)) && (seen.add(key(x)), true))];
}

/**
 * Replay human decisions over extracted meetings. Order: created, merged, split, edited,
 * confirmed, rejected. A rejected meeting stays in the result with `review.state = 'rejected'`
 * (hide it in views, leave it out of exports); use `activeMeetings` for the others.
 */
export function applyDecisions(extracted: Meeting[], decisions: MeetingDecision[], options: ApplyOptions = {}): Meeting[] {
  const list: Meeting[] = extracted.map(clone);
  const toUtf16 = (k: MentionKey): MentionKey => {
    const text = options.textOf?.(k.document);
    return { document: k.document, start: cpToUtf16(text, k.start), end: cpToUtf16(text, k.end) };
  };
  const find = (id: string, match?: MeetingMatch): Meeting | undefined => {
    const byId = list.find((m) => m.id === id);
    if (byId || !match) return byId;
    const ps = [...match.participants].sort().join(',');
    return list.find((m) => matchOf(m).participants.join(',') === ps && m.mentions.some((x) => match.documents.includes(x.document)));
  };
  const review = (m: Meeting, state: NonNullable<Meeting['review']>['state'], d: MeetingDecision): void => {
    const rank = { confirmed: 1, edited: 2, manual: 3, rejected: 4 };
    if (m.review && rank[m.review.state] > rank[state] && state !== 'rejected') return;
    m.review = { state };
    if (d.author) m.review.author = d.author;
    if (d.time) m.review.time = d.time;
  };
  // Structure first (create, merge, split) in the order the decisions were made, so that parts split
  // off can be merged back later (and the other way round); then edits, confirmations, rejections.
  const structural = (d: MeetingDecision) => (d.kind === 'create' || d.kind === 'merge' || d.kind === 'split' ? 0 : 1);
  const ordered = [...sortDecisions(decisions)].sort((a, b) => structural(a) - structural(b) ||
    (structural(a) === 0 ? cmp(a.time ?? '', b.time ?? '') || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind)
      : KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || cmp(a.time ?? '', b.time ?? '')));
  for (const d of ordered) {
    switch (d.kind) {
      case 'create': {
        const m = clone(d.meeting);
        m.mentions = m.mentions.map((x) => ({ ...x, ...toUtf16(x) }));
        m.topics ??= [];
        m.confidence ??= 1;
        const at = list.findIndex((x) => x.id === m.id);
        if (at >= 0) list.splice(at, 1);
        list.push(m);
        review(m, 'manual', d);
        break;
      }
      case 'merge': {
        const parts = d.meetings.map((id) => find(id)).filter((m): m is Meeting => !!m);
        if (parts.length < 2) { options.onUnresolved?.(d); break; }
        const into = parts.find((m) => m.id === d.into) ?? parts[0];
        for (const p of parts) {
          if (p === into) continue;
          into.mentions = unionBy(into.mentions, p.mentions, (x) => `${x.document}:${x.start}:${x.end}`);
          into.participants = unionBy<MeetingParticipant>(into.participants, p.participants, (x) => x.entityId);
          into.topics = unionBy(into.topics, p.topics, (x) => x.name);
          list.splice(list.indexOf(p), 1);
        }
        into.mentions.sort((a, b) => cmp(a.document, b.document) || a.start - b.start);
        into.id = d.into;
        review(into, 'edited', d);
        break;
      }
      case 'split': {
        const m = find(d.meeting, d.match);
        if (!m) { options.onUnresolved?.(d); break; }
        for (const part of d.parts) {
          const keys = part.mentions.map(toUtf16);
          const taken = m.mentions.filter((x) => keys.some((k) => k.document === x.document && k.start < x.end && x.start < k.end));
          if (taken.length === 0) continue;
          m.mentions = m.mentions.filter((x) => !taken.includes(x));
          const n = clone(m);
          n.id = part.id;
          n.mentions = taken;
          delete n.disagreements;
          list.push(n);
          review(n, 'edited', d);
        }
        if (m.mentions.length === 0) list.splice(list.indexOf(m), 1);
        else review(m, 'edited', d);
        break;
      }
      case 'edit': {
        const m = find(d.meeting, d.match);
        if (!m) { options.onUnresolved?.(d); break; }
        const f = d.fields as Record<string, unknown>;
        const target = m as unknown as Record<string, unknown>;
        for (const k of EDIT_FIELDS) {
          if (!(k in f)) continue;
          if (f[k] === null) delete target[k];
          else target[k] = JSON.parse(JSON.stringify(f[k]));
        }
        review(m, 'edited', d);
        break;
      }
      case 'confirm': case 'reject': {
        const m = find(d.meeting, d.match);
        if (!m) { options.onUnresolved?.(d); break; }
        review(m, d.kind === 'confirm' ? 'confirmed' : 'rejected', d);
        break;
      }
    }
  }
  return list.sort((a, b) => cmp(a.mentions[0]?.document ?? '', b.mentions[0]?.document ?? '') || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || cmp(a.id, b.id));
}

/** Meetings not rejected by a human. */
export function activeMeetings(meetings: Meeting[]): Meeting[] {
  return meetings.filter((m) => m.review?.state !== 'rejected');
}

