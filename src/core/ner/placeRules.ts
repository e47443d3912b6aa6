/**
 * Place names beyond the knowledge base, by their form (general rules, no article's answers):
 * - water bodies and landforms by their head noun: "<Name> सागर/महासागर/नदी/झील/खाड़ी/द्वीप/जलडमरूमध्य",
 *   "<Place> की खाड़ी", "<Name> Sea/Ocean/River/Lake/Gulf/Bay/Strait/Island", "Gulf/Sea/Lake of <Name>";
 * - venues by their head noun: "<Name> होटल/पैलेस/हाउस/सेंटर/स्टेडियम/मेमोरियल/एक्सपो/हवाई अड्डा/...", "होटल <Name>",
 *   "<Name> Hotel/Palace/House/Centre/Museum/Cathedral/Street/Embankment/Airport/...", "Hotel <Name>", an address
 *   "5, <Name> मार्ग". The venue span wins over the city or person inside it ("कज़ान एक्सपो" is one LOCATION);
 * - a directional word joined to the place after it ("पूर्वी लद्दाख", "पश्चिमी हिंद महासागर", "Eastern Ladakh");
 * (conflicts named by their places, "यूक्रेन संघर्ष", are split in ./conflicts.ts)
 * Pure functions over the text, tokens and spans; offsets are UTF-16 into the original text.
 */
import type { EntitySpan } from '../model';
import type { Token } from '../text/tokenize';
import { normWord } from './kbMatch';
import { DEMONYMS, ROLES, STOPWORDS, TITLES } from './lexicon';
import { autoSpan, rangeAt, tokenIndexFrom } from './span';

export const CONFIDENCE_PLACE_RULE = 0.6;

const nw = (w: string) => normWord(w).toLowerCase();
const set = (ws: string[]) => new Set(ws.map(nw));

/**
 * How a head accepts its name part: 'open' takes one or two unknown name-like words (or a known place or person);
 * 'anchored' only a known place or person right before it (native nouns such as भवन, स्मारक follow ordinary
 * nouns too: "प्रशासनिक भवन", "युद्ध स्मारक"); 'person' only a person or an address number ("5, X मार्ग").
 */
type Accept = 'open' | 'anchored' | 'person';
interface Head { words: string[]; type: string; accept: Accept; before?: boolean; nameOnly?: boolean; knownKeeps?: boolean }

const head = (spec: string, type: string, accept: Accept, before = false): Head => ({ words: spec.split(' ').map(nw), type, accept, before });

const HINDI_HEADS: Head[] = [
  ...['सागर', 'महासागर', 'झील', 'जलडमरूमध्य', 'द्वीप', 'द्वीपसमूह', 'प्रायद्वीप', 'नहर'].map((h) => head(h, 'sea', 'open')),
  // a river is named without the word नदी ("वोल्गा नदी" -> "वोल्गा", as the annotation conventions say)
  ({ ...head('नदी', 'river', 'open'), nameOnly: true }),
  ...['पर्वत', 'पर्वतमाला', 'रेगिस्तान', 'मरुस्थल', 'पठार', 'दर्रा', 'दर्रे'].map((h) => head(h, 'region', 'open')),
  // a valley is named without the word घाटी ("[वरज़ोब] घाटी"); a known "गलवान घाटी" stays whole (the head is inside it)
  ({ ...head('घाटी', 'region', 'open'), nameOnly: true }),
  // a river named with दरिया keeps it ("सीर दरिया")
  head('दरिया', 'river', 'open'),
  // a known region keeps its type word, Russian or not ("<known province> प्रांत"); an unknown name is taken alone ("[हेनान] प्रांत").
  // "<city> क्षेत्र" only after a known foreign city or region (the region named after its capital: "कुरगन क्षेत्र"), never
  // "हिंद महासागर क्षेत्र" (see oblastAnchor)
  ({ ...head('प्रांत', 'region', 'open'), nameOnly: true, knownKeeps: true }),
  head('क्षेत्र', 'oblast', 'anchored'),
  // Russia's regions keep their type word ("कुर्स्क ओब्लास्ट", "प्रिमोर्स्की क्राय", "तातारस्तान गणराज्य", "यमालो-नेनेत्स स्वायत्त ओक्रुग")
  ...['ओब्लास्ट', 'ओब्लास्त', 'क्राय', 'ओक्रुग', 'स्वायत्त ओक्रुग', 'स्वायत्त क्षेत्र'].map((h) => head(h, 'region', 'open')),
  head('गणराज्य', 'republic', 'anchored'),
  // a named residence ("शीतल निवास"); "आधिकारिक निवास", "मुख्यमंत्री निवास" are not names (NOT_NAME, role cues)
  head('निवास', 'venue', 'open'),
  // a nuclear plant named by its place, used as a venue ("<place> परमाणु ऊर्जा संयंत्र")
  ...['परमाणु ऊर्जा संयंत्र', 'परमाणु विद्युत संयंत्र', 'परमाणु बिजली संयंत्र', 'परमाणु ऊर्जा परियोजना', 'परमाणु विद्युत परियोजना', 'परमाणु बिजलीघर',
    'परमाणु संयंत्र'].map((h) => head(h, 'plant', 'open')),
  // piers, jetties, military stations and war memorials named by a place or a name ("जैसलमेर मिलिट्री स्टेशन")
  ...['जेटी', 'पियर', 'मिलिट्री स्टेशन', 'सैन्य स्टेशन', 'सैन्य छावनी', 'युद्ध स्मारक', 'वॉर मेमोरियल', 'शहीद स्मारक', 'विजय स्मारक'].map((h) => head(h, 'venue', 'open')),
  head('खाड़ी', 'sea', 'open'),
  ...['होटल', 'पैलेस', 'हाउस', 'हाऊस', 'सेंटर', 'सेन्टर', 'स्टेडियम', 'मेमोरियल', 'म्यूजियम', 'म्यूज़ियम', 'कैथेड्रल', 'पार्क', 'गार्डन', 'एक्सपो',
    'स्क्वायर', 'स्क्वेयर', 'स्ट्रीट', 'रोड', 'एवेन्यू', 'प्रॉस्पेक्ट', 'एयरबेस', 'एयर बेस', 'एयर फोर्स स्टेशन', 'एयरफोर्स स्टेशन', 'एयरपोर्ट', 'फायरिंग रेंज',
    'फील्ड फायरिंग रेंज', 'टेस्ट रेंज', 'कॉस्मोड्रोम', 'टावर', 'टॉवर', 'प्लाजा', 'प्लाज़ा', 'एम्बैंकमेंट', 'तटबंध', 'कब्रिस्तान', 'सेमेट्री',
    'हवाई अड्डा', 'हवाई अड्डे', 'वायुसेना स्टेशन', 'वायु सेना स्टेशन', 'वायुसेना अड्डा', 'वायुसेना अड्डे', 'प्रदर्शनी केंद्र', 'प्रदर्शनी केन्द्र', 'प्रदर्शनी स्थल', 'कन्वेंशन सेंटर', 'एक्सपो सेंटर', 'परीक्षण रेंज',
    'परीक्षण स्थल', 'कॉन्सर्ट हॉल', 'अंतरराष्ट्रीय हवाई अड्डा', 'अंतरराष्ट्रीय हवाई अड्डे', 'अंतर्राष्ट्रीय हवाई अड्डा',
    'अंतर्राष्ट्रीय हवाई अड्डे', 'इंटरनेशनल एयरपोर्ट', 'रेलवे स्टेशन'].map((h) => head(h, 'venue', 'open')),
  head('होटल', 'venue', 'open', true),
  // grounds, bridges and streets by their own name ("सरदार पटेल मैदान", "मैत्री पुल", "हो ची मिन्ह सरणी"); see GROUND_NOT
  ...['मैदान', 'ग्राउंड', 'पुल', 'ब्रिज', 'सरणी'].map((h) => head(h, 'venue', 'open')),
  // a range or ground with a descriptive generic word keeps only its name ("[डोंगुज़] प्रशिक्षण मैदान")
  ...['प्रशिक्षण मैदान', 'प्रशिक्षण क्षेत्र', 'प्रशिक्षण रेंज', 'अभ्यास क्षेत्र', 'अभ्यास मैदान'].map((h) => ({ ...head(h, 'venue', 'open'), nameOnly: true })),
  // a port or base named by its town is the town ("चाबहार बंदरगाह", "योकोसुका नौसैनिक अड्डे"): the name alone
  ...['बंदरगाह', 'बंदरगाहों', 'नौसैनिक अड्डा', 'नौसैनिक अड्डे', 'नौसेना अड्डा', 'नौसेना अड्डे', 'सैन्य अड्डा', 'सैन्य अड्डे'].map((h) => ({ ...head(h, 'port', 'open'), nameOnly: true })),
  // a port named as such keeps the word ("<Name> पोर्ट", "<Name> Port"); "... पोर्ट अथॉरिटी/ट्रस्ट" is an organisation (LONGER_NAME)
  head('पोर्ट', 'port', 'open'),
  // localities: "सरोजनी नगर", "वसंत विहार" (not "नगर निगम", "नगर पालिका": organisations)
  ...['नगर', 'विहार', 'कॉलोनी', 'एन्क्लेव', 'एनक्लेव'].map((h) => head(h, 'locality', 'open')),
  // a museum takes a one-word name of its own ("पानोरमा संग्रहालय"); generic kinds of museum are in NOT_NAME
  head('संग्रहालय', 'venue', 'open'),
  ...['भवन', 'महल', 'स्मारक', 'उद्यान', 'समाधि', 'गिरजाघर', 'चर्च', 'चौक', 'छावनी', 'किला', 'सम्मेलन केंद्र', 'अंतरिक्ष केंद्र',
    'मंडपम'].map((h) => head(h, 'venue', 'anchored')),
  ...['मार्ग', 'पथ', 'लेन'].map((h) => head(h, 'venue', 'person')),
];

