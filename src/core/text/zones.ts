/**
 * Boilerplate zones: site navigation, related-links and recent-posts blocks, "hours ago" lists,
 * bylines and author bios, tweet trailers, footers. Zones are ranges of the original text; nothing
 * is deleted. Rules are line-based and general (no site-specific strings beyond common widget titles).
 */
import type { Zone, ZoneKind } from '../model';
import { isJsSpace as isSpace } from './chars';

interface Line {
  start: number;
  /** End of content (before CR/LF). */
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    let ce = e;
    if (ce > s && text.charCodeAt(ce - 1) === 0x0d) ce--;
    out.push({ start: s, end: ce, text: text.slice(s, ce) });
    if (e >= text.length) break;
    s = e + 1;
  }
  return out;
}

/** Headers that start a block of unrelated teasers running on below them. */
const BLOCK_HEADERS: [RegExp, ZoneKind][] = [
  [/^(?:recent|latest|popular|trending|related|top|more|most read|most popular|most viewed|most watched|most shared|also read|read also|also see|see also|also watch|you may also like|you might also like|you may like|you might like|read more|must read|don't miss|editor's picks?|in case you missed it|more from|recommended|what to read next|in other news|other|next|previous|prev|up next|hot|watch more)\s*(?:posts?|articles?|news|stories|story|headlines|updates|reads?|now|videos?|topics?|from\s.{1,30}|articles like this|on\s.{1,30})?\s*:?\s*$/iu, 'recent-posts'],
  // "ये खबरें भी पढ़ें", "और भी पढ़ें", "फोटो गैलरी", "वेब स्टोरीज", "अगली खबर", "पिछला लेख"
  [/^(?:(?:ये|यह|इन|इन्हें)\s+(?:ख\u093C?बरें|\u0959बरें|ख\u093C?बर|\u0959बर|लेख|स्टोरी|स्टोरीज)\s+भी\s+(?:प(?:\u0922\u093C?|\u095D)(?:ें|े)|देखें)|(?:और|अन्य)\s+भी\s+(?:प(?:\u0922\u093C?|\u095D)(?:ें|े)|देखें)|(?:फोटो|फ\u093Cोटो|वीडियो)\s+गैलरी|वेब\s+स्टोरीज?|(?:पिछली|अगली)\s+(?:ख\u093C?बर|\u0959बर|स्टोरी)|(?:पिछला|अगला)\s+(?:लेख|आर्टिकल))\s*[:：\-–—]?\s*$/u, 'recent-posts'],
  [/^(?:नवीनतम|ताजा|लेटेस्ट|ताज़ा|संबंधित|और|अन्य|टॉप|प्रमुख)\s+(?:\S+\s+)?(?:समाचार|खबरें|ख़बरें|खबर|ख़बर|न्यूज़|न्यूज|पोस्ट|लेख|वीडियो|स्टोरी)\s*$/u, 'recent-posts'],
  // teaser headings on a line of their own: "ये भी पढ़ें", "इन्हें भी पढ़ें", "और पढ़ें", "पढ़ें ये भी", "लेटेस्ट", "टॉप स्टोरीज"
  [/^(?:(?:ये|यह|इसे|इन्हें|इन्हे|इसको|इनको)\s+भी\s+(?:पढ़ें|पढ़ें|पढ़े|पढें|देखें|देखें|देखे)|(?:और|अन्य|ज़्यादा|ज्यादा)\s+(?:पढ़ें|पढ़ें|पढें|खबरें|ख़बरें)|(?:पढ़ें|पढ़ें|पढें|देखें|देखें)\s+(?:ये|यह)\s+भी|(?:लेटेस्ट|ताजा|ताज़ा|टॉप|ट्रेंडिंग|संबंधित|सम्बंधित|लोकप्रिय|मोस्ट\s+पॉपुलर|मोस्ट\s+रीड|सबसे\s+ज़्यादा\s+पढ़ी\s+गईं?|सबसे\s+ज्यादा\s+पढ़ी\s+गईं?)(?:\s+(?:स्टोरीज?|स्टोरी|खबरें|ख़बरें|खबर|न्यूज़?|न्यूज|पोस्ट|अपडेट्?स?|वीडियो|हेडलाइंस?|हेडलाइन्स))?|ट्रेंडिंग\s+(?:टॉपिक्स?|विषय))\s*[:：\-–—]?\s*$/u, 'recent-posts'],
  [/^(?:\S+\s+){0,2}(?:की|से जुड़ी|से जुड़ीं)\s+(?:बड़ी|बडी|ताजा|ताज़ा|अहम|प्रमुख|अन्य|और)\s+(?:खबरें|ख़बरें|खबर|ख़बर|न्यूज़?)\s*[:：]?\s*$/u, 'recent-posts'],
  [/^(?:leave a (?:comment|reply)|comments?|share this(?: article| story)?|tags?:.*|about the author|advertisement|विज्ञापन|टिप्पणियाँ|कमेंट)\s*$/iu, 'footer'],
];

