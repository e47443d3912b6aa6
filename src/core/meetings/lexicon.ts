/**
 * Domain vocabulary of meeting extraction: triggers, case markers, roles, demonyms, topics, dates.
 * General knowledge of the genre (diplomatic and defence news in Hindi and English), not of any
 * particular article.
 */

export type TriggerStrength = 'strong' | 'weak';
export type TriggerKind = 'verb' | 'noun' | 'welcome' | 'cochair' | 'together';

export interface TriggerDef {
  /** Surface form (Devanagari or lower-case Latin; Latin is matched case-insensitively). */
  form: string;
  strength: TriggerStrength;
  kind: TriggerKind;
  lang: 'hi' | 'en';
  /** Word forms that need a person after them in English ("met X") or a से-object ("X से मिले"). */
  needsSe?: boolean;
}

/**
 * A bilateral summit of a series: "अगला (वार्षिक) शिखर सम्मेलन", "भारत-रूस वार्षिक शिखर सम्मेलन", "the next/annual summit".
 * Only these: a bare "शिखर सम्मेलन"/"summit" is as often a gathering of many (SCO, G20).
 */
export const SERIES_SUMMIT = /(?:(?:अगला|अगली|अगले)\s+(?:[\p{L}\p{M}]+-[\p{L}\p{M}]+\s+)?(?:वार्षिक\s+)?(?:शिखर\s+सम्मेलन|शिखर\s+वार्ता)|(?:[\p{L}\p{M}]+-[\p{L}\p{M}]+\s+)?वार्षिक\s+शिखर\s+(?:सम्मेलन|वार्ता)|\bnext\s+(?:annual\s+)?summit|\bannual\s+summit)(?![\p{L}\p{M}])/giu;

function hi(forms: string[], strength: TriggerStrength, kind: TriggerKind, needsSe = false): TriggerDef[] {
  return forms.map((form) => ({ form, strength, kind, lang: 'hi' as const, needsSe }));
}
function en(forms: string[], strength: TriggerStrength, kind: TriggerKind): TriggerDef[] {
  return forms.map((form) => ({ form, strength, kind, lang: 'en' as const }));
}

const NUKTA_COMPOSED: Record<string, string> = {
  'क़': '\u0958', 'ख़': '\u0959', 'ग़': '\u095a', 'ज़': '\u095b', 'ड़': '\u095c', 'ढ़': '\u095d', 'फ़': '\u095e', 'य़': '\u095f',
};

/** Nukta letters come precomposed (U+0958...) or as letter + nukta (U+093C): match both spellings. */
export function nuktaVariants(form: string): string[] {
  const decomposed = form.normalize('NFD');
  let composed = decomposed;
  for (const [seq, ch] of Object.entries(NUKTA_COMPOSED)) composed = composed.split(seq.normalize('NFD')).join(ch);
  return [...new Set([form, decomposed, composed])];
}

function withVariants(defs: TriggerDef[]): TriggerDef[] {
  return defs.flatMap((d) => nuktaVariants(d.form).map((form) => ({ ...d, form })));
}