const ENGLISH_HEADS: Head[] = [
  ...['Sea', 'Ocean', 'Lake', 'Gulf', 'Bay', 'Strait', 'Straits', 'Island', 'Islands', 'Peninsula', 'Canal', 'Channel', 'Valley'].map((h) => head(h, 'sea', 'open')),
  head('River', 'river', 'open'),
  head('Port', 'port', 'open'),
  ...['Desert', 'Plateau', 'Pass', 'Mountains'].map((h) => head(h, 'region', 'open')),
  ({ ...head('Province', 'region', 'open'), nameOnly: true, knownKeeps: true }),
  head('Region', 'oblast', 'anchored'),
  ...['Oblast', 'Krai', 'Okrug', 'Autonomous Okrug', 'Federal District'].map((h) => head(h, 'region', 'open')),
  head('Republic', 'republic', 'anchored'),
  ...['Nuclear Power Plant', 'Nuclear Power Project', 'Nuclear Power Station', 'Nuclear Plant'].map((h) => head(h, 'plant', 'open')),
  ...['Pier', 'Jetty', 'Wharf', 'Military Station', 'War Memorial', 'Nagar', 'Vihar', 'Enclave', 'Cantonment'].map((h) => head(h, 'venue', 'open')),
  // (a lower-case landform after a name is a description: the name alone, "the Thar desert", "the Kutch marshes")
  ...['Marshes', 'Marsh', 'Forest', 'Forests', 'Wetlands'].map((h) => head(h, 'region', 'open')),
  ...['Palace', 'House', 'Centre', 'Center', 'Stadium', 'Memorial', 'Museum', 'Cathedral', 'Church', 'Monastery', 'Park', 'Garden', 'Gardens',
    'Cemetery', 'Hotel', 'Expo', 'Square', 'Street', 'Road', 'Avenue', 'Boulevard', 'Embankment', 'Prospekt', 'Lane', 'Marg', 'Bhawan', 'Bhavan',
    'Airport', 'Air Base', 'Airbase', 'Air Force Station', 'Naval Base', 'Naval Station', 'Firing Range', 'Test Range', 'Cosmodrome', 'Fort',
    'Tower', 'Hall', 'Building', 'Bridge', 'Ground', 'Grounds', 'Mansion', 'Castle', 'Arena', 'Auditorium', 'Exhibition Centre', 'Convention Centre', 'Palais', 'Railway Station'].map((h) => head(h, 'venue', 'open')),
  ...['Hotel', 'Lake', 'Fort', 'Camp'].map((h) => head(h, h === 'Lake' ? 'sea' : 'venue', 'open', true)),
];
/** "Gulf/Sea/Bay/Strait/Lake/Isle of <Name>". */
const OF_HEADS = set(['Gulf', 'Sea', 'Bay', 'Strait', 'Straits', 'Lake', 'Isle', 'Isles', 'Cathedral', 'Palace', 'Museum']);

const SAGAR = nw('सागर');
/** Comparisons that make "सागर" a metaphor ("सागर जैसा विशाल", "सागर से भी गहरी"). */
const COMPARISON = set(['जैसा', 'जैसी', 'जैसे', 'समान', 'सा', 'सी', 'सरीखा']);

/** Words after "नगर" that make it an institution (नगर निगम) or a plain noun. */
const LOCALITY_NOT = set(['निगम', 'पालिका', 'परिषद', 'पंचायत', 'आयुक्त', 'Nigam']);

/** Nouns after a head that make it part of an institution's or a prize's name ("टाटा मेमोरियल अस्पताल", "Nehru Memorial Lecture"). */
const LONGER_NAME = set(['अस्पताल', 'हॉस्पिटल', 'ट्रस्ट', 'फाउंडेशन', 'सोसाइटी', 'कॉलेज', 'स्कूल', 'ट्रॉफी', 'लेक्चर', 'व्याख्यान', 'संस्थान', 'पुरस्कार',
  'अवॉर्ड', 'कप', 'टूर्नामेंट', 'लिमिटेड', 'प्राधिकरण', 'अथॉरिटी', 'बोर्ड', 'निगम', 'Hospital', 'Trust', 'Foundation', 'Society', 'College', 'School', 'Trophy', 'Lecture',
  'Institute', 'University', 'Award', 'Prize', 'Cup', 'Tournament', 'Limited', 'Ltd', 'Authority', 'Board', 'Fund', 'Group', 'Company', 'Corporation']);

/** The consonants whose nukta forms U+0958-U+095F are, in that order. */
const PRECOMPOSED = 'कखगजडढफय';

/** "<place> के पास <Town> में", "in <Town> near <place>": a town named next to a known place. */
const NEAR_WORDS = ['पास', 'निकट', 'नजदीक', 'नज़दीक', 'समीप', 'near'];
const NEAR_SET = new Set(NEAR_WORDS);

/** Heads by their first word. */
function byFirst(heads: Head[]): Map<string, Head[]> {
  const m = new Map<string, Head[]>();
  for (const h of heads) m.set(h.words[0], [...(m.get(h.words[0]) ?? []), h]);
  // longest first; a head that precedes its name ("होटल X") is tried before the same head after one ("X होटल")
  for (const l of m.values()) l.sort((a, b) => b.words.length - a.words.length || Number(!!b.before) - Number(!!a.before));
  // the spellings a token may have, so that it needs no normalising: Latin capitalised and in capitals ("Sea", "SEA"),
  // Devanagari with a precomposed nukta letter (U+0958-U+095F: "खाड़ी" written with ड़ as one character)
  for (const [k, l] of [...m]) {
    if (/^[a-z]/.test(k)) { m.set(k[0].toUpperCase() + k.slice(1), l); m.set(k.toUpperCase(), l); }
    const pre = k.replace(/([कखगजडढफय])\u093C/gu, (_x, c: string) => String.fromCharCode(PRECOMPOSED.indexOf(c) + 0x958));
    if (pre !== k) m.set(pre, l);
  }
  return m;
}
const HEADS_BY_FIRST = byFirst([...HINDI_HEADS, ...ENGLISH_HEADS]);
/** First character and length of every head key: most tokens are ruled out without hashing their text. */
const HEAD_KEYS = new Uint32Array(0x10000);
for (const k of [...HEADS_BY_FIRST.keys(), 'स्थित', '(', 'of', ',', ...NEAR_WORDS]) HEAD_KEYS[k.charCodeAt(0)] |= 1 << (k.length & 31);

