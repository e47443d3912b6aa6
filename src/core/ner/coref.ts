/**
 * Within-document coreference of name parts: a surname or first name standing alone (सिंह,
 * शोइगू, Putin) is linked to the one full name in the same document that contains it. Ambiguous
 * parts (two people share it), initials, function words and ambiguous words (जून) are left alone.
 * A single-word person established by a cue (रक्षा मंत्री सिंह) counts as a name too.
 */
import type { EntitySpan } from '../model';
import type { Token } from '../text/tokenize';
import { AMBIGUOUS_PLACES } from './ambiguity';
import { INITIALS, STOPWORDS } from './lexicon';
import { cachedKey, normWord, tokenNorm } from './kbMatch';
import { autoSpan, tokenIndexFrom } from './span';

export const CONFIDENCE_COREF = 0.55;

/** Particles of Arabic names (अल, बिन, Al, bin): part of a name, never a name on their own. */
const PARTICLES = new Set(['अल', 'बिन', 'बिंत', 'इब्न', 'al', 'bin', 'bint', 'ibn', 'el', 'एल', 'de', 'da', 'van', 'von']);
/** Place nouns after a name: the word before them names a place, not a person. */
const PLACE_HEADS = new Set(['क्षेत्र', 'ओब्लास्ट', 'प्रांत', 'गणराज्य', 'शहर', 'नगर', 'जिले', 'जिला', 'ज़िले', 'द्वीप', 'बंदरगाह', 'एयरबेस', 'region', 'Region',
  'Oblast', 'oblast', 'province', 'Province', 'city', 'City', 'Republic', 'port', 'Port', 'district', 'District', 'Island', 'airbase', 'Airbase']);
const BLOCKED = new Set([...STOPWORDS, ...INITIALS, ...PARTICLES, 'जून', 'मई', 'May', 'June', 'Mr', 'Dr'].map((w) => w.normalize('NFD').toLowerCase()));
const MONTHS_ETC = /^(?:जनवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर)$/u;

interface Person {
  key: string;
  entityId?: string;
  name: string;
  attrs?: Record<string, string>;
}

/**
 * New PERSON spans for name parts. `spans` are the accepted spans so far (sorted, non-overlapping);
 * the result does not overlap them.
 */
