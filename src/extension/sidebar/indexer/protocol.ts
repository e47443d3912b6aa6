/** Messages between the extension host (client.ts) and the indexing worker (worker.ts). No vscode here. */
import type { KbEntity } from '../../../core/model';
import type { ArticleAnnotations, ArticleEntry, ArticleStamp } from '../../../core/index/types';

/** One article to index. */
export interface WorkItem {
  /** Document id: corpus-relative path with '/' separators. */
  id: string;
  /** Absolute file-system path; the worker reads and hashes it. */
  file?: string;
  /** The text, for files the worker cannot read itself (unsaved or non-file URIs). */
  text?: string;
  /** The cached stamp: the file is skipped when it still matches. */
  cached?: ArticleStamp;
  /** The article's annotations as the editor holds them (UTF-16 offsets); wins over `annotationsFile`. */
  annotations?: ArticleAnnotations;
  /** Absolute path of the article's annotation file, when one exists. */
  annotationsFile?: string;
  /** The article's done flag. */
  done?: boolean;
  /** Re-analyse even when the stamp matches (annotations or knowledge base changed). */
  force?: boolean;
}

export interface IndexRequest {
  type: 'index';
  job: number;
  items: WorkItem[];
  extraEntities?: KbEntity[];
  /** Entries per batch message (default 25). */
  batchSize?: number;
}

export interface CancelRequest {
  type: 'cancel';
  job: number;
}

export type ToWorker = IndexRequest | CancelRequest;

export interface BatchMessage {
  type: 'batch';
  job: number;
  /** Analysed (new or changed) articles. */
  entries: ArticleEntry[];
  /** Articles whose content is unchanged but whose mtime moved. */
  touched: { id: string; mtime: number }[];
  /** Articles that could not be read (deleted meanwhile...). */
  missing: { id: string; reason: string }[];
  /** Items handled so far in this job by this worker (including skipped ones). */
  processed: number;
  /** Items handled since this worker's previous batch message. */
  handled: number;
}

export interface DoneMessage {
  type: 'done';
  job: number;
  cancelled: boolean;
  processed: number;
  analysed: number;
  reused: number;
}

export interface ErrorMessage {
  type: 'error';
  job: number;
  message: string;
}

export type FromWorker = BatchMessage | DoneMessage | ErrorMessage;
