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
  const merged = mergeMeetings(perDoc);
  if (options.entityName) for (const m of merged) nameCanonically(m, options.entityName);
  return merged;
}

const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s.'’-]+$/u;

function canonical<T extends { entityId?: string; name: string }>(ref: T, lookup: NonNullable<ExtractOptions['entityName']>): void {
  if (!ref.entityId) return;
  const names = lookup(ref.entityId);
  if (!names) return;
  const name = LATIN_NAME.test(ref.name) ? names.en ?? names.hi : names.hi ?? names.en;
  if (name) ref.name = name;
}

/** Name linked participants, place and occasion by their canonical names (in place). */
function nameCanonically(m: Meeting, lookup: NonNullable<ExtractOptions['entityName']>): void {
  for (const p of m.participants) canonical(p, lookup);
  if (m.place) canonical(m.place, lookup);
  if (m.occasion) canonical(m.occasion, lookup);
}