/** Longest forms first so that "द्विपक्षीय वार्ता" wins over "वार्ता". */
export const TRIGGERS: TriggerDef[] = withVariants([
  ...hi(['मुलाकात', 'मुलाक़ात', 'मुलाकातें', 'मुलाक़ातें', 'मुलाकातों', 'भेंटवार्ता'], 'strong', 'noun'),
  ...hi(['भेंट'], 'strong', 'noun', true),
  ...hi(['मिले', 'मिलीं', 'मिली', 'मिला', 'मिलेंगे', 'मिलेंगी', 'मिलेगा', 'मिलेगी', 'मिलने', 'मिलना', 'मिलते', 'मिलें', 'मिलूंगा'], 'strong', 'verb', true),
  ...hi(['मिल चुके', 'मिल चुकी', 'मिल चुका'], 'strong', 'verb', true),
  ...hi(['मिलकर', 'मिल कर'], 'strong', 'together', true),
  ...hi(['बैठक', 'बैठकें', 'बैठकों', 'मीटिंग', 'मीटिंगें', 'वार्ता', 'वार्ताएं', 'बातचीत', 'द्विपक्षीय वार्ता', 'द्विपक्षीय बैठक', 'द्विपक्षीय बैठकें', 'शिखर वार्ता'], 'strong', 'noun'),
  ...hi(['सह-अध्यक्षता', 'सह अध्यक्षता', 'सहअध्यक्षता', 'सह–अध्यक्षता'], 'strong', 'cochair'),
  ...hi(['स्वागत', 'अगवानी', 'मेजबानी', 'मेज़बानी'], 'strong', 'welcome'),
  ...hi(['चर्चा', 'विचार-विमर्श', 'विचार विमर्श', 'बात'], 'weak', 'noun'),
  ...en(['met', 'meets', 'meet', 'meeting', 'meetings', 'held talks', 'holds talks', 'hold talks', 'talks with', 'talks between', 'bilateral talks', 'summit talks', 'summit with', 'sat down with', 'sit down with', 'talks', 'summit', 'called on', 'call on', 'calls on', 'calling on', 'bilateral meeting'], 'strong', 'verb'),
  ...en(['co-chaired', 'co-chair', 'co-chairs', 'co-chairing'], 'strong', 'cochair'),
  ...en(['hosted', 'hosts', 'welcomed', 'welcomes', 'received', 'receives'], 'strong', 'welcome'),
  ...en(['discussed', 'spoke with', 'talked with'], 'weak', 'verb'),
]).sort((a, b) => b.form.length - a.form.length);

/** Sentence markers of a phone or video call: such a "meeting" is a call. */
export const CALL_MARKERS = [
  'फोन पर', 'फ़ोन पर', 'फोन से', 'फोन कॉल', 'फोन किया', 'टेलीफोन', 'टेलिफोन', 'टेलीफ़ोन', 'दूरभाष', 'वीडियो कॉल', 'फोन वार्ता',
  'टेलीफोनिक', 'वर्चुअल कॉल', 'वीडियो कॉन्फ्रेंस', 'वीडियो कॉन्फ्रेंसिंग', 'वीडियो कांफ्रेंस', 'वीडियो कांफ्रेंसिंग', 'वीडियो लिंक', 'वर्चुअल बैठक', 'वर्चुअल माध्यम', 'वर्चुअल तरीके', 'ऑनलाइन बैठक',
  'video conference', 'video-conference', 'videoconference', 'video conferencing', 'video link', 'virtual meeting', 'virtual summit', 'virtually',
  'phone', 'telephone', 'telephonic', 'dialled', 'dialed', 'video call', 'video-call', 'spoke over', 'call from', 'a call', 'phone call',
];

/** Future-tense endings and words (Hindi and English): a meeting announced, not held. */
export const FUTURE_MARKERS = [
  'करेंगे', 'करेंगी', 'करेगा', 'करेगी', 'होगी', 'होगा', 'होंगे', 'होंगी', 'मिलेंगे', 'मिलेंगी', 'मिलेगा', 'मिलेगी',
  'जाएंगे', 'जाएगी', 'जाएगा', 'रहेंगे', 'रहेगी', 'करने वाले हैं', 'होने वाली है', 'होने वाला है', 'प्रस्तावित', 'आगामी', 'संभावना', 'संभावित', 'उम्मीद है',
  'होनी है', 'होना है', 'होने जा रही', 'होने जा रहा', 'जा रहे हैं', 'जा रही हैं', 'जा रहा है', 'जा रही है', 'सकते हैं', 'सकती हैं', 'सकता है', 'सकती है', 'करने वाली है', 'करने वाला है',
  'will', 'to co-chair', 'scheduled', 'set to', 'slated to', 'due to meet', 'plans to', 'planning to', 'going to', 'intends to', 'would meet', 'shall', 'is to meet', 'are to meet', 'to hold', 'upcoming', "'ll", 'likely to', 'expected to',
];

/** Pluperfect or explicit back-reference: a meeting referred back to. */
export const PAST_MARKERS = [
  'की थी', 'किया था', 'की थीं', 'हुई थी', 'हुआ था', 'हुई थीं', 'मिले थे', 'मिली थीं', 'मिला था', 'रही थी', 'पिछली', 'पिछले', 'गत वर्ष', 'पिछले साल',
  'हुए थे', 'किए थे', 'किये थे', 'मिली थी', 'मिले थे', 'मिल चुके', 'कर चुके', 'हो चुकी', 'हो चुका',
  'had met', 'had held', 'last year', 'previous meeting', 'earlier this year', 'last met', 'previously met', 'had talks', 'had also met', 'have met',
];

