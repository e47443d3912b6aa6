import type { DocumentAnalysis, Meeting } from '../model';
import { buildDocContext } from './docContext';
import { extractDocMeetings, type ExtractOptions } from './extractDoc';
import { mergeMeetings } from './merge';

export type { ExtractOptions } from './extractDoc';
export {
  activeMeetings, applyDecisions, emptyDecisionFile, matchOf, parseDecisions, recordDecision, serializeDecisions, sortDecisions,
  validateDecision, MEETINGS_FORMAT, MEETINGS_FORMAT_VERSION,
} from './decisions';
export type { ApplyOptions, DecisionParseResult, MeetingDecision, MeetingEdit, MeetingMatch, MeetingsDecisionFile, MentionKey } from './decisions';

/** One analysed article, the input of meeting extraction. */
export interface MeetingInputDocument {
  /** Document id (corpus-relative path). */
  id: string;
  text: string;
  analysis: DocumentAnalysis;
}

/**
 * Extract meetings from analysed articles and merge reports of the same meeting across articles.
 * Offsets in the result (mentions) are UTF-16 indices into each document's original text.
 * Phone calls are left out unless `options.includeCalls` (then they have status 'call').
 * Documents are processed in the given order; the result is sorted by first mention.
 */
export function extractMeetings(docs: MeetingInputDocument[], options: ExtractOptions = {}): Meeting[] {
  const perDoc = docs.flatMap((d) => (typeof d.text === 'string' && d.text.length > 0 ? extractDocMeetings(buildDocContext(d.id, d.text, d.analysis ?? { zones: [], sentences: [], entities: [] }), options) : []));
  return mergeMeetings(perDoc);
}