const CUES = new Set([...Object.keys(ROLES), ...Object.keys(TITLES)].flatMap((k) => k.split(' ')).map(nw));
/** Words that never name a place before a head: function words, demonyms, determiners, common adjectives. */
const NOT_NAME = set([...STOPWORDS, ...Object.keys(DEMONYMS),
  'इस', 'उस', 'किस', 'किसी', 'हर', 'एक', 'अपने', 'अपनी', 'संबंधित', 'उक्त', 'मुख्य', 'प्रमुख', 'नए', 'नई', 'नया', 'नये', 'पुराने', 'पुरानी', 'पुराना',
  'बड़े', 'बड़ी', 'बड़ा', 'छोटे', 'छोटी', 'छोटा', 'सभी', 'अन्य', 'दूसरे', 'ग्रामीण', 'शहरी', 'स्थानीय', 'राज्य', 'केंद्र', 'सरकार', 'सरकारी', 'पुलिस',
  'पवित्र', 'लंबी', 'लंबे', 'गहरी', 'गहरे', 'उथली', 'सूखी', 'विशाल', 'कृत्रिम', 'निर्जन', 'दूरदराज', 'दूरस्थ', 'सुदूर', 'खुले', 'खुला', 'अथाह', 'नीले', 'नीली',
  'पास', 'निकट', 'नजदीकी', 'नज़दीकी', 'सीमावर्ती', 'प्राकृतिक', 'सहायक', 'एकमात्र', 'ऊपरी', 'निचली', 'सबसे', 'स्थित', 'पांच', 'सितारा', 'स्टार', 'फाइव',
  'लग्जरी', 'लक्जरी', 'आलीशान', 'शानदार', 'प्रसिद्ध', 'मशहूर', 'भव्य', 'प्राचीन', 'नवनिर्मित', 'निजी', 'संयुक्त', 'विशेष', 'वही', 'यही', 'उसी', 'इसी',
  'सर्विस', 'सर्विसिंग', 'रिपेयर', 'मेंटेनेंस', 'कस्टमर', 'सपोर्ट', 'सेल्स', 'डीलर', 'कॉमर्शियल', 'कमर्शियल', 'हेल्प',
  'कला', 'विज्ञान', 'इतिहास', 'जिला', 'पुरातत्व', 'आधुनिक', 'डाक', 'रेल', 'विमानन', 'नौसेना', 'वायुसेना', 'सेना', 'लोक', 'जनजातीय', 'आदिवासी', 'शिल्प',
  'मूल', 'शाही', 'ग्रीष्म', 'अस्थाई', 'स्थाई', 'आवासीय', 'किराए', 'किराये', 'पारिवारिक', 'संयुक्त',
  'आधिकारिक', 'स्थायी', 'अस्थायी', 'पैतृक', 'ग्रीष्मकालीन', 'शीतकालीन', 'राजकीय', 'सरकारी', 'नए', 'मौजूदा', 'वर्तमान', 'पूर्व', 'उनका', 'उनके', 'मेरे', 'हमारे',
  'गेस्ट', 'डेटा', 'कॉल', 'रिसर्च', 'ट्रेनिंग', 'कंट्रोल', 'कमांड', 'ऑपरेशन', 'ऑपरेशंस', 'कम्युनिटी', 'शॉपिंग', 'बिजनेस', 'बिज़नेस', 'पावर', 'हेल्थ',
  'कन्वेंशन', 'ट्रेड', 'इंटरनेशनल', 'नेशनल', 'वर्ल्ड', 'ग्लोबल', 'सिटी', 'सेंट्रल', 'मेडिकल', 'कल्चरल', 'मीडिया', 'प्रेस', 'स्पोर्ट्स', 'थीम', 'इंडस्ट्रियल',
  'टेक्नोलॉजी', 'साइंस', 'इनोवेशन', 'लॉजिस्टिक्स', 'डिफेंस', 'डिफेन्स', 'स्पेस', 'मिलिट्री', 'नेवल', 'वॉर', 'आर्मी', 'होटल', 'सैन्य', 'नौसैनिक', 'हवाई',
  'रक्षा', 'युद्ध', 'व्यापार', 'व्यापारिक', 'समुद्री', 'तटीय', 'अग्रिम', 'महत्वपूर्ण', 'रणनीतिक', 'अहम', 'पानी', 'जल', 'खारे', 'मीठे', 'द्विपक्षीय',
  'ऊंचे', 'ऊँचे', 'ऊंचा', 'ऊँचा', 'ऊंची', 'ऊँची', 'बर्फीले', 'बर्फीली', 'पहाड़ी', 'बरसाती', 'सीमा', 'सिंचाई', 'शांत', 'अशांत', 'विवादित', 'दूसरी', 'पहली',
  // participles and adjectives before a landform ("सीमा से सटी घाटी", "पहाड़ों से घिरा मैदान", "संकरी घाटी")
  'सटा', 'सटी', 'सटे', 'लगा', 'लगी', 'लगे', 'बसा', 'बसी', 'बसे', 'घिरा', 'घिरी', 'घिरे', 'फैला', 'फैली', 'फैले', 'बना', 'बनी', 'बने', 'जुड़ा', 'जुड़ी',
  'जुड़े', 'हरा', 'हरी', 'हरे', 'सुंदर', 'खूबसूरत', 'ठंडी', 'ठंडा', 'ठंडे', 'संकरी', 'संकरा', 'संकरे', 'दुर्गम', 'बर्फ', 'बर्फ़', 'वही', 'पूरी', 'पूरा', 'पूरे',
  // abstract nouns of metaphors ("दोस्ती सागर से भी गहरी", "ज्ञान सागर")
  'दोस्ती', 'मित्रता', 'प्रेम', 'प्यार', 'ज्ञान', 'भक्ति', 'दया', 'करुणा', 'आनंद', 'सुख', 'दुख', 'दुःख', 'शांति', 'खुशी', 'रिश्ता', 'रिश्ते', 'भावना', 'विश्वास',
  'सहयोग', 'संबंध', 'अवसर', 'संभावना', 'संभावनाओं', 'जन', 'जनता', 'भीड़', 'आंसू', 'आँसू',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'in', 'on', 'at', 'of', 'and', 'or', 'to', 'from', 'by', 'with',
  'national', 'international', 'defence', 'defense', 'research', 'convention', 'trade', 'exhibition', 'data', 'command', 'control', 'operations',
  'training', 'space', 'science', 'technology', 'innovation', 'business', 'community', 'health', 'medical', 'cultural', 'press', 'media', 'world',
  'central', 'state', 'government', 'presidential', 'military', 'naval', 'air', 'army', 'navy', 'force', 'forces', 'federal', 'city', 'town', 'guest',
  'new', 'old', 'grand', 'great', 'main', 'royal', 'white', 'opera', 'power', 'war', 'peace', 'summit', 'joint', 'global', 'regional', 'district',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'he', 'she', 'they', 'we', 'it', 'there', 'here', 'after', 'when']);
/**
 * Words a name part may hold but not consist of ("Grand", "National", "सिटी"): a name needs at least one other word.
 * Subset of NOT_NAME that is allowed inside a longer name.
 */
const WEAK_NAME = set(['navy', 'army', 'new', 'old', 'grand', 'great', 'main', 'royal', 'white', 'opera', 'national', 'international', 'war', 'peace', 'city', 'central',
  'state', 'presidential', 'federal', 'military', 'naval', 'air', 'defence', 'convention', 'exhibition', 'trade', 'world', 'guest',
  'नेशनल', 'इंटरनेशनल', 'सिटी', 'सेंट्रल', 'वॉर', 'वर्ल्ड', 'ट्रेड', 'कन्वेंशन', 'ग्रैंड', 'ग्रांड']);

/** Endings of Hindi verbs, participles and adjectives, never of a name before a head (करके, पहुंचकर, करने, राष्ट्रीय). */
const VERBAL = /(?:कर|ने|ते|ता|ीय|ों|ओं|ियां|ियाँ|ें|एं|एँ)$/u;
/** Words that open a multi-word foreign name ("अल आलम पैलेस", "सेंट जेम्स पैलेस"): a Hindi name part is one word, or one of these and a word. */
const NAME_OPENERS = set(['अल', 'एल', 'सेंट', 'संत', 'ग्रैंड', 'ग्रांड', 'द', 'ला', 'ले', 'लेस', 'डी', 'दा', 'सैन', 'सान', 'सांता', 'न्यू', 'फोर्ट', 'माउंट',
  'रॉयल', 'ओल्ड', 'ब्लू', 'रेड', 'ग्रीन', 'व्हाइट']);