/** Case markers after a noun phrase (Hindi postpositions). Longest first. */
export const MARKERS: { form: string; kind: Marker }[] = [
  { form: 'की ओर से', kind: 'behalf' },
  { form: 'की तरफ से', kind: 'behalf' },
  { form: 'के साथ', kind: 'with' },
  { form: 'के संग', kind: 'with' },
  { form: 'संग', kind: 'with' },
  { form: 'के बीच', kind: 'between' },
  { form: 'के मध्य', kind: 'between' },
  { form: 'से पहले', kind: 'other' },
  { form: 'से इतर', kind: 'other' },
  { form: 'से बाद', kind: 'other' },
  { form: 'ने', kind: 'erg' },
  { form: 'से', kind: 'with' },
  { form: 'का', kind: 'gen' },
  { form: 'की', kind: 'gen' },
  { form: 'के', kind: 'gen' },
  { form: 'को', kind: 'dat' },
  { form: 'में', kind: 'other' },
  { form: 'पर', kind: 'other' },
  { form: 'and', kind: 'other' },
];
export type Marker = 'erg' | 'with' | 'between' | 'gen' | 'dat' | 'behalf' | 'other' | 'none';

/** Words joining two names into one group. */
export const COORDINATORS = ['और', 'एवं', 'तथा', 'व', 'and', '&', ',', '-', '–', '/'];

/** Honorifics and ranks between a role phrase and a name. */
export const TITLES = [
  'श्री', 'श्रीमती', 'डॉ', 'डॉ.', 'जनरल', 'लेफ्टिनेंट', 'लेफ्टिनेंट जनरल', 'मेजर जनरल', 'एडमिरल', 'एयर चीफ मार्शल', 'मार्शल', 'कर्नल',
  'ब्रिगेडियर', 'ब्रिगेडियर जनरल', 'वाइस एडमिरल', 'रियर एडमिरल', 'एयर मार्शल', 'एयर वाइस मार्शल', 'कैप्टन', 'मेजर', 'लेफ्टिनेंट कर्नल', 'प्रो.', 'प्रोफेसर',
  'mr', 'mr.', 'mrs', 'ms', 'dr', 'dr.', 'general', 'gen.', 'gen', 'admiral', 'lt', 'lt.', 'marshal', 'h.e.', 'brigadier', 'vice admiral', 'rear admiral', 'air marshal', 'captain', 'major', 'col.', 'col', 'prof.',
];

/** Royal and courtesy titles that the tagger may take for a name on their own: never a participant. */
export const STANDALONE_TITLES = [
  'प्रिंस', 'क्राउन प्रिंस', 'राजकुमार', 'युवराज', 'शेख', 'शेख़', 'सुल्तान', 'अमीर', 'राजा', 'रानी', 'महारानी', 'किंग', 'क्वीन', 'महामहिम', 'महाराज',
  'prince', 'crown prince', 'princess', 'king', 'queen', 'sheikh', 'sultan', 'emir', 'his majesty', 'his excellency', 'her excellency', 'sir', 'lord', 'madam',
];

/** Role words (Hindi and English) with a normalised English role. */
export const ROLES: { form: string; role: string }[] = [
  { form: 'रक्षा मंत्री', role: 'defence minister' },
  { form: 'रक्षामंत्री', role: 'defence minister' },
  { form: 'विदेश मंत्री', role: 'foreign minister' },
  { form: 'विदेशमंत्री', role: 'foreign minister' },
  { form: 'प्रधानमंत्री', role: 'prime minister' },
  { form: 'प्रधान मंत्री', role: 'prime minister' },
  { form: 'उपप्रधान मंत्री', role: 'deputy prime minister' },
  { form: 'उप प्रधानमंत्री', role: 'deputy prime minister' },
  { form: 'राष्ट्रपति', role: 'president' },
  { form: 'महासचिव', role: 'secretary-general' },
  { form: 'समकक्ष', role: 'counterpart' },
  { form: 'सेना प्रमुख', role: 'army chief' },
  { form: 'थल सेना प्रमुख', role: 'army chief' },
  { form: 'थलसेना प्रमुख', role: 'army chief' },
  { form: 'सेनाध्यक्ष', role: 'army chief' },
  { form: 'नौसेना प्रमुख', role: 'navy chief' },
  { form: 'वायुसेना प्रमुख', role: 'air chief' },
  { form: 'वायु सेना प्रमुख', role: 'air chief' },
  { form: 'army chief', role: 'army chief' },
  { form: 'navy chief', role: 'navy chief' },
  { form: 'air chief', role: 'air chief' },
  { form: 'defence minister', role: 'defence minister' },
  { form: 'defense minister', role: 'defence minister' },
  { form: 'foreign minister', role: 'foreign minister' },
  { form: 'prime minister', role: 'prime minister' },
  { form: 'president', role: 'president' },
  { form: 'secretary-general', role: 'secretary-general' },
  { form: 'counterpart', role: 'counterpart' },
].sort((a, b) => b.form.length - a.form.length);

