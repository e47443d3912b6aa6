/**
 * Conflicts named by their places ("यूक्रेन संघर्ष", "रूस-यूक्रेन युद्ध", "war in Ukraine", "गलवान घाटी झड़प") are
 * not EVENTs: the places in them are LOCATIONs, as the annotation conventions treat descriptive names
 * ("यूक्रेन संकट"). A battle named by its place ("स्तालिनग्राद की लड़ाई") stays an event.
 */
import type { EntitySpan } from '../model';
import type { Token } from '../text/tokenize';
import { tokenize } from '../text/tokenize';
import { normWord } from './kbMatch';
import { autoSpan } from './span';

const nw = (w: string) => normWord(w).toLowerCase();

/** Nouns that make "<places> X" a description of a conflict, not a named event. */
const CONFLICT = new Set(['युद्ध', 'संघर्ष', 'संकट', 'झड़प', 'झड़पों', 'जंग', 'लड़ाई', 'war', 'conflict', 'crisis', 'clash', 'clashes', 'standoff', 'गतिरोध'].map(nw));
/** Last characters of the conflict nouns (and of any word, in upper case: "WAR"). */
const CONFLICT_LAST = new Set([...CONFLICT].flatMap((w) => [w.charCodeAt(w.length - 1), w.toUpperCase().charCodeAt(w.length - 1)]));
// (Latin conflict nouns end in r, t, s, h, f: most English event names pass this test, the word test below rules them out)
const GENITIVE = new Set(['की', 'का', 'के']);
const CONNECTORS = new Set(['और', 'व', 'एवं', 'and', 'in', 'की', 'का', 'के'].map(nw));

/**
 * EVENT spans that are nothing but places and a conflict noun ("यूक्रेन संघर्ष", "रूस-यूक्रेन युद्ध", "war in Ukraine",
 * "गलवान घाटी झड़प") become LOCATION spans for those places; other events stay. `placeId(surface)` gives the id of the
 * place a surface names (exact knowledge-base alias), or undefined.
 */
export function splitConflictEvents(spans: EntitySpan[], text: string, placeId: (s: string) => string | undefined): EntitySpan[] {
  let out: EntitySpan[] | undefined; // a copy only once an event is split
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const places = s.label === 'EVENT' ? conflictPlaces(s, text, placeId) : undefined;
    if (places) {
      out ??= spans.slice(0, i);
      for (const p of places) out.push(p);
    } else if (out) out.push(s);
  }
  return out ?? spans;
}

function conflictPlaces(s: EntitySpan, text: string, placeId: (s: string) => string | undefined): EntitySpan[] | undefined {
  // cheap test first: the last word is a conflict noun, or "war/conflict in ..."
  const sp = s.text.lastIndexOf(' ');
  if (sp < 0) return undefined;
  const inForm = s.text.indexOf(' in ') > 0 && /^\S+ in /u.test(s.text);
  if (!inForm && (!CONFLICT_LAST.has(s.text.charCodeAt(s.text.length - 1)) || !CONFLICT.has(nw(s.text.slice(sp + 1))))) return undefined;
  const ws = tokenize(s.text).filter((t) => t.word);
  if (ws.length < 2) return undefined;
  const isConflict = (t: Token) => CONFLICT.has(nw(t.text));
  let a = 0;
  let b = ws.length;
  // "<place> की लड़ाई", "<place> का युद्ध": a battle named by its place, an event of its own (स्तालिनग्राद की लड़ाई)
  if (b >= 3 && isConflict(ws[b - 1]) && GENITIVE.has(ws[b - 2].text)) return undefined;
  if (isConflict(ws[b - 1])) b--;
  else if (isConflict(ws[0]) && ws[1] && nw(ws[1].text) === 'in') a = 2;
  else return undefined;
  if (a >= b) return undefined;
  const out: EntitySpan[] = [];
  let i = a;
  while (i < b) {
    if (CONNECTORS.has(nw(ws[i].text))) { i++; continue; }
    let hit = 0;
    let id: string | undefined;
    for (let j = Math.min(b, i + 4); j > i && !hit; j--) {
      id = placeId(s.text.slice(ws[i].start, ws[j - 1].end));
      if (id) hit = j;
    }
    if (!hit) return undefined;
    out.push(autoSpan(text, s.start + ws[i].start, s.start + ws[hit - 1].end, 'LOCATION', s.confidence, s.method ?? 'kb-exact', { entityId: id }));
    i = hit;
  }
  return out.length ? out : undefined;
}