function isLatin(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** An unknown word that may be (part of) a place's name before or after a head. */
function nameWord(t: Token | undefined, latinHead: boolean): boolean {
  if (!t || !t.word || t.text.length < 2 || /^[0-9०-९]/u.test(t.text)) return false;
  const latin = isLatin(t.text);
  if (latin !== latinHead) return false;
  if (latin && !/^[A-Z]/.test(t.text)) return false;
  const n = nw(t.text);
  if (NOT_NAME.has(n) && !WEAK_NAME.has(n)) return false;
  if (CUES.has(n) && !WEAK_NAME.has(n)) return false; // "National" is in a role (National Security Adviser), not a cue itself
  return latin || !VERBAL.test(t.text);
}

const isDevanagari = (w: string) => /[\u0900-\u097f]/u.test(w);

/** A head at token k: the longest head whose words follow from k (same line, single spaces). */
function headAt(tokens: Token[], k: number): Head | undefined {
  const t = tokens[k];
  if (!t.word) return undefined;
  // the map holds every spelling of a head
  const list = HEADS_BY_FIRST.get(t.text);
  if (!list) return undefined;
  for (const h of list) {
    let ok = true;
    for (let j = 1; j < h.words.length && ok; j++) {
      const u = tokens[k + j];
      ok = !!u && u.word && !u.newlineBefore && u.spaceBefore && nw(u.text) === h.words[j];
    }
    if (!ok) continue;
    // English heads are capitalised (the River, not "the river bank"), except water heads after a capitalised name
    if (isLatin(t.text) && !/^[A-Z]/.test(t.text) && h.type === 'venue') continue;
    return h;
  }
  return undefined;
}

/**
 * Water bodies, landforms and venues named by a head noun (see the file comment). `spans` are the current sorted,
 * non-overlapping spans; the result holds new LOCATION candidates, each longer than any span it covers.
 */
export function findPlaceRules(text: string, tokens: Token[], spans: EntitySpan[], placeType: (id: string) => string | undefined = () => undefined): EntitySpan[] {
  const out: EntitySpan[] = [];
  const spanAt = (pos: number) => rangeAt(spans, pos);
  const typeOf: TypeOf = (sp) => sp.attrs?.type ?? (sp.entityId ? placeType(sp.entityId) : undefined);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // one pass over the tokens: "<Name> स्थित", "<Name> (<country>)", "Gulf of <Name>", then heads; most tokens are ruled
    // out by their first character and length
    const w = t.text;
    // "<X>दरिया", "<X>darya": a Central Asian river or the region named after it (with its type word after it)
    if (w.length > 7 && (w.charCodeAt(w.length - 1) === 0x93e || w.charCodeAt(w.length - 1) === 0x61 || w.charCodeAt(w.length - 1) === 0x6f) && t.word) {
      const d = daryaAt(text, tokens, k, spanAt);
      if (d) { out.push(d.span); k = d.last; continue; }
    }
    if (!((HEAD_KEYS[w.charCodeAt(0)] >>> (w.length & 31)) & 1)) continue;
    if (w === ',') { townComma(text, tokens, k, spanAt, typeOf, out); continue; }
    if (w === 'स्थित' || w === '(') { locatedAt(text, tokens, k, spanAt, typeOf, out); continue; }
    if (NEAR_SET.has(w)) { nearAt(text, tokens, k, spanAt, out); continue; }
    if (w === 'of') {
      if (k > 0 && TOWN_OF.has(tokens[k - 1].text)) townOf(text, tokens, k, spanAt, out);
      else if (k > 0) k = ofAt(text, tokens, k - 1, spanAt, out);
      continue;
    }
    let h = headAt(tokens, k);
    if (!h) continue;
    const last = k + h.words.length - 1;
    const hs = tokens[k].start;
    const he = tokens[last].end;
    const inside = spanAt(hs) ?? spanAt(tokens[last].start);
    if (inside) continue; // the head is already part of a name ("मानेकशॉ सेंटर", "हिंद महासागर")
    const next = tokens[last + 1];
    if (h.words[0] === SAGAR && next && (COMPARISON.has(nw(next.text)) || (next.text === 'से' && tokens[last + 2]?.text === 'भी'))) continue;
    if (next && next.word && !next.newlineBefore && (LONGER_NAME.has(nw(next.text)) || (h.type === 'locality' && LOCALITY_NOT.has(nw(next.text))))) continue;
    const latinHead = isLatin(tokens[k].text);
    let found = h.before ? nameAfter(text, tokens, last, latinHead, spanAt, typeOf) : nameBefore(text, tokens, k, h, latinHead, spanAt, typeOf);
    if (!found && h.before) {
      // "ताज होटल": the same head also follows its name
      const hw = h.words;
      const alt = (HEADS_BY_FIRST.get(hw[0]) ?? []).find((x) => !x.before && x.words.length === hw.length);
      if (alt) { found = nameBefore(text, tokens, k, alt, latinHead, spanAt, typeOf); if (found) h = alt; }
    }
    if (!found) continue;
    if (h.type === 'venue' && GROUND_HEADS.has(h.words[0]) && GROUND_NOT.has(nw(text.slice(found.start, found.end).split(' ')[0]))) continue;
    // "<city> क्षेत्र", "Kurgan Region": after a known foreign city or region only
    if (h.type === 'oblast' && !oblastAnchor(found.anchor, typeOf)) continue;
    // "<A> और <B> बंदरगाहों": the first port too
    if (h.type === 'port') coordinatedPort(text, tokens, found.start, spanAt, out);
    // "तातारस्तान गणराज्य", "Bashkortostan Republic": only after a known region (not "लोकतांत्रिक गणराज्य", "Czech Republic")
    if (h.type === 'republic' && (!found.anchor || typeOf(found.anchor) !== 'region')) continue;
    const nameOnly = (h.nameOnly && !(h.knownKeeps && found.anchor)) || (latinHead && !/^[A-Z]/.test(tokens[k].text));
    if (nameOnly && found.anchor) continue; // the known place already is the span
    const [start, end, anchor] = nameOnly ? [found.start, found.end, undefined] : h.before ? [hs, found.end, found.anchor] : [found.start, he, found.anchor];
    const attrs: Record<string, string> = { type: h.type === 'republic' || h.type === 'oblast' ? 'region' : h.type === 'plant' ? 'venue' : h.type };
    if (anchor?.label === 'LOCATION' && anchor.attrs?.country) attrs.country = anchor.attrs.country;
    out.push(autoSpan(text, start, end, 'LOCATION', CONFIDENCE_PLACE_RULE, 'place-rule', { attrs }));
    k = last;
  }
  return out;
}

const DARYA = /^(?:[\u0900-\u097f]{3,}दरिया|[A-Z][a-z]{2,}dar(?:ya|yo))$/u;
/** Type words that follow a region named after its river ("कश्कादरिया क्षेत्र", "Surkhandarya Region"). */
const DARYA_TYPE = new Set(['क्षेत्र', 'प्रांत', 'विलायत', 'Region', 'Province']);
/** "<X>दरिया" at token k (not inside a span, not a known word): the river, or the region with its type word. */
function daryaAt(text: string, tokens: Token[], k: number, spanAt: (p: number) => EntitySpan | undefined): { span: EntitySpan; last: number } | undefined {
  const t = tokens[k];
  if (!DARYA.test(t.text) || spanAt(t.start)) return undefined;
  const n = tokens[k + 1];
  const typed = !!n && n.word && n.spaceBefore && !n.newlineBefore && DARYA_TYPE.has(n.text) && !spanAt(n.start);
  const end = typed ? n.end : t.end;
  return { span: autoSpan(text, t.start, end, 'LOCATION', CONFIDENCE_PLACE_RULE, 'place-rule', { attrs: { type: typed ? 'region' : 'river' } }), last: typed ? k + 1 : k };
}

/** Heads of grounds and bridges, and the words that make them common nouns ("फुटबॉल मैदान", "रेलवे पुल"). */
const GROUND_HEADS = set(['मैदान', 'ग्राउंड', 'पुल', 'ब्रिज']);
const GROUND_NOT = set(['फुटबॉल', 'क्रिकेट', 'हॉकी', 'खेल', 'परेड', 'रेलवे', 'सड़क', 'लोहे', 'पैदल', 'हेलीपैड', 'हैलीपैड', 'रण', 'चुनावी', 'गोल्फ', 'पोलो',
  'ट्रेनिंग', 'फायरिंग', 'समतल', 'हरे', 'हरी', 'खाली', 'बड़ा', 'सस्पेंशन', 'केबल', 'पैंटून', 'पोंटून', 'बेली', 'अस्थायी', 'कंक्रीट', 'लकड़ी', 'रस्सी',
  'प्ले', 'टेस्ट', 'होम', 'उसके', 'इसके', 'जिस', 'किस', 'कौन', 'बैटल', 'टेस्टिंग', 'प्रूविंग', 'ड्रिल', 'पार्किंग', 'लैंडिंग', 'रेसिंग']);