/** Demonyms and country names (Hindi and English) to ISO codes. */
export const COUNTRIES: { forms: string[]; demonyms: string[]; code: string }[] = [
  { code: 'IN', forms: ['भारत', 'हिंदुस्तान', 'india'], demonyms: ['भारतीय', 'indian'] },
  { code: 'RU', forms: ['रूस', 'russia'], demonyms: ['रूसी', 'russian'] },
  { code: 'CN', forms: ['चीन', 'china'], demonyms: ['चीनी', 'chinese'] },
  { code: 'US', forms: ['अमेरिका', 'अमरीका', 'america', 'united states', 'us', 'usa'], demonyms: ['अमेरिकी', 'अमरीकी', 'american'] },
  { code: 'PK', forms: ['पाकिस्तान', 'pakistan'], demonyms: ['पाकिस्तानी', 'pakistani'] },
  { code: 'UZ', forms: ['उज्बेकिस्तान', 'उज़्बेकिस्तान', 'uzbekistan'], demonyms: ['उज्बेक', 'उज़्बेक', 'uzbek'] },
  { code: 'KZ', forms: ['कजाकिस्तान', 'कज़ाख़स्तान', 'कजाखस्तान', 'kazakhstan'], demonyms: ['कजाख', 'कज़ाख़', 'kazakh'] },
  { code: 'BY', forms: ['बेलारूस', 'belarus'], demonyms: ['बेलारूसी', 'belarusian'] },
  { code: 'KG', forms: ['किर्गिस्तान', 'kyrgyzstan'], demonyms: ['किर्गिज', 'kyrgyz'] },
  { code: 'TJ', forms: ['ताजिकिस्तान', 'tajikistan'], demonyms: ['ताजिक', 'tajik'] },
  { code: 'IR', forms: ['ईरान', 'iran'], demonyms: ['ईरानी', 'iranian'] },
  { code: 'FR', forms: ['फ्रांस', 'france'], demonyms: ['फ्रांसीसी', 'french'] },
  { code: 'GB', forms: ['ब्रिटेन', 'britain', 'united kingdom', 'uk'], demonyms: ['ब्रिटिश', 'british'] },
  { code: 'JP', forms: ['जापान', 'japan'], demonyms: ['जापानी', 'japanese'] },
  { code: 'DE', forms: ['जर्मनी', 'germany'], demonyms: ['जर्मन', 'german'] },
  { code: 'UA', forms: ['यूक्रेन', 'युक्रेन', 'ukraine'], demonyms: ['यूक्रेनी', 'ukrainian'] },
  { code: 'AU', forms: ['ऑस्ट्रेलिया', 'australia'], demonyms: ['ऑस्ट्रेलियाई', 'australian'] },
  { code: 'IL', forms: ['इजराइल', 'इज़राइल', 'israel'], demonyms: ['इजराइली', 'इज़राइली', 'israeli'] },
  { code: 'AF', forms: ['अफगानिस्तान', 'अफ़ग़ानिस्तान', 'afghanistan'], demonyms: ['अफगान', 'afghan'] },
  { code: 'BD', forms: ['बांग्लादेश', 'bangladesh'], demonyms: ['बांग्लादेशी', 'bangladeshi'] },
  { code: 'NP', forms: ['नेपाल', 'nepal'], demonyms: ['नेपाली', 'nepalese'] },
  { code: 'LK', forms: ['श्रीलंका', 'sri lanka'], demonyms: ['श्रीलंकाई', 'sri lankan'] },
  { code: 'PH', forms: ['फिलीपींस', 'फ़िलीपींस', 'फिलिपींस', 'फिलीपीन्स', 'philippines'], demonyms: ['फिलिपीनी', 'फिलीपीनी', 'filipino', 'philippine'] },
  { code: 'VN', forms: ['वियतनाम', 'vietnam', 'viet nam'], demonyms: ['वियतनामी', 'vietnamese'] },
  { code: 'TH', forms: ['थाईलैंड', 'थाईलैण्ड', 'thailand'], demonyms: ['थाई', 'thai'] },
  { code: 'MM', forms: ['म्यांमार', 'म्यामांर', 'myanmar'], demonyms: ['म्यांमारी', 'burmese'] },
  { code: 'BT', forms: ['भूटान', 'bhutan'], demonyms: ['भूटानी', 'bhutanese'] },
  { code: 'MV', forms: ['मालदीव', 'maldives'], demonyms: ['मालदीवी', 'maldivian'] },
  { code: 'ID', forms: ['इंडोनेशिया', 'indonesia'], demonyms: ['इंडोनेशियाई', 'indonesian'] },
  { code: 'MY', forms: ['मलेशिया', 'malaysia'], demonyms: ['मलेशियाई', 'malaysian'] },
  { code: 'SG', forms: ['सिंगापुर', 'singapore'], demonyms: ['सिंगापुरी', 'singaporean'] },
  { code: 'KR', forms: ['दक्षिण कोरिया', 'south korea', 'korea'], demonyms: ['दक्षिण कोरियाई', 'कोरियाई', 'korean', 'south korean'] },
  { code: 'KP', forms: ['उत्तर कोरिया', 'north korea'], demonyms: ['उत्तर कोरियाई', 'north korean'] },
  { code: 'MN', forms: ['मंगोलिया', 'mongolia'], demonyms: ['मंगोलियाई', 'mongolian'] },
  { code: 'SA', forms: ['सऊदी अरब', 'सउदी अरब', 'saudi arabia'], demonyms: ['सऊदी', 'saudi'] },
  { code: 'AE', forms: ['संयुक्त अरब अमीरात', 'यूएई', 'uae', 'united arab emirates'], demonyms: ['अमीराती', 'emirati'] },
  { code: 'QA', forms: ['कतर', 'क़तर', 'qatar'], demonyms: ['कतरी', 'qatari'] },
  { code: 'OM', forms: ['ओमान', 'oman'], demonyms: ['ओमानी', 'omani'] },
  { code: 'KW', forms: ['कुवैत', 'kuwait'], demonyms: ['कुवैती', 'kuwaiti'] },
  { code: 'BH', forms: ['बहरीन', 'bahrain'], demonyms: ['बहरीनी', 'bahraini'] },
  { code: 'EG', forms: ['मिस्र', 'egypt'], demonyms: ['मिस्री', 'egyptian'] },
  { code: 'TR', forms: ['तुर्की', 'तुर्किये', 'turkey', 'türkiye', 'turkiye'], demonyms: ['तुर्क', 'turkish'] },
  { code: 'IQ', forms: ['इराक', 'इराक़', 'iraq'], demonyms: ['इराकी', 'iraqi'] },
  { code: 'SY', forms: ['सीरिया', 'syria'], demonyms: ['सीरियाई', 'syrian'] },
  { code: 'JO', forms: ['जॉर्डन', 'jordan'], demonyms: ['जॉर्डनी', 'jordanian'] },
  { code: 'AM', forms: ['आर्मेनिया', 'armenia'], demonyms: ['आर्मेनियाई', 'armenian'] },
  { code: 'AZ', forms: ['अजरबैजान', 'अज़रबैजान', 'azerbaijan'], demonyms: ['अजरबैजानी', 'azerbaijani'] },
  { code: 'GE', forms: ['जॉर्जिया', 'georgia'], demonyms: ['जॉर्जियाई', 'georgian'] },
  { code: 'TM', forms: ['तुर्कमेनिस्तान', 'turkmenistan'], demonyms: ['तुर्कमेन', 'turkmen'] },
  { code: 'GR', forms: ['ग्रीस', 'यूनान', 'greece'], demonyms: ['यूनानी', 'ग्रीक', 'greek'] },
  { code: 'IT', forms: ['इटली', 'italy'], demonyms: ['इतालवी', 'italian'] },
  { code: 'ES', forms: ['स्पेन', 'spain'], demonyms: ['स्पेनिश', 'spanish'] },
  { code: 'PL', forms: ['पोलैंड', 'poland'], demonyms: ['पोलिश', 'polish'] },
  { code: 'NL', forms: ['नीदरलैंड', 'नीदरलैंड्स', 'netherlands'], demonyms: ['डच', 'dutch'] },
  { code: 'CA', forms: ['कनाडा', 'canada'], demonyms: ['कनाडाई', 'canadian'] },
  { code: 'MX', forms: ['मेक्सिको', 'mexico'], demonyms: ['मेक्सिकन', 'mexican'] },
  { code: 'BR', forms: ['ब्राजील', 'ब्राज़ील', 'brazil'], demonyms: ['ब्राजीली', 'ब्राजीलियाई', 'brazilian'] },
  { code: 'AR', forms: ['अर्जेंटीना', 'argentina'], demonyms: ['अर्जेंटीनी', 'argentine'] },
  { code: 'ZA', forms: ['दक्षिण अफ्रीका', 'south africa'], demonyms: ['दक्षिण अफ्रीकी', 'south african'] },
  { code: 'NG', forms: ['नाइजीरिया', 'nigeria'], demonyms: ['नाइजीरियाई', 'nigerian'] },
  { code: 'KE', forms: ['केन्या', 'kenya'], demonyms: ['केन्याई', 'kenyan'] },
  { code: 'ET', forms: ['इथियोपिया', 'ethiopia'], demonyms: ['इथियोपियाई', 'ethiopian'] },
  { code: 'NZ', forms: ['न्यूजीलैंड', 'न्यूज़ीलैंड', 'new zealand'], demonyms: ['न्यूजीलैंडी', 'new zealander'] },
];

