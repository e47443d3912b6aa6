import * as vscode from 'vscode';
import {
  AnnotationFormatError,
  AnnotationSet,
  fromAnnotationFile,
  merge3,
  parseAnnotationFile,
  serializeAnnotationFile,
  toAnnotationFile,
  type AnnotationSpan,
  type ChangeRecord,
  type TextChange,
} from '../../core/annotations';
import { SECTION, Setting } from '../keys';
import { Disposable } from '../util/dispose';
import { decodeText, encodeText, KeyedQueue, readIfExists, sha256, writeAtomic } from '../util/fsUtil';
import { locateAnnotations } from './locations';

export type AnnotationChangeReason = 'load' | 'reload' | 'edit' | 'command' | 'annotate' | 'undo' | 'unload';

export interface AnnotationsChangeEvent {
  /** The article. */
  uri: vscode.Uri;
  reason: AnnotationChangeReason;
}

export interface StoreError {
  file: vscode.Uri;
  message: string;
  /** Where the unreadable file was copied. */
  copy?: vscode.Uri;
}

/** An article's annotations while loaded. */
export interface ArticleState {
  readonly uri: vscode.Uri;
  readonly annotationUri: vscode.Uri;
  readonly relPath: string;
  readonly set: AnnotationSet;
  /** Set when the annotation file could not be read: nothing is written until it is fixed. */
  readOnly?: { reason: string; copy?: vscode.Uri };
}

interface State extends ArticleState {
  /** Text the spans refer to when the article is not open in an editor. */
  closedText?: string;
  textLength: number;
  /** Spans as last synced with the file on disk (base of the three-way merge). */
  base: readonly AnnotationSpan[];
  /** SHA-256 of the file bytes last read or written; undefined when there is no file. */
  diskHash?: string;
  corruptHash?: string;
  timer?: ReturnType<typeof setTimeout>;
  dirty: boolean;
}

export class ReadOnlyError extends Error {}

/** Renders and reads annotation files, large ones off the host thread (see src/extension/analysis/client.ts). */
export interface AnnotationFileRenderer {
  render(article: string, text: string, spans: readonly AnnotationSpan[]): Promise<{ bytes: Uint8Array; hash: string }>;
  /** Parse `content` and re-anchor its spans to `text`; throws AnnotationFormatError for an invalid file. */
  load(content: string, text: string): Promise<{ spans: AnnotationSpan[]; moved: number; orphaned: number; recovered: number }>;
}

/**
 * Loads, keeps and saves annotation files (one per article). Async I/O only, atomic writes, saves
 * serialised per file, outside changes merged rather than clobbered, unreadable files never written.
 */
export class AnnotationStore extends Disposable {
  private readonly states = new Map<string, State>();
  private readonly loading = new Map<string, Promise<State>>();
  private readonly queue = new KeyedQueue();
  private readonly _onDidChange = this._register(new vscode.EventEmitter<AnnotationsChangeEvent>());
  /** Fired whenever an article's annotations change (loaded, edited, reloaded from disk...). */
  readonly onDidChangeAnnotations = this._onDidChange.event;
  private readonly _onDidError = this._register(new vscode.EventEmitter<StoreError>());
  readonly onDidReportError = this._onDidError.event;
  /** Every error reported in this session (for tests and diagnostics). */
  readonly errors: StoreError[] = [];