/** Countries whose "<city> क्षेत्र" is a region named after its capital (Russia, Central Asia, the Caucasus, Mongolia...). */
const OBLAST_COUNTRIES = new Set(['RU', 'BY', 'UA', 'KZ', 'UZ', 'TJ', 'KG', 'TM', 'AZ', 'AM', 'GE', 'MN']);
function oblastAnchor(a: EntitySpan | undefined, typeOf: TypeOf): boolean {
  if (!a || a.label !== 'LOCATION') return false;
  const type = typeOf(a);
  return (type === 'city' || type === 'town' || type === 'region') && OBLAST_COUNTRIES.has(a.attrs?.country ?? '');
}

const AUR = new Set(['और', 'व', 'तथा', 'एवं', ',']);
/** "<A> और <B> बंदरगाहों" with B starting at `start`: A, one unknown Devanagari name word, is a port too. */
function coordinatedPort(text: string, tokens: Token[], start: number, spanAt: (p: number) => EntitySpan | undefined, out: EntitySpan[]): void {
  const i = tokenIndexFrom(tokens, start);
  const c = tokens[i - 1];
  const a = tokens[i - 2];
  if (!c || !a || !AUR.has(c.text) || c.newlineBefore || spanAt(a.start) || !nameWord(a, false) || !isDevanagari(a.text)) return;
  if (i - 3 >= 0 && NAME_OPENERS.has(nw(tokens[i - 3].text))) return;
  out.push(autoSpan(text, a.start, a.end, 'LOCATION', CONFIDENCE_PLACE_RULE - 0.05, 'place-rule', { attrs: { type: 'port' } }));
}

const SUPERLATIVE = set(['सबसे', 'अति', 'बेहद', 'most', 'very']);

interface NamePart { start: number; end: number; anchor?: EntitySpan }

/** Venue heads that follow a country's name ("<country> एक्सपो", "India Exhibition Centre"); others do not ("US House"). */
const COUNTRY_VENUE_HEADS = set(['एक्सपो', 'प्रदर्शनी', 'पवेलियन', 'Expo', 'Exhibition', 'Pavilion']);

/** May a known place be the name part of a head? Not a venue; a country only before water heads and exhibition heads. */
function placeAnchor(s: EntitySpan, h: Head, typeOf: TypeOf): boolean {
  const type = typeOf(s);
  if (type === 'venue') return h.type === 'plant'; // "कुडनकुलम" may name the plant itself
  if (h.type === 'venue' && type === 'country') return COUNTRY_VENUE_HEADS.has(h.words[0]);
  return true;
}

/** Last words of memorial heads, which may follow a war's name. */
const MEMORIAL_HEADS = set(['स्मारक', 'मेमोरियल', 'Memorial']);

/** Words between a place and a native venue head that belong to the venue's name ("ओम्स्क विजय संग्रहालय", "दिल्ली सैन्य छावनी"). */
const VENUE_QUALIFIERS = set(['विजय', 'युद्ध', 'शहीद', 'सैन्य', 'सैनिक', 'नौसेना', 'नौसैनिक', 'वायुसेना', 'क्षेत्रीय', 'राज्य', 'इतिहास', 'कला', 'स्मृति',
  'स्मारक', 'विज्ञान', 'अंतरिक्ष', 'पनडुब्बी', 'रेल', 'रेलवे', 'सम्मेलन', 'प्रदर्शनी', 'पैनोरमा', 'पानोरमा', 'संग्रहालय']);

/** The place type of a span: its attrs, else the knowledge base's. */
type TypeOf = (s: EntitySpan) => string | undefined;

/** The name part right before the head at token k, if the head accepts it. */
function nameBefore(text: string, tokens: Token[], k: number, h: Head, latin: boolean, spanAt: (p: number) => EntitySpan | undefined, typeOf: TypeOf): NamePart | undefined {
  const prev = tokens[k - 1];
  if (!prev || tokens[k].newlineBefore || !tokens[k].spaceBefore) return undefined;
  const s = spanAt(prev.start);
  // a known place or person ends right before the head
  if (s && s.end === prev.end) {
    // a memorial named after a war or a battle: "कारगिल युद्ध स्मारक", "Kargil War Memorial"
    if (s.label === 'EVENT' && MEMORIAL_HEADS.has(h.words[h.words.length - 1])) return { start: s.start, end: s.end };
    if (s.label === 'PERSON' && h.type === 'venue' && h.words[0] !== nw('होटल')) return { start: addressStart(text, tokens, s.start, h), end: s.end, anchor: s };
    if (s.label === 'LOCATION' && h.accept !== 'person' && placeAnchor(s, h, typeOf)) return { start: s.start, end: s.end, anchor: s };
    // "<Place> की खाड़ी": a genitive before खाड़ी/जलडमरूमध्य is handled below
    return undefined;
  }
  if (s) return undefined;
  // "<Place> <qualifier> <head>": "ओम्स्क विजय संग्रहालय", "कारगिल युद्ध स्मारक" (the venue wins over the city in it)
  if (!latin && h.type === 'venue' && h.accept !== 'person' && VENUE_QUALIFIERS.has(nw(prev.text)) && prev.spaceBefore && !prev.newlineBefore) {
    const p = tokens[k - 2];
    const ps = p && spanAt(p.start);
    if (ps && ps.end === p.end && ps.label === 'LOCATION' && placeAnchor(ps, h, typeOf)) return { start: ps.start, end: prev.end, anchor: ps };
    if (h.accept === 'anchored' || ps) return undefined;
  }
  // "<Place> की खाड़ी", "<Place> का जलडमरूमध्य"
  if (!latin && (prev.text === 'की' || prev.text === 'का') && (h.words[0] === nw('खाड़ी') || h.words[0] === nw('जलडमरूमध्य'))) {
    const p = tokens[k - 2];
    const ps = p && spanAt(p.start);
    if (ps && ps.end === p.end && ps.label === 'LOCATION' && placeAnchor(ps, h, typeOf)) return { start: ps.start, end: ps.end, anchor: ps };
    return undefined;
  }
  // unknown name words: one or two (three for capitalised Latin), then an optional known place before them
  // a Latin name before a Devanagari venue head in mixed text ("Hebbal हाउस", "Longewala वॉर मेमोरियल")
  if (!latin && h.type === 'venue' && h.accept === 'open' && /^[A-Z]/.test(prev.text)) return latinRun(tokens, k, spanAt);
  if (h.accept === 'anchored') return latin ? latinRun(tokens, k, spanAt) : undefined;
  let a = k - 1;
  const max = latin ? 3 : 2;
  while (a >= 0 && k - a <= max && nameWord(tokens[a], latin) && !spanAt(tokens[a].start) && (a === k - 1 || (tokens[a + 1].spaceBefore && !tokens[a + 1].newlineBefore))) a--;
  a++;
  // Devanagari has no capitals: a second word only when it opens a foreign name ("अल आलम पैलेस")
  if (!latin && k - a === 2 && !NAME_OPENERS.has(nw(tokens[a].text))) a++;
  if (a === k) return undefined;
  if (a > 0 && SUPERLATIVE.has(nw(tokens[a - 1].text))) return undefined; // "सबसे ऊंचे पर्वत", "the most beautiful Palace"
  const run = tokens.slice(a, k);
  const weakOnly = run.every((t) => WEAK_NAME.has(nw(t.text)));
  if (h.accept === 'person') {
    // an address: "5, कालिदास मार्ग", "12 Akbar Road"
    const st = addressStart(text, tokens, tokens[a].start, h);
    return st < tokens[a].start && !weakOnly ? { start: st, end: tokens[k - 1].end } : undefined;
  }
  // a weak word alone ("Grand", "नेशनल") is no name, except capitalised before a capitalised venue head: "Grand Palais",
  // "National Museum", "City Hall" are written so only as names
  if (weakOnly && !(latin && h.type === 'venue' && /^[A-Z]/.test(tokens[k].text))) return undefined;
  // one Devanagari name word must not be a lone letter or a sentence's opening adjective: keep it to water and loan heads
  if (!latin && !run.every((t) => isDevanagari(t.text))) return undefined;
  let start = tokens[a].start;
  const before = a > 0 ? tokens[a - 1] : undefined;
  const bs = before && spanAt(before.start);
  if (bs && bs.end === before!.end && bs.label === 'LOCATION' && tokens[a].spaceBefore && !tokens[a].newlineBefore && placeAnchor(bs, h, typeOf)) start = bs.start;
  return { start: addressStart(text, tokens, start, h), end: tokens[k - 1].end };
}