/** Capitals (Hindi, English): the city of a national venue ("क्रेमलिन", "White House") when the article names none. */
export const CAPITALS: Record<string, [string, string]> = {
  IN: ['नई दिल्ली', 'New Delhi'], RU: ['मॉस्को', 'Moscow'], CN: ['बीजिंग', 'Beijing'], US: ['वाशिंगटन', 'Washington'], PK: ['इस्लामाबाद', 'Islamabad'],
  JP: ['टोक्यो', 'Tokyo'], FR: ['पेरिस', 'Paris'], GB: ['लंदन', 'London'], DE: ['बर्लिन', 'Berlin'], UA: ['कीव', 'Kyiv'], AU: ['कैनबरा', 'Canberra'],
  IL: ['यरुशलम', 'Jerusalem'], BD: ['ढाका', 'Dhaka'], NP: ['काठमांडू', 'Kathmandu'], LK: ['कोलंबो', 'Colombo'], BT: ['थिम्पू', 'Thimphu'], MV: ['माले', 'Male'],
  SG: ['सिंगापुर', 'Singapore'], ID: ['जकार्ता', 'Jakarta'], MY: ['कुआलालंपुर', 'Kuala Lumpur'], VN: ['हनोई', 'Hanoi'], TH: ['बैंकॉक', 'Bangkok'], PH: ['मनीला', 'Manila'],
  KR: ['सियोल', 'Seoul'], SA: ['रियाद', 'Riyadh'], AE: ['अबू धाबी', 'Abu Dhabi'], QA: ['दोहा', 'Doha'], OM: ['मस्कट', 'Muscat'], IR: ['तेहरान', 'Tehran'],
  EG: ['काहिरा', 'Cairo'], TR: ['अंकारा', 'Ankara'], IT: ['रोम', 'Rome'], ES: ['मैड्रिड', 'Madrid'], CA: ['ओटावा', 'Ottawa'], BR: ['ब्रासीलिया', 'Brasilia'],
  ZA: ['प्रिटोरिया', 'Pretoria'], UZ: ['ताशकंद', 'Tashkent'], KZ: ['अस्ताना', 'Astana'], BY: ['मिन्स्क', 'Minsk'], AF: ['काबुल', 'Kabul'], MN: ['उलानबटार', 'Ulaanbaatar'],
};

