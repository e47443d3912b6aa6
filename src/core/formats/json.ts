/**
 * Our own formats: the `news-annotator-corpus` JSON document (lossless; schema in
 * schemas/news-annotator-corpus.schema.json) and JSON Lines, one document per line.
 * Offsets are code points; the text of every document is included.
 */
import {
  CORPUS_FORMAT,
  CORPUS_FORMAT_VERSION,
  type CorpusDocument,
  type CorpusEntitySpan,
  type CorpusKbEntry,
  type CorpusMeeting,
  type CorpusMention,
} from '../corpusFormat';
import type { Meeting } from '../model';
import type { ExportPart, FileSink, FormatExporter, PreparedDocument } from './exporter';
import { mainFileName } from './exporter';
import type { OffsetMap } from './offsets';
import type { ExportContext, ExportSpan, ImportedDocument, ImportedSpan, ImportProblem, ParsedImport } from './types';

/** One line of our JSONL export: a corpus document plus the meetings it reports and the KB entries it uses. */
export interface CorpusJsonlLine extends CorpusDocument {
  format: typeof CORPUS_FORMAT;
  version: typeof CORPUS_FORMAT_VERSION;
  offsets: 'codepoint';
  meetings?: CorpusMeeting[];
  kb?: CorpusKbEntry[];
}

export function toCorpusSpan(s: ExportSpan, map: OffsetMap): CorpusEntitySpan {
  const out: CorpusEntitySpan = {
    start: map.toCodePoint(s.start),
    end: map.toCodePoint(s.end),
    label: s.label,
    text: s.text,
    source: s.source,
    status: s.status,
    confidence: s.confidence,
  };
  if (s.entityId !== undefined) out.entityId = s.entityId;
  if (s.method !== undefined) out.method = s.method;
  if (s.attrs !== undefined && Object.keys(s.attrs).length) out.attrs = sortedRecord(s.attrs);
  if (s.date !== undefined) out.date = s.date;
  if (s.inBoilerplate) out.inBoilerplate = true;
  if (s.author !== undefined) out.author = s.author;
  if (s.time !== undefined) out.time = s.time;
  return out;
}

export function toCorpusDocument(p: PreparedDocument, withText = true): CorpusDocument {
  const { doc, map } = p;
  const out: CorpusDocument = {
    id: doc.id,
    path: doc.path,
    sha256: doc.sha256,
    length: map.length,
    zones: doc.zones
      .filter((z) => map.isBoundary(z.start) && map.isBoundary(z.end))
      .map((z) => ({ start: map.toCodePoint(z.start), end: map.toCodePoint(z.end), kind: z.kind })),
    entities: p.spans.map((s) => toCorpusSpan(s, map)),
  };
  if (withText) out.text = doc.text;
  if (doc.warnings?.length) out.warnings = [...doc.warnings];
  return out;
}

export function toCorpusMeeting(m: Meeting, mentions: CorpusMention[]): CorpusMeeting {
  const out: CorpusMeeting = {
    id: m.id,
    participants: m.participants.map((p) => ({ ...p })),
    topics: m.topics.map((t) => ({ ...t })),
    status: m.status,
    confidence: m.confidence,
    mentions: [...mentions].sort((a, b) => cmp(a.document, b.document) || a.start - b.start || a.end - b.end),
  };
  if (m.place) out.place = { ...m.place };
  if (m.date) out.date = { ...m.date };
  if (m.occasion) out.occasion = { ...m.occasion };
  if (m.disagreements && Object.keys(m.disagreements).length) out.disagreements = m.disagreements;
  if (m.review) out.review = { ...m.review };
  return out;
}

function kbEntries(ctx: ExportContext, ids: Set<string>): CorpusKbEntry[] {
  return ctx.kb.filter((e) => ids.has(e.id)).sort((a, b) => cmp(a.id, b.id));
}

function indent(json: string, pad: string): string {
  return json.replace(/\n/g, `\n${pad}`);
}

/** `news-annotator-corpus` JSON, streamed: header, then documents one by one, then KB entries and meetings. */
export function jsonExporter(ctx: ExportContext): FormatExporter {
  return {
    async begin(part: ExportPart, target) {
      const sink = await target.open(mainFileName(part.split, 'json'), 'main', part.split);
      part.state.sink = sink;
      const generator = JSON.stringify(ctx.generator);
      await sink.write(
        `{\n  "format": "${CORPUS_FORMAT}",\n  "version": ${CORPUS_FORMAT_VERSION},\n  "offsets": "codepoint",\n  "generator": ${generator},\n  "documents": [`,
      );
    },
    async document(part, p) {
      const sink = part.state.sink as FileSink;
      const sep = part.documents === 0 ? '\n    ' : ',\n    ';
      await sink.write(sep + indent(JSON.stringify(toCorpusDocument(p), null, 2), '    '));
    },
    async end(part) {
      const sink = part.state.sink as FileSink;
      const entities = kbEntries(ctx, part.kbIds);
      const meetings = [...part.meetings].map(([m, mentions]) => toCorpusMeeting(m, mentions));
      const arr = (items: unknown[]) =>
        items.length ? `[\n    ${items.map((x) => indent(JSON.stringify(x, null, 2), '    ')).join(',\n    ')}\n  ]` : '[]';
      await sink.write(`${part.documents ? '\n  ' : ''}],\n  "entities": ${arr(entities)},\n  "meetings": ${arr(meetings)}\n}\n`);
      await sink.close();
    },
  };
}

