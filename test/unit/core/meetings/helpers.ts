/**
 * Hand-built analyses for meeting tests: tag every occurrence of the given names, one sentence per
 * danda/full stop/newline. Independent of the entity core, so the meeting rules are tested alone.
 */
import type { DocumentAnalysis, EntitySpan, Zone } from '../../../../src/core/model';
import { splitSentences } from '../../../../src/core/meetings/docContext';

export interface TestEntity {
  id?: string;
  label: string;
  names: string[];
  attrs?: Record<string, string>;
}

export const PEOPLE: TestEntity[] = [
  { id: 'Q-singh', label: 'PERSON', names: ['राजनाथ सिंह', 'सिंह', 'Rajnath Singh'], attrs: { role: 'defence minister', country: 'IN' } },
  { id: 'Q-ivanov', label: 'PERSON', names: ['सर्गेई इवानोव', 'इवानोव', 'Sergei Ivanov'], attrs: { role: 'defence minister', country: 'RU' } },
  { id: 'Q-petrov', label: 'PERSON', names: ['दिमित्री पेत्रोव', 'पेत्रोव', 'Dmitry Petrov'], attrs: { role: 'president', country: 'RU' } },
  { id: 'Q-jaishankar', label: 'PERSON', names: ['एस जयशंकर', 'जयशंकर', 'S Jaishankar'], attrs: { role: 'foreign minister', country: 'IN' } },
  { id: 'Q-wang', label: 'PERSON', names: ['वांग ली', 'Wang Li'], attrs: { role: 'defence minister', country: 'CN' } },
  { id: 'Q-ahmed', label: 'PERSON', names: ['करीम अहमद', 'अहमद', 'Karim Ahmed'], attrs: { role: 'defence minister', country: 'UZ' } },
  { id: 'Q-modi', label: 'PERSON', names: ['नरेंद्र मोदी', 'मोदी'], attrs: { role: 'prime minister', country: 'IN' } },
  { id: 'Q-moscow', label: 'LOCATION', names: ['मॉस्को', 'Moscow'], attrs: { type: 'city' } },
  { id: 'Q-delhi', label: 'LOCATION', names: ['नई दिल्ली', 'New Delhi'], attrs: { type: 'city' } },
  { id: 'Q-beijing', label: 'LOCATION', names: ['बीजिंग'], attrs: { type: 'city' } },
  { id: 'Q-russia', label: 'LOCATION', names: ['रूस', 'Russia'], attrs: { type: 'country' } },
  { id: 'Q-india', label: 'LOCATION', names: ['भारत', 'India'], attrs: { type: 'country' } },
  { id: 'Q-s400', label: 'EQUIPMENT', names: ['एस-400', 'S-400'] },
];

/** Tag `entities` (longest name first, no overlaps) and split sentences; `zones` optional. */
export function analyze(text: string, entities: TestEntity[] = PEOPLE, zones: Zone[] = []): DocumentAnalysis {
  const found: EntitySpan[] = [];
  const names = entities.flatMap((e) => e.names.map((n) => ({ e, n }))).sort((a, b) => b.n.length - a.n.length);
  for (const { e, n } of names) {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
      const end = i + n.length;
      const before = text[i - 1];
      const after = text[end];
      if ((before && /[\p{L}\p{M}]/u.test(before)) || (after && /[\p{L}\p{M}]/u.test(after))) continue;
      if (found.some((f) => f.start < end && i < f.end)) continue;
      const span: EntitySpan = { start: i, end, label: e.label, text: n, source: 'auto', status: 'suggested', confidence: 0.95 };
      if (e.id) span.entityId = e.id;
      if (e.attrs) span.attrs = { ...e.attrs };
      if (zones.some((z) => z.start <= i && end <= z.end)) span.inBoilerplate = true;
      found.push(span);
    }
  }
  found.sort((a, b) => a.start - b.start);
  const sentences = splitSentences(text).map((r, i) => ({ ...r, paragraph: i }));
  return { zones, sentences, entities: found };
}

/** Participant ids of a meeting, sorted, joined by '+'. */
export function pair(m: { participants: { entityId: string }[] }): string {
  return m.participants.map((p) => p.entityId).sort().join('+');
}
