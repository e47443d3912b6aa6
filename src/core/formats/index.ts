/** Dataset formats: the exporter for each format id, and the importers. */
import { bratExporter, parseBratAnn } from './brat';
import { conllExporter } from './conll';
import { doccanoExporter, parseDoccano } from './doccano';
import { runExport, type DatasetExportOptions, type ExportHooks, type ExportReport, type ExportTarget, type FormatExporter } from './exporter';
import { jsonExporter, jsonlExporter, parseCorpusJson } from './json';
import { labelStudioExporter, parseLabelStudio } from './labelStudio';
import { parseSpacyJsonl, spacyExporter } from './spacy';
import type { ExportContext, ExportDocument, FormatId, ImportFormatId, ParsedImport } from './types';

export * from './types';
export { OffsetMap } from './offsets';
export { assignSplits, parseRatios, seededRandom, SPLIT_NAMES, type SplitName } from './split';
export { reconcile, type PlacedSpan, type SpanMismatch, type ReconcileResult } from './reconcile';
export { bratStem } from './brat';
export type { DatasetExportOptions, ExportHooks, ExportReport, ExportTarget, FileSink } from './exporter';

/** File extension of the main file of one-file formats (brat writes a folder). */
export const FORMAT_EXTENSIONS: Record<FormatId, string> = {
  json: 'json',
  jsonl: 'jsonl',
  spacy: 'jsonl',
  brat: '',
  conll: 'conll',
  'label-studio': 'json',
  doccano: 'jsonl',
};

export const FORMAT_DESCRIPTIONS: Record<FormatId, string> = {
  json: 'News Annotator corpus JSON (lossless)',
  jsonl: 'News Annotator JSON Lines, one document per line',
  spacy: 'spaCy / Prodigy JSONL (tokens and spans)',
  brat: 'brat standoff (.txt + .ann per document, annotation.conf)',
  conll: 'CoNLL-2003 IOB2 (one token per line)',
  'label-studio': 'Label Studio tasks JSON',
  doccano: 'doccano JSONL',
};

export function createExporter(format: FormatId, ctx: ExportContext, options: DatasetExportOptions, warnings: string[]): FormatExporter {
  switch (format) {
    case 'json':
      return jsonExporter(ctx);
    case 'jsonl':
      return jsonlExporter(ctx);
    case 'spacy':
      return spacyExporter(warnings);
    case 'brat':
      return bratExporter(ctx);
    case 'conll':
      return conllExporter(options, warnings);
    case 'label-studio':
      return labelStudioExporter(`${ctx.generator.name}@${ctx.generator.version}`);
    case 'doccano':
      return doccanoExporter();
  }
}

/** Export documents (streamed one by one) in a format to `target`. */
export async function exportDataset(
  format: FormatId,
  docs: Iterable<ExportDocument> | AsyncIterable<ExportDocument>,
  ctx: ExportContext,
  options: DatasetExportOptions,
  target: ExportTarget,
  hooks?: ExportHooks,
): Promise<ExportReport> {
  const warnings: string[] = [];
  const report = await runExport(format, createExporter(format, ctx, options, warnings), docs, ctx, options, target, hooks);
  report.warnings.push(...warnings);
  return report;
}

/** An input file for import. For brat, give the `.ann` content and its `.txt` sibling's content. */
export interface ImportFile {
  /** File name (brat: the .ann path; used as the document id). */
  name: string;
  content: string;
  txt?: string;
}

/** Parse import files of one format into documents with code-point spans. */
export function parseImport(format: ImportFormatId, files: ImportFile[]): ParsedImport {
  const out: ParsedImport = { documents: [], problems: [] };
  for (const f of files) {
    let r: ParsedImport;
    switch (format) {
      case 'json':
      case 'jsonl':
        r = parseCorpusJson(f.content);
        break;
      case 'spacy':
        r = parseSpacyJsonl(f.content);
        break;
      case 'label-studio':
        r = parseLabelStudio(f.content);
        break;
      case 'doccano':
        r = parseDoccano(f.content);
        break;
      case 'brat': {
        const id = f.name.replace(/\.ann$/, '');
        const parsed = parseBratAnn(f.content, f.txt, f.name);
        r = { documents: [{ id, text: f.txt, spans: parsed.spans }], problems: parsed.problems };
        break;
      }
    }
    out.documents.push(...r.documents);
    out.problems.push(...r.problems.map((p) => ({ ...p, message: `${f.name}: ${p.message}` })));
  }
  return out;
}