/**
 * Single lines that are widgets, teasers or credits. A rule with a third element runs only on lines
 * that the cheap pre-check matches (a substring every match of the rule must contain).
 */
const LINE_RULES: [RegExp, ZoneKind, RegExp?][] = [
  [/^\s*(?:ये|यह|इसे|इन्हें)\s+(?:भी\s+)?(?:पढ़ें|पढ़ें|पढ़े|देखें|देखें)\s*[-:–—|]?/u, 'related-links', /^\s*[यइ]/u],
  [/^\s*(?:also read|read also|read more|watch|also see|see also)\s*[-:–—|]/iu, 'related-links', /^\s*[arws]/iu],
  [/^\s*(?:trending videos?|watch video|live tv|photo gallery|web stories|follow us(?: on [\p{L} ]{1,30})?|subscribe)\s*$/iu, 'boilerplate', /^\s*[twlpfs]/iu],
  // follow and share widgets with their platforms: "Follow us: YouTube | Instagram", "हमें फॉलो करें: फेसबुक, ट्विटर"
  [/^\s*(?:follow us(?: on)?|connect with us|share(?: on)?|(?:हमें )?फॉलो (?:करें|कीजिए)|हमसे जुड़ें|शेयर करें)\s*[:：-]\s*[\p{L}\p{M} .]{1,25}(?:\s*[|,•/]\s*[\p{L}\p{M} .]{1,25}){0,8}\s*$/iu, 'boilerplate', /^\s*[fcsहफश]/iu],
  // share widgets: "Share this story on WhatsApp", "शेयर करें", "Copy link"
  [/^\s*(?:share(?: this(?: story| article| post| news)?)?(?: on [\p{L} ]{1,30})?|(?:इसे |यह खबर |खबर )?शेयर (?:करें|कीजिए|करे)|copy link|लिंक कॉपी करें)\s*[:：]?\s*$/iu, 'boilerplate', /^\s*[sशइयखcल]/iu],
  // copyright and disclaimer lines
  [/^\s*(?:©|copyright\b|\(c\)\s*[12]\d{3}|all rights reserved|सर्वाधिकार सुरक्षित|(?:disclaimer|अस्वीकरण|डिस्क्लेमर)\s*[:：])/iu, 'footer', /^\s*[©cCaAdDसअड(]/u],
  [/^\s*(?:छवि स्रोत|फोटो स्रोत|फ़ोटो स्रोत|तस्वीर|image source|photo|image|picture|फोटो|फ़ोटो)\s*(?:credit|क्रेडिट|साभार)?\s*[:：-]/iu, 'byline', /^\s*[छफतip]/iu],
  // Hindi credit words start sentences too ("रिपोर्ट में कहा गया", "संवाददाता सम्मेलन में"): only with a colon or dash
  [/^\s*(?:(?:by|written by|edited by|reported by|posted by|translated by|curated by|compiled by|author|एडिटेड बाय)\s*[:：-]?|(?:लेखक|रिपोर्ट|संवाददाता|रिपोर्टर|द्वारा|संपादन)\s*[:：-])\s*\S.{0,60}$/iu, 'byline', /^\s*[bwerpactएलरसद]/iu],
  [/^.{0,80}\b(?:published by|edited by|written by|reported by|updated by|posted by|translated by|curated by)\s*[:：]\s*\S.{0,60}$/iu, 'byline', /by/iu],
  [/^\s*(?:[\u0900-\u097f]+\s+)?(?:डेस्क|ब्यूरो|डिजिटल डेस्क|न्यूज़ डेस्क|न्यूज डेस्क|desk|bureau)\s*[,|]\s*.{0,120}$/iu, 'byline', /डेस्क|ब्यूरो|desk|bureau/iu],
  [/^\s*(?:[A-Za-z]+\s+)?(?:desk|bureau|news desk|web desk|digital desk)\s*(?:[,|:]\s*.{0,120})?$/iu, 'byline', /desk|bureau/iu],
  // "एजेंसी, बीजिंग | अपडेटेड: 19 दिसंबर 2025 08:40 PM", "नई दिल्ली | Updated: 25 Jul 2025", "... | प्रकाशित: 17 अक्टूबर 2025"
  // "Rahul Sharma | New Delhi | January 14, 2026 10:30 AM IST": short parts apart by bars, one of them a date or time
  [/^(?:.{0,100}[|•·]\s*(?:updated|published|posted|last updated|अपडेटेड|अपडेट|प्रकाशित|पब्लिश्ड|अंतिम अपडेट)\s*(?:on\s*)?[:：]?\s*(?:\S.{0,80})?|[^।!?]{0,160}[|•]\s*[^।!?]*(?:[0-9०-९]{1,2}:[0-9०-९]{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-9]{1,2}\b|\b[0-9]{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर)\s+[0-9०-९]{4})[^।!?]{0,60})$/iu, 'byline', /[|•·]/u],
  // "Updated: ...", "अपडेटेड 14 जनवरी 2026, 10:30 AM IST"
  [/^\s*(?:(?:updated|published|last updated|posted|आखरी अपडेट|अंतिम अपडेट|अपडेटेड|प्रकाशित|पब्लिश्ड)\s*(?:on|:|：)|(?:updated|published|posted|last updated|अपडेटेड|अपडेट|प्रकाशित|पब्लिश्ड|अंतिम अपडेट)\s+[0-9०-९].{0,60}$)/iu, 'byline', /^\s*[ulpआअप]/iu],
  [/^\s*(?:content writer|senior (?:writer|editor|correspondent)|sub editor|correspondent|journalist|editor)\b.{0,120}$/iu, 'byline', /^\s*[csje]/iu],
  // a Hindi role line under an author's name: "वरिष्ठ संवाददाता", "विशेष संवाददाता, नई दिल्ली"
  [/^\s*(?:वरिष्ठ|विशेष|मुख्य|उप|सह)?\s*(?:संवाददाता|पत्रकार|रिपोर्टर|संपादक|कंटेंट राइटर)\s*(?:[,|।]\s*.{0,60})?$/u, 'byline', /^\s*[\u0935\u092e\u0909\u0938\u092a\u0930\u0915]/u],
  [/^\s*\d{1,2}\s+(?:hours?|minutes?|mins?|days?|weeks?|months?)\s+ago\s*$/iu, 'recent-posts', /ago/iu],
  [/^\s*\d{1,2}\s+(?:घंटे|घंटा|मिनट|दिन|सप्ताह|हफ्ते|महीने)\s+(?:पहले|पूर्व)\s*$/u, 'recent-posts', /पहले|पूर्व/u],
  [/^\s*[—–-]\s*.{1,80}\(@\w{1,30}\)\s*.{0,40}$/u, 'tweet-trailer', /\(@/u],
];

/**
 * The first characters a rule's anchored pre-check (`^\s*[...]`) allows, both cases with the `i` flag:
 * a set lookup on the line's first character instead of running the pre-check regex on every line.
 */
const RULE_FIRST_CHARS: (Set<number> | undefined)[] = LINE_RULES.map(([, , pre]) => {
  const m = pre && /^\^\\s\*\[([^\]\\]|\\u[0-9a-f]{4})+\]$/.test(pre.source) ? /^\^\\s\*\[(.*)\]$/.exec(pre.source) : null;
  if (!pre || !m) return undefined;
  const chars = m[1].replace(/\\u([0-9a-f]{4})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
  const set = new Set<number>();
  for (const ch of chars) {
    set.add(ch.charCodeAt(0));
    if (pre.flags.includes('i')) {
      set.add(ch.toLowerCase().charCodeAt(0));
      set.add(ch.toUpperCase().charCodeAt(0));
    }
  }
  return set;
});

/** Every other (unanchored) pre-check in one pattern: a line matching none of them skips those rules after one scan. */
const ANY_UNANCHORED_PRE = new RegExp(LINE_RULES.filter(([, , pre], r) => pre && !RULE_FIRST_CHARS[r]).map(([, , pre]) => `(?:${pre!.source})`).join('|'), 'iu');

/** The code unit of the line's first non-space character (-1: none), as `^\s*` skips spaces. */
function firstCharOf(t: string): number {
  const m = /\S/u.exec(t);
  return m ? t.charCodeAt(m.index) : -1;
}

const NAV_WORDS = new Set([
  'home', 'news', 'login', 'logout', 'sign in', 'signup', 'register', 'subscribe', 'menu', 'search', 'india', 'world', 'sports', 'business',
  'entertainment', 'tech', 'technology', 'lifestyle', 'videos', 'video', 'photos', 'opinion', 'politics', 'national', 'international',
  'uncategorized', 'latest', 'trending', 'epaper', 'e-paper', 'health', 'education', 'auto', 'astrology', 'contact', 'about', 'about us',
  'होम', 'देश', 'विदेश', 'दुनिया', 'राज्य', 'खेल', 'मनोरंजन', 'बिजनेस', 'बिज़नेस', 'व्यापार', 'टेक', 'लाइफस्टाइल', 'वीडियो', 'फोटो', 'राजनीति',
  'धर्म', 'राशिफल', 'शिक्षा', 'नौकरी', 'करियर', 'हेल्थ', 'ऑटो', 'ई-पेपर', 'लाइव', 'टीवी', 'मुख्य', 'समाचार', 'ताजा', 'खबरें',
]);


function isNavigation(t: string): boolean {
  const s = t.trim();
  if (s.length === 0 || s.length > 160) return false;
  // one pass over the line: separators (» › >, " / ", " | "), runs of spaces or a tab, the first space
  let separated = false;
  let spaced = false;
  let sp = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xbb || c === 0x203a || c === 0x3e) separated = true;
    else if (isSpace(c)) {
      if (sp < 0) sp = i;
      if (c === 0x09) spaced = true;
      const n = s.charCodeAt(i + 1);
      if (isSpace(n)) spaced = true;
      else if ((n === 0x2f || n === 0x7c) && isSpace(s.charCodeAt(i + 2))) separated = true;
    }
  }
  if (!separated && !spaced) {
    // no separators and no runs of spaces: only "every word a section word" can hold, so the first
    // word decides (saves splitting every short line)
    if (sp < 0 || !NAV_WORDS.has(s.slice(0, sp).toLowerCase())) return false;
  }
  if (separated) {
    const parts = s.split(/\s*(?:»|›|>|\/|\|)\s*/u).filter(Boolean);
    if (parts.length >= 2 && NAV_WORDS.has(parts[0].toLowerCase())) return true;
    if (parts.length >= 3 && parts.every((p) => p.split(/\s+/u).length <= 3)) return true;
    // "Hindi News / India News": every part a short label with a section word in it
    if (parts.length >= 2 && parts.every((p) => { const w = p.split(/\s+/u); return w.length <= 3 && w.some((x) => NAV_WORDS.has(x.toLowerCase())); })) return true;
  }
  const ws = s.split(/\s+/u);
  if (ws.length >= 2 && ws.length <= 12 && ws.every((w) => NAV_WORDS.has(w.toLowerCase()))) return true;
  // "होम   भारत   विश्व   राजनीति": items apart by runs of spaces, most of them section words
  const items = s.split(/\s{2,}|\t/u);
  if (items.length >= 3 && items.every((p) => p.split(/\s+/u).length <= 3) &&
    items.filter((p) => NAV_WORDS.has(p.toLowerCase()) || ['भारत', 'विश्व', 'india', 'world'].includes(p.toLowerCase())).length * 2 >= items.length) return true;
  return false;
}

