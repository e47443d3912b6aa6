/**
 * Variant keys: one skeleton for Devanagari (orthographic key) and Latin (transliteration key), so
 * that बेलोसोव, बेलौसोव, बेलोउसॉव and Belousov share a key. The key is deliberately lossy: vowel
 * length, nukta, anusvara/chandrabindu/nasal+virama, ॉ/ओ/औ, aspiration, doubled letters, and the
 * vowels a/e (the Devanagari inherent vowel has no letter) are collapsed. A key match is therefore
 * only ever a lower-confidence suggestion, never merged silently.
 */
import { normChar } from '../text/normalize';

const CONSONANTS: Record<string, string> = {
  'क': 'k', 'ख': 'kh', 'ग': 'g', 'घ': 'gh', 'ङ': 'n', 'च': 'c', 'छ': 'ch', 'ज': 'j', 'झ': 'jh', 'ञ': 'n',
  'ट': 't', 'ठ': 'th', 'ड': 'd', 'ढ': 'dh', 'ण': 'n', 'त': 't', 'थ': 'th', 'द': 'd', 'ध': 'dh', 'न': 'n',
  'प': 'p', 'फ': 'ph', 'ब': 'b', 'भ': 'bh', 'म': 'm', 'य': 'y', 'र': 'r', 'ल': 'l', 'ळ': 'l', 'व': 'v',
  'श': 'sh', 'ष': 'sh', 'स': 's', 'ह': 'h',
};
const VOWELS: Record<string, string> = {
  'अ': 'a', 'आ': 'a', 'इ': 'i', 'ई': 'i', 'उ': 'u', 'ऊ': 'u', 'ऋ': 'ri', 'ए': 'e', 'ऐ': 'e', 'ओ': 'o', 'औ': 'o',
  'ऑ': 'o', 'ऍ': 'e', 'ऎ': 'e', 'ऒ': 'o',
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'e', 'ो': 'o', 'ौ': 'o', 'ॉ': 'o', 'ॅ': 'e',
  'ॆ': 'e', 'ॊ': 'o',
  'ं': 'n', 'ँ': 'n', 'ः': 'h',
};
const DIGITS = '०१२३४५६७८९';

/** Transliterate a normalised Devanagari/Latin string to a lower-case Latin skeleton. */
function translit(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = CONSONANTS[ch];
    if (c !== undefined) { out += c; continue; }
    const v = VOWELS[ch];
    if (v !== undefined) { out += v; continue; }
    const d = DIGITS.indexOf(ch);
    if (d >= 0) { out += String(d); continue; }
    if (ch === '\u094d' || ch === '\u093c') continue; // virama, nukta
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) out += ch;
    else if (/[\p{L}]/u.test(ch)) out += ch;
  }
  return out;
}

const VOWEL_CHARS = new Set(['a', 'e', 'i', 'o', 'u']);

function reduce(s: string): string {
  // a final f is a Russian -v as often as not in Hindi news (लावरोफ = लावरोव, Smirnoff = Smirnov)
  let t = s
    .replace(/([aeiou])(?:ph|ff|f)$/, '$1v')
    .replace(/ck/g, 'k')
    .replace(/ch/g, 'c')
    .replace(/c/g, (_m, off: number, str: string) => (str[off + 1] === 'h' ? 'c' : 'k'))
    .replace(/q/g, 'k').replace(/x/g, 'ks').replace(/w/g, 'v').replace(/z/g, 'j').replace(/f/g, 'ph')
    .replace(/ee|ii/g, 'i').replace(/oo|uu/g, 'u').replace(/ou|au|aw/g, 'o').replace(/ai|ay/g, 'e');
  // y after a vowel and not before one is a vowel glide: Sergey = Sergei
  t = t.replace(/y(?![aeiou])/g, (_m, off: number, str: string) => (off > 0 && VOWEL_CHARS.has(str[off - 1]) ? 'i' : 'y'));
  // aspiration after a consonant is dropped: kh, gh, th, dh, ph, bh, sh, jh
  t = t.replace(/([bcdgjkpst])h/g, '$1');
  // the vowels a and e disappear (inherent vowel, schwa)
  t = t.replace(/[ae]/g, '');
  t = t.replace(/m(?=[bp])/g, 'n');
  // doubled letters collapse
  t = t.replace(/(.)\1+/g, '$1');
  return t;
}

const tokenKeys = new Map<string, string>();

/** Variant key of one word token (memoised: names share their words, and `reduce` is costly). */
export function tokenKey(token: string): string {
  let k = tokenKeys.get(token);
  if (k === undefined) {
    if (tokenKeys.size >= 100_000) tokenKeys.clear();
    let n = '';
    for (const ch of token) n += normChar(ch.codePointAt(0)!);
    k = reduce(translit(n));
    tokenKeys.set(token, k);
  }
  return k;
}

/** Variant key of a phrase: word keys joined by spaces (punctuation ignored). */
export function phraseKey(phrase: string): string {
  return phrase
    .split(/[^\p{L}\p{M}\p{N}\u200c\u200d]+/u)
    .filter(Boolean)
    .map(tokenKey)
    .filter(Boolean)
    .join(' ');
}