/** Capitalised Latin words before an anchored head ("Lincoln Memorial"). */
function latinRun(tokens: Token[], k: number, spanAt: (p: number) => EntitySpan | undefined): NamePart | undefined {
  let a = k - 1;
  while (a >= 0 && k - a <= 3 && nameWord(tokens[a], true) && !spanAt(tokens[a].start)) a--;
  a++;
  if (a === k || tokens.slice(a, k).every((t) => WEAK_NAME.has(nw(t.text)))) return undefined;
  return { start: tokens[a].start, end: tokens[k - 1].end };
}

/** A house number before a street's name ("5, कालिदास मार्ग", "10 Downing Street"): the span starts at the number. */
function addressStart(text: string, tokens: Token[], start: number, h: Head): number {
  if (h.type !== 'venue') return start;
  const m = /(?:^|[\s(])([0-9०-९]{1,4}[A-Za-z]?,? ?)$/u.exec(text.slice(Math.max(0, start - 8), start));
  if (!m) return start;
  const st = start - m[1].length;
  // the number must be its own token, not part of a date ("12 जून") — a street head follows straight after the name
  const i = tokenIndexFrom(tokens, st);
  return tokens[i] && tokens[i].start === st ? st : start;
}

/** The name part right after a head that precedes its name ("होटल मेट्रोपोल", "Hotel Metropol", "Lake Baikal"). */
function nameAfter(text: string, tokens: Token[], last: number, latin: boolean, spanAt: (p: number) => EntitySpan | undefined, typeOf: TypeOf): NamePart | undefined {
  const first = tokens[last + 1];
  if (!first || first.newlineBefore || !first.spaceBefore) return undefined;
  const s = spanAt(first.start);
  if (s) return s.start === first.start && s.label === 'LOCATION' && typeOf(s) !== 'venue' ? { start: s.start, end: s.end, anchor: s } : undefined;
  let e = last + 1;
  const max = latin ? 3 : 2;
  while (e < tokens.length && e - last <= max && nameWord(tokens[e], latin) && !spanAt(tokens[e].start) &&
    (e === last + 1 || (tokens[e].spaceBefore && !tokens[e].newlineBefore))) e++;
  if (!latin && e - last - 1 === 2 && !NAME_OPENERS.has(nw(tokens[last + 1].text))) e--;
  if (e === last + 1) return undefined;
  const run = tokens.slice(last + 1, e);
  if (run.every((t) => WEAK_NAME.has(nw(t.text)))) return undefined;
  // common nouns after "होटल" (होटल मालिक, होटल कर्मचारी) are not names, nor a verb's stem before its auxiliary (होटल लौट गए)
  if (!latin && HOTEL_NOUNS.has(nw(run[0].text))) return undefined;
  const after = tokens[e];
  if (!latin && after && after.word && AUXILIARIES.has(nw(after.text))) return undefined;
  void text;
  return { start: first.start, end: tokens[e - 1].end };
}

/** Auxiliaries and light verbs that follow a verb's stem (लौट गए, रुक कर, ठहर सकते). */
const AUXILIARIES = set(['गए', 'गया', 'गई', 'गये', 'गयी', 'रहे', 'रहा', 'रही', 'कर', 'करके', 'चुके', 'चुका', 'चुकी', 'सके', 'सकते', 'सकता', 'सकती', 'दिया',
  'दी', 'दिए', 'लिया', 'ली', 'लिए', 'पड़े', 'पड़ा', 'जाएंगे', 'जाएगा', 'जाएगी', 'जाते', 'जाता', 'जाती', 'आए', 'आया', 'आई', 'हैं', 'है', 'था', 'थे', 'थी']);
const HOTEL_NOUNS = set(['मालिक', 'उद्योग', 'कर्मचारी', 'कर्मचारियों', 'कमरे', 'कमरा', 'कमरों', 'व्यवसाय', 'बुकिंग', 'स्टाफ', 'प्रबंधन', 'व्यापार', 'संचालक',
  'मैनेजर', 'प्रबंधक', 'लॉबी', 'रेस्टोरेंट', 'परिसर', 'क्षेत्र', 'सेक्टर', 'इंडस्ट्री', 'कारोबार']);

/** Directional words that begin a place's name (पूर्वी लद्दाख, पश्चिमी हिंद महासागर, Eastern Ladakh). */
const DIRECTION = /(?:^|[\s("'“‘])((?:उत्तर|दक्षिण)[-‐ ]?(?:पूर्वी|पश्चिमी)|पूर्वोत्तर|सुदूर पूर्वी|पूर्वी|पश्चिमी|उत्तरी|दक्षिणी|मध्य|उत्तर|दक्षिण|पश्चिम|(?:North|South)[- ]?(?:East|West)(?:ern)?|Far East(?:ern)?|Eastern|Western|Northern|Southern|Central|North|South|East|West) $/u;
/** Last characters of the directional words: most places are ruled out without a slice. */
const DIRECTION_LAST = new Set([...'ीयरणमnhtl'].map((c) => c.charCodeAt(0)));
/** The words DIRECTION ends with (the last part of a hyphenated one). */
const DIRECTION_WORDS = new Set(['पूर्वी', 'पश्चिमी', 'उत्तरी', 'दक्षिणी', 'मध्य', 'उत्तर', 'दक्षिण', 'पश्चिम', 'पूर्वोत्तर', 'East', 'West', 'Eastern', 'Western',
  'Northern', 'Southern', 'Central', 'North', 'South', 'NorthEast', 'NorthWest', 'SouthEast', 'SouthWest', 'Northeast', 'Northwest', 'Southeast', 'Southwest',
  'Northeastern', 'Northwestern', 'Southeastern', 'Southwestern', 'NorthEastern', 'NorthWestern', 'SouthEastern', 'SouthWestern']);
/** Genitives before "मध्य" mean "between, amid" (दोनों देशों के मध्य). */
const GENITIVE_BEFORE = /(?:के|की|का)\s$/u;

/**
 * Join a directional word to the LOCATION right after it (in place): "पूर्वी [लद्दाख]" -> "[पूर्वी लद्दाख]". Venues keep
 * their span; a span that already starts with the direction is left alone. `spans` are sorted and non-overlapping.
 */
export function joinDirections(spans: EntitySpan[], text: string, placeType: (id: string) => string | undefined = () => undefined): void {
  placeBounds(spans, text, placeType);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.label !== 'LOCATION' || s.start < 3 || text.charCodeAt(s.start - 1) !== 0x20) continue;
    // cheap test before the pattern: the word before is (the end of) a directional word
    if (!DIRECTION_LAST.has(text.charCodeAt(s.start - 2))) continue;
    const sp = text.lastIndexOf(' ', s.start - 2);
    if (s.start - 2 - sp > 14) continue;
    let wb = text.slice(sp + 1, s.start - 1);
    if (!DIRECTION_WORDS.has(wb)) {
      wb = wb.replace(/^[("'“‘]+/u, '').replace(/^.*[-‐]/u, '');
      if (!DIRECTION_WORDS.has(wb)) continue;
    }
    if ((s.attrs?.type ?? (s.entityId ? placeType(s.entityId) : undefined)) === 'venue') continue;
    const before = text.slice(Math.max(0, s.start - 24), s.start);
    const m = DIRECTION.exec(before);
    if (!m) continue;
    const start = s.start - m[1].length - 1;
    if (i > 0 && spans[i - 1].end > start) continue;
    if (m[1] === 'मध्य' && GENITIVE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    // the span keeps its entity: "पूर्वी लद्दाख" is a part of Ladakh
    s.start = start;
    s.text = text.slice(start, s.end);
  }
}

const NADI = ' नदी';
/** Place types a venue may be named after ("कज़ान क्रेमलिन", "ओम्स्क विजय संग्रहालय"). */
const VENUE_TOWN = new Set(['city', 'town', 'port']);

/**
 * Boundaries of places (in place): a river's span leaves out a trailing "नदी" ("[वोल्गा] नदी"); a city right before a
 * known venue joins it ("[कज़ान क्रेमलिन]": the venue wins over the city in its name).
 */
function placeBounds(spans: EntitySpan[], text: string, placeType: (id: string) => string | undefined): void {
  const typeOf = (s: EntitySpan) => s.attrs?.type ?? (s.entityId ? placeType(s.entityId) : undefined);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.label !== 'LOCATION') continue;
    // cheap tests first: the span ends in "ी" and has a space four characters back
    if (s.end - s.start > 4 && text.charCodeAt(s.end - 1) === 0x940 && text.charCodeAt(s.end - 4) === 0x20 && text.startsWith(NADI, s.end - 4)) {
      s.end -= 4;
      s.text = text.slice(s.start, s.end);
      continue;
    }
    const p = i > 0 ? spans[i - 1] : undefined;
    if (!p || p.label !== 'LOCATION' || p.end + 1 !== s.start || text.charCodeAt(p.end) !== 0x20) continue;
    if (typeOf(s) !== 'venue' || !VENUE_TOWN.has(typeOf(p) ?? '')) continue;
    // the venue's own name already holds a place ("मॉस्को क्रेमलिन") or is a Latin name after a Devanagari city: leave them
    if (isLatin(p.text) !== isLatin(s.text)) continue;
    p.end = s.end;
    p.text = text.slice(p.start, p.end);
    delete p.entityId;
    p.method = 'place-rule';
    p.attrs = { ...p.attrs, type: 'venue' };
    spans.splice(i, 1);
    i--;
  }
}

/** Postpositions and prepositions of place after "<Name> (<country>)". */
const LOCATIVE = set(['में', 'से', 'के', 'की', 'का', 'पर', 'तक', 'स्थित', 'पहुंचे', 'पहुंची', 'पहुंचा', 'in', 'at', 'to', 'from', 'on']);

/** Words before "स्थित" that are not places ("पास स्थित", "परिसर स्थित"). */
const NOT_LOCATED = set(['पास', 'निकट', 'समीप', 'नजदीक', 'नज़दीक', 'किनारे', 'तट', 'तटवर्ती', 'अंदर', 'भीतर', 'बाहर', 'ऊपर', 'नीचे', 'परिसर', 'मुख्यालय',
  'क्षेत्र', 'इलाके', 'इलाका', 'शहर', 'राज्य', 'देश', 'जिले', 'ज़िले', 'गांव', 'गाँव', 'केंद्र', 'सामने', 'बगल', 'पीछे', 'आगे', 'करीब', 'दूर', 'सीमा', 'तटों',
  'बीचोंबीच', 'मध्य', 'दक्षिण', 'उत्तर', 'पूर्व', 'पश्चिम', 'कैंपस', 'परिसरों', 'इमारत', 'भवन', 'दफ्तर', 'कार्यालय', 'बंदरगाह', 'अड्डे', 'मैदान']);

/**
 * Unknown place names by their context: "<Name> स्थित" ("ओझर स्थित प्रभाग") and "<Name> (<Country>)" ("कनानास्किस (कनाडा)",
 * "Tianjin (China)"). One Devanagari word (or an opener and a word), up to three capitalised Latin words.
 */
function locatedAt(text: string, tokens: Token[], k: number, spanAt: (p: number) => EntitySpan | undefined, typeOf: TypeOf, out: EntitySpan[]): void {
  const t = tokens[k];
  if (k === 0) return;
  let latin: boolean;
  if (t.word && t.spaceBefore && !t.newlineBefore) latin = false; // "स्थित"
  else if (!t.word && !t.newlineBefore && k + 1 < tokens.length) {
    // "(<country>)": the bracket holds exactly one known country
    const c = spanAt(tokens[k + 1].start);
    if (!c || c.label !== 'LOCATION' || c.start !== tokens[k + 1].start || text.charAt(c.end) !== ')' || (typeOf(c) !== 'country' && typeOf(c) !== 'state')) return;
    latin = isLatin(tokens[k - 1].text);
    // a place, not a person with their country ("X (रूस) ने"): a locative after the bracket, or a dateline ("X (रूस), 5 मई")
    const ci = tokenIndexFrom(tokens, c.end + 1);
    const after = tokens[ci];
    const dateline = after?.text === ',' && (k - 2 < 0 || tokens[k - 1].newlineBefore || tokens[k - 2].newlineBefore || k - 2 === 0);
    if (!dateline && !(after && after.word && LOCATIVE.has(nw(after.text)))) return;
  } else return;
  const prev = tokens[k - 1];
  if (!prev.word || spanAt(prev.start)) return;
  let a = k - 1;
  const max = latin ? 3 : 2;
  while (a >= 0 && k - a <= max && nameWord(tokens[a], latin) && !spanAt(tokens[a].start) && !NOT_LOCATED.has(nw(tokens[a].text)) &&
    (a === k - 1 || (tokens[a + 1].spaceBefore && !tokens[a + 1].newlineBefore))) a--;
  a++;
  if (!latin && k - a === 2 && !NAME_OPENERS.has(nw(tokens[a].text))) a++;
  if (a === k || tokens.slice(a, k).every((x) => WEAK_NAME.has(nw(x.text)))) return;
  if (a > 0 && SUPERLATIVE.has(nw(tokens[a - 1].text))) return;
  out.push(autoSpan(text, tokens[a].start, tokens[k - 1].end, 'LOCATION', CONFIDENCE_PLACE_RULE - 0.05, 'place-rule'));
}

/** "Gulf/Sea/Lake of <Name>" with the head at token k (tokens[k + 1] is "of"): pushes the span, returns the index to go on from. */
function ofAt(text: string, tokens: Token[], k: number, spanAt: (p: number) => EntitySpan | undefined, out: EntitySpan[]): number {
  const t = tokens[k];
  if (k + 2 >= tokens.length || !t.word || !/^[A-Z]/.test(t.text) || !OF_HEADS.has(nw(t.text)) || spanAt(t.start)) return k + 1;
  let e = k + 1;
  let anchor: EntitySpan | undefined;
  const first = tokens[k + 2];
  const s0 = spanAt(first.start);
  if (s0 && s0.start === first.start && s0.label === 'LOCATION') {
    anchor = s0;
    e = tokenIndexFrom(tokens, s0.end) - 1;
  } else {
    while (e + 1 < tokens.length && e - k < 4 && !tokens[e + 1].newlineBefore && nameWord(tokens[e + 1], true) && !spanAt(tokens[e + 1].start)) e++;
    if (e === k + 1 || WEAK_NAME.has(nw(tokens[e].text))) return k + 1;
  }
  const type = /^(?:Cathedral|Palace|Museum)$/.test(t.text) ? 'venue' : 'sea';
  const attrs: Record<string, string> = { type };
  if (anchor?.attrs?.country && type === 'venue') attrs.country = anchor.attrs.country;
  out.push(autoSpan(text, t.start, tokens[e].end, 'LOCATION', CONFIDENCE_PLACE_RULE, 'place-rule', { attrs }));
  return e;
}

/** Words that end a diplomatic mission's name. */
const MISSION_LAST = new Set(['दूतावास', 'उच्चायोग', 'Embassy', 'embassy', 'Consulate', 'consulate', 'Commission']);
/** Words right after a mission that make it the venue ("रूसी दूतावास में", "दूतावास परिसर", "दूतावास पहुंचे"). */
const VENUE_AFTER = /^ (?:में|पर|परिसर|पहुंचे|पहुँचे|पहुंचा|पहुंची|पहुंचकर|के परिसर|के सभागार|के लॉन)(?![\p{L}\p{M}])/u;
/** English prepositions before "the <mission>" that make it the venue ("at the Indian Embassy"). */
const VENUE_BEFORE = /(?:\b(?:at|inside|outside|to)(?: the)?) $/u;

/**
 * Diplomatic missions used as venues are LOCATIONs ("रूसी दूतावास में आयोजित समारोह", "a reception at the Indian Embassy"):
 * an ORG span ending in a mission word relabelled in place, and a country adjective with a mission word and a venue word
 * after it ("भारतीय दूतावास में") added. `isCountryWord` tells a country adjective. Returns the spans (sorted).
 */
export function missionVenues(spans: EntitySpan[], text: string, tokens: Token[], isCountryWord: (w: string) => boolean): EntitySpan[] {
  const added: EntitySpan[] = [];
  for (const s of spans) {
    if (s.label !== 'ORG') continue;
    const sp = s.text.lastIndexOf(' ');
    const last = sp < 0 ? '' : s.text.slice(sp + 1);
    // "Commission" only as a High Commission
    if (!MISSION_LAST.has(last) || (last === 'Commission' && !s.text.endsWith('High Commission'))) continue;
    if (!VENUE_AFTER.test(text.slice(s.end, s.end + 14)) && !VENUE_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start))) continue;
    s.label = 'LOCATION';
    delete s.entityId;
    s.method = 'place-rule';
    s.attrs = { ...s.attrs, type: 'venue' };
  }
  // "<country adjective> दूतावास में" with no span yet
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.text !== 'दूतावास' && t.text !== 'उच्चायोग' && t.text !== 'Embassy') continue;
    const p = tokens[k - 1];
    if (!p.word || !t.spaceBefore || t.newlineBefore || !isCountryWord(p.text)) continue;
    if (rangeAt(spans, p.start) || rangeAt(spans, t.start)) continue;
    if (!VENUE_AFTER.test(text.slice(t.end, t.end + 14)) && !VENUE_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start))) continue;
    added.push(autoSpan(text, p.start, t.end, 'LOCATION', CONFIDENCE_PLACE_RULE, 'place-rule', { attrs: { type: 'venue' } }));
  }
  if (!added.length) return spans;
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}

