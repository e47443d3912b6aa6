/**
 * A loose spelling key for names that the knowledge base did not link: Devanagari vowel-sign
 * variants fold together (ौ/ो/ॉ, ै/ॅ/े, ी/ि, ू/ु, ँ/ं), nukta and zero-width joiners drop, Latin
 * lower-cases. बेलौसोव and बेलोसोव get the same key. Only used to compare; never shown.
 */
const FOLD: Record<string, string> = {
  '\u094C': '\u094B', '\u0949': '\u094B', '\u0948': '\u0947', '\u0945': '\u0947',
  '\u0940': '\u093F', '\u0942': '\u0941', '\u0901': '\u0902',
  '\u0914': '\u0913', '\u0911': '\u0913', '\u0910': '\u090F', '\u090D': '\u090F', '\u0908': '\u0907', '\u090A': '\u0909',
};

export function variantKey(name: string): string {
  let out = '';
  for (const ch of name.normalize('NFC').normalize('NFD')) {
    if (ch === '\u093C' || ch === '\u200C' || ch === '\u200D') continue;
    if (/[\u0300-\u036f]/.test(ch)) continue; // Latin accents
    if (/[\s.\-'’]/.test(ch)) { if (!out.endsWith(' ')) out += ' '; continue; }
    out += FOLD[ch] ?? ch.toLowerCase();
  }
  return out.trim();
}
