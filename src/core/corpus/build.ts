/**
 * Build the `news-annotator-corpus` JSON (src/core/corpusFormat.ts) from analysed documents: UTF-16
 * offsets converted to code points, deterministic ordering, the KB entities the spans refer to.
 */
import {
  CORPUS_FORMAT, CORPUS_FORMAT_VERSION,
  type CorpusDocument, type CorpusEntitySpan, type CorpusJson, type CorpusKbEntry, type CorpusMeeting,
} from '../corpusFormat';
import type { DocumentAnalysis, EntitySpan, KbEntity, Meeting } from '../model';
import { OffsetConverter } from '../text/offsets';
import { sha256OfText } from './sha256';

export interface CorpusInputDocument {
  /** Document id: the corpus-relative path (forward slashes). */
  id: string;
  /** Path as given/found (relative to the working folder when possible). */
  path: string;
  text: string;
  analysis: DocumentAnalysis;
  /** SHA-256 of the file's bytes; computed from the text's UTF-8 when absent. */
  sha256?: string;
  warnings?: string[];
}

export interface BuildCorpusOptions {
  /** Meetings (UTF-16 mentions), converted to code points. */
  meetings?: Meeting[];
  /** Resolve entity ids for the top-level `entities` list. */
  lookupEntity?: (id: string) => KbEntity | undefined;
  errors?: { path: string; message: string }[];
  generator?: { name: string; version: string };
  /** Put each document's text in the output. */
  includeText?: boolean;
}

/** One span in code points. Keys in a fixed order for stable output. */
export function spanToCorpus(s: EntitySpan, conv: OffsetConverter): CorpusEntitySpan {
  const start = conv.toCodePoint(s.start);
  const end = conv.toCodePoint(s.end);
  const out: CorpusEntitySpan = {
    start, end, label: s.label, text: s.text,
    ...(s.entityId ? { entityId: s.entityId } : {}),
    source: s.source, status: s.status, confidence: Math.round(s.confidence * 1000) / 1000,
    ...(s.method ? { method: s.method } : {}),
    ...(s.attrs && Object.keys(s.attrs).length ? { attrs: sortKeys(s.attrs) } : {}),
    ...(s.date ? { date: s.date } : {}),
    ...(s.inBoilerplate ? { inBoilerplate: true } : {}),
  };
  return out;
}

function sortKeys(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
}

export function documentToCorpus(d: CorpusInputDocument, includeText = false): CorpusDocument {
  const conv = new OffsetConverter(d.text);
  const entities = [...d.analysis.entities]
    .sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label))
    .map((s) => spanToCorpus(s, conv));
  return {
    id: d.id,
    path: d.path,
    sha256: d.sha256 ?? sha256OfText(d.text),
    length: conv.codePointLength,
    zones: d.analysis.zones.map((z) => ({ start: conv.toCodePoint(z.start), end: conv.toCodePoint(z.end), kind: z.kind })),
    entities,
    ...(includeText ? { text: d.text } : {}),
    ...(d.warnings && d.warnings.length ? { warnings: d.warnings } : {}),
  };
}

export function kbEntryToCorpus(e: KbEntity): CorpusKbEntry {
  return {
    id: e.id,
    label: e.label,
    name: e.name.en ?? e.name.hi ?? e.id,
    ...(e.name.hi ? { nameHi: e.name.hi } : {}),
    ...(e.name.en ? { nameEn: e.name.en } : {}),
    aliases: [...e.aliases],
    ...(e.wikidata ? { wikidata: e.wikidata } : {}),
    ...(e.attrs && Object.keys(e.attrs).length ? { attrs: sortKeys(e.attrs) } : {}),
  };
}

export function meetingToCorpus(m: Meeting, converters: Map<string, OffsetConverter>): CorpusMeeting {
  return {
    ...m,
    mentions: m.mentions.map((x) => {
      const conv = converters.get(x.document);
      return {
        document: x.document,
        start: conv ? conv.toCodePoint(x.start) : x.start,
        end: conv ? conv.toCodePoint(x.end) : x.end,
        text: x.text,
      };
    }),
  };
}

/** The whole corpus document. */
export function buildCorpusJson(docs: CorpusInputDocument[], opts: BuildCorpusOptions = {}): CorpusJson {
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const converters = new Map(sorted.map((d) => [d.id, new OffsetConverter(d.text)]));
  const ids = new Set<string>();
  for (const d of sorted) for (const s of d.analysis.entities) if (s.entityId && !s.entityId.startsWith('doc:')) ids.add(s.entityId);
  const entities: CorpusKbEntry[] = [];
  if (opts.lookupEntity) {
    for (const id of [...ids].sort()) {
      const e = opts.lookupEntity(id);
      if (e) entities.push(kbEntryToCorpus(e));
    }
  }
  return {
    format: CORPUS_FORMAT,
    version: CORPUS_FORMAT_VERSION,
    offsets: 'codepoint',
    ...(opts.generator ? { generator: opts.generator } : {}),
    documents: sorted.map((d) => documentToCorpus(d, opts.includeText)),
    entities,
    meetings: (opts.meetings ?? []).map((m) => meetingToCorpus(m, converters)),
    ...(opts.errors && opts.errors.length ? { errors: opts.errors } : {}),
  };
}

/** Arrays whose items are written one per line (git-friendly diffs, compact files). */
const ONE_PER_LINE = new Set(['zones', 'entities', 'mentions', 'errors', 'participants', 'topics', 'warnings']);

/** Deterministic JSON text of a corpus: structure indented, each span/zone/entity/mention on one line. */
export function stringifyCorpus(corpus: CorpusJson): string {
  return `${fmt(corpus, '', '')}\n`;
}

function fmt(v: unknown, indent: string, key: string): string {
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const inner = indent + '  ';
    if (ONE_PER_LINE.has(key)) return `[\n${v.map((x) => inner + JSON.stringify(x)).join(',\n')}\n${indent}]`;
    return `[\n${v.map((x) => inner + fmt(x, inner, '')).join(',\n')}\n${indent}]`;
  }
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${fmt(x, inner, k)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(v);
}
