/**
 * Name patterns beyond cues and the knowledge base, for articles not seen before:
 * - people: a name-like word followed by a common Indian surname (राकेश वर्मा, सुनीता देवी, Ramesh Yadav);
 * - places: a name-like word before a place noun (सागर जिले, रामपुर गांव, Gaya district), and the
 *   dateline that opens an article ("पटना:", "लखनऊ, 12 मार्च", "नई दिल्ली।").
 * Lower confidence than knowledge-base matches; they never override a KB span (overlap resolution).
 */
import type { EntitySpan } from '../model';
import type { Token } from '../text/tokenize';
import { tokenNorm } from './kbMatch';
import { COUNTRIES, DEMONYMS, INITIALS, ROLES, STOPWORDS, TITLES } from './lexicon';
import { autoSpan } from './span';

export const CONFIDENCE_PATTERN = 0.5;

const nfd = (w: string) => w.normalize('NFD').toLowerCase();

/** Common surnames (and name endings such as देवी, कौर) of Indian news. */
export const SURNAMES = new Set([
  'सिंह', 'कुमार', 'शर्मा', 'वर्मा', 'गुप्ता', 'यादव', 'खान', 'पटेल', 'शाह', 'राय', 'दास', 'मिश्रा', 'मिश्र', 'तिवारी', 'पांडे', 'पाण्डेय', 'पांडेय', 'दुबे', 'चौबे',
  'त्रिपाठी', 'शुक्ला', 'श्रीवास्तव', 'सिन्हा', 'चौधरी', 'जैन', 'अग्रवाल', 'गोयल', 'बंसल', 'मित्तल', 'सक्सेना', 'कपूर', 'खन्ना', 'मल्होत्रा', 'मेहता', 'जोशी', 'रेड्डी',
  'राव', 'नायडू', 'नायर', 'मेनन', 'पिल्लई', 'अय्यर', 'मुखर्जी', 'बनर्जी', 'चटर्जी', 'घोष', 'बोस', 'ठाकुर', 'चौहान', 'राठौर', 'राठौड़', 'तोमर', 'शेखावत', 'गहलोत',
  'सोलंकी', 'परमार', 'पवार', 'देशमुख', 'पाटिल', 'कुलकर्णी', 'अहमद', 'हुसैन', 'कुरैशी', 'अंसारी', 'सिद्दीकी', 'मलिक', 'गिल', 'संधू', 'ढिल्लों', 'भट्ट',
  'नेगी', 'रावत', 'बिष्ट', 'प्रसाद', 'देवी', 'कौर', 'बेगम', 'त्यागी', 'सैनी', 'मौर्य', 'कुशवाहा', 'निषाद', 'पासवान', 'मांझी', 'बघेल', 'साहू', 'भारद्वाज', 'अरोड़ा',
  'बत्रा', 'चड्ढा', 'सचदेवा', 'द्विवेदी', 'चतुर्वेदी', 'उपाध्याय', 'बाजपेयी', 'वाजपेयी', 'श्रीवास्तव', 'निगम', 'माथुर', 'भाटिया', 'सेठी', 'बग्गा', 'गौतम', 'जाटव',
  'Singh', 'Kumar', 'Sharma', 'Verma', 'Gupta', 'Yadav', 'Khan', 'Patel', 'Shah', 'Rai', 'Das', 'Mishra', 'Tiwari', 'Pandey', 'Dubey', 'Tripathi', 'Shukla',
  'Srivastava', 'Sinha', 'Chaudhary', 'Jain', 'Agarwal', 'Goyal', 'Kapoor', 'Khanna', 'Malhotra', 'Mehta', 'Joshi', 'Reddy', 'Rao', 'Naidu', 'Nair', 'Menon',
  'Iyer', 'Mukherjee', 'Banerjee', 'Chatterjee', 'Ghosh', 'Bose', 'Thakur', 'Chauhan', 'Rathore', 'Pawar', 'Patil', 'Ahmed', 'Hussain', 'Qureshi', 'Ansari',
  'Siddiqui', 'Malik', 'Gill', 'Sandhu', 'Rawat', 'Prasad', 'Devi', 'Kaur', 'Begum', 'Tyagi', 'Saini', 'Maurya', 'Paswan', 'Arora',
  // more surnames from across India (south, east, west, Punjab/Haryana, the hills, Christian names)
  'पाठक', 'कामत', 'मेहरा', 'साहनी', 'भट', 'नाइक', 'बेदी', 'कोहली', 'चोपड़ा', 'सूद', 'जामवाल', 'कटोच', 'डोभाल', 'बहुगुणा', 'धामी', 'पंत', 'रॉय', 'सेन',
  'राणा', 'त्रिवेदी', 'देसाई', 'पारिख', 'दवे', 'शास्त्री', 'वर्गीज', 'कुरियन', 'पिल्लै', 'कृष्णन', 'सुब्रमण्यम', 'रामचंद्रन', 'नारायणन', 'रंगनाथन',
  'चंद्रन', 'हेगड़े', 'शेट्टी', 'गौड़ा', 'पिंटो', 'फर्नांडिस', 'डिसूजा', 'बरुआ', 'सरमा', 'दत्ता', 'सेनगुप्ता', 'गांगुली', 'चक्रवर्ती', 'भट्टाचार्य',
  'मजूमदार', 'शिंदे', 'जाधव', 'चव्हाण', 'गायकवाड़', 'सावंत', 'भोंसले', 'गोखले', 'केलकर', 'सिब्बल', 'भल्ला', 'नंदा', 'कक्कड़', 'मीणा', 'कटारिया',
  'हुड्डा', 'दहिया', 'चहल', 'ग्रेवाल', 'सिद्धू', 'बाजवा', 'रंधावा', 'धवन', 'आहूजा', 'खुराना', 'ग्रोवर', 'सहगल', 'तनेजा', 'विश्वकर्मा',
  'Pathak', 'Kamath', 'Kamat', 'Mehra', 'Sawhney', 'Bhatt', 'Naik', 'Bedi', 'Kohli', 'Chopra', 'Sood', 'Katoch', 'Bahuguna', 'Dhami', 'Pant', 'Roy', 'Sen',
  'Rana', 'Trivedi', 'Desai', 'Parikh', 'Shastri', 'Varghese', 'Kurian', 'Pillai', 'Krishnan', 'Subramaniam', 'Ramachandran', 'Narayanan', 'Ranganathan',
  'Hegde', 'Shetty', 'Gowda', 'Pinto', 'Fernandes', 'Barua', 'Sarma', 'Datta', 'Dutta', 'Sengupta', 'Ganguly', 'Chakraborty', 'Bhattacharya', 'Majumdar',
  'Shinde', 'Jadhav', 'Chavan', 'Gaikwad', 'Sawant', 'Bhosale', 'Gokhale', 'Kelkar', 'Sibal', 'Bhalla', 'Nanda', 'Kakkar', 'Meena', 'Kataria', 'Hooda',
  'Dahiya', 'Chahal', 'Grewal', 'Sidhu', 'Bajwa', 'Randhawa', 'Dhawan', 'Ahuja', 'Khurana', 'Grover', 'Sehgal', 'Taneja', 'Vishwakarma',
].map(nfd));