/** JSON Lines: one `CorpusJsonlLine` per document; nothing is held back until the end. */
export function jsonlExporter(ctx: ExportContext): FormatExporter {
  const kbById = new Map(ctx.kb.map((e) => [e.id, e]));
  return {
    async begin(part, target) {
      part.state.sink = await target.open(mainFileName(part.split, 'jsonl'), 'main', part.split);
    },
    async document(part, p) {
      const doc = toCorpusDocument(p);
      const line: CorpusJsonlLine = { format: CORPUS_FORMAT, version: CORPUS_FORMAT_VERSION, offsets: 'codepoint', ...doc };
      if (p.meetings.length) line.meetings = p.meetings.map((dm) => toCorpusMeeting(dm.meeting, dm.mentions));
      const ids = new Set<string>();
      for (const s of p.spans) if (s.entityId) ids.add(s.entityId);
      const kb = [...ids].sort().map((id) => kbById.get(id)).filter((e): e is CorpusKbEntry => !!e);
      if (kb.length) line.kb = kb;
      await (part.state.sink as FileSink).write(JSON.stringify(line) + '\n');
    },
    async end(part) {
      await (part.state.sink as FileSink).close();
    },
  };
}

/** Read our JSON (a whole corpus document) or JSONL (one document per line). */
export function parseCorpusJson(content: string): ParsedImport {
  const problems: ImportProblem[] = [];
  const documents: ImportedDocument[] = [];
  const body = content.replace(/^\uFEFF/, '');
  const trimmed = body.trimStart();
  let docs: unknown[] = [];
  if (trimmed.startsWith('{') && !looksLikeJsonl(trimmed)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (e) {
      return { documents, problems: [{ message: `not valid JSON: ${(e as Error).message}` }] };
    }
    const obj = parsed as Record<string, unknown>;
    if (!isObject(obj) || obj.format !== CORPUS_FORMAT) return { documents, problems: [{ message: `not a ${CORPUS_FORMAT} document (missing "format": "${CORPUS_FORMAT}")` }] };
    if (obj.offsets !== 'codepoint') return { documents, problems: [{ message: `unsupported offsets '${String(obj.offsets)}': expected "codepoint"` }] };
    docs = Array.isArray(obj.documents) ? obj.documents : [];
  } else {
    for (const { line, value: o } of readJsonLines(body, problems)) {
      if (isObject(o) && o.offsets !== undefined && o.offsets !== 'codepoint') {
        problems.push({ message: `line ${line}: unsupported offsets '${String(o.offsets)}'` });
      } else docs.push(o);
    }
  }
  for (const d of docs) {
    if (!isObject(d) || typeof d.id !== 'string') {
      problems.push({ message: 'a document without an "id" was skipped' });
      continue;
    }
    const spans: ImportedSpan[] = [];
    const ents = Array.isArray(d.entities) ? d.entities : [];
    for (const e of ents) {
      const s = readSpan(e);
      if (s) spans.push(s);
      else problems.push({ document: d.id, message: `malformed span ${JSON.stringify(e)} skipped` });
    }
    documents.push({ id: d.id, path: typeof d.path === 'string' ? d.path : undefined, text: typeof d.text === 'string' ? d.text : undefined, spans });
  }
  return { documents, problems };
}

function looksLikeJsonl(s: string): boolean {
  const nl = s.indexOf('\n');
  if (nl < 0) return false;
  try {
    JSON.parse(s.slice(0, nl));
    return true;
  } catch {
    return false;
  }
}

function readSpan(e: unknown): ImportedSpan | undefined {
  if (!isObject(e)) return undefined;
  const { start, end, label } = e;
  if (!Number.isInteger(start) || !Number.isInteger(end) || typeof label !== 'string') return undefined;
  const s: ImportedSpan = { start: start as number, end: end as number, label };
  if (typeof e.text === 'string') s.text = e.text;
  if (typeof e.entityId === 'string') s.entityId = e.entityId;
  if (e.status === 'accepted' || e.status === 'suggested' || e.status === 'rejected') s.status = e.status;
  if (e.source === 'auto' || e.source === 'manual') s.source = e.source;
  if (typeof e.confidence === 'number') s.confidence = e.confidence;
  if (typeof e.method === 'string') s.method = e.method;
  if (typeof e.author === 'string') s.author = e.author;
  if (typeof e.time === 'string') s.time = e.time;
  if (isObject(e.attrs)) s.attrs = e.attrs as Record<string, string>;
  if (isObject(e.date)) s.date = e.date as unknown as ImportedSpan['date'];
  return s;
}

/**
 * Parse JSON Lines: one value per non-blank line, with its 1-based line number. A line that is not JSON
 * is reported in `problems` and skipped. A leading byte order mark is ignored.
 */
export function readJsonLines(body: string, problems: ImportProblem[]): { line: number; value: unknown }[] {
  const out: { line: number; value: unknown }[] = [];
  body.replace(/^\uFEFF/, '').split('\n').forEach((text, i) => {
    if (!text.trim()) return;
    try {
      out.push({ line: i + 1, value: JSON.parse(text) });
    } catch (e) {
      problems.push({ message: `line ${i + 1}: not valid JSON: ${(e as Error).message}` });
    }
  });
  return out;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedRecord(r: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k];
  return out;
}