/** Lower-case nouns before "of <Name>" that make the name a place ("the town of Kimry", "the port city of Ust-Luga"). */
const TOWN_OF = new Set(['town', 'city', 'village', 'port', 'settlement', 'region', 'district', 'province', 'island', 'islands', 'oblast', 'republic',
  'hamlet', 'outskirts', 'suburb', 'suburbs', 'state', 'emirate']);

/** "<town> of <Name>" with "of" at token k: up to three capitalised words (joined by hyphens) after it, the name alone. */
function townOf(text: string, tokens: Token[], k: number, spanAt: (p: number) => EntitySpan | undefined, out: EntitySpan[]): void {
  const first = tokens[k + 1];
  if (!first || first.newlineBefore || !first.spaceBefore || spanAt(first.start) || !nameWord(first, true)) return;
  // "the state of affairs", "the region of interest" are lower case: only a capitalised name is taken
  let e = k + 1;
  let words = 1;
  while (e + 1 < tokens.length && words < 3) {
    const n = tokens[e + 1];
    if (n.newlineBefore) break;
    if (!n.word && (n.text === '-' || n.text === '‐') && !n.spaceBefore && tokens[e + 2] && !tokens[e + 2].spaceBefore && nameWord(tokens[e + 2], true)) { e += 2; continue; }
    if (!n.word || !n.spaceBefore || !nameWord(n, true) || spanAt(n.start)) break;
    e++;
    words++;
  }
  if (WEAK_NAME.has(nw(tokens[e].text))) return;
  out.push(autoSpan(text, first.start, tokens[e].end, 'LOCATION', CONFIDENCE_PLACE_RULE - 0.05, 'place-rule'));
}

