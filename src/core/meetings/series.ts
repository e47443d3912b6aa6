/**
 * The next summit of a bilateral series ("अगला वार्षिक शिखर सम्मेलन अगले साल रूस में होगा", "Putin will
 * visit India for the annual summit"): a planned meeting of the pair the article is about. Read on its
 * own, beside the sentence's triggers, so that it never splits another trigger's clause.
 */
import type { DocContext, PersonRef, SentenceInfo } from './docContext';
import { triggerStatus } from './attributes';
import { SERIES_SUMMIT } from './lexicon';
import { containsAny } from './textUtil';

/** An invitation or a time ahead: the summit the sentence speaks of is still to come. */
const SERIES_FUTURE = ['invited', 'invitation', 'next year', 'next month', 'later this year', 'निमंत्रण', 'आमंत्रण', 'न्योता', 'आमंत्रित', 'अगले साल', 'अगले वर्ष', 'अगले महीने', 'अगले माह', 'इस साल के अंत'];

/** "एससीओ के वार्षिक शिखर सम्मेलन", "annual summit of the SCO": a gathering of a group, not of a pair. */
const OWNED_BEFORE = /(?:का|की|के)\s*$/u;
const PAIR_OWNER = /(?:[\p{L}\p{M}]+-[\p{L}\p{M}]+|दोनों देशों)\s+(?:का|की|के)\s*$/u;

export interface SeriesSummit {
  start: number;
  participants: PersonRef[];
}

/** A planned summit of a pair in the sentence: its position and its two participants. */
export function seriesSummit(ctx: DocContext, s: SentenceInfo, lastPair: PersonRef[] | undefined): SeriesSummit | undefined {
  const body = ctx.text.slice(s.start, s.end);
  SERIES_SUMMIT.lastIndex = 0;
  let found: RegExpExecArray | null = null;
  for (let m = SERIES_SUMMIT.exec(body); m; m = SERIES_SUMMIT.exec(body)) {
    const lead = body.slice(0, m.index);
    if (OWNED_BEFORE.test(lead) && !PAIR_OWNER.test(lead)) continue;
    if (/^\s*of\b/iu.test(body.slice(m.index + m[0].length))) continue;
    found = m;
    break;
  }
  if (!found) return undefined;
  const start = s.start + found.index;
  let status = triggerStatus(ctx.text, s, start, s.end);
  if (status === 'held' && containsAny(body, SERIES_FUTURE)) status = 'planned';
  if (status !== 'planned') return undefined;
  const named: PersonRef[] = [];
  for (const sp of s.spans) {
    const p = sp.label === 'PERSON' ? ctx.personOf.get(sp) : undefined;
    if (p && !named.some((q) => q.id === p.id)) named.push(p);
  }
  // The last meeting's pair when the sentence names no one else; else the two people it names.
  if (lastPair && lastPair.length === 2 && named.every((p) => lastPair.some((q) => q.id === p.id))) return { start, participants: lastPair };
  if (!lastPair && named.length === 2) return { start, participants: named };
  return undefined;
}