/** Words for a meeting place that is a building or venue, not a city. */
export const VENUE_WORDS = ['सेंटर', 'भवन', 'हाउस', 'क्रेमलिन', 'महल', 'होटल', 'हवाई अड्डे', 'एयरपोर्ट', 'संग्रहालय', 'ब्लॉक', 'पैलेस', 'मेंशन', 'हॉल', 'निवास', 'मुख्यालय', 'पेंटागन', 'इस्ताना', 'प्रासाद',
  'kremlin', 'centre', 'center', 'house', 'hall', 'palace', 'airport', 'hotel', 'block', 'mansion', 'residence', 'headquarters', 'pentagon', 'istana'];

/** "<place> (यात्रा|क्षेत्र ...) ... पर चर्चा", "... को लेकर बातचीत", "... फिर से शुरू करने": a place inside the subject of the talks. */
export const TOPIC_PHRASE_AFTER = /^\s*(?:यात्रा|क्षेत्र|इलाके|इलाक़े|मुद्दे|सीमा|मार्ग)?\s*(?:में\s+)?(?:[\p{L}\p{M}-]+\s+){0,5}?(?:(?:को|की)\s+)?(?:(?:फिर\s+से|दोबारा|पुनः)\s+)?(?:(?:शुरू|बहाल|आरंभ)\s+(?:करने|किए\s+जाने|होने|किया|की)|बहाली|(?:पर|को\s+लेकर|के\s+बारे\s+में|के\s+संबंध\s+में)\s+(?:(?:भी|विस्तार\s+से|विस्तृत|गहन|व्यापक)\s+)?(?:चर्चा|बातचीत|बात|वार्ता|विचार|सहमति|सहमत|जोर|ध्यान|फैसला|निर्णय|समीक्षा))/u;
/** Occasion heads: a named event a meeting takes place at. */
export const OCCASION_HEADS = ['सत्र', 'शिखर सम्मेलन', 'सम्मेलन', 'मंत्रियों की बैठक', 'मंत्रिस्तरीय बैठक', 'मंत्री स्तरीय बैठक', 'फोरम', 'फ़ोरम', 'summit', 'session', 'conclave', 'dialogue', 'forum'];

