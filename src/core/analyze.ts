import type { DocumentAnalysis, KbEntity } from './model';

export interface AnalyzeOptions {
  /** Extra entities (e.g. a workspace's `.news-annotator/entities.json`), merged over the built-in knowledge base. */
  extraEntities?: KbEntity[];
  /** Labels to produce; default: all of DEFAULT_LABELS. */
  labels?: string[];
}

/**
 * Analyse one article: boilerplate zones, sentences and entity suggestions.
 * TEMPORARY placeholder owned by the entity-core work (issue 3), which replaces the body.
 */
export function analyzeDocument(text: string, _options: AnalyzeOptions = {}): DocumentAnalysis {
  void text;
  return { zones: [], sentences: [], entities: [] };
}