/**
 * "in <Town>, <country or region>" with the comma at token k ("in Goris, Armenia", "at Khorog, Tajikistan"): one or two
 * capitalised unknown words after in/at/to/from/near, and a known country, state or region right after the comma.
 */
function townComma(text: string, tokens: Token[], k: number, spanAt: (p: number) => EntitySpan | undefined, typeOf: TypeOf, out: EntitySpan[]): void {
  const nx = tokens[k + 1];
  const pv = tokens[k - 1];
  if (!nx || !pv || !pv.word || !isLatin(pv.text) || nx.newlineBefore || tokens[k].spaceBefore) return;
  const c = spanAt(nx.start);
  if (!c || c.label !== 'LOCATION' || c.start !== nx.start) return;
  const ct = typeOf(c);
  if (ct !== 'country' && ct !== 'state' && ct !== 'region') return;
  let a = k - 1;
  while (a >= 0 && k - a <= 2 && nameWord(tokens[a], true) && !spanAt(tokens[a].start) && (a === k - 1 || (tokens[a + 1].spaceBefore && !tokens[a + 1].newlineBefore))) a--;
  if (a === k - 1 || a < 0 || !TOWN_BEFORE.has(tokens[a].text) || WEAK_NAME.has(nw(tokens[a + 1].text))) return;
  out.push(autoSpan(text, tokens[a + 1].start, tokens[k - 1].end, 'LOCATION', CONFIDENCE_PLACE_RULE - 0.05, 'place-rule'));
}

/** Words after a town named next to a place ("... के पास अवाडी में", "... के निकट कस्बे"). */
const TOWN_AFTER = set(['में', 'स्थित', 'से', 'तक', 'पर', 'शहर', 'कस्बे', 'कस्बा', 'गांव', 'गाँव', 'इलाके']);
/** Common nouns that follow "<place> के पास" ("चीन के पास समुद्र में"). */
const NOT_TOWN = set(['समुद्र', 'तट', 'क्षेत्र', 'इलाके', 'इलाका', 'इलाकों', 'जंगल', 'पहाड़', 'पहाड़ी', 'पहाड़ों', 'जमीन', 'ज़मीन', 'हवा', 'आसमान', 'सागर',
  'झील', 'नदी', 'मैदान', 'रेगिस्तान', 'बंदरगाह', 'सीमा', 'गांव', 'गाँव', 'शहर', 'कस्बे', 'घाटी', 'पानी', 'गोदाम', 'ठिकाने', 'अड्डे', 'कैंप', 'शिविर',
  'मोर्चे', 'इमारत', 'होटल', 'दफ्तर', 'कार्यालय', 'स्कूल', 'अस्पताल', 'बस्ती', 'घर', 'मकान', 'जलक्षेत्र', 'सड़क', 'हाईवे', 'राजमार्ग', 'पुल', 'खेत',
  'खेतों', 'स्टेशन', 'हवाईअड्डे', 'परिसर', 'कारखाने', 'फैक्ट्री', 'संयंत्र', 'ठिकानों', 'तटों', 'द्वीप', 'द्वीपों', 'भी', 'ही', 'तो']);
/** English words before a town named before "near <place>" ("in Avadi near Chennai", "at Kubinka, near Moscow"). */
const TOWN_BEFORE = new Set(['in', 'at', 'to', 'from']);

/**
 * A town named next to a known place, with the near-word at token k: "<place> के पास <Town> में" (one Devanagari word
 * and a postposition) and "in <Town> (,) near <place>" (up to two capitalised words after "in/at/to/from").
 */
function nearAt(text: string, tokens: Token[], k: number, spanAt: (p: number) => EntitySpan | undefined, out: EntitySpan[]): void {
  const isPlace = (t: Token | undefined, atEnd: boolean) => {
    const s = t && spanAt(t.start);
    return !!s && s.label === 'LOCATION' && (atEnd ? s.end === t!.end : s.start === t!.start);
  };
  if (tokens[k].text === 'near') {
    if (!isPlace(tokens[k + 1], false)) return;
    let e = k - 1;
    if (tokens[e]?.text === ',') e--;
    let a = e;
    while (a >= 0 && e - a < 2 && nameWord(tokens[a], true) && !spanAt(tokens[a].start)) a--;
    if (a === e || a < 0 || !TOWN_BEFORE.has(tokens[a].text)) return;
    out.push(autoSpan(text, tokens[a + 1].start, tokens[e].end, 'LOCATION', CONFIDENCE_PLACE_RULE - 0.05, 'place-rule'));
    return;
  }
  // "<place> के पास <Town> में"
  if (k < 2 || tokens[k - 1].text !== 'के' || !isPlace(tokens[k - 2], true)) return;
  const town = tokens[k + 1];
  const after = tokens[k + 2];
  if (!town || !after || town.newlineBefore || !nameWord(town, false) || spanAt(town.start) || !isDevanagari(town.text) || NOT_TOWN.has(nw(town.text))) return;
  if (!after.word || !TOWN_AFTER.has(nw(after.text)) || after.newlineBefore) return;
  out.push(autoSpan(text, town.start, town.end, 'LOCATION', CONFIDENCE_PLACE_RULE - 0.05, 'place-rule'));
}