/** News agencies in a dateline: "तियानजिन (चीन), एक सितंबर (भाषा)". */
export const AGENCIES = ['भाषा', 'पीटीआई', 'आईएएनएस', 'एएनआई', 'यूएनआई', 'वार्ता', 'एजेंसी', 'एजेंसियां', 'रायटर', 'रॉयटर्स', 'एपी', 'एएफपी', 'PTI', 'IANS', 'ANI', 'UNI', 'Reuters', 'AP', 'AFP'];

/** Subject phrases that are meeting topics (equipment comes from EQUIPMENT spans). */
export const TOPICS: { forms: string[]; name: string }[] = [
  { name: 'रक्षा सहयोग', forms: ['रक्षा सहयोग', 'defence cooperation', 'defense cooperation'] },
  { name: 'सैन्य-तकनीकी सहयोग', forms: ['सैन्य-तकनीकी सहयोग', 'सैन्य तकनीकी सहयोग', 'मिलिट्री टेक्निकल कोऑपरेशन', 'military-technical cooperation', 'military technical cooperation'] },
  { name: 'सैन्य सहयोग', forms: ['सैन्य सहयोग', 'military cooperation'] },
  { name: 'रक्षा उद्योग', forms: ['रक्षा उद्योग', 'defence industry', 'defense industry'] },
  { name: 'रक्षा उत्पादन', forms: ['रक्षा उत्पादन', 'संयुक्त उत्पादन', 'joint production', 'defence production'] },
  { name: 'क्षेत्रीय सुरक्षा', forms: ['क्षेत्रीय सुरक्षा', 'regional security'] },
  { name: 'क्षेत्रीय शांति', forms: ['क्षेत्रीय शांति', 'regional peace'] },
  { name: 'आतंकवाद', forms: ['आतंकवाद', 'terrorism'] },
  { name: 'रणनीतिक साझेदारी', forms: ['रणनीतिक साझेदारी', 'strategic partnership'] },
  { name: 'द्विपक्षीय संबंध', forms: ['द्विपक्षीय संबंध', 'द्विपक्षीय मुद्दों', 'bilateral ties', 'bilateral relations'] },
  { name: 'व्यापार', forms: ['व्यापार', 'trade'] },
  { name: 'ऊर्जा', forms: ['ऊर्जा सहयोग', 'energy cooperation'] },
  { name: 'प्रौद्योगिकी हस्तांतरण', forms: ['टेक्नोलॉजी ट्रांसफर', 'प्रौद्योगिकी हस्तांतरण', 'technology transfer'] },
  { name: 'यूक्रेन संघर्ष', forms: ['यूक्रेन संघर्ष', 'यूक्रेन युद्ध', 'ukraine conflict', 'ukraine war'] },
];