/** "Tags: राजनाथ सिंह, रूस, ...", "Topics: India | Russia": a list of short items after a tags label. */
const TAGS = /^\s*(?:tags?|topics?|keywords?|टैग(?:्स)?|टॉपिक(?:्स)?|कीवर्ड(?:्स)?|विषय)\s*[:：]\s*(?:[^,|#।.!?]{1,40}(?:[,|#]\s*|$))+$/iu;
const TAGS_FIRST = new Set([...'tTkKटकव'].map((ch) => ch.charCodeAt(0)));
function isTags(t: string): boolean {
  const c = /\S/u.exec(t);
  return !!c && TAGS_FIRST.has(t.charCodeAt(c.index)) && TAGS.test(t);
}

/** An English author bio: "X is a journalist at ...", "X has been writing ...". */
const BIO = /^\s*[A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+){0,3}\s+(?:is|was|has been|works as)\s+(?:an?\s+|the\s+)?(?:senior\s+|veteran\s+|seasoned\s+|freelance\s+)?(?:journalist|writer|reporter|editor|correspondent|content writer|author|sub-editor|anchor)\b/u;
const BIO_HI = /^\s*[\u0900-\u097f]+(?:\s+[\u0900-\u097f]+){0,2}\s+(?:एक\s+)?(?:पत्रकार|लेखक|संवाददाता|कंटेंट राइटर|सब एडिटर|रिपोर्टर)\s+(?:हैं|है|के रूप में)/u;

/**
 * Both patterns are anchored at the line's start, so they fail within its first words: the line's
 * first character picks the one that can match (no scan of a whole paragraph for a pre-check).
 */
function isBio(t: string): boolean {
  const first = /\S/u.exec(t);
  if (!first) return false;
  const c = t.charCodeAt(first.index);
  if (c >= 0x41 && c <= 0x5a) return BIO.test(t);
  return c >= 0x900 && c <= 0x97f && BIO_HI.test(t);
}

/** Short headline-like line: teasers in recent-posts blocks. */
function isTeaserLine(t: string): boolean {
  const s = t.trim();
  if (s.length === 0) return true;
  if (/(?:…|\.\.\.)\s*$/u.test(s)) return true;
  if (/\s\|\s/u.test(s)) return true;
  if (LINE_RULES.some(([re, , pre]) => (!pre || pre.test(s)) && re.test(s))) return true;
  return s.length <= 140 && !/[।.!?]["'”’]?\s*$/u.test(s);
}

/** A paragraph of prose: long, several sentences or ending in sentence punctuation. */
function isProse(t: string): boolean {
  const s = t.trim();
  if (s.length <= 100 || !/[।.!?]["'”’]?\s*$/u.test(s)) return false;
  return s.length > 220 || (s.match(/[।.!?](?:\s|$)/gu)?.length ?? 0) >= 2;
}

/** Index in BLOCK_HEADERS of the header rule the line matches, or -1. */
function headerRule(t: string): number {
  const s = t.trim();
  if (s.length === 0 || s.length > 60) return -1;
  for (let i = 0; i < BLOCK_HEADERS.length; i++) if (BLOCK_HEADERS[i][0].test(s)) return i;
  return -1;
}

/** Headers of a list of many teasers ("Latest News", "नवीनतम समाचार"): the first two rules. */
const LIST_HEADER_RULES = 2;

/** Words of a header over a list of many stories ("ताज़ा ख़बरें", "टॉप स्टोरीज"), not a single "also read" teaser. */
const LIST_WORDS = /(?:समाचार|ख\u093C?बरें|\u0959बरें|न्यूज|स्टोरीज|हेडलाइं?न्?स|अपडेट्स|पोस्ट)/u;
function isListHeader(rule: number, t: string): boolean {
  return rule < LIST_HEADER_RULES ? !/^\s*(?:also|read|see|must|don't|you|what)/iu.test(t) : LIST_WORDS.test(t) && !/भी/u.test(t);
}

/** Whether every non-empty line after line `k` is short (teasers and their summaries), and there are some. */
function onlyShortLinesAfter(ls: Line[], k: number): boolean {
  let n = 0;
  for (let j = k + 1; j < ls.length; j++) {
    const len = ls[j].text.trim().length;
    if (len > 220) return false;
    if (len) n++;
  }
  return n >= 2;
}

/** A teaser's summary under its headline: a short paragraph (a sentence or two), not the article going on. */
function isShortSummary(t: string): boolean {
  return t.trim().length <= 220;
}

/** Short line of Latin Title Case words in a mostly Devanagari text (ads, site names, bylines). */
function isLatinWidgetLine(t: string, devanagariDoc: () => boolean): boolean {
  const s = t.trim();
  if (s.length === 0 || s.length > 90 || /[\u0900-\u097f]/u.test(s) || /[.!?:।]$/u.test(s)) return false;
  if (!devanagariDoc()) return false;
  const ws = s.split(/\s+/u);
  if (ws.length > 10) return false;
  return ws.every((w) => /^[A-Z(][\p{L}\d().&'-]*$/u.test(w) || /^(?:of|in|the|and|for|a|to|on)$/u.test(w));
}

/** A line that is only an author's role. */
const ROLE_LINE = /^\s*(?:(?:वरिष्ठ|विशेष|मुख्य|उप|सह)?\s*(?:संवाददाता|पत्रकार|रिपोर्टर|संपादक|कंटेंट राइटर)|content writer|senior (?:writer|editor|correspondent)|sub editor|correspondent|journalist)(?![\p{L}\p{M}])/iu;

/** The non-empty line before line `k`, if any. */
function previousLine(ls: Line[], k: number): Line | undefined {
  for (let j = k - 1; j >= 0; j--) if (ls[j].text.trim().length) return ls[j];
  return undefined;
}

/** A bare name: two to four words, no punctuation or digits. */
function isNameLine(t: string): boolean {
  const s = t.trim();
  return s.length <= 40 && /^[\p{L}\p{M}]+(?:[ .][\p{L}\p{M}]+){1,3}$/u.test(s);
}

/** Find boilerplate zones (sorted, non-overlapping). */
export function findZones(text: string): Zone[] {
  const ls = lines(text);
  // whether the text is mostly Devanagari: counted when a line first needs it
  let devanagariDoc: boolean | undefined;
  const isDevanagariDoc = (): boolean => {
    if (devanagariDoc === undefined) {
      let devanagariChars = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x900 && c <= 0x97f) devanagariChars++;
      }
      devanagariDoc = devanagariChars > text.length * 0.3;
    }
    return devanagariDoc;
  };
  const zones: Zone[] = [];
  const add = (start: number, end: number, kind: ZoneKind) => {
    if (end > start) zones.push({ start, end, kind });
  };
  let contentLines = -1; // counted at the first block header
  let seen = 0;
  for (let k = 0; k < ls.length; k++) {
    const l = ls[k];
    const t = l.text;
    if (t.trim().length === 0) continue;
    seen++;
    const rule = headerRule(t);
    if (rule >= 0) {
      const header = BLOCK_HEADERS[rule][1];
      // A block header: the block runs on while the lines look like teasers; past the middle of the
      // article such a block is the page's tail, and runs to the end.
      if (contentLines < 0) contentLines = ls.filter((x) => x.text.trim().length > 0).length;
      const list = isListHeader(rule, t);
      // a list header after the article's opening, with nothing but short lines after it, is the page's
      // tail too, however long the list is next to the article
      const tail = (l.start > text.length * 0.45 && seen > contentLines * 0.3) || (list && seen > 3 && onlyShortLinesAfter(ls, k));
      let j = k + 1;
      let last = k;
      for (; j < ls.length; j++) {
        const lt = ls[j].text;
        if (lt.trim().length === 0) continue;
        if (!tail && !isTeaserLine(lt)) break;
        // even in the page's tail, a long paragraph of prose is the article going on after a teaser heading;
        // under a list header ("Latest News") a short one is a teaser's summary
        if (tail && isProse(lt) && !(list && isShortSummary(lt))) break;
        last = j;
      }
      add(l.start, ls[last].end, header);
      seen += ls.slice(k + 1, last + 1).filter((x) => x.text.trim().length > 0).length;
      k = last;
      continue;
    }
    if (isTags(t)) { add(l.start, l.end, 'footer'); continue; }
    // long lines are article paragraphs unless they are related links, bios or tweets
    if (t.length > 200) {
      if (/^\s*(?:ये|यह|इसे|इन्हें|also read|read also|read more)/iu.test(t) && LINE_RULES[0][0].test(t)) add(l.start, l.end, 'related-links');
      else if (isBio(t)) add(l.start, l.end, 'author-bio');
      else if (t.includes('pic.twitter.com/')) {
        const m = /(?:https?:\/\/t\.co\/\S+\s*)?pic\.twitter\.com\/\S+/u.exec(t);
        if (m) add(l.start + m.index, l.start + m.index + m[0].length, 'tweet-trailer');
      }
      continue;
    }
    if (isNavigation(t)) { add(l.start, l.end, 'navigation'); continue; }
    if (isBio(t)) { add(l.start, l.end, 'author-bio'); continue; }
    let matched = false;
    const first = firstCharOf(t);
    let unanchored: boolean | undefined; // does any unanchored pre-check match? (one regex for all)
    for (let r = 0; r < LINE_RULES.length; r++) {
      const [re, kind, pre] = LINE_RULES[r];
      const firstChars = RULE_FIRST_CHARS[r];
      if (firstChars) {
        if (!firstChars.has(first)) continue;
      } else if (pre) {
        unanchored ??= ANY_UNANCHORED_PRE.test(t);
        if (!unanchored || !pre.test(t)) continue;
      }
      if (re.test(t)) {
        add(l.start, l.end, kind);
        matched = true;
        // a role line ("Senior Correspondent", "वरिष्ठ संवाददाता") credits the short name line right above it
        if (kind === 'byline' && ROLE_LINE.test(t)) {
          const p = previousLine(ls, k);
          if (p && isNameLine(p.text)) add(p.start, p.end, 'byline');
        }
        break;
      }
    }
    if (matched) continue;
    // tweet embeds: the link tail "https://t.co/... pic.twitter.com/..." of a tweet line
    const m = t.includes('pic.twitter.com/') ? /(?:https?:\/\/t\.co\/\S+\s*)?pic\.twitter\.com\/\S+/u.exec(t) : null;
    if (m) { add(l.start + m.index, l.start + m.index + m[0].length, 'tweet-trailer'); continue; }
    if (isLatinWidgetLine(t, isDevanagariDoc)) { add(l.start, l.end, 'boilerplate'); continue; }
  }
  zones.sort((a, b) => a.start - b.start);
  // merge adjacent/overlapping zones of the same kind separated only by whitespace
  const merged: Zone[] = [];
  for (const z of zones) {
    const prev = merged[merged.length - 1];
    if (prev && prev.kind === z.kind && /^\s*$/u.test(text.slice(prev.end, z.start))) prev.end = Math.max(prev.end, z.end);
    else if (prev && z.start < prev.end) prev.end = Math.max(prev.end, z.end);
    else merged.push({ ...z });
  }
  return merged;
}

/** The zone (of a sorted, non-overlapping list) that contains position `pos`, if any. */
export function zoneAt(zones: Zone[], pos: number): Zone | undefined {
  let lo = 0;
  let hi = zones.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (zones[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  const z = zones[lo];
  return z && z.start <= pos && pos < z.end ? z : undefined;
}
