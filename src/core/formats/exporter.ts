/**
 * The streaming export driver: documents go through one by one (nothing holds the whole
 * corpus), each format writes them to files opened through an `ExportTarget` supplied by the host.
 */
import type { CorpusMention } from '../corpusFormat';
import type { Meeting } from '../model';
import { OffsetMap } from './offsets';
import { selectMeetings, selectSpans } from './select';
import type { SplitName } from './split';
import type { ExportContext, ExportDocument, ExportSpan, FormatId, OutputFile, SelectOptions } from './types';

export interface FileSink {
  write(chunk: string): void | Promise<void>;
  close(): void | Promise<void>;
}

export interface ExportTarget {
  /**
   * Open a file for writing. `path` is relative to the output root with '/' separators.
   * `role` is 'main' for the single file of a one-file format (json, jsonl, spacy, conll,
   * label-studio, doccano), so a host can write it to a user-chosen file name instead.
   */
  open(path: string, role: 'main' | 'document' | 'extra', split?: SplitName): Promise<FileSink>;
}

/** A meeting reported in a document, with that document's mentions in code points. */
export interface DocMeeting {
  meeting: Meeting;
  mentions: CorpusMention[];
  /** The same mentions in UTF-16 offsets into the document. */
  mentionsUtf16: { start: number; end: number }[];
}

export interface PreparedDocument {
  doc: ExportDocument;
  /** Selected spans, sorted, each verified against the text. */
  spans: ExportSpan[];
  map: OffsetMap;
  meetings: DocMeeting[];
  split?: SplitName;
}

/** One output part: the whole export, or one split of it. */
export interface ExportPart {
  split?: SplitName;
  /** Meetings with at least one mention in this part's documents, with those mentions (code points). */
  meetings: Map<Meeting, CorpusMention[]>;
  /** Knowledge-base ids used by this part's spans and meetings. */
  kbIds: Set<string>;
  documents: number;
  /** Format-specific state. */
  state: Record<string, unknown>;
}

export interface FormatExporter {
  begin(part: ExportPart, target: ExportTarget): Promise<void>;
  document(part: ExportPart, doc: PreparedDocument, target: ExportTarget): Promise<void>;
  end(part: ExportPart, target: ExportTarget): Promise<void>;
  /** Files written once at the output root (brat annotation.conf, Label Studio config...). */
  extras?(labels: string[]): OutputFile[];
}

export interface DatasetExportOptions extends SelectOptions {
  /** Document id -> split. Documents without a split are not exported when a split is given. */
  split?: ReadonlyMap<string, SplitName>;
}

export interface ExportHooks {
  isCancelled?(): boolean;
  onDocument?(done: number, id: string): void;
}

export interface ExportReport {
  format: FormatId;
  documents: number;
  spans: number;
  meetings: number;
  perSplit: Partial<Record<SplitName, number>>;
  warnings: string[];
  cancelled: boolean;
}

export function mainFileName(split: SplitName | undefined, ext: string): string {
  return `${split ?? 'corpus'}.${ext}`;
}

