/**
 * Words that are names only sometimes, decided by context: places that are also common words
 * (गया "went", गुना "times", सागर "ocean"), given names and surnames that are also words (सिंह "lion",
 * विजय "victory"), months that are also name parts (जून). A knowledge-base match on one of these,
 * standing alone, is kept only when the context supports it.
 */
import type { Token } from '../text/tokenize';
import { normalizeForMatch } from '../text/normalize';

/** Place names that are also ordinary words. */
export const AMBIGUOUS_PLACES = new Set([
  'गया', 'गुना', 'सागर', 'कोटा', 'बस्ती', 'मंडी', 'पाली', 'मऊ', 'बाड़मेर', 'धार', 'सीधी', 'भिंड', 'दतिया', 'हाथरस', 'अमेठी', 'बीड', 'आरा', 'देवास', 'सिवान',
  'रीवा', 'कटनी', 'भोजपुर', 'चंपारण', 'सतारा', 'पुरी', 'अजमेर', 'नगर', 'मुंगेर', 'धनबाद', 'बांदा', 'उन्नाव', 'बलिया', 'गोंडा', 'रायगढ़', 'जालना',
].map(normalizeForMatch));

/** Given names and surnames that are also common words; alone they are not a person. */
export const AMBIGUOUS_NAMES = new Set([
  'सिंह', 'कुमार', 'शर्मा', 'वर्मा', 'गुप्ता', 'यादव', 'खान', 'पटेल', 'शाह', 'राय', 'दास', 'विजय', 'कमल', 'सूरज', 'आशा', 'राज', 'जीत', 'किरण', 'उषा', 'शांति',
  'प्रकाश', 'अमन', 'पूजा', 'दीपक', 'अमर', 'मंगल', 'सागर', 'भारत', 'भारती', 'गुरु', 'जून', 'मई', 'प्रिया', 'संजय', 'मोहन', 'लाल', 'देव', 'बाबू', 'जी',
  'singh', 'kumar', 'sharma', 'khan', 'patel', 'shah', 'das', 'rai', 'lal', 'dev', 'may', 'june', 'will', 'rose', 'mark', 'grace', 'hope', 'joy',
].map(normalizeForMatch));

/** Words after an ambiguous place that confirm a place reading. */
const PLACE_AFTER = new Set(['में', 'जिले', 'जिला', 'ज़िले', 'शहर', 'नगर', 'पहुंचे', 'पहुंचा', 'पहुंची', 'पहुँचे', 'स्थित', 'से', 'के', 'की', 'का', 'तक', 'लोकसभा', 'सीट',
  'district', 'city', 'in'].map(normalizeForMatch));
/** Words before an ambiguous place that make it a verb or a noun (किया गया, दो गुना, चला गया). */
const NOT_PLACE_BEFORE = new Set(['किया', 'दिया', 'लिया', 'चला', 'आ', 'हो', 'कहा', 'बताया', 'पाया', 'माना', 'गया', 'जा', 'रखा', 'भेजा', 'बनाया', 'मारा', 'दो', 'तीन',
  'चार', 'पांच', 'दस', 'कई', 'सौ', 'हजार', 'लिखा', 'पढ़ा', 'सुना', 'देखा', 'मिला', 'लाया', 'उठाया', 'छोड़', 'चली', 'निकल', 'पहुंच', 'बन', 'रह', 'सो', 'खो', 'ले',
  'दे', 'कर', 'महा', 'हिंद', 'प्रशांत', 'अरब'].map(normalizeForMatch));

function norm(t: Token | undefined): string {
  return t ? normalizeForMatch(t.text) : '';
}

/**
 * Decide an ambiguous single-word KB match at word-token index `i` (`tokens` are the document's tokens).
 * Returns true to keep it.
 */
export function keepAmbiguousPlace(tokens: Token[], i: number): boolean {
  const prev = i > 0 && !tokens[i].newlineBefore ? tokens[i - 1] : undefined;
  const next = i + 1 < tokens.length && !tokens[i + 1].newlineBefore ? tokens[i + 1] : undefined;
  if (prev && prev.word && NOT_PLACE_BEFORE.has(norm(prev))) return false;
  // a digit before: "दो गुना", "10 गुना"
  if (prev && /^[0-9०-९]+$/u.test(prev.text)) return false;
  return !!next && PLACE_AFTER.has(norm(next));
}

