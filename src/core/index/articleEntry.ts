/** Build the index entry of one article: analyse it, apply the human annotations, extract its meetings. */
import { analyzeDocument, type AnalyzeOptions } from '../analyze';
import { extractMeetings, type MeetingInputDocument } from '../meetings/index';
import type { DocumentAnalysis, EntitySpan, Meeting } from '../model';
import type { ArticleAnnotations, ArticleEntry, ArticleStamp, IndexedMention, ReviewState } from './types';

export interface ArticleEntryOptions {
  /** Analyse a text; default `analyzeDocument`. */
  analyze?: (text: string, options: AnalyzeOptions) => DocumentAnalysis;
  /** Extract meetings from analysed documents; default `extractMeetings`. */
  extract?: (docs: MeetingInputDocument[]) => Meeting[];
  analyzeOptions?: AnalyzeOptions;
}

/** Longest text the index analyses (UTF-16 units); longer files get an error entry instead. */
export const MAX_ARTICLE_LENGTH = 5_000_000;

/** A reason why `text` is not an article, or undefined when it is fine. */
export function textProblem(text: string): string | undefined {
  if (text.length > MAX_ARTICLE_LENGTH) return `file too large (${text.length} characters; limit ${MAX_ARTICLE_LENGTH})`;
  const probe = text.length > 8192 ? text.slice(0, 8192) : text;
  if (probe.includes('\u0000')) return 'binary file (contains NUL characters)';
  return undefined;
}

function toMention(s: EntitySpan): IndexedMention {
  const m: IndexedMention = { start: s.start, end: s.end, label: s.label, text: s.text, source: s.source, status: s.status };
  if (s.entityId) m.entityId = s.entityId;
  return m;
}

/**
 * Analyse `text` and build its entry. With `annotations` (the article's annotation file), the
 * human spans replace the automatic suggestions; rejected spans never count.
 */
export function buildArticleEntry(
  stamp: ArticleStamp,
  text: string,
  annotations: ArticleAnnotations | undefined,
  options: ArticleEntryOptions = {},
): ArticleEntry {
  const base = { ...stamp, length: text.length, annotated: annotations !== undefined, done: annotations?.done === true };
  const problem = textProblem(text);
  if (problem) return { ...base, mentions: [], meetings: [], pending: 0, error: problem };
  const analyze = options.analyze ?? analyzeDocument;
  const kb = options.analyzeOptions?.kb;
  const extract = options.extract ?? ((docs: MeetingInputDocument[]) => extractMeetings(docs, { entityName: kb ? (id) => kb.get(id)?.name : undefined }));
  let analysis: DocumentAnalysis;
  try {
    analysis = analyze(text, options.analyzeOptions ?? {});
  } catch (err) {
    return { ...base, mentions: [], meetings: [], pending: 0, error: `analysis failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  const source: EntitySpan[] = annotations
    ? annotations.spans.filter((s) => !s.orphan).map((s) => ({ ...s, confidence: s.confidence ?? 1 }))
    : analysis.entities;
  const spans = source
    .filter((s) => s.status !== 'rejected' && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let meetings: Meeting[] = [];
  let error: string | undefined;
  try {
    meetings = extract([{ id: stamp.path, text, analysis: { ...analysis, entities: spans } }]);
  } catch (err) {
    error = `meeting extraction failed: ${err instanceof Error ? err.message : String(err)}`;
  }
  const mentions = spans.map(toMention);
  const entry: ArticleEntry = { ...base, mentions, meetings, pending: mentions.filter((m) => m.status === 'suggested').length };
  if (error) entry.error = error;
  return entry;
}

/** not started: no annotation file; done: marked done; otherwise suggestions are pending review. */
export function reviewState(entry: Pick<ArticleEntry, 'annotated' | 'done'>): ReviewState {
  if (entry.done) return 'done';
  return entry.annotated ? 'pending' : 'notStarted';
}
