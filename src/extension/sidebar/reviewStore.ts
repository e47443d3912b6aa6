/**
 * Which articles a person marked done: `.news-annotator/review.json` in the first workspace folder,
 * `{"format":"news-annotator-review","version":1,"done":[sorted article ids]}`. Written atomically;
 * a file that cannot be parsed is reported and never overwritten.
 */
import * as vscode from 'vscode';
import { MARKER_FOLDER } from '../keys';
import { readJson, writeJsonAtomic } from './jsonFile';

export const REVIEW_FORMAT = 'news-annotator-review';

export class ReviewStore {
  private done = new Set<string>();
  private broken: string | undefined;

  constructor(private readonly folder: vscode.Uri | undefined) {}

  get uri(): vscode.Uri | undefined {
    return this.folder && vscode.Uri.joinPath(this.folder, MARKER_FOLDER, 'review.json');
  }

  /** Load the file; returns a problem message when it cannot be parsed (then nothing is ever written). */
  async load(): Promise<string | undefined> {
    const uri = this.uri;
    if (!uri) return undefined;
    try {
      const data = (await readJson(uri)) as { format?: string; done?: unknown } | undefined;
      if (data === undefined) return undefined;
      if (data?.format !== REVIEW_FORMAT || !Array.isArray(data.done)) throw new Error(vscode.l10n.t('{0} is not a review file', uri.fsPath));
      this.done = new Set(data.done.filter((x): x is string => typeof x === 'string'));
      this.broken = undefined;
    } catch (err) {
      this.broken = (err as Error).message;
    }
    return this.broken;
  }

  isDone(id: string): boolean {
    return this.done.has(id);
  }

  async setDone(id: string, done: boolean): Promise<void> {
    if (this.broken) throw new Error(this.broken);
    const uri = this.uri;
    if (!uri) throw new Error(vscode.l10n.t('Open a folder to keep review states.'));
    if (done) this.done.add(id);
    else this.done.delete(id);
    await writeJsonAtomic(uri, { format: REVIEW_FORMAT, version: 1, done: [...this.done].sort() });
  }
}
