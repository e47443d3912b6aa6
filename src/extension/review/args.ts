import * as vscode from 'vscode';
import type { Meeting } from '../../core/model';

/** What review commands accept: a meeting id, a meeting, a tree node holding one, or an options object. */
export interface MeetingTarget {
  meetingId?: string;
  meeting?: Meeting;
  /** Restrict the search to these articles (URIs or URI strings). */
  documents?: vscode.Uri[];
  /** The two source document ids to compare, when the meeting has more. */
  sources?: string[];
}

export function parseMeetingTarget(arg: unknown): MeetingTarget {
  if (typeof arg === 'string') return { meetingId: arg };
  if (!arg || typeof arg !== 'object') return {};
  const o = arg as Record<string, unknown>;
  const out: MeetingTarget = {};
  if (isMeeting(o)) return { meetingId: o.id, meeting: o };
  if (isMeeting(o.meeting)) { out.meeting = o.meeting; out.meetingId = o.meeting.id; }
  if (typeof o.meetingId === 'string') out.meetingId = o.meetingId;
  else if (!out.meetingId && typeof o.id === 'string' && o.kind === undefined) out.meetingId = o.id;
  if (Array.isArray(o.documents)) out.documents = o.documents.map((d) => (d instanceof vscode.Uri ? d : vscode.Uri.parse(String(d))));
  if (Array.isArray(o.sources)) out.sources = o.sources.map(String);
  return out;
}

function isMeeting(x: unknown): x is Meeting {
  const m = x as Meeting | undefined;
  return !!m && typeof m === 'object' && typeof m.id === 'string' && Array.isArray(m.mentions) && Array.isArray(m.participants);
}

/** Finds the file of a document id (workspace-relative path, or absolute path). */
export async function resolveDocument(id: string): Promise<vscode.Uri | undefined> {
  const candidates: vscode.Uri[] = [];
  if (id.startsWith('/') || /^[A-Za-z]:[\\/]/.test(id)) candidates.push(vscode.Uri.file(id));
  for (const f of vscode.workspace.workspaceFolders ?? []) {
    const rel = id.startsWith(`${f.name}/`) && (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? id.slice(f.name.length + 1) : id;
    candidates.push(vscode.Uri.joinPath(f.uri, rel));
  }
  for (const c of candidates) {
    try {
      await vscode.workspace.fs.stat(c);
      return c;
    } catch { /* next */ }
  }
  return undefined;
}
