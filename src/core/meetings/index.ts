import type { DocumentAnalysis, Meeting } from '../model';

/** One analysed article, the input of meeting extraction. */
export interface MeetingInputDocument {
  /** Document id (corpus-relative path). */
  id: string;
  text: string;
  analysis: DocumentAnalysis;
}

/**
 * Extract meetings from analysed articles and merge reports of the same meeting across articles.
 * TEMPORARY placeholder owned by the meetings work (issue 4), which replaces the body.
 */
export function extractMeetings(docs: MeetingInputDocument[]): Meeting[] {
  void docs;
  return [];
}
