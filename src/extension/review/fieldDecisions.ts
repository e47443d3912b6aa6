import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { emptyDecisionFile, matchOf, parseDecisions, recordDecision, serializeDecisions, type MeetingEdit, type MeetingsDecisionFile } from '../../core/meetings/decisions';
import type { Meeting } from '../../core/model';
import type { MeetingField } from '../../core/review';

/** A reviewer's decision on one field of a merged meeting. */
export interface FieldDecision {
  /** 'take': the merged meeting uses `source`'s value; 'reviewed': the difference was looked at and stays. */
  action: 'take' | 'reviewed';
  source?: string;
  /** The value taken, as shown (for people reading the file). */
  value?: string;
  author?: string;
  time: string;
}

export const REVIEW_FILE_FORMAT = 'news-annotator-meeting-review';

interface ReviewFile {
  format: typeof REVIEW_FILE_FORMAT;
  version: 1;
  meetings: Record<string, { fields: Partial<Record<MeetingField, FieldDecision>> }>;
}

/**
 * Field decisions of the comparison panel. A value taken for the merged meeting is saved with the
 * meeting as an 'edit' decision in the meetings decisions file (`.news-annotator/meetings.json`,
 * src/core/meetings/decisions.ts), so it survives re-extraction and shows in the Meetings view;
 * which source it came from, and differences marked reviewed, are kept in
 * `.news-annotator/meeting-review.json`. Both: deterministic JSON, atomic writes; a file that
 * cannot be parsed is reported and never overwritten.
 */
export class FieldDecisionStore {
  constructor(private readonly folder: () => vscode.Uri | undefined) {}

  private file(): vscode.Uri | undefined {
    const f = this.folder();
    return f && vscode.Uri.joinPath(f, '.news-annotator', 'meeting-review.json');
  }

  async read(): Promise<ReviewFile> {
    const empty: ReviewFile = { format: REVIEW_FILE_FORMAT, version: 1, meetings: {} };
    const uri = this.file();
    if (!uri) return empty;
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return empty;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new Error(vscode.l10n.t('{0} cannot be read ({1}); it was left as it is.', uri.fsPath, (err as Error).message));
    }
    const r = raw as Partial<ReviewFile>;
    if (r.format !== REVIEW_FILE_FORMAT || typeof r.meetings !== 'object' || r.meetings === null) {
      throw new Error(vscode.l10n.t('{0} is not a meeting review file; it was left as it is.', uri.fsPath));
    }
    return r as ReviewFile;
  }

  private meetingsFile(): vscode.Uri | undefined {
    const f = this.folder();
    return f && vscode.Uri.joinPath(f, '.news-annotator', 'meetings.json');
  }

  async readMeetingDecisions(): Promise<MeetingsDecisionFile> {
    const uri = this.meetingsFile();
    if (!uri) return emptyDecisionFile();
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return emptyDecisionFile();
    }
    const r = parseDecisions(text);
    if (!r.file) throw new Error(vscode.l10n.t('{0} cannot be read ({1}); it was left as it is.', uri.fsPath, r.errors.join('; ')));
    return r.file;
  }

  private async writeMeetingDecisions(file: MeetingsDecisionFile): Promise<void> {
    const uri = this.meetingsFile();
    if (!uri) throw new Error(vscode.l10n.t('Open a workspace folder to save review decisions.'));
    await writeAtomic(uri, serializeDecisions(file));
  }

  /** The merged meeting takes `from`'s value of `field` (saved as an edit of the meeting). */
  async take(merged: Meeting, field: MeetingField, from: Meeting, decision: FieldDecision): Promise<void> {
    const fields: Record<string, unknown> = {};
    fields[field] = field === 'place' || field === 'date' || field === 'occasion' ? (from[field] ?? null) : from[field];
    const file = await this.readMeetingDecisions();
    await this.writeMeetingDecisions(recordDecision(file, {
      kind: 'edit', meeting: merged.id, match: matchOf(merged), fields: fields as MeetingEdit,
      ...(decision.author ? { author: decision.author } : {}), time: decision.time,
    }));
    await this.set(merged.id, field, decision);
  }

  /** Removes a field decision; a taken value is removed from the meeting's edit as well. */
  async undo(meetingId: string, field: MeetingField): Promise<void> {
    const current = (await this.forMeeting(meetingId))[field];
    if (current?.action === 'take') {
      const file = await this.readMeetingDecisions();
      const decisions = file.decisions.flatMap((d) => {
        if (d.kind !== 'edit' || d.meeting !== meetingId || !(field in d.fields)) return [d];
        const fields = { ...d.fields };
        delete fields[field as keyof MeetingEdit];
        return Object.keys(fields).length ? [{ ...d, fields }] : [];
      });
      await this.writeMeetingDecisions({ ...file, decisions });
    }
    await this.set(meetingId, field, undefined);
  }

  async forMeeting(id: string): Promise<Partial<Record<MeetingField, FieldDecision>>> {
    return (await this.read()).meetings[id]?.fields ?? {};
  }

  /** Records (or with `undefined`, removes) the decision on one field. */
  async set(meetingId: string, field: MeetingField, decision: FieldDecision | undefined): Promise<void> {
    const uri = this.file();
    if (!uri) throw new Error(vscode.l10n.t('Open a workspace folder to save review decisions.'));
    const data = await this.read();
    const m = (data.meetings[meetingId] ??= { fields: {} });
    if (decision) m.fields[field] = decision; else delete m.fields[field];
    if (!Object.keys(m.fields).length) delete data.meetings[meetingId];
    await writeAtomic(uri, stableStringify(data) + '\n');
  }
}

/** Write through a temporary file and a rename, so a reader never sees half a file. */
async function writeAtomic(uri: vscode.Uri, text: string): Promise<void> {
  const tmp = uri.with({ path: `${uri.path}.tmp-${randomBytes(4).toString('hex')}` });
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } catch (err) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw err;
  }
}

function stableStringify(v: unknown, indent = ''): string {
  if (Array.isArray(v)) return `[${v.map((x) => stableStringify(x, indent)).join(', ')}]`;
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined).sort();
    if (!keys.length) return '{}';
    const inner = indent + '  ';
    return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${stableStringify((v as Record<string, unknown>)[k], inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(v);
}
