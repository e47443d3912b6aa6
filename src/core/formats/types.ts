/**
 * Types shared by the dataset exporters and importers. Input documents carry UTF-16 offsets
 * (like everything in memory); every writer converts to Unicode code points.
 */
import type { CorpusKbEntry } from '../corpusFormat';
import type { DateValue, EntitySpan, Meeting, Sentence, SpanSource, SpanStatus, Zone } from '../model';

export const FORMAT_IDS = ['json', 'jsonl', 'spacy', 'brat', 'conll', 'label-studio', 'doccano'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];
/** Formats that can be imported (CoNLL has no offsets into the article, so it cannot be imported faithfully). */
export const IMPORT_FORMAT_IDS = ['json', 'jsonl', 'spacy', 'brat', 'label-studio', 'doccano'] as const;
export type ImportFormatId = (typeof IMPORT_FORMAT_IDS)[number];

export function isFormatId(s: string): s is FormatId {
  return (FORMAT_IDS as readonly string[]).includes(s);
}
export function isImportFormatId(s: string): s is ImportFormatId {
  return (IMPORT_FORMAT_IDS as readonly string[]).includes(s);
}

/** A span to export: the core's EntitySpan plus who decided it and when (from the annotation files). */
export type ExportSpan = EntitySpan & { author?: string; time?: string };

/** One document to export. Offsets are UTF-16 into `text`, which is the original article text. */
export interface ExportDocument {
  /** Corpus-relative path with '/' separators: the document id used by meetings. */
  id: string;
  path: string;
  text: string;
  /** SHA-256 hex of the article's bytes (computed by the host: the core has no crypto). */
  sha256: string;
  spans: ExportSpan[];
  zones: Zone[];
  /** Sentences from the analysis, used by the CoNLL writer when present. */
  sentences?: Sentence[];
  warnings?: string[];
}

/** Corpus-wide data: meetings (UTF-16 mention offsets into each document) and the KB entries used. */
export interface ExportContext {
  meetings: Meeting[];
  kb: CorpusKbEntry[];
  generator: { name: string; version: string; time?: string };
}

export interface SelectOptions {
  /** Only accepted spans (and confirmed/edited/manual meetings); default: suggestions too. Rejected spans are never exported. */
  acceptedOnly?: boolean;
  /** Labels to include; default all. */
  labels?: string[];
  /** Drop spans inside boilerplate zones (and CoNLL tokens in them). */
  excludeBoilerplate?: boolean;
}

/** A span read from an imported file. Offsets are CODE POINTS into the imported document's text. */
export interface ImportedSpan {
  start: number;
  end: number;
  label: string;
  /** The span's text as the file states it; when absent, the importer compares against `ImportedDocument.text`. */
  text?: string;
  entityId?: string;
  status?: SpanStatus;
  source?: SpanSource;
  confidence?: number;
  method?: string;
  author?: string;
  time?: string;
  attrs?: Record<string, string>;
  date?: DateValue;
}

export interface ImportedDocument {
  /** Id or path the file gives (may be empty): used to find the workspace article. */
  id: string;
  path?: string;
  /** Document text as the file carries it. */
  text?: string;
  spans: ImportedSpan[];
}

/** A problem found while reading a file: the item is skipped, never imported shifted. */
export interface ImportProblem {
  document?: string;
  message: string;
}

export interface ParsedImport {
  documents: ImportedDocument[];
  problems: ImportProblem[];
}

/** A text file to write, relative to the output root ('/' separators). */
export interface OutputFile {
  path: string;
  content: string;
}
