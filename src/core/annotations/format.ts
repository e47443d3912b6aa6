/**
 * The annotation file: one per article, deterministic and git-friendly.
 *
 * ```json
 * {
 *   "format": "news-annotator-annotations",
 *   "version": 1,
 *   "offsets": "codepoint",
 *   "article": "news/000.txt",
 *   "sha256": "<hex SHA-256 of the article text the offsets refer to>",
 *   "spans": [
 *     {"start":0,"end":9,"label":"PERSON","text":"राजनाथ सिंह","source":"auto","status":"suggested",...},
 *     {"start":12,"end":17,...}
 *   ]
 * }
 * ```
 * - Offsets are Unicode CODE POINTS, 0-based, end-exclusive, into the article text as decoded from
 *   UTF-8 without a leading BOM (as VS Code shows it; line ends kept as they are, no normalisation).
 *   `sha256` is the hex SHA-256 of that text encoded as UTF-8.
 * - Spans are sorted by start, end, label (then status, source, text, entityId); one span per line;
 *   keys in a fixed order; `attrs` keys sorted. Serialising the same data always gives the same bytes.
 * - Span fields: start, end, label, text, entityId?, source ('auto'|'manual'),
 *   status ('suggested'|'accepted'|'rejected'), confidence?, method?, author?, time? (ISO 8601),
 *   context {before, after} (a few characters around the span, for re-anchoring), orphan?,
 *   inBoilerplate?, attrs?, date?.
 * - A span whose text no longer matches the article at its offsets is re-anchored by text and context
 *   when read (see reanchor.ts); if it cannot be found it is kept with `"orphan": true`.
 */
import type { DateValue, SpanSource, SpanStatus } from '../model';
import { CodePointIndex } from './offsets';
import { reanchorSpans, type ReanchorResult } from './reanchor';
import { compareSpans, moveSpan, type AnnotationSpan, type ArticleAnnotations, type SpanContext } from './types';

export const ANNOTATION_FORMAT = 'news-annotator-annotations';
export const ANNOTATION_FORMAT_VERSION = 1;
/** Characters (code points) of context kept on each side of a span. */
export const CONTEXT_CHARS = 16;

/** A span as stored: code point offsets. */
export interface StoredSpan {
  start: number;
  end: number;
  label: string;
  text: string;
  entityId?: string;
  source: SpanSource;
  status: SpanStatus;
  confidence?: number;
  method?: string;
  author?: string;
  time?: string;
  context: SpanContext;
  orphan?: boolean;
  inBoilerplate?: boolean;
  attrs?: Record<string, string>;
  date?: DateValue;
}

export interface AnnotationFile {
  format: typeof ANNOTATION_FORMAT;
  version: typeof ANNOTATION_FORMAT_VERSION;
  offsets: 'codepoint';
  article: string;
  sha256: string;
  spans: StoredSpan[];
}

/** Thrown when an annotation file cannot be read; `message` says why, for the user. */
export class AnnotationFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnnotationFormatError';
  }
}

const SOURCES: readonly string[] = ['auto', 'manual'];
const STATUSES: readonly string[] = ['suggested', 'accepted', 'rejected'];
const PRECISIONS: readonly string[] = ['day', 'month', 'year', 'weekday', 'range', 'relative'];

/** Parse and validate an annotation file. Throws AnnotationFormatError with a precise reason. */
export function parseAnnotationFile(content: string): AnnotationFile {
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
  if (content.trim() === '') throw new AnnotationFormatError('the file is empty');
  if (content.includes('\u0000')) throw new AnnotationFormatError('the file contains binary data (NUL bytes)');
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (err) {
    throw new AnnotationFormatError(`invalid JSON: ${(err as Error).message}`);
  }
  if (!isObject(raw)) throw new AnnotationFormatError('the top level is not a JSON object');
  if (raw.format !== ANNOTATION_FORMAT) {
    throw new AnnotationFormatError(`"format" is ${JSON.stringify(raw.format)}, expected "${ANNOTATION_FORMAT}"`);
  }
  if (typeof raw.version !== 'number') throw new AnnotationFormatError('"version" is missing');
  if (raw.version > ANNOTATION_FORMAT_VERSION) {
    throw new AnnotationFormatError(`version ${raw.version} was written by a newer News Annotator (this one reads version ${ANNOTATION_FORMAT_VERSION})`);
  }
  if (raw.version !== ANNOTATION_FORMAT_VERSION) throw new AnnotationFormatError(`unsupported version ${raw.version}`);
  if (raw.offsets !== 'codepoint') throw new AnnotationFormatError(`"offsets" must be "codepoint", got ${JSON.stringify(raw.offsets)}`);
  if (typeof raw.article !== 'string') throw new AnnotationFormatError('"article" must be a string');
  if (typeof raw.sha256 !== 'string') throw new AnnotationFormatError('"sha256" must be a string');
  if (!Array.isArray(raw.spans)) throw new AnnotationFormatError('"spans" must be an array');
  const spans = raw.spans.map((s, i) => parseSpan(s, i));
  return { format: ANNOTATION_FORMAT, version: ANNOTATION_FORMAT_VERSION, offsets: 'codepoint', article: raw.article, sha256: raw.sha256, spans };
}

