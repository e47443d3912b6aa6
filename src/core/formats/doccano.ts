/**
 * doccano sequence-labelling JSONL: `{"text": ..., "label": [[start, end, "LABEL"], ...], "meta": {...}}`,
 * code-point offsets (doccano's backend is Python). Import also accepts doccano's newer
 * `entities: [{start_offset, end_offset, label}]` form.
 */
import type { ExportPart, FileSink, FormatExporter, PreparedDocument } from './exporter';
import { mainFileName } from './exporter';
import { isObject, readJsonLines } from './json';
import type { ImportedDocument, ImportedSpan, ImportProblem, ParsedImport } from './types';

export interface DoccanoLine {
  text: string;
  label: [number, number, string][];
  meta: { id: string; path: string; offsets: 'codepoint' };
}

export function toDoccano(p: PreparedDocument): DoccanoLine {
  return {
    text: p.doc.text,
    label: p.spans.map((s) => [p.map.toCodePoint(s.start), p.map.toCodePoint(s.end), s.label]),
    meta: { id: p.doc.id, path: p.doc.path, offsets: 'codepoint' },
  };
}

export function doccanoExporter(): FormatExporter {
  return {
    async begin(part: ExportPart, target) {
      part.state.sink = await target.open(mainFileName(part.split, 'jsonl'), 'main', part.split);
    },
    async document(part, p) {
      await (part.state.sink as FileSink).write(JSON.stringify(toDoccano(p)) + '\n');
    },
    async end(part) {
      await (part.state.sink as FileSink).close();
    },
  };
}

export function parseDoccano(content: string): ParsedImport {
  const documents: ImportedDocument[] = [];
  const problems: ImportProblem[] = [];
  for (const { line, value: o } of readJsonLines(content, problems)) {
    const i = line - 1;
    if (!isObject(o) || typeof o.text !== 'string') {
      problems.push({ message: `line ${line}: no "text"` });
      continue;
    }
    const meta = isObject(o.meta) ? o.meta : {};
    const id = typeof meta.id === 'string' ? meta.id : o.id !== undefined ? String(o.id) : '';
    const spans: ImportedSpan[] = [];
    const bad = (x: unknown) => problems.push({ document: id || `line ${i + 1}`, message: `malformed label ${JSON.stringify(x)} skipped` });
    for (const l of Array.isArray(o.label) ? o.label : Array.isArray(o.labels) ? o.labels : []) {
      if (Array.isArray(l) && l.length >= 3 && Number.isInteger(l[0]) && Number.isInteger(l[1]) && typeof l[2] === 'string') {
        spans.push({ start: l[0], end: l[1], label: l[2], status: 'accepted', source: 'manual' });
      } else bad(l);
    }
    for (const e of Array.isArray(o.entities) ? o.entities : []) {
      if (isObject(e) && Number.isInteger(e.start_offset) && Number.isInteger(e.end_offset) && typeof e.label === 'string') {
        spans.push({ start: e.start_offset as number, end: e.end_offset as number, label: e.label, status: 'accepted', source: 'manual' });
      } else bad(e);
    }
    documents.push({ id, path: typeof meta.path === 'string' ? meta.path : undefined, text: o.text, spans });
  }
  return { documents, problems };
}
