/**
 * Human meeting decisions, `.news-annotator/meetings.json` (format of core/meetings/decisions.ts):
 * read when it changes, each new decision recorded by read-modify-write and written atomically.
 * A file that cannot be parsed is reported and never overwritten.
 */
import * as vscode from 'vscode';
import { applyDecisions, emptyDecisionFile, matchOf, parseDecisions, recordDecision, serializeDecisions, type MeetingDecision, type MeetingsDecisionFile } from '../../core/meetings/decisions';
import type { Meeting } from '../../core/model';
import { MARKER_FOLDER } from '../keys';
import { Disposable } from '../util/dispose';
import { writeBytesAtomic } from './jsonFile';

export class DecisionStore extends Disposable {
  private decisions: MeetingDecision[] = [];
  private readonly texts = new Map<string, string>();
  private readonly emitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.emitter.event;
  problem: string | undefined;

  constructor(private readonly folder: vscode.Uri | undefined, private readonly textOf: (document: string) => Promise<string | undefined>, private readonly log: vscode.LogOutputChannel) {
    super();
    if (folder) {
      const w = this._register(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${MARKER_FOLDER}/meetings.json`)));
      const again = () => void this.load().then(() => this.emitter.fire());
      this._register(w.onDidChange(again));
      this._register(w.onDidCreate(again));
      this._register(w.onDidDelete(again));
    }
  }

  get uri(): vscode.Uri | undefined {
    return this.folder && vscode.Uri.joinPath(this.folder, MARKER_FOLDER, 'meetings.json');
  }

  all(): readonly MeetingDecision[] {
    return this.decisions;
  }

  private async read(): Promise<MeetingsDecisionFile> {
    const uri = this.uri;
    if (!uri) throw new Error(vscode.l10n.t('Open a folder to keep meeting decisions.'));
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return emptyDecisionFile();
    }
    const parsed = parseDecisions(new TextDecoder().decode(bytes));
    for (const e of parsed.errors) this.log.warn(`${uri.fsPath}: ${e}`);
    if (!parsed.file) throw new Error(vscode.l10n.t('{0} cannot be parsed: {1}. It is left as it is; fix it to record decisions.', uri.fsPath, parsed.errors.join('; ')));
    return parsed.file;
  }

  async load(): Promise<void> {
    try {
      const file = await this.read();
      this.decisions = file.decisions;
      this.problem = undefined;
      await this.loadTexts();
    } catch (err) {
      this.problem = (err as Error).message;
      this.log.error(this.problem);
    }
  }

  /** Texts of documents named by split/create decisions (their offsets are code points). */
  private async loadTexts(): Promise<void> {
    const docs = new Set<string>();
    for (const d of this.decisions) {
      if (d.kind === 'split') for (const p of d.parts) for (const m of p.mentions) docs.add(m.document);
      if (d.kind === 'create') for (const m of d.meeting.mentions) docs.add(m.document);
    }
    for (const doc of docs) {
      if (this.texts.has(doc)) continue;
      const t = await this.textOf(doc);
      if (t !== undefined) this.texts.set(doc, t);
    }
  }

  /** Record one decision (read-modify-write, atomic). */
  async record(d: MeetingDecision): Promise<void> {
    const uri = this.uri;
    if (!uri) throw new Error(vscode.l10n.t('Open a folder to keep meeting decisions.'));
    const file = recordDecision(await this.read(), { ...d, time: d.time ?? new Date().toISOString() } as MeetingDecision);
    await writeBytesAtomic(uri, new TextEncoder().encode(serializeDecisions(file)));
    this.decisions = file.decisions;
    this.problem = undefined;
    await this.loadTexts();
    this.emitter.fire();
  }

  /**
   * Apply the decisions to merged meetings. Only meetings a decision can touch are passed through
   * `applyDecisions` (which copies them); the others keep their identity, so the index reports
   * exactly what changed.
   */
  apply(merged: Meeting[]): Meeting[] {
    if (!this.decisions.length) return merged;
    const ids = new Set<string>();
    const matches: { participants: string; documents: string[] }[] = [];
    let creates = false;
    for (const d of this.decisions) {
      if (d.kind === 'merge') d.meetings.forEach((id) => ids.add(id));
      else if (d.kind === 'create') creates = true;
      else {
        ids.add(d.meeting);
        if (d.match) matches.push({ participants: [...d.match.participants].sort().join(','), documents: d.match.documents });
      }
    }
    const affected: Meeting[] = [];
    const rest: Meeting[] = [];
    for (const m of merged) {
      let hit = ids.has(m.id);
      if (!hit && matches.length) {
        const mm = matchOf(m);
        const ps = mm.participants.join(',');
        hit = matches.some((x) => x.participants === ps && x.documents.some((doc) => mm.documents.includes(doc)));
      }
      (hit ? affected : rest).push(m);
    }
    if (!affected.length && !creates) return merged;
    const applied = applyDecisions(affected, this.decisions, { textOf: (doc) => this.texts.get(doc) });
    return [...rest, ...applied];
  }
}