export function corefNameParts(text: string, tokens: Token[], spans: EntitySpan[]): EntitySpan[] {
  const byWord = new Map<string, Map<string, Person>>();
  /** Names found only by the weak surname pattern: used when nothing stronger carries the word. */
  const weakByWord = new Map<string, Map<string, Person>>();
  const singles = new Map<string, Person>();
  /** Variant keys of the name words (डेंडियास = डेन्डियास): a spelling variant of a name part is the same part. */
  const keyWords: [string, Person][] = [];
  /** Built on first use from keyWords (in their order): computing the keys is the costly part. */
  let byKey: Map<string, Map<string, Person>> | undefined;
  const keys = (): Map<string, Map<string, Person>> => {
    if (!byKey) {
      byKey = new Map();
      for (const [w, p] of keyWords) addKey(byKey, w, p);
    }
    return byKey;
  };
  const wordsCache = new Map<EntitySpan, string[]>();
  const wordsOf = (s: EntitySpan): string[] => {
    const had = wordsCache.get(s);
    if (had) return had;
    const out: string[] = [];
    for (let k = tokenIndexFrom(tokens, s.start); k < tokens.length && tokens[k].start < s.end; k++) if (tokens[k].word) out.push(tokens[k].text);
    wordsCache.set(s, out);
    return out;
  };
  // a name without a KB link whose words all belong to a longer such name is that person
  // ("लाजारो", "थेरेसा लाजारो" and "मारिया थेरेसा लाजारो" are one): key it by the longest
  const docNames = new Map<string, string[]>();
  for (const s of spans) if (s.label === 'PERSON' && !s.entityId) { const ws = wordsOf(s).map(normWord); docNames.set(ws.join(' '), ws); }
  const longer = [...docNames.values()].filter((ws) => ws.length > 1).sort((a, b) => b.length - a.length);
  const byFirstWord = new Map<string, string[][]>();
  for (const ws of longer) for (const w of ws) { const l = byFirstWord.get(w) ?? []; l.push(ws); byFirstWord.set(w, l); }
  const docKey = (ws: string[]): string => {
    const own = ws.join(' ');
    for (const cand of byFirstWord.get(ws[0]) ?? []) if (cand.length > ws.length && ws.every((w) => cand.includes(w))) return cand.join(' ');
    return own;
  };
  for (const s of spans) {
    if (s.label !== 'PERSON') continue;
    const ws = wordsOf(s);
    const person: Person = { key: s.entityId ?? `doc:${docKey(ws.map(normWord))}`, entityId: s.entityId, name: s.text, attrs: s.attrs };
    if (ws.length === 1) {
      if (s.method === 'cue' || s.entityId) {
        singles.set(normWord(ws[0]), person);
        if (ws[0].length >= 4) keyWords.push([ws[0], person]);
      }
      continue;
    }
    for (const w of ws) {
      const n = normWord(w);
      if (BLOCKED.has(n) || w.length < 2 || MONTHS_ETC.test(w)) continue;
      const target = s.method === 'name-pattern' ? weakByWord : byWord;
      const m = target.get(n) ?? new Map<string, Person>();
      m.set(person.key, person);
      target.set(n, m);
      if (s.method !== 'name-pattern' && w.length >= 4) keyWords.push([w, person]);
    }
  }
  if (byWord.size === 0 && singles.size === 0 && weakByWord.size === 0) return [];
  const out: EntitySpan[] = [];
  // raw spellings of the name words: most tokens are looked up without normalising them
  const rawNames = new Set<string>();
  for (const s of spans) if (s.label === 'PERSON') for (const w of wordsOf(s)) rawNames.add(w);
  let c = 0;
  const keyCache = new Map<string, Person | null>();
  // a strict key starts with its word's first letter: a word whose first letter starts no key needs no key
  // (from the words: a word whose key is empty only lets a few more words through to keyPerson, which finds nothing)
  const keyFirst = new Set<number>();
  for (const [w] of keyWords) keyFirst.add(foldFirst(w.charCodeAt(0)));
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti];
    if (!t.word) continue;
    const f = t.text.charCodeAt(0);
    if ((f >= 0x61 && f <= 0x7a) || (f >= 0x30 && f <= 0x39) || (f >= 0x966 && f <= 0x96f)) continue; // lower case, digits
    // inside an accepted span: nothing to link (checked first, it is the cheapest test)
    while (c < spans.length && spans[c].end <= t.start) c++;
    if (c < spans.length && spans[c].start < t.end) continue;
    let viaKey: Person | undefined;
    if (!rawNames.has(t.text) && !needsNormalising(t.text)) {
      // a spelling variant of a name word: only Devanagari words long enough to be names
      if (keyWords.length === 0 || t.text.length < 4 || f < 0x900 || f > 0x97f || !keyFirst.has(foldFirst(f))) continue;
      viaKey = keyPerson(keys(), t.text, keyCache);
      if (!viaKey) continue;
    }
    const n = tokenNorm(t);
    if (AMBIGUOUS_PLACES.has(n)) continue;
    if (PARTICLES.has(n)) continue;
    // a name word before a place noun is a place: "व्लादिमीर क्षेत्र", "Al Dhafra region"
    const nx = tokens[ti + 1];
    if (nx && nx.word && PLACE_HEADS.has(nx.text) && !nx.newlineBefore) continue;
    // part of another (Latin, capitalised) name: "Rajneesh Singh" is not "Rajnath Singh"
    const prev = ti > 0 && tokens[ti - 1].end === t.start - 1 ? tokens[ti - 1] : undefined;
    if (prev && /^[A-Z]/.test(t.text) && /^[A-Z][a-z]/.test(prev.text) && !BLOCKED.has(tokenNorm(prev))) continue;
    const cands = byWord.get(n);
    let p: Person | undefined;
    if (cands) {
      if (cands.size !== 1) continue;
      p = [...cands.values()][0];
    } else {
      p = singles.get(n);
      const weak = p ? undefined : weakByWord.get(n);
      if (weak) {
        if (weak.size !== 1) continue;
        p = [...weak.values()][0];
      }
    }
    if (!p && !cands) p = viaKey ?? (t.text.length >= 4 && keyFirst.has(foldFirst(f)) ? keyPerson(keys(), t.text, keyCache) : undefined);
    if (!p) continue;
    // the next word of the same name right after the previous part: one span ("थान स्वे", "अल-बुसैदी"; not "थान" + "स्वे")
    const last = out[out.length - 1];
    if (last && last.attrs?.corefName === p.name && last.entityId === p.entityId && last.end + 1 === t.start && (text[last.end] === ' ' || text[last.end] === '-')) {
      last.end = t.end;
      last.text = text.slice(last.start, last.end);
      continue;
    }
    // over a particle: "सैफ़ अल मज़रूई" after "सैफ़" and "मज़रूई" both name the same person
    const pt = ti >= 2 ? tokens[tokens[ti - 1].text === '-' ? ti - 2 : ti - 1] : undefined;
    if (last && pt && last.attrs?.corefName === p.name && last.entityId === p.entityId && PARTICLES.has(tokenNorm(pt)) &&
      last.end + 1 === pt.start && pt.end + 1 === t.start && /^[ -]$/u.test(text[last.end]) && /^[ -]$/u.test(text[pt.end])) {
      last.end = t.end;
      last.text = text.slice(last.start, last.end);
      continue;
    }
    const span = autoSpan(text, t.start, t.end, 'PERSON', CONFIDENCE_COREF, 'coref', p.entityId ? { entityId: p.entityId } : {});
    span.attrs = { ...(p.attrs ?? {}), corefName: p.name };
    out.push(span);
  }
  return out;
}

