/**
 * A built-in warm-up text for the analysis pipeline: deterministic, news-like, mixed Hindi/English,
 * generated from a knowledge base (aliases of every label it holds, people with their roles), with
 * dates in the forms the date rules read, unknown names behind role cues, and boilerplate lines
 * (related links, bylines, "hours ago" lists, tweet trailers). Analysing it a few times lets the
 * JavaScript engine optimise every stage before the first real article arrives. It is made from
 * the knowledge base and general templates only: no real article text.
 */
import { seededRandom } from './random';
import type { KbEntity } from './model';
import type { KnowledgeBase } from './kb/knowledgeBase';

/** Default size of the warm-up text (UTF-16 code units). */
export const WARM_UP_CHARS = 60_000;

const HI_MONTHS = ['जनवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const HI_WEEKDAYS = ['सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार', 'रविवार'];
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HI_ROLES = ['रक्षा मंत्री', 'विदेश मंत्री', 'प्रधानमंत्री', 'राष्ट्रपति', 'मुख्यमंत्री', 'राजदूत', 'प्रवक्ता', 'विधायक', 'पुलिस अधीक्षक', 'सेना प्रमुख'];
const EN_ROLES = ['Defence Minister', 'Foreign Minister', 'Prime Minister', 'President', 'Ambassador', 'Spokesperson', 'Chief Minister'];
/** Generic given names and surnames for people the knowledge base does not know (cue-based path). */
const HI_GIVEN = ['रमेश', 'सुनीता', 'अजय', 'कविता', 'विनोद', 'अनीता', 'संजय', 'पूजा'];
const HI_FAMILY = ['कुमार', 'शर्मा', 'वर्मा', 'यादव', 'सिंह', 'गुप्ता', 'मिश्रा', 'पटेल'];
const EN_GIVEN = ['Ramesh', 'Sunita', 'Ajay', 'Kavita', 'Vinod', 'Anita'];
const EN_FAMILY = ['Kumar', 'Sharma', 'Verma', 'Yadav', 'Gupta', 'Patel'];

/** Characters beyond the Basic Multilingual Plane (surrogate pairs), as news pages have them. */
const EMOJI = ['😀', '🇮🇳', '👉', '📢', '🔴'];

const devanagariDigits = (s: string) => s.replace(/[0-9]/gu, (d) => String.fromCharCode(0x966 + d.charCodeAt(0) - 48));


/** Cycles through a label's entities in a fixed shuffled order, so every one is used in turn. */
class Picker {
  private i = 0;
  constructor(private readonly list: readonly KbEntity[]) {}
  get empty(): boolean {
    return this.list.length === 0;
  }
  next(): KbEntity | undefined {
    if (!this.list.length) return undefined;
    return this.list[this.i++ % this.list.length];
  }
}

function shuffled<T>(xs: readonly T[], r: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * A deterministic warm-up text of at most `size` UTF-16 code units (and at least `size` minus one
 * paragraph, ~1,000 units, when `size` allows a paragraph) built from `kb`: every label of the knowledge
 * base appears in the opening (the first two lines) when it has room. The same knowledge base, size and `variant`
 * give the same text; other variants (any integer) give other texts of the same kind, with other openings
 * (headline, dateline forms), so that repeated warm-up passes do not all take the same paths.
 */
export function warmUpText(kb: KnowledgeBase, size: number = WARM_UP_CHARS, variant = 0): string {
  const r = seededRandom(0x5eed + variant * 0x9e3779b9);
  const byLabel = new Map<string, KbEntity[]>();
  for (const e of kb.entities) {
    const list = byLabel.get(e.label);
    if (list) list.push(e);
    else byLabel.set(e.label, [e]);
  }
  const pickers = new Map<string, Picker>();
  for (const [label, list] of [...byLabel].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) pickers.set(label, new Picker(shuffled(list, r)));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

  /** A surface form of the next entity of `label`: mostly a canonical name, sometimes another alias. */
  const name = (label: string, lang: 'hi' | 'en'): string => {
    const e = pickers.get(label)?.next();
    if (!e) return lang === 'hi' ? pick(HI_GIVEN) : pick(EN_GIVEN);
    const canonical = e.name[lang] ?? e.name.hi ?? e.name.en ?? e.aliases[0] ?? e.id;
    return r() < 0.7 || e.aliases.length === 0 ? canonical : pick(e.aliases);
  };
  const hiDate = () => pick([
    () => `${int(1, 28)} ${pick(HI_MONTHS)} ${int(2015, 2026)}`,
    () => `${pick(HI_WEEKDAYS)}`,
    () => `${int(1, 28)} ${pick(HI_MONTHS)}`,
    () => `${pick(HI_MONTHS)} ${int(2015, 2026)}`,
    () => 'कल',
  ])();
  const enDate = () => pick([
    () => `${pick(EN_MONTHS)} ${int(1, 28)}, ${int(2015, 2026)}`,
    () => `${int(1, 28)} ${pick(EN_MONTHS)} ${int(2015, 2026)}`,
    () => `${pick(EN_WEEKDAYS)}`,
  ])();
  const hiPerson = () => pick([() => name('PERSON', 'hi'), () => `${pick(HI_ROLES)} ${pick(HI_GIVEN)} ${pick(HI_FAMILY)}`])();
  const enPerson = () => pick([() => name('PERSON', 'en'), () => `${pick(EN_ROLES)} ${pick(EN_GIVEN)} ${pick(EN_FAMILY)}`])();

  const hiSentences: (() => string)[] = [
    () => `${name('LOCATION', 'hi')} में ${pick(HI_ROLES)} ${name('PERSON', 'hi')} ने ${hiDate()} को ${name('ORG', 'hi')} के प्रतिनिधियों से मुलाकात की।`,
    () => `दोनों पक्षों ने ${name('EQUIPMENT', 'hi')} और ${name('EQUIPMENT', 'hi')} की खरीद पर चर्चा की, ${hiPerson()} ने बताया।`,
    () => `${name('EVENT', 'hi')} के दौरान ${hiPerson()} ${hiDate()} को ${name('LOCATION', 'hi')} पहुंचेंगे।`,
    () => `${name('ORG', 'hi')} के ${pick(HI_ROLES)} ने कहा कि ${name('LOCATION', 'hi')} और ${name('LOCATION', 'hi')} के बीच सहयोग बढ़ेगा।`,
    () => `बयान में कहा गया कि ${int(2, 40)} लोगों की टीम ${hiDate()} से ${int(3, 9)} दिन तक अभ्यास करेगी।`,
    () => `स्थानीय निवासी ${pick(HI_GIVEN)} ${pick(HI_FAMILY)} ने बताया कि ${pick(HI_GIVEN)}पुर गांव और ${name('LOCATION', 'hi')} जिले में ${int(2, 90)} घर प्रभावित हुए।`,
    () => `${pick(EMOJI)} ${name('ORG', 'hi')} ने “${int(1, 99)},${int(100, 999)} करोड़ रुपये” (${int(2, 60)}%) के सौदे की घोषणा ${devanagariDigits(`${int(1, 28)}`)} ${pick(HI_MONTHS)} ${devanagariDigits(`${int(2015, 2026)}`)} को की। ${pick(EMOJI)}`,
  ];
  const enSentences: (() => string)[] = [
    () => `${enPerson()} met officials of ${name('ORG', 'en')} in ${name('LOCATION', 'en')} on ${enDate()}.`,
    () => `The ${name('EQUIPMENT', 'en')} deal was discussed at the ${name('EVENT', 'en')}, ${enPerson()} said.`,
    () => `${pick(EN_GIVEN)} ${pick(EN_FAMILY)}, a resident of ${pick(EN_GIVEN)}pur village, said ${int(3, 70)} families moved to ${name('LOCATION', 'en')} city.`,
    () => `"We will work together," ${enPerson()} told reporters in ${name('LOCATION', 'en')} on ${enDate()}.`,
  ];
  const boilerplate: (() => string)[] = [
    () => `ये भी पढ़ें: ${name('PERSON', 'hi')} ने ${name('LOCATION', 'hi')} में कहा`,
    () => `Also read - ${name('ORG', 'en')} to meet in ${name('LOCATION', 'en')}`,
    () => `${name('LOCATION', 'hi')} | अपडेटेड: ${int(1, 28)} ${pick(HI_MONTHS)} ${int(2015, 2026)} 0${int(1, 9)}:${int(10, 59)} PM`,
    () => `${int(1, 23)} घंटे पहले`,
    () => `Updated: ${pick(EN_MONTHS)} ${int(1, 28)}, ${int(2015, 2026)}`,
    () => `— ${enPerson()} (@news${int(1, 99)}) ${enDate()}`,
    () => `${pick(EMOJI)} #${name('LOCATION', 'en').replace(/\s+/gu, '')} https://example.com/news/${int(1000, 9999)}`,
  ];

  // Paragraphs: a dateline, a few Hindi sentences, an English one, now and then a boilerplate line.
  // The opening names one entity of every label the knowledge base has.
  const first = [...pickers.keys()].map((label) => `${name(label, 'hi')} (${name(label, 'en')})`).join(', ');
  const opening = pick([
    () => `${name('LOCATION', 'hi')}, ${hiDate()}: ${first} — ${pick(hiSentences)()}`,
    () => `${name('LOCATION', 'hi')}: ${first}। ${pick(hiSentences)()}`,
    () => `${name('PERSON', 'hi')} की ${name('LOCATION', 'hi')} यात्रा, ${name('ORG', 'hi')} से बातचीत\n${name('LOCATION', 'en')}, ${enDate()}: ${first}. ${pick(enSentences)()}`,
    () => `${pick(EMOJI)} ${pick(boilerplate)()}\n${first} — ${pick(hiSentences)()}`,
  ])();
  const paragraphs: string[] = [opening];
  const out: string[] = [];
  let length = 0;
  for (let n = 0; n < 1_000_000; n++) {
    const p = paragraphs.shift() ?? [
      ...Array.from({ length: int(2, 4) }, () => pick(hiSentences)()),
      pick(enSentences)(),
      ...(r() < 0.4 ? ['\n' + pick(boilerplate)()] : []),
    ].join(' ');
    const add = (out.length ? 1 : 0) + p.length;
    if (length + add > size) {
      if (out.length === 0) out.push(cutAt(p, size));
      break;
    }
    out.push(p);
    length += add;
  }
  return out.join('\n');
}

/** `s` cut to at most `size` UTF-16 units without splitting a surrogate pair. */
function cutAt(s: string, size: number): string {
  let end = Math.max(0, Math.min(size, s.length));
  const c = end > 0 && end < s.length ? s.charCodeAt(end - 1) : 0;
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end);
}
