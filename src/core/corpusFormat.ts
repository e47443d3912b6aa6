/**
 * The `news-annotator-corpus` JSON document: output of `news-annotator extract`, and the default
 * (lossless) export format. All offsets here are Unicode CODE POINTS, 0-based, end-exclusive.
 */
import type { DateValue, MeetingParticipant, MeetingPlace, MeetingStatus, SpanSource, SpanStatus, ZoneKind } from './model';

export const CORPUS_FORMAT = 'news-annotator-corpus';
export const CORPUS_FORMAT_VERSION = 1;

export interface CorpusZone {
  start: number;
  end: number;
  kind: ZoneKind;
}

export interface CorpusEntitySpan {
  start: number;
  end: number;
  label: string;
  text: string;
  entityId?: string;
  source: SpanSource;
  status: SpanStatus;
  confidence: number;
  method?: string;
  attrs?: Record<string, string>;
  date?: DateValue;
  inBoilerplate?: boolean;
  author?: string;
  time?: string;
}

export interface CorpusDocument {
  id: string;
  path: string;
  sha256: string;
  /** Length of the text in code points. */
  length?: number;
  zones: CorpusZone[];
  entities: CorpusEntitySpan[];
  /** Present in JSON exports that carry the text (e.g. for import elsewhere). */
  text?: string;
  /** Per-document problems (e.g. 'invalid UTF-8 replaced'). */
  warnings?: string[];
}

export interface CorpusKbEntry {
  id: string;
  label: string;
  name: string;
  nameHi?: string;
  nameEn?: string;
  aliases: string[];
  wikidata?: string;
  attrs?: Record<string, string>;
}

export interface CorpusMention {
  document: string;
  start: number;
  end: number;
  text: string;
}

export interface CorpusMeeting {
  id: string;
  participants: MeetingParticipant[];
  place?: MeetingPlace;
  date?: { text: string } & DateValue;
  occasion?: { entityId?: string; name: string };
  topics: { entityId?: string; name: string }[];
  status: MeetingStatus;
  confidence: number;
  mentions: CorpusMention[];
  disagreements?: Record<string, { value: string; sources: string[] }[]>;
  review?: { state: 'confirmed' | 'rejected' | 'edited' | 'manual'; author?: string; time?: string };
}

export interface CorpusJson {
  format: typeof CORPUS_FORMAT;
  version: typeof CORPUS_FORMAT_VERSION;
  offsets: 'codepoint';
  generator?: { name: string; version: string; time?: string };
  documents: CorpusDocument[];
  entities: CorpusKbEntry[];
  meetings: CorpusMeeting[];
  errors?: { path: string; message: string }[];
}