/** Pronouns standing for the current subject; "both" phrases for the participants of the last meeting. */
export const SUBJECT_PRONOUNS_ERG = ['उन्होंने', 'उन्होने'];
export const SUBJECT_PRONOUNS = ['वे', 'वह', 'he', 'she'];
export const BOTH_PHRASES = ['दोनों नेताओं', 'दोनों मंत्रियों', 'दोनों नेता', 'दोनों मंत्री', 'दोनों पक्षों',
  'दोनों रक्षा मंत्रियों', 'दोनों विदेश मंत्रियों', 'दोनों रक्षामंत्रियों', 'दोनों विदेशमंत्रियों', 'दोनों प्रधानमंत्रियों', 'दोनों राष्ट्रपतियों', 'दोनों राष्ट्राध्यक्षों',
  'दोनों सेना प्रमुखों', 'दोनों नौसेना प्रमुखों', 'दोनों वायुसेना प्रमुखों', 'दोनों प्रमुखों', 'दोनों रक्षा मंत्री', 'दोनों विदेश मंत्री',
  'the two defence ministers', 'the two foreign ministers', 'both defence ministers', 'both foreign ministers', 'the two sides', 'both sides', 'both leaders', 'both ministers', 'the two leaders', 'the two ministers', 'the leaders', 'the ministers', 'they'];
/** A noun trigger preceded by these refers to a meeting already reported. */
export const ANAPHORIC_DETERMINERS = ['यह', 'इस', 'उस', 'इसी', 'उसी', 'the', 'this'];

export const HINDI_MONTHS: Record<string, number> = {
  'जनवरी': 1, 'फरवरी': 2, 'फ़रवरी': 2, 'मार्च': 3, 'अप्रैल': 4, 'अप्रेल': 4, 'मई': 5, 'जून': 6, 'जुलाई': 7, 'अगस्त': 8,
  'सितंबर': 9, 'सितम्बर': 9, 'अक्टूबर': 10, 'अक्तूबर': 10, 'नवंबर': 11, 'नवम्बर': 11, 'दिसंबर': 12, 'दिसम्बर': 12,
};
export const ENGLISH_MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
export const WEEKDAYS: Record<string, number> = {
  'सोमवार': 1, 'मंगलवार': 2, 'बुधवार': 3, 'गुरुवार': 4, 'गुरूवार': 4, 'बृहस्पतिवार': 4, 'शुक्रवार': 5, 'शनिवार': 6, 'रविवार': 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

/** Words after मिले/मिली/मिला meaning "received/found", not "met": "X से मिली जानकारी". */
export const RECEIVED_NOUNS = ['जानकारी', 'सूचना', 'खबर', 'ख़बर', 'मदद', 'राहत', 'समर्थन', 'धमकी', 'धमकियां', 'शिकायत', 'मंजूरी', 'मंज़ूरी', 'अनुमति', 'जमानत', 'सजा', 'सज़ा', 'पैसे', 'रुपये', 'दस्तावेज', 'हथियार', 'शव', 'संकेत', 'इनपुट', 'पत्र', 'निर्देश', 'आदेश', 'तोहफा', 'उपहार', 'सम्मान', 'पुरस्कार', 'वोट', 'सीटें', 'टिकट'];

/** A meeting denied, refused, cancelled or postponed is no meeting. */
export const NEGATIONS = ['नहीं', 'इनकार', 'रद्द', 'स्थगित', 'टाल', 'टली', 'टला', 'बिना', 'not', "didn't", 'no', 'cancelled', 'canceled', 'postponed', 'refused', 'declined', 'without'];