/** Does normalisation change this word? (Plain Devanagari without precomposed nukta letters does not.) */
function needsNormalising(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x900 || c > 0x97f || c === 0x929 || c === 0x931 || c === 0x934 || (c >= 0x958 && c <= 0x95f)) return true;
  }
  return false;
}

/**
 * First letters that spell the same sound in names: a nukta letter and its base (ज़/ज, फ़/फ), ट/त, ड/द,
 * झ/ज (ट्रुटनेव = त्रुत्नेव, ज़ुबकोव = जुबकोव).
 */
const FIRST_FOLD: Record<string, string> = {
  '\u0958': 'क', '\u0959': 'ख', '\u095a': 'ग', '\u095b': 'ज', '\u095c': 'ड', '\u095d': 'ढ', '\u095e': 'फ', '\u095f': 'य',
  'ट': 'त', 'ठ': 'थ', 'ड': 'द', 'ढ': 'ध', 'झ': 'ज',
};

/** FIRST_FOLD by code unit over U+0900-U+097F (0: unchanged). */
const FOLD_TABLE = new Uint16Array(0x80);
for (const [from, to] of Object.entries(FIRST_FOLD)) FOLD_TABLE[from.charCodeAt(0) - 0x900] = to.charCodeAt(0);

/** `FIRST_FOLD` on a code unit. */
function foldFirst(c: number): number {
  if (c < 0x900 || c > 0x97f) return c;
  const f = FOLD_TABLE[c - 0x900];
  return f === 0 ? c : f;
}

/**
 * The variant key with the first letter kept: keys are lossy, and अपनी must not be पेनी. The vowel o
 * goes too (लिखाचेव = लिखाचोव: the key already drops e).
 */
const strictKeys = new Map<string, string>();
function strictKey(w: string): string {
  let s = strictKeys.get(w);
  if (s === undefined) {
    if (strictKeys.size >= 100_000) strictKeys.clear();
    const k = cachedKey(w).replace(/o/g, '');
    s = k.length < 4 ? '' : `${FIRST_FOLD[w[0]] ?? w[0]}${k}`;
    strictKeys.set(w, s);
  }
  return s;
}

function addKey(byKey: Map<string, Map<string, Person>>, w: string, person: Person): void {
  const k = strictKey(w);
  if (!k) return;
  const m = byKey.get(k) ?? new Map<string, Person>();
  m.set(person.key, person);
  byKey.set(k, m);
}

/** The one person whose name has a word with this word's variant key (cached per spelling). */
function keyPerson(byKey: Map<string, Map<string, Person>>, w: string, cache: Map<string, Person | null>): Person | undefined {
  // the key first (cached globally): most words have no person under it, and need nothing more
  const k = strictKey(w);
  const m = k ? byKey.get(k) : undefined;
  if (!m) return undefined;
  let p = cache.get(w);
  if (p === undefined) {
    p = m.size === 1 && !BLOCKED.has(normWord(w)) ? [...m.values()][0] : null;
    cache.set(w, p);
  }
  return p ?? undefined;
}
