/**
 * spaCy / Prodigy JSONL: one task per line with `text`, `tokens` ({text, start, end, id, ws}) and
 * `spans` ({start, end, token_start, token_end (inclusive), label}). Offsets are code points
 * (Python string indices), every span is aligned to token boundaries: tokens are split at span
 * boundaries when our tokenizer did not already put one there (counted in `meta.token_splits`).
 */
import type { ExportPart, FileSink, FormatExporter, PreparedDocument } from './exporter';
import { mainFileName } from './exporter';
import { isObject, readJsonLines } from './json';
import { splitAtBoundaries, tokenize, type Token } from './tokenize';
import type { ImportedDocument, ImportedSpan, ImportProblem, ParsedImport } from './types';

export interface SpacyTask {
  text: string;
  tokens: { text: string; start: number; end: number; id: number; ws: boolean }[];
  spans: { start: number; end: number; token_start: number; token_end: number; label: string; kb_id?: string }[];
  meta: { id: string; path: string; offsets: 'codepoint'; token_splits?: number };
  answer: 'accept';
}

/** Tokens of a prepared document, split so that every span starts and ends on a token boundary. */
export function alignedTokens(p: PreparedDocument): { tokens: Token[]; splits: number } {
  const cuts: number[] = [];
  for (const s of p.spans) cuts.push(s.start, s.end);
  return splitAtBoundaries(tokenize(p.doc.text), cuts);
}

export function toSpacyTask(p: PreparedDocument, warnings?: string[]): SpacyTask {
  const { doc, map } = p;
  const { tokens, splits } = alignedTokens(p);
  const startIdx = new Map<number, number>();
  const endIdx = new Map<number, number>();
  tokens.forEach((t, i) => {
    startIdx.set(t.start, i);
    endIdx.set(t.end, i);
  });
  const task: SpacyTask = {
    text: doc.text,
    tokens: tokens.map((t, i) => ({
      text: doc.text.slice(t.start, t.end),
      start: map.toCodePoint(t.start),
      end: map.toCodePoint(t.end),
      id: i,
      ws: /^\s/.test(doc.text.slice(t.end, t.end + 1)),
    })),
    spans: [],
    meta: { id: doc.id, path: doc.path, offsets: 'codepoint' },
    answer: 'accept',
  };
  for (const s of p.spans) {
    const ts = startIdx.get(s.start);
    const te = endIdx.get(s.end);
    if (ts === undefined || te === undefined) {
      // Only possible for a span made of whitespace alone: nothing to align it to.
      warnings?.push(`${doc.id}: span ${s.label} [${s.start}, ${s.end}) does not align to tokens: not exported`);
      continue;
    }
    const span: SpacyTask['spans'][number] = { start: map.toCodePoint(s.start), end: map.toCodePoint(s.end), token_start: ts, token_end: te, label: s.label };
    if (s.entityId) span.kb_id = s.entityId;
    task.spans.push(span);
  }
  if (splits) {
    task.meta.token_splits = splits;
    warnings?.push(`${doc.id}: ${splits} token(s) split at span boundaries`);
  }
  return task;
}

export function spacyExporter(warnings: string[]): FormatExporter {
  return {
    async begin(part: ExportPart, target) {
      part.state.sink = await target.open(mainFileName(part.split, 'jsonl'), 'main', part.split);
    },
    async document(part, p) {
      await (part.state.sink as FileSink).write(JSON.stringify(toSpacyTask(p, warnings)) + '\n');
    },
    async end(part) {
      await (part.state.sink as FileSink).close();
    },
  };
}

/** Read spaCy/Prodigy JSONL: `text` and `spans` (code points). Rejected Prodigy tasks are skipped. */
export function parseSpacyJsonl(content: string): ParsedImport {
  const documents: ImportedDocument[] = [];
  const problems: ImportProblem[] = [];
  for (const { line, value: o } of readJsonLines(content, problems)) {
    const i = line - 1;
    if (!isObject(o) || typeof o.text !== 'string') {
      problems.push({ message: `line ${line}: no "text"` });
      continue;
    }
    if (o.answer === 'reject' || o.answer === 'ignore') continue;
    const meta = isObject(o.meta) ? o.meta : {};
    const id = typeof meta.id === 'string' ? meta.id : typeof o.id === 'string' ? o.id : '';
    const spans: ImportedSpan[] = [];
    for (const s of Array.isArray(o.spans) ? o.spans : []) {
      if (!isObject(s) || !Number.isInteger(s.start) || !Number.isInteger(s.end) || typeof s.label !== 'string') {
        problems.push({ document: id || `line ${i + 1}`, message: `malformed span ${JSON.stringify(s)} skipped` });
        continue;
      }
      const span: ImportedSpan = { start: s.start as number, end: s.end as number, label: s.label };
      if (typeof s.kb_id === 'string' && s.kb_id) span.entityId = s.kb_id;
      spans.push(span);
    }
    documents.push({ id, path: typeof meta.path === 'string' ? meta.path : undefined, text: o.text, spans });
  }
  return { documents, problems };
}
