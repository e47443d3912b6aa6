/** Messages between the extension host (client.ts) and the analysis worker (worker.ts). No vscode here. */
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
}

export type ToAnalysisWorker = AnalyzeRequest;

export interface AnalyzeResult {
  type: 'result';
  id: number;
  analysis: DocumentAnalysis;
  /** Time the worker spent analysing (ms). */
  ms: number;
}

export interface AnalyzeError {
  type: 'error';
  id: number;
  message: string;
}

export type FromAnalysisWorker = AnalyzeResult | AnalyzeError;