function parseSpan(s: unknown, i: number): StoredSpan {
  const where = `span ${i + 1}`;
  if (!isObject(s)) throw new AnnotationFormatError(`${where} is not an object`);
  const fail = (m: string): never => {
    throw new AnnotationFormatError(`${where}: ${m}`);
  };
  if (!isOffset(s.start) || !isOffset(s.end)) fail('"start" and "end" must be non-negative integers');
  if ((s.end as number) < (s.start as number)) fail('"end" is before "start"');
  if (typeof s.label !== 'string' || s.label === '') fail('"label" must be a non-empty string');
  if (typeof s.text !== 'string') fail('"text" must be a string');
  if (!SOURCES.includes(s.source as string)) fail(`"source" must be one of ${SOURCES.join(', ')}`);
  if (!STATUSES.includes(s.status as string)) fail(`"status" must be one of ${STATUSES.join(', ')}`);
  const out: StoredSpan = {
    start: s.start as number,
    end: s.end as number,
    label: s.label as string,
    text: s.text as string,
    source: s.source as SpanSource,
    status: s.status as SpanStatus,
    context: { before: '', after: '' },
  };
  if (s.entityId !== undefined) out.entityId = str(s.entityId, 'entityId', fail);
  if (s.confidence !== undefined) {
    if (typeof s.confidence !== 'number' || !(s.confidence >= 0 && s.confidence <= 1)) fail('"confidence" must be a number from 0 to 1');
    out.confidence = s.confidence as number;
  }
  if (s.method !== undefined) out.method = str(s.method, 'method', fail);
  if (s.author !== undefined) out.author = str(s.author, 'author', fail);
  if (s.time !== undefined) out.time = str(s.time, 'time', fail);
  if (s.context !== undefined) {
    const c = s.context;
    if (!isObject(c) || typeof c.before !== 'string' || typeof c.after !== 'string') fail('"context" must be {"before": string, "after": string}');
    out.context = { before: (c as SpanContext).before, after: (c as SpanContext).after };
  }
  if (s.orphan !== undefined) out.orphan = bool(s.orphan, 'orphan', fail);
  if (s.inBoilerplate !== undefined) out.inBoilerplate = bool(s.inBoilerplate, 'inBoilerplate', fail);
  if (s.attrs !== undefined) {
    if (!isObject(s.attrs) || Object.values(s.attrs).some((v) => typeof v !== 'string')) fail('"attrs" must map names to strings');
    out.attrs = { ...(s.attrs as Record<string, string>) };
  }
  if (s.date !== undefined) {
    const d = (isObject(s.date) ? s.date : {}) as Record<string, unknown>;
    if (!PRECISIONS.includes(d.precision as string)) fail('"date" must have a valid "precision"');
    const dv: DateValue = { precision: (d as unknown as DateValue).precision };
    if (d.value !== undefined) dv.value = str(d.value, 'date.value', fail);
    if (d.weekday !== undefined) {
      if (!Number.isInteger(d.weekday)) fail('"date.weekday" must be an integer');
      dv.weekday = d.weekday as number;
    }
    if (d.endValue !== undefined) dv.endValue = str(d.endValue, 'date.endValue', fail);
    out.date = dv;
  }
  return out;
}

/** Serialise deterministically: fixed key order, sorted spans, one span per line, trailing newline. */
export function serializeAnnotationFile(file: AnnotationFile): string {
  const spans = [...file.spans].sort((a, b) => compareSpans(a as AnnotationSpan, b as AnnotationSpan));
  const head =
    '{\n' +
    `  "format": ${JSON.stringify(ANNOTATION_FORMAT)},\n` +
    `  "version": ${ANNOTATION_FORMAT_VERSION},\n` +
    `  "offsets": "codepoint",\n` +
    `  "article": ${JSON.stringify(file.article)},\n` +
    `  "sha256": ${JSON.stringify(file.sha256)},\n`;
  if (spans.length === 0) return head + '  "spans": []\n}\n';
  return head + '  "spans": [\n' + spans.map((s) => '    ' + spanJson(s)).join(',\n') + '\n  ]\n}\n';
}

