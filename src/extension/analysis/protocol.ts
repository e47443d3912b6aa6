/** Messages between the extension host (client.ts) and the analysis worker (worker.ts). No vscode here. */
import type { AnnotationSpan } from '../../core/annotations';
import type { DocumentAnalysis, KbEntity } from '../../core/model';

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  text: string;
  /**
   * Workspace entities (`.news-annotator/entities.json`). The worker keeps one knowledge base and
   * rebuilds it only when these change (compared by `kbKey`).
   */
  extraEntities: KbEntity[];
  /** Identity of `extraEntities` (the client's generation counter): equal keys mean the same entities. */
  kbKey: string;
  /** Only the entities are wanted (pre-annotation): zones and sentences are not sent back. */
  entitiesOnly?: boolean;
}

/**
 * Render an annotation file (the CPU part of saving a large article's annotations). Its spans come
 * first in `renderPart` messages (small ones: each is cloned in one host task), then `render`.
 */
export interface RenderPart {
  type: 'renderPart';
  id: number;
  spans: AnnotationSpan[];
}

export interface RenderRequest {
  type: 'render';
  id: number;
  article: string;
  text: string;
}

/** Read an annotation file for the article's current text (reopening a large annotated article). */
export interface LoadRequest {
  type: 'load';
  id: number;
  content: string;
  text: string;
}

/** One step of a warm-up: analyse a warm-up text of `size` UTF-16 units `count` times. */
export interface WarmUpPass {
  count: number;
  size: number;
}

/**
 * Default warm-up: many short texts (every per-document stage is called often enough to be optimised),
 * then medium and a few longer ones (their loops get type feedback). Each pass is short (< ~50 ms), so a
 * request arriving during the warm-up waits at most one pass. Measured on the shared 2-core machine (fresh
 * worker, worker-side time of the first 1 MB analysis after the warm-up; steady state ~60-80 ms): no
 * warm-up 340-580 ms; 60x2,000 + 6x30,000 (~0.55 s) 98-183; 150x2,000 + 12x30,000 (~0.7 s) 74-137;
 * 60x2,000 + 6x30,000 + 2x120,000 (~0.9 s, 140 ms passes) 88-163; this one (~0.85 s) 81-125. The rest of
 * the gap to the steady state is V8 still re-optimising some stages for a large input on its first run.
 */
export const WARM_UP_PASSES: WarmUpPass[] = [
  { count: 200, size: 1_000 },
  { count: 100, size: 4_000 },
  { count: 10, size: 30_000 },
];

/**
 * Build the knowledge base (with the workspace entities, like `analyze`) and analyse the built-in
 * warm-up text (core/warmup.ts) in short passes, so that V8 has optimised the pipeline before the
 * first real article. The worker yields between passes: a request arriving meanwhile runs after the
 * current pass, and an `analyze` request ends the warm-up (real work warms it as well).
 */
export interface WarmUpRequest {
  type: 'warm';
  id: number;
  extraEntities: KbEntity[];
  kbKey: string;
  /** Default: `WARM_UP_PASSES`. */
  passes?: WarmUpPass[];
}

export type ToAnalysisWorker = AnalyzeRequest | RenderPart | RenderRequest | LoadRequest | WarmUpRequest;

/** Spans or entities per message: the structured clone of one part stays a short host task. */
export const PART_SIZE = 1_500;

/** Some of a result's entities, sent before the result itself (which then carries none). */
export interface AnalyzePart {
  type: 'part';
  id: number;
  entities: DocumentAnalysis['entities'];
}

export interface AnalyzeResult {
  type: 'result';
  id: number;
  analysis: DocumentAnalysis;
  /** Time the worker spent analysing (ms). */
  ms: number;
}

export interface RenderResult {
  type: 'rendered';
  id: number;
  /** UTF-8 bytes of the file (transferred). */
  bytes: Uint8Array;
  hash: string;
}

/** Some of a loaded file's spans, sent before `loaded`. */
export interface SpansPart {
  type: 'spans';
  id: number;
  spans: AnnotationSpan[];
}

export interface LoadResult {
  type: 'loaded';
  id: number;
  moved: number;
  orphaned: number;
  recovered: number;
}

export interface WarmUpResult {
  type: 'warmed';
  id: number;
  /** Passes run (analyses of a warm-up text). */
  passes: number;
  /** Knowledge base build + index time (0 when it was built already). */
  kbMs: number;
  /** Whole warm-up, from receiving the request to the last pass (wall ms, including yields). */
  ms: number;
  /** Longest single pass (ms): how long a request arriving during the warm-up can wait. */
  maxPassMs: number;
  /** An `analyze` request arrived and ended the warm-up early. */
  superseded: boolean;
}

export interface AnalyzeError {
  type: 'error';
  id: number;
  message: string;
  /** The file itself is invalid (AnnotationFormatError), as opposed to the worker failing. */
  formatError?: boolean;
}

export type FromAnalysisWorker = AnalyzePart | AnalyzeResult | RenderResult | SpansPart | LoadResult | WarmUpResult | AnalyzeError;