const DEMONSTRATIVES = new Set(['इस', 'उस', 'किसी', 'हर', 'जिस', 'कोई', 'यह', 'वह', 'एक', 'ऐसी', 'ऐसे', 'ऐसा', 'the', 'a', 'an', 'this', 'that'].map(normalizeForMatch));
const LOCATION_AFTER = new Set([...PLACE_AFTER, 'ने', 'और', 'व', 'एवं', 'तथा', 'को', 'पर', '-', '.', '।', ')', ':', '/', 'and', 'on', 'to', 'for', "'"]);
const LATIN_PLACE_BEFORE = new Set(['in', 'at', 'from', 'to', 'of', 'visit', 'visited', 'visiting', 'towards', 'across', 'and', ','].map(normalizeForMatch));
const EQUIPMENT_NOUNS = new Set(['मिसाइल', 'मिसाइलों', 'विमान', 'विमानों', 'युद्धपोत', 'जहाज', 'पोत', 'टैंक', 'टैंकों', 'पनडुब्बी', 'फाइटर', 'जेट', 'लड़ाकू', 'हेलीकॉप्टर',
  'प्रणाली', 'सिस्टम', 'विमानवाहक', 'मिसाइलें', 'वायु', 'एयर', 'रॉकेट', 'बख्तरबंद', 'इंजन', 'इंजनों', 'ड्रोन', 'तोप', 'सुपरसोनिक', 'क्रूज', 'बैलिस्टिक', 'युद्धपोतों',
  'लड़ाकू', 'पनडुब्बियों', 'पनडुब्बियां', 'हेलीकॉप्टरों', 'डिफेंस', 'फ्रिगेट', 'विध्वंसक', 'कार्वेट', 'launcher', 'engine', 'engines', 'drone', 'drones', 'rocket', 'missile', 'missiles', 'jet', 'jets', 'aircraft', 'tank', 'tanks', 'ship', 'frigate', 'submarine', 'carrier', 'fighter', 'system',
  'helicopter'].map(normalizeForMatch));
/** Defence words near a contextual equipment name that confirm it. */
const EQUIPMENT_CONTEXT = new Set(['वायुसेना', 'नौसेना', 'एचएएल', 'स्क्वाड्रन', 'बेड़े', 'बेड़ा', 'उड़ान', 'इंजन', 'इंजनों', 'विमान', 'विमानों', 'लड़ाकू', 'एमके1ए', 'एमके-1ए',
  'hal', 'iaf', 'squadron', 'fleet', 'engine', 'engines', 'fighter', 'fighters', 'aircraft', 'jet', 'jets', 'mk1a'].map(normalizeForMatch));
const SHIP_PREFIX = new Set(['आईएनएस', 'ins'].map(normalizeForMatch));

/**
 * Decide a contextual alias (a word that names the entity only sometimes) at token range
 * [i, last] of `tokens`: a place needs a place-like neighbour, equipment a type noun or INS, a
 * person or organisation a preceding cue (`cueBefore`).
 */
export function keepContextual(tokens: Token[], i: number, last: number, label: string, cueBefore: boolean): boolean {
  const prev = i > 0 && !tokens[i].newlineBefore ? tokens[i - 1] : undefined;
  const next = last + 1 < tokens.length && !tokens[last + 1].newlineBefore ? tokens[last + 1] : undefined;
  const latin = /^[A-Za-z]/.test(tokens[i].text);
  switch (label) {
    case 'LOCATION':
      if (prev && (DEMONSTRATIVES.has(norm(prev)) || /^[0-9०-९]+$/u.test(prev.text))) return false;
      if (latin) return !!prev && LATIN_PLACE_BEFORE.has(norm(prev));
      return !next || LOCATION_AFTER.has(norm(next)) || /^[,;।.!?]$/u.test(next.text);
    case 'EQUIPMENT': {
      if ((!!next && EQUIPMENT_NOUNS.has(norm(next))) || (!!prev && (SHIP_PREFIX.has(norm(prev)) || EQUIPMENT_NOUNS.has(norm(prev))))) return true;
      // a defence word near ("वायुसेना के बेड़े में तेजस", "HAL delivered the Tejas")
      for (let k = Math.max(0, i - 5); k <= Math.min(tokens.length - 1, last + 5); k++) if ((k < i || k > last) && EQUIPMENT_CONTEXT.has(norm(tokens[k]))) return true;
      return false;
    }
    default:
      return cueBefore;
  }
}