  /**
   * `renderer`: renders annotation files off the host thread for large articles (the analysis worker);
   * without it files are rendered here.
   */
  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly renderer?: AnnotationFileRenderer,
  ) {
    super();
    const watchers = [
      vscode.workspace.createFileSystemWatcher('**/.news-annotator/annotations/**/*.json'),
      vscode.workspace.createFileSystemWatcher('**/*.annotations.json'),
    ];
    for (const w of watchers) {
      this._register(w);
      this._register(w.onDidChange((u) => this.onFileChanged(u)));
      this._register(w.onDidCreate((u) => this.onFileChanged(u)));
    }
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.onDocumentChanged(e)));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => void this.close(d.uri, d.getText())));
  }

  override dispose(): void {
    for (const s of this.states.values()) if (s.timer) clearTimeout(s.timer);
    void this.flushAll();
    super.dispose();
  }

  get(uri: vscode.Uri): ArticleState | undefined {
    return this.states.get(uri.toString());
  }

  /** Loaded articles. */
  loaded(): ArticleState[] {
    return [...this.states.values()];
  }

  spans(uri: vscode.Uri): readonly AnnotationSpan[] {
    return this.states.get(uri.toString())?.set.spans ?? [];
  }

  /** The text the article's spans refer to (the editor's text when open). */
  textOf(uri: vscode.Uri): string | undefined {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) return doc.getText();
    return this.states.get(uri.toString())?.closedText;
  }

  /** Load (once) the annotations of an article; `text` for a closed article (else read from disk). */
  open(uri: vscode.Uri, text?: string): Promise<ArticleState> {
    const key = uri.toString();
    const have = this.states.get(key);
    if (have) return Promise.resolve(have);
    let p = this.loading.get(key);
    if (!p) {
      p = this.load(uri, text).finally(() => this.loading.delete(key));
      this.loading.set(key, p);
    }
    return p;
  }

  private async load(uri: vscode.Uri, givenText?: string): Promise<State> {
    const openDoc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let text = openDoc ? openDoc.getText() : (givenText ?? decodeText(await vscode.workspace.fs.readFile(uri)));
    const loc = locateAnnotations(uri);
    const state: State = {
      uri,
      annotationUri: loc.annotationUri,
      relPath: loc.relPath,
      set: new AnnotationSet(),
      closedText: openDoc ? undefined : text,
      textLength: text.length,
      base: [],
      dirty: false,
    };
    await this.queue.run(state.annotationUri.toString(), async () => {
      const bytes = await readIfExists(state.annotationUri);
      if (!bytes) return;
      const content = decodeText(bytes);
      state.diskHash = sha256(content);
      try {
        let loaded = await this.readFile(content, text);
        // Edits made while the file was read are not seen by the store yet: read it again for the
        // current text (spans are re-anchored by their text and context).
        for (let i = 0; i < 3 && openDoc && !openDoc.isClosed && openDoc.getText() !== text; i++) {
          text = openDoc.getText();
          state.textLength = text.length;
          loaded = await this.readFile(content, text);
        }
        state.set.replaceAll(loaded.spans);
        state.base = loaded.spans;
        if (loaded.moved || loaded.orphaned || loaded.recovered) {
          this.log.info(`${loc.relPath}: article changed since annotated: ${loaded.moved} span(s) re-anchored, ${loaded.orphaned} orphaned, ${loaded.recovered} recovered`);
          state.dirty = true;
        }
        if (loaded.orphaned) this.warnOrphans(state, loaded.orphaned);
      } catch (err) {
        await this.markCorrupt(state, err, content);
      }
    });
    // A document may have been opened meanwhile; keep the first state.
    const existing = this.states.get(uri.toString());
    if (existing) return existing;
    this.states.set(uri.toString(), state);
    this._onDidChange.fire({ uri, reason: 'load' });
    if (state.dirty) this.scheduleSave(state);
    return state;
  }

  /**
   * Change an article's annotations through its AnnotationSet. Throws ReadOnlyError when the
   * annotation file is unreadable. The change is saved after a short delay.
   */
  async mutate(uri: vscode.Uri, fn: (set: AnnotationSet, text: string) => ChangeRecord | void, reason: AnnotationChangeReason = 'command'): Promise<ChangeRecord | void> {
    const state = (await this.open(uri)) as State;
    if (state.readOnly) {
      throw new ReadOnlyError(
        vscode.l10n.t('The annotations of {0} are read-only because {1} cannot be read: {2}', state.relPath, vscode.workspace.asRelativePath(state.annotationUri), state.readOnly.reason),
      );
    }
    const before = state.set.version;
    const rec = fn(state.set, this.textOf(uri) ?? '');
    if (state.set.version !== before) {
      state.dirty = true;
      this._onDidChange.fire({ uri, reason });
      this.scheduleSave(state);
    }
    return rec;
  }

  private onDocumentChanged(e: vscode.TextDocumentChangeEvent): void {
    const state = this.states.get(e.document.uri.toString());
    if (!state || e.contentChanges.length === 0) return;
    let newLength = state.textLength;
    for (const c of e.contentChanges) newLength += c.text.length - c.rangeLength;
    state.textLength = newLength;
    const changes: TextChange[] = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    // A change that leaves the document clean and is not an undo/redo came from disk (another tool,
    // git): spans are verified and re-anchored, and those whose text is gone become orphans.
    const fromDisk = !e.document.isDirty && e.reason === undefined;
    const before = state.set.version;
    if (fromDisk) {
      const r = state.set.applyOutsideChanges(changes, e.document.getText());
      if (r.orphaned) this.warnOrphans(state, r.orphaned);
    } else {
      state.set.applyTextChanges(changes);
    }
    if (state.set.version !== before) {
      state.dirty = true;
      this._onDidChange.fire({ uri: state.uri, reason: 'edit' });
      this.scheduleSave(state);
    }
  }

  private saveDelay(): number {
    return Math.max(0, vscode.workspace.getConfiguration(SECTION).get<number>(Setting.SaveDelay, 500));
  }

  private scheduleSave(state: State): void {
    if (state.readOnly) return;
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.save(state).catch((err) => this.report(state.annotationUri, `could not save: ${(err as Error).message}`));
    }, this.saveDelay());
  }

  /** Save now if there are unsaved changes. */
  async flush(uri: vscode.Uri): Promise<void> {
    const state = this.states.get(uri.toString());
    if (!state) return;
    if (state.timer) {
      clearTimeout(state.timer);
      state.timer = undefined;
    }
    await this.save(state);
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.states.values()].map((s) => this.flush(s.uri).catch(() => undefined)));
  }

  /** Save (serialised per file). Outside changes are merged first; an unreadable file is never written. */
  save(state: ArticleState): Promise<void> {
    const s = state as State;
    return this.queue.run(s.annotationUri.toString(), async () => {
      if (s.readOnly || !s.dirty) return;
      const text = this.textOf(s.uri);
      if (text === undefined) return;
      const bytes = await readIfExists(s.annotationUri);
      if (bytes) {
        const content = decodeText(bytes);
        const hash = sha256(content);
        if (hash !== s.diskHash) {
          // Changed under us (another window, git): merge, never clobber.
          if (!(await this.mergeFromDisk(s, content, text))) return;
        }
      } else if (s.diskHash) {
        this.log.warn(`${vscode.workspace.asRelativePath(s.annotationUri)} was deleted outside the editor; writing the annotations again`);
        s.diskHash = undefined;
      }
      if (!bytes && s.set.spans.length === 0) {
        s.dirty = false;
        return;
      }
      // Snapshot what is written (spans and the text they refer to, now: the awaits above let edits in);
      // a change made while the file is rendered or written stays dirty and is saved next.
      const version = s.set.version;
      const written = [...s.set.spans];
      const current = this.textOf(s.uri) ?? text;
      const out = await this.render(s.relPath, current, written);
      if (out.hash !== s.diskHash) {
        await writeAtomic(s.annotationUri, out.bytes);
        s.diskHash = out.hash;
      }
      s.base = written;
      s.dirty = s.set.version !== version;
      if (s.dirty) this.scheduleSave(s);
    });
  }

  /** Read an annotation file for the article's `text` (on the worker when large). */
  private async readFile(content: string, text: string): Promise<{ spans: AnnotationSpan[]; moved: number; orphaned: number; recovered: number }> {
    if (this.renderer) return this.renderer.load(content, text);
    const loaded = fromAnnotationFile(parseAnnotationFile(content), text, sha256(text));
    return { spans: loaded.annotations.spans, moved: loaded.moved, orphaned: loaded.orphaned, recovered: loaded.recovered };
  }

  private async render(article: string, text: string, spans: readonly AnnotationSpan[]): Promise<{ bytes: Uint8Array; hash: string }> {
    if (this.renderer) return this.renderer.render(article, text, spans);
    const out = serializeAnnotationFile(toAnnotationFile({ article, sha256: sha256(text), spans: [...spans] }, text));
    return { bytes: encodeText(out), hash: sha256(out) };
  }

  /** Three-way merge of the file on disk into memory. False when the file is unreadable (now read-only). */
  private async mergeFromDisk(s: State, content: string, text: string): Promise<boolean> {
    let theirs: AnnotationSpan[];
    try {
      theirs = fromAnnotationFile(parseAnnotationFile(content), text, sha256(text)).annotations.spans;
    } catch (err) {
      await this.markCorrupt(s, err, content);
      return false;
    }
    const merged = merge3(s.base, s.set.spans, theirs);
    s.diskHash = sha256(content);
    s.base = theirs;
    const changed = JSON.stringify(merged.spans) !== JSON.stringify(s.set.spans);
    if (changed) s.set.replaceAll(merged.spans, true);
    s.dirty = JSON.stringify(merged.spans) !== JSON.stringify(theirs);
    this.log.info(`${vscode.workspace.asRelativePath(s.annotationUri)} changed on disk: merged (${merged.conflicts} conflict(s))`);
    if (changed) this._onDidChange.fire({ uri: s.uri, reason: 'reload' });
    return true;
  }

  private onFileChanged(annotationUri: vscode.Uri): void {
    const s = [...this.states.values()].find((x) => x.annotationUri.toString() === annotationUri.toString());
    if (!s) return;
    void this.queue
      .run(annotationUri.toString(), async () => {
        const bytes = await readIfExists(annotationUri);
        if (!bytes) return;
        const content = decodeText(bytes);
        const hash = sha256(content);
        if (hash === s.diskHash && !s.readOnly) return; // our own write
        const text = this.textOf(s.uri);
        if (text === undefined) return;
        if (s.readOnly) {
          if (hash === s.corruptHash) return;
          // The user fixed (or replaced) the file: read it again.
          try {
            const loaded = fromAnnotationFile(parseAnnotationFile(content), text, sha256(text));
            s.readOnly = undefined;
            s.corruptHash = undefined;
            s.set.replaceAll(loaded.annotations.spans);
            s.base = loaded.annotations.spans;
            s.diskHash = hash;
            this.log.info(`${vscode.workspace.asRelativePath(annotationUri)} is readable again`);
            this._onDidChange.fire({ uri: s.uri, reason: 'reload' });
          } catch (err) {
            await this.markCorrupt(s, err, content);
          }
          return;
        }
        if (await this.mergeFromDisk(s, content, text)) {
          if (s.dirty) this.scheduleSave(s);
        }
      })
      .catch((err) => this.report(annotationUri, (err as Error).message));
  }

  /** Mark an article read-only because its file is unreadable; copy the file aside; tell the user. */
  private async markCorrupt(s: State, err: unknown, content: string): Promise<void> {
    const reason = err instanceof AnnotationFormatError ? err.message : String((err as Error)?.message ?? err);
    const hash = sha256(content);
    if (s.readOnly && s.corruptHash === hash) return;
    s.corruptHash = hash;
    s.dirty = false;
    let copy: vscode.Uri | undefined;
    try {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      copy = s.annotationUri.with({ path: `${s.annotationUri.path}.corrupt-${stamp}` });
      await vscode.workspace.fs.copy(s.annotationUri, copy, { overwrite: false });
    } catch (e) {
      this.log.error(`could not copy ${s.annotationUri.fsPath} aside: ${(e as Error).message}`);
      copy = undefined;
    }
    s.readOnly = { reason, copy };
    this.report(s.annotationUri, reason, copy);
    this._onDidChange.fire({ uri: s.uri, reason: 'reload' });
  }

  private report(file: vscode.Uri, message: string, copy?: vscode.Uri): void {
    const e: StoreError = { file, message, copy };
    this.errors.push(e);
    const rel = vscode.workspace.asRelativePath(file);
    this.log.error(`${rel}: ${message}${copy ? ` (copy kept as ${vscode.workspace.asRelativePath(copy)})` : ''}`);
    this._onDidError.fire(e);
    const msg = copy
      ? vscode.l10n.t('Cannot read annotation file {0}: {1}. Nothing will be written to it until it is fixed; a copy was kept as {2}.', rel, message, vscode.workspace.asRelativePath(copy))
      : vscode.l10n.t('Annotation file {0}: {1}', rel, message);
    void vscode.window.showErrorMessage(msg);
  }

  private warnOrphans(s: State, n: number): void {
    const show = vscode.l10n.t('Show Orphans');
    void vscode.window
      .showWarningMessage(vscode.l10n.t('{0}: {1} annotation(s) could not be found in the changed article and were kept as orphans.', s.relPath, n), show)
      .then((pick) => {
        if (pick === show) void vscode.commands.executeCommand('newsAnnotator.resolveOrphans', s.uri);
      });
  }

  /** Flush and forget a closed article. */
  private async close(uri: vscode.Uri, text: string): Promise<void> {
    const s = this.states.get(uri.toString());
    if (!s) return;
    // Keep the text the spans refer to, for the final save.
    s.closedText = text;
    try {
      await this.flush(uri);
    } finally {
      if (vscode.workspace.textDocuments.every((d) => d.uri.toString() !== uri.toString())) {
        this.states.delete(uri.toString());
        this._onDidChange.fire({ uri, reason: 'unload' });
      }
    }
  }

  /** Forget an article that is not open (after a workspace run), saving it first. */
  async release(uri: vscode.Uri): Promise<void> {
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
    await this.flush(uri);
    this.states.delete(uri.toString());
  }
}