function spanJson(s: StoredSpan): string {
  const o: Record<string, unknown> = { start: s.start, end: s.end, label: s.label, text: s.text };
  if (s.entityId !== undefined) o.entityId = s.entityId;
  o.source = s.source;
  o.status = s.status;
  if (s.confidence !== undefined) o.confidence = Math.round(s.confidence * 1000) / 1000;
  if (s.method !== undefined) o.method = s.method;
  if (s.author !== undefined) o.author = s.author;
  if (s.time !== undefined) o.time = s.time;
  o.context = { before: s.context.before, after: s.context.after };
  if (s.orphan) o.orphan = true;
  if (s.inBoilerplate) o.inBoilerplate = true;
  if (s.attrs) o.attrs = Object.fromEntries(Object.keys(s.attrs).sort().map((k) => [k, s.attrs![k]]));
  if (s.date) {
    const d: Record<string, unknown> = {};
    if (s.date.value !== undefined) d.value = s.date.value;
    if (s.date.weekday !== undefined) d.weekday = s.date.weekday;
    d.precision = s.date.precision;
    if (s.date.endValue !== undefined) d.endValue = s.date.endValue;
    o.date = d;
  }
  return JSON.stringify(o);
}

/**
 * Convert in-memory annotations (UTF-16 offsets into `text`) to the stored form. Context is refreshed
 * from `text` for anchored spans; orphans keep the context they had. `text` must be the text the
 * offsets refer to (e.g. the editor's current text), and `sha256` its hash.
 */
export function toAnnotationFile(ann: ArticleAnnotations, text: string): AnnotationFile {
  const idx = new CodePointIndex(text);
  const spans: StoredSpan[] = ann.spans.map((s) => {
    // Orphans keep the context they had: their offsets are only a hint of where they used to be.
    const context = s.orphan ? s.context : contextAround(text, s.start, s.end);
    return { ...s, start: idx.toCodePoint(s.start), end: idx.toCodePoint(s.end), context };
  });
  return { format: ANNOTATION_FORMAT, version: ANNOTATION_FORMAT_VERSION, offsets: 'codepoint', article: ann.article, sha256: ann.sha256, spans };
}

export interface LoadedAnnotations extends ReanchorResult {
  annotations: ArticleAnnotations;
}

/**
 * Convert a stored file to in-memory annotations for the CURRENT article text, re-anchoring every
 * span whose text does not match at its offsets (the article changed outside the editor).
 * `currentSha256` is the hash of `text`; the result carries it.
 */
export function fromAnnotationFile(file: AnnotationFile, text: string, currentSha256: string): LoadedAnnotations {
  const idx = new CodePointIndex(text);
  const converted: AnnotationSpan[] = file.spans.map((s) => {
    const start = idx.toUtf16(s.start);
    const end = idx.toUtf16(s.end);
    return moveSpan(s as AnnotationSpan, start, end);
  });
  const result = reanchorSpans(converted, text);
  return { ...result, annotations: { article: file.article, sha256: currentSha256, spans: result.spans } };
}

/** The context kept around [start, end): up to CONTEXT_CHARS code points each side, never splitting a pair. */
export function contextAround(text: string, start: number, end: number, chars = CONTEXT_CHARS): SpanContext {
  let b = start;
  for (let n = 0; n < chars && b > 0; n++) {
    b--;
    if (b > 0 && isLowSurrogate(text.charCodeAt(b)) && isHighSurrogate(text.charCodeAt(b - 1))) b--;
  }
  let a = end;
  for (let n = 0; n < chars && a < text.length; n++) {
    a++;
    if (a < text.length && isLowSurrogate(text.charCodeAt(a)) && isHighSurrogate(text.charCodeAt(a - 1))) a++;
  }
  return { before: text.slice(b, start), after: text.slice(end, a) };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isOffset(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
function str(v: unknown, name: string, fail: (m: string) => never): string {
  if (typeof v !== 'string') fail(`"${name}" must be a string`);
  return v as string;
}
function bool(v: unknown, name: string, fail: (m: string) => never): boolean {
  if (typeof v !== 'boolean') fail(`"${name}" must be true or false`);
  return v as boolean;
}
