import { analyzeDocument } from '../../../../src/core/analyze';
import { KnowledgeBase } from '../../../../src/core/kb/knowledgeBase';
import type { EntitySpan, KbEntity } from '../../../../src/core/model';

/** A small inline knowledge base: the tests do not depend on the built-in data. */
export const ENTITIES: KbEntity[] = [
  { id: 'person/rajnath', label: 'PERSON', name: { hi: 'राजनाथ सिंह', en: 'Rajnath Singh' }, aliases: ['राजनाथ'], attrs: { role: 'defence minister', country: 'IN' } },
  { id: 'person/belousov', label: 'PERSON', name: { hi: 'आंद्रेई बेलोसोव', en: 'Andrei Belousov' }, aliases: ['बेलोसोव', 'Belousov'], attrs: { role: 'defence minister', country: 'RU' } },
  { id: 'person/putin', label: 'PERSON', name: { hi: 'व्लादिमीर पुतिन', en: 'Vladimir Putin' }, aliases: ['पुतिन', 'Putin'], attrs: { role: 'president', country: 'RU' } },
  { id: 'place/russia', label: 'LOCATION', name: { hi: 'रूस', en: 'Russia' }, aliases: [], attrs: { country: 'RU', type: 'country' } },
  { id: 'place/india', label: 'LOCATION', name: { hi: 'भारत', en: 'India' }, aliases: [], attrs: { country: 'IN', type: 'country' } },
  { id: 'place/new-delhi', label: 'LOCATION', name: { hi: 'नई दिल्ली', en: 'New Delhi' }, aliases: [], attrs: { country: 'IN', type: 'city' } },
  { id: 'place/moscow', label: 'LOCATION', name: { hi: 'मॉस्को', en: 'Moscow' }, aliases: ['मास्को'], attrs: { country: 'RU', type: 'city' } },
  { id: 'place/gaya', label: 'LOCATION', name: { hi: 'गया', en: 'Gaya' }, aliases: [], attrs: { country: 'IN', type: 'city' } },
  { id: 'org/sco', label: 'ORG', name: { hi: 'शंघाई सहयोग संगठन', en: 'Shanghai Cooperation Organisation' }, aliases: ['एससीओ', 'SCO'] },
  { id: 'org/un', label: 'ORG', name: { en: 'United Nations' }, aliases: ['UN'] },
  { id: 'equipment/s400', label: 'EQUIPMENT', name: { hi: 'एस-400', en: 'S-400' }, aliases: [] },
];

export const kb = new KnowledgeBase(ENTITIES);

export function analyze(text: string, documentDate?: string): EntitySpan[] {
  return analyzeDocument(text, { kb, documentDate }).entities;
}

/** [label, text] pairs of the entities, for compact assertions. */
export function pairs(text: string, documentDate?: string): [string, string][] {
  return analyze(text, documentDate).map((e) => [e.label, e.text]);
}