/** Nouns after a place name: "सागर जिले", "रामपुर गांव", "Gaya district". */
const PLACE_NOUNS = new Set(['जिले', 'जिला', 'ज़िले', 'ज़िला', 'गांव', 'गाँव', 'कस्बे', 'कस्बा', 'शहर', 'नगर', 'तहसील', 'प्रखंड', 'ब्लॉक', 'थाना', 'थाने', 'मंडल',
  'district', 'village', 'city', 'town', 'tehsil'].map(nfd));

const CUE_WORDS = new Set([...Object.keys(ROLES), ...Object.keys(TITLES)].flatMap((k) => k.split(' ')).map(nfd));
const BLOCK = new Set([...STOPWORDS, ...Object.keys(DEMONYMS), ...Object.keys(COUNTRIES), 'इस', 'उस', 'किस', 'हर', 'पूरे', 'पूरा', 'अपने', 'संबंधित', 'उक्त', 'मुख्य',
  'प्रमुख', 'नए', 'नई', 'पुराने', 'बड़े', 'छोटे', 'सभी', 'कई', 'अन्य', 'दूसरे', 'पहले', 'ग्रामीण', 'शहरी', 'स्थानीय', 'भारतीय', 'राज्य', 'केंद्र', 'सरकार', 'पुलिस',
  'श्रीमान', 'The', 'A', 'This', 'That', 'In', 'On', 'At', 'Of',
  // common nouns and adjectives before an organisation's head noun (परमाणु निगम, विकास निगम, रक्षा मंत्रालय)
  'परमाणु', 'नाभिकीय', 'रक्षा', 'विमानन', 'अंतरिक्ष', 'नौसेना', 'सेना', 'वायुसेना', 'ऊर्जा', 'विद्युत', 'बिजली', 'तेल', 'गैस', 'विकास', 'निर्यात', 'आयात',
  'औद्योगिक', 'राष्ट्रीय', 'सरकारी', 'राजकीय', 'नगर', 'परिवहन', 'खनिज', 'इस्पात', 'जहाजरानी', 'पोत', 'वित्त', 'आवास', 'पर्यटन', 'खाद्य', 'भंडारण',
  'संघीय', 'क्षेत्रीय', 'सार्वजनिक', 'निजी', 'कोयला', 'खनन', 'अलग', 'एकमत', 'जनता', 'नगरपालिका', 'Atomic', 'Nuclear', 'State', 'National', 'Development', 'Defence', 'Defense'].map(nfd));
