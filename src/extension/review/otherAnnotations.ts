import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import { ANNOTATION_FORMAT, CodePointIndex, fromAnnotationFile, parseAnnotationFile, type AnnotationSpan } from '../../core/annotations';
import { CORPUS_FORMAT, type CorpusJson } from '../../core/corpusFormat';

/** Where the other annotation set comes from. */
export type OtherSource =
  | { kind: 'file'; uri: vscode.Uri }
  | { kind: 'git'; revision: string; annotationFile: vscode.Uri }
  | { kind: 'spans'; spans: AnnotationSpan[]; label: string };

export interface OtherSet {
  label: string;
  /** UTF-16 offsets into the current article text. */
  spans: AnnotationSpan[];
  /** Spans whose text could not be found in the current article (kept out of the comparison). */
  orphans: number;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Reads another annotation set for an article: an annotation file (another annotator's, or this
 * article's at a git revision) or a corpus JSON export (the document with this article's path or
 * hash). Offsets are converted to UTF-16 of `text`, re-anchored when the article changed since.
 */
export async function loadOtherSet(source: OtherSource, articlePath: string, text: string): Promise<OtherSet> {
  if (source.kind === 'spans') return { label: source.label, spans: source.spans, orphans: 0 };
  let content: string;
  let label: string;
  if (source.kind === 'file') {
    content = new TextDecoder().decode(await vscode.workspace.fs.readFile(source.uri));
    label = vscode.workspace.asRelativePath(source.uri, false);
  } else {
    content = await gitShow(source.revision, source.annotationFile);
    label = `${vscode.workspace.asRelativePath(source.annotationFile, false)} @ ${source.revision}`;
  }
  return { label, ...parseOther(content, articlePath, text) };
}

export function parseOther(content: string, articlePath: string, text: string): { spans: AnnotationSpan[]; orphans: number } {
  let format: unknown;
  try {
    format = (JSON.parse(content.replace(/^\uFEFF/, '')) as { format?: unknown }).format;
  } catch (err) {
    throw new Error(vscode.l10n.t('the file is not valid JSON ({0})', (err as Error).message));
  }
  const hash = sha256(text);
  if (format === ANNOTATION_FORMAT) {
    const loaded = fromAnnotationFile(parseAnnotationFile(content), text, hash);
    const spans = loaded.annotations.spans.filter((s) => !s.orphan);
    return { spans, orphans: loaded.annotations.spans.length - spans.length };
  }
  if (format === CORPUS_FORMAT) {
    const c = JSON.parse(content.replace(/^\uFEFF/, '')) as CorpusJson;
    if (c.offsets !== 'codepoint' || !Array.isArray(c.documents)) throw new Error(vscode.l10n.t('the corpus JSON has no code point documents'));
    const doc = c.documents.find((d) => d.path === articlePath || d.id === articlePath)
      ?? c.documents.find((d) => d.sha256 === hash)
      ?? c.documents.find((d) => d.path?.endsWith(`/${articlePath.split('/').pop()}`));
    if (!doc) throw new Error(vscode.l10n.t('the corpus JSON has no document for {0}', articlePath));
    const idx = new CodePointIndex(text);
    const spans: AnnotationSpan[] = [];
    let orphans = 0;
    for (const e of doc.entities ?? []) {
      const start = idx.toUtf16(e.start), end = idx.toUtf16(e.end);
      if (text.slice(start, end) !== e.text && e.text) { orphans++; continue; }
      spans.push({ start, end, label: e.label, text: text.slice(start, end), entityId: e.entityId, source: e.source ?? 'manual', status: e.status ?? 'accepted', confidence: e.confidence, context: { before: '', after: '' } });
    }
    return { spans, orphans };
  }
  throw new Error(vscode.l10n.t('not an annotation file or corpus JSON (format {0})', JSON.stringify(format)));
}

/** `git show REV:./file` run in the file's folder (async; no shell). */
export function gitShow(revision: string, file: vscode.Uri): Promise<string> {
  if (!/^[\w./~^@{}-]+$/.test(revision) || revision.startsWith('-')) return Promise.reject(new Error(vscode.l10n.t('"{0}" is not a valid git revision', revision)));
  const dir = vscode.Uri.joinPath(file, '..').fsPath;
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  return new Promise((resolve, reject) => {
    execFile('git', ['show', `${revision}:./${name}`], { cwd: dir, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) reject(new Error(vscode.l10n.t('git show {0} failed: {1}', revision, (stderr || err.message).trim())));
      else resolve(stdout);
    });
  });
}
