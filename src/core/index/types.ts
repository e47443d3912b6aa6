/**
 * Data of the corpus index: one entry per article (its entity mentions and its own meetings), from
 * which the merged meetings, the entity groups and the article review states are derived.
 * Offsets are UTF-16 code units into the original text, end-exclusive (see ../model.ts).
 */
import type { EntitySpan, Meeting, SpanSource, SpanStatus } from '../model';

/** Review state of one article. */
export type ReviewState = 'notStarted' | 'pending' | 'done';

/** What identifies the indexed version of a file: a cache entry is fresh while these match. */
export interface ArticleStamp {
  /** Document id: the corpus-relative path, '/'-separated. */
  path: string;
  /** Hex sha256 of the file's bytes. */
  sha256: string;
  /** Modification time in ms since the epoch. */
  mtime: number;
  /** Size in bytes. */
  size: number;
  /** Modification time of the article's annotation file when it was indexed (absent: no file). */
  annotationsMtime?: number;
  /** The done flag when it was indexed. */
  done?: boolean;
}

/** The stamp part of an entry (what the indexer compares; cheap to send to a worker). */
export function stampOf(e: ArticleStamp): ArticleStamp {
  const s: ArticleStamp = { path: e.path, sha256: e.sha256, mtime: e.mtime, size: e.size };
  if (e.annotationsMtime !== undefined) s.annotationsMtime = e.annotationsMtime;
  if (e.done !== undefined) s.done = e.done;
  return s;
}

/** A compact entity mention as the index keeps it. */
export interface IndexedMention {
  start: number;
  end: number;
  label: string;
  text: string;
  entityId?: string;
  source: SpanSource;
  status: SpanStatus;
}

/** A human annotation span (UTF-16 offsets); the annotation store's spans fit this shape. */
export type AnnotatedSpan = Omit<EntitySpan, 'confidence'> & { confidence?: number; orphan?: boolean };

/** Human annotations of one article, as the annotation store knows them. */
export interface ArticleAnnotations {
  /** Every span of the annotation file (suggested, accepted, rejected). */
  spans: readonly AnnotatedSpan[];
  /** True once a person marked the article done. */
  done?: boolean;
}

/** Everything the index knows about one article. */
export interface ArticleEntry extends ArticleStamp {
  /** Length of the text in UTF-16 code units. */
  length: number;
  /** Entity mentions (rejected ones left out), sorted by start. */
  mentions: IndexedMention[];
  /** Meetings extracted from this article alone, before cross-article merging. */
  meetings: Meeting[];
  /** True when a human annotation file exists for the article. */
  annotated: boolean;
  /** True once the article was marked done. */
  done: boolean;
  /** Number of mentions still in the 'suggested' state. */
  pending: number;
  /** Why the article could not be analysed (binary, unreadable...). */
  error?: string;
}

/** What changed in the index after an update: the sidebar refreshes only these. */
export interface IndexChange {
  /** Articles added, changed or removed (paths). */
  articles: string[];
  /** Ids of merged meetings that appeared. */
  meetingsAdded: string[];
  /** Ids of merged meetings that disappeared. */
  meetingsRemoved: string[];
  /** Ids of merged meetings whose content changed. */
  meetingsChanged: string[];
  /** Entity labels whose groups changed. */
  labels: string[];
}

export function emptyChange(): IndexChange {
  return { articles: [], meetingsAdded: [], meetingsRemoved: [], meetingsChanged: [], labels: [] };
}

export function isEmptyChange(c: IndexChange): boolean {
  return !c.articles.length && !c.meetingsAdded.length && !c.meetingsRemoved.length && !c.meetingsChanged.length && !c.labels.length;
}