/** Dashes that open a tweet's signature line: "— Name (@handle) Date". */
const DASHES = new Set(['—', '–', '-', '―']);

function nameLike(t: Token | undefined): boolean {
  if (!t || !t.word || t.text.length < 2) return false;
  if (/^[0-9०-९]/u.test(t.text)) return false;
  if (/(?:ों|ओं)$/u.test(t.text)) return false;
  const n = tokenNorm(t);
  if (BLOCK.has(n) || CUE_WORDS.has(n) || SURNAMES.has(n)) return false;
  if (/^[a-z]/.test(t.text)) return false;
  // adjectives in -ईय before an organisation's head (राष्ट्रीय ... निगम, क्षेत्रीय ... खान) are never a first name
  if (t.text.endsWith('ीय')) return false;
  return true;
}

const INITIAL_SET = new Set(INITIALS);
/** A Devanagari letter name or a Latin capital used as an initial. */
function isInitialToken(t: Token): boolean {
  return t.word && (INITIAL_SET.has(t.text) || (t.text.length === 1 && t.text >= 'A' && t.text <= 'Z'));
}

/** A word of a tweet author's display name: capitalised Latin or Devanagari, not a function word. */
function signatureWord(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c >= 0x41 && c <= 0x5a) return true;
  return c >= 0x900 && c <= 0x97f && !STOPWORDS.has(t.text);
}

/**
 * Person and place patterns. `taken(start, end)` tells whether a range already carries a span
 * (knowledge base, cue), so patterns only add what is new.
 */