export async function runExport(
  format: FormatId,
  exporter: FormatExporter,
  docs: Iterable<ExportDocument> | AsyncIterable<ExportDocument>,
  ctx: ExportContext,
  options: DatasetExportOptions,
  target: ExportTarget,
  hooks: ExportHooks = {},
): Promise<ExportReport> {
  const meetings = selectMeetings(ctx.meetings, options).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byDoc = new Map<string, Meeting[]>();
  for (const m of meetings) {
    for (const ref of m.mentions) {
      const list = byDoc.get(ref.document) ?? [];
      if (!list.includes(m)) list.push(m);
      byDoc.set(ref.document, list);
    }
  }
  const report: ExportReport = { format, documents: 0, spans: 0, meetings: 0, perSplit: {}, warnings: [], cancelled: false };
  const parts = new Map<string, ExportPart>();
  const labels = new Set<string>(options.labels ?? []);
  const seenIds = new Set<string>();
  for await (const doc of docs) {
    if (hooks.isCancelled?.()) {
      report.cancelled = true;
      break;
    }
    if (seenIds.has(doc.id)) {
      report.warnings.push(`${doc.id}: duplicate document id, skipped`);
      continue;
    }
    seenIds.add(doc.id);
    const split = options.split?.get(doc.id);
    if (options.split && !split) {
      report.warnings.push(`${doc.id}: not in any split, skipped`);
      continue;
    }
    const key = split ?? '';
    let part = parts.get(key);
    if (!part) {
      part = { split, meetings: new Map(), kbIds: new Set(), documents: 0, state: {} };
      parts.set(key, part);
      await exporter.begin(part, target);
    }
    const prepared = prepare(doc, byDoc.get(doc.id) ?? [], options, report.warnings);
    prepared.split = split;
    for (const s of prepared.spans) {
      labels.add(s.label);
      if (s.entityId) part.kbIds.add(s.entityId);
    }
    for (const dm of prepared.meetings) {
      const list = part.meetings.get(dm.meeting) ?? [];
      list.push(...dm.mentions);
      part.meetings.set(dm.meeting, list);
      for (const id of meetingEntityIds(dm.meeting)) part.kbIds.add(id);
    }
    await exporter.document(part, prepared, target);
    part.documents++;
    report.documents++;
    report.spans += prepared.spans.length;
    if (split) report.perSplit[split] = (report.perSplit[split] ?? 0) + 1;
    hooks.onDocument?.(report.documents, doc.id);
  }
  if (parts.size === 0 && !report.cancelled) {
    // An empty export still writes a valid (empty) file.
    const part: ExportPart = { split: undefined, meetings: new Map(), kbIds: new Set(), documents: 0, state: {} };
    parts.set('', part);
    await exporter.begin(part, target);
  }
  const counted = new Set<Meeting>();
  for (const part of parts.values()) {
    await exporter.end(part, target);
    for (const m of part.meetings.keys()) counted.add(m);
  }
  report.meetings = counted.size;
  for (const f of exporter.extras?.([...labels].sort()) ?? []) {
    const sink = await target.open(f.path, 'extra');
    await sink.write(f.content);
    await sink.close();
  }
  return report;
}

function prepare(doc: ExportDocument, meetings: Meeting[], options: SelectOptions, warnings: string[]): PreparedDocument {
  const map = new OffsetMap(doc.text);
  const { spans, dropped } = selectSpans(doc.text, doc.spans, doc.zones, options);
  for (const d of dropped) warnings.push(`${doc.id}: span ${d}: not exported`);
  const kept = spans.filter((s) => {
    if (map.isBoundary(s.start) && map.isBoundary(s.end)) return true;
    warnings.push(`${doc.id}: span ${s.label} [${s.start}, ${s.end}) splits a surrogate pair: not exported`);
    return false;
  });
  const docMeetings: DocMeeting[] = [];
  for (const meeting of meetings) {
    const dm: DocMeeting = { meeting, mentions: [], mentionsUtf16: [] };
    for (const ref of meeting.mentions) {
      if (ref.document !== doc.id) continue;
      if (!map.isBoundary(ref.start) || !map.isBoundary(ref.end) || ref.start > ref.end || doc.text.slice(ref.start, ref.end) !== ref.text) {
        warnings.push(`${doc.id}: meeting ${meeting.id}: mention [${ref.start}, ${ref.end}) does not match the text, left out`);
        continue;
      }
      dm.mentions.push({ document: doc.id, start: map.toCodePoint(ref.start), end: map.toCodePoint(ref.end), text: ref.text });
      dm.mentionsUtf16.push({ start: ref.start, end: ref.end });
    }
    if (dm.mentions.length) docMeetings.push(dm);
  }
  return { doc, spans: kept, map, meetings: docMeetings };
}

export function meetingEntityIds(m: Meeting): string[] {
  const ids: string[] = [];
  for (const p of m.participants) if (p.entityId && !p.entityId.startsWith('doc:')) ids.push(p.entityId);
  if (m.place?.entityId) ids.push(m.place.entityId);
  if (m.occasion?.entityId) ids.push(m.occasion.entityId);
  for (const t of m.topics) if (t.entityId) ids.push(t.entityId);
  return ids;
}