export function findNamePatterns(text: string, tokens: Token[], taken: (start: number, end: number) => boolean): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!b.word || b.newlineBefore || !b.spaceBefore) continue;
    // initials and a surname: "ए.के. सिंह", "A.K. Singh"
    if (a.text === '.' && !a.spaceBefore && i >= 1 && SURNAMES.has(tokenNorm(b))) {
      let k = i - 1;
      while (k >= 1 && isInitialToken(tokens[k]) && !tokens[k].newlineBefore && (k < 2 || tokens[k - 1].text === '.') && !(k >= 2 && tokens[k - 1].spaceBefore && tokens[k - 1].text === '.')) {
        if (k >= 2 && tokens[k - 1].text === '.' && !tokens[k - 1].spaceBefore && isInitialToken(tokens[k - 2])) k -= 2;
        else break;
      }
      if (isInitialToken(tokens[k]) && (k === 0 || tokens[k].spaceBefore || tokens[k].newlineBefore) && !taken(tokens[k].start, b.end)) {
        out.push(autoSpan(text, tokens[k].start, b.end, 'PERSON', CONFIDENCE_PATTERN, 'name-pattern'));
        i++;
        continue;
      }
    }
    if (!a.word) continue;
    const nb = tokenNorm(b);
    if (SURNAMES.has(nb)) {
      // "राकेश वर्मा"; an initial before it ("एस. के. वर्मा") is left to cues
      if (!nameLike(a) || INITIALS.has(a.text) || taken(a.start, b.end)) continue;
      // Latin names must be capitalised on both words
      if (/^[A-Za-z]/.test(a.text) !== /^[A-Za-z]/.test(b.text)) continue;
      if (/^[A-Za-z]/.test(a.text) && !/^[A-Z]/.test(b.text)) continue;
      out.push(autoSpan(text, a.start, b.end, 'PERSON', CONFIDENCE_PATTERN, 'name-pattern'));
      i++;
      continue;
    }
    if (PLACE_NOUNS.has(nb)) {
      if (!nameLike(a) || taken(a.start, a.end)) continue;
      // a two-word name: "पूर्वी चंपारण जिले" is left alone; one word before the noun
      out.push(autoSpan(text, a.start, a.end, 'LOCATION', CONFIDENCE_PATTERN, 'place-pattern'));
    }
  }
  // tweet signature: "— Priya Nair (@handle) May 4, 2025": the 1-4 name words between the dash and "(@"
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.text !== '(' || tokens[i + 1].text !== '@' || tokens[i + 1].spaceBefore) continue;
    let k = i - 1;
    while (k >= 0 && i - k <= 4 && tokens[k].word && !tokens[k].newlineBefore && signatureWord(tokens[k])) k--;
    if (k === i - 1 || k < 0 || !DASHES.has(tokens[k].text) || tokens[k + 1].newlineBefore) continue;
    const a = tokens[k + 1];
    const b = tokens[i - 1];
    if (!taken(a.start, b.end)) out.push(autoSpan(text, a.start, b.end, 'PERSON', CONFIDENCE_PATTERN, 'tweet-signature'));
  }
  // dateline: a paragraph near the top opens with "City:" / "City," / "City।" (one or two words)
  let lineStarts = 0;
  for (let k = 0; k < tokens.length && lineStarts < 4; k++) {
    const t = tokens[k];
    if (k > 0 && !t.newlineBefore) continue;
    lineStarts++;
    if (!t.word) continue;
    let e = k;
    const two = tokens[k + 1];
    if (two && two.word && two.spaceBefore && !two.newlineBefore && tokens[k + 2] && /^[:,।]$/u.test(tokens[k + 2].text)) e = k + 1;
    const punct = tokens[e + 1];
    if (!punct || punct.newlineBefore || punct.spaceBefore || !/^[:,।]$/u.test(punct.text)) continue;
    const lineEnd = text.indexOf('\n', punct.end);
    if ((lineEnd < 0 ? text.length : lineEnd) - punct.end < 80) continue; // a dateline opens a real paragraph
    if (!nameLike(t) || (e > k && !nameLike(tokens[e]))) continue;
    if (!taken(t.start, tokens[e].end)) out.push(autoSpan(text, t.start, tokens[e].end, 'LOCATION', CONFIDENCE_PATTERN, 'dateline'));
    break;
  }
  return out;
}
