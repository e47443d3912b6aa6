/**
 * Word lists for the rule-based recognisers: Hindi function words, roles and titles, demonyms and
 * country names (a fallback when the knowledge base gives no country code). General vocabulary of
 * the genre, not answers for particular articles.
 */

/** Hindi/English function words, auxiliaries and frequent verbs/nouns that never start or continue a name. */
export const STOPWORDS = new Set([
  // postpositions and particles
  'ने', 'से', 'को', 'का', 'की', 'के', 'में', 'पर', 'तक', 'लिए', 'द्वारा', 'साथ', 'बाद', 'पहले', 'ओर', 'तरफ', 'बीच', 'भी', 'ही', 'तो', 'न', 'नहीं',
  'और', 'या', 'व', 'एवं', 'तथा', 'लेकिन', 'परंतु', 'किंतु', 'कि', 'जो', 'जिस', 'जिसमें', 'जिसे', 'जिन', 'जिनके', 'यह', 'वह', 'ये', 'वे', 'इस', 'उस', 'इन', 'उन',
  'इसे', 'उसे', 'इसमें', 'उसमें', 'इसके', 'उसके', 'उनके', 'उनकी', 'उनका', 'उन्होंने', 'इन्होंने', 'उन्हें', 'इन्हें', 'हम', 'मैं', 'आप', 'अपने', 'अपनी', 'अपना',
  'यहां', 'यहाँ', 'वहां', 'वहाँ', 'जहां', 'जहाँ', 'इससे', 'उससे', 'जिससे', 'इसलिए', 'इसी', 'उसी', 'वहीं', 'यहीं', 'जहां-जहां', 'जब', 'तब', 'अब', 'फिर', 'क्या', 'क्यों', 'कैसे', 'कौन', 'कहां', 'कहाँ', 'सभी', 'सब', 'कई', 'कुछ', 'एक', 'दो', 'तीन',
  'दोनों', 'प्रति', 'सहित', 'समेत', 'अलावा', 'दौरान', 'मुताबिक', 'अनुसार', 'खिलाफ', 'ख़िलाफ़', 'बारे', 'जैसे', 'जैसा', 'जैसी', 'वाले', 'वाली', 'वाला',
  // auxiliaries and common verbs
  'है', 'हैं', 'था', 'थी', 'थे', 'हो', 'होगा', 'होगी', 'होंगे', 'हुआ', 'हुई', 'हुए', 'रहा', 'रही', 'रहे', 'गया', 'गई', 'गए', 'गयी', 'गये', 'जा', 'जाएगा',
  'जाएंगे', 'कर', 'करें', 'करेंगे', 'करेगा', 'करेगी', 'किया', 'की', 'किए', 'किये', 'करने', 'करते', 'करता', 'करती', 'कहा', 'कहे', 'बताया', 'दिया', 'दी', 'दिए',
  'लिया', 'ली', 'लिए', 'मिले', 'मिला', 'मिली', 'मिलेंगे', 'पहुंचे', 'पहुंचा', 'पहुंची', 'पहुँचे', 'बोले', 'बोला', 'बोली', 'बनने', 'बने', 'बना', 'बनी', 'रह', 'चुके',
  'सकते', 'सकता', 'सकती', 'होने', 'होते', 'होती', 'होता', 'रहते', 'जाने', 'आए', 'आया', 'आई', 'लेकर', 'देकर', 'मुलाकात', 'बातचीत', 'बैठक', 'चर्चा',
  // nouns that follow roles but are not names
  'भवन', 'चुनाव', 'पद', 'कार्यालय', 'स्तर', 'स्तरीय', 'सरकार', 'शासन', 'मंत्रालय', 'पद', 'रूप', 'हैसियत', 'कार्यकाल', 'आवास', 'निवास', 'दफ्तर', 'दौरा', 'दौरे',
  'यात्रा', 'समकक्ष', 'समकक्षों', 'नेता', 'नेताओं', 'मंत्रियों', 'अधिकारी', 'अधिकारियों', 'प्रतिनिधिमंडल', 'प्रतिनिधि', 'उम्मीदवार', 'पत्नी', 'पति', 'बेटे', 'बेटी',
  'खुद', 'स्वयं', 'पूरी', 'पूरा', 'पूरे', 'तरह', 'फिट', 'तैयार', 'मौजूद', 'शामिल', 'जिम्मेदार', 'दोषी', 'गिरफ्तार', 'फरार', 'घायल', 'सक्रिय', 'सफल', 'अच्छा', 'अच्छी',
  'बेहतर', 'नाम', 'ने', 'लगातार', 'पहली', 'पहला', 'दूसरी', 'दूसरा', 'तीसरा', 'नए', 'नई', 'नया', 'युवा', 'वरिष्ठ', 'पूर्व', 'मौजूदा', 'वर्तमान', 'तत्कालीन', 'श्री', 'जी', 'साहब', 'महोदय', 'ऑफ', 'एंड', 'इन', 'ने', 'आज', 'कल', 'शुक्रवार', 'शनिवार', 'रविवार', 'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार',
  'the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'was', 'has', 'had', 'will', 'said', 'met', 'meets', 'also', 'who', 'that',
  'this', 'his', 'her', 'their', 'its', 'as', 'after', 'before', 'during', 'today', 'yesterday',
]);

/** Role phrases (cue words before a person's name) -> normalised role in English. Longest match wins. */
export const ROLES: Record<string, string> = {
  'रक्षा राज्य मंत्री': 'minister of state for defence', 'विदेश राज्य मंत्री': 'minister of state for external affairs',
  'राज्य मंत्री': 'minister of state', 'केंद्रीय मंत्री': 'union minister', 'केंद्रीय रक्षा मंत्री': 'defence minister',
  'रक्षा मंत्री': 'defence minister', 'रक्षामंत्री': 'defence minister', 'विदेश मंत्री': 'foreign minister', 'गृह मंत्री': 'home minister', 'गृहमंत्री': 'home minister',
  'वित्त मंत्री': 'finance minister', 'वाणिज्य मंत्री': 'commerce minister', 'ऊर्जा मंत्री': 'energy minister', 'उद्योग मंत्री': 'industry minister',
  'प्रधानमंत्री': 'prime minister', 'प्रधान मंत्री': 'prime minister', 'पीएम': 'prime minister',
  'उपप्रधानमंत्री': 'deputy prime minister', 'उपप्रधान मंत्री': 'deputy prime minister', 'उप प्रधानमंत्री': 'deputy prime minister', 'उप प्रधान मंत्री': 'deputy prime minister',
  'मुख्यमंत्री': 'chief minister', 'सीएम': 'chief minister', 'उपमुख्यमंत्री': 'deputy chief minister', 'मंत्री': 'minister',
  'राष्ट्रपति': 'president', 'उपराष्ट्रपति': 'vice president', 'राष्ट्राध्यक्ष': 'head of state', 'चांसलर': 'chancellor', 'राज्यपाल': 'governor',
  'राष्ट्रीय सुरक्षा सलाहकार': 'national security adviser', 'एनएसए': 'national security adviser',
  'महासचिव': 'secretary-general', 'विदेश सचिव': 'foreign secretary', 'रक्षा सचिव': 'defence secretary', 'सचिव': 'secretary',
  'राजदूत': 'ambassador', 'उच्चायुक्त': 'high commissioner', 'प्रवक्ता': 'spokesperson', 'अध्यक्ष': 'chairperson', 'सांसद': 'member of parliament', 'विधायक': 'member of legislative assembly',
  'सेना प्रमुख': 'army chief', 'थल सेना प्रमुख': 'army chief', 'थलसेना प्रमुख': 'army chief', 'सेनाध्यक्ष': 'army chief', 'नौसेना प्रमुख': 'navy chief',
  'वायुसेना प्रमुख': 'air force chief', 'वायु सेना प्रमुख': 'air force chief', 'चीफ ऑफ डिफेंस स्टाफ': 'chief of defence staff', 'सीडीएस': 'chief of defence staff',
  'समकक्ष': 'counterpart', 'नेता': 'leader', 'महापौर': 'mayor', 'मेयर': 'mayor', 'पार्षद': 'councillor', 'सरपंच': 'village head',
  'पुलिस अधीक्षक': 'superintendent of police', 'वरिष्ठ पुलिस अधीक्षक': 'senior superintendent of police', 'एसपी': 'superintendent of police',
  'एसएसपी': 'senior superintendent of police', 'पुलिस आयुक्त': 'police commissioner', 'पुलिस कमिश्नर': 'police commissioner', 'डीजीपी': 'director general of police',
  'जिलाधिकारी': 'district magistrate', 'डीएम': 'district magistrate', 'कलेक्टर': 'collector', 'थाना प्रभारी': 'station house officer', 'एसएचओ': 'station house officer',
  'इंस्पेक्टर': 'inspector', 'निरीक्षक': 'inspector', 'दरोगा': 'sub-inspector', 'उपनिरीक्षक': 'sub-inspector', 'सब इंस्पेक्टर': 'sub-inspector',
  'मुख्य न्यायाधीश': 'chief justice', 'चीफ जस्टिस': 'chief justice', 'सीजेआई': 'chief justice', 'न्यायाधीश': 'judge', 'जस्टिस': 'justice', 'न्यायमूर्ति': 'justice', 'जज': 'judge',
  'वकील': 'lawyer', 'अधिवक्ता': 'advocate', 'कुलपति': 'vice-chancellor', 'प्रधानाचार्य': 'principal', 'निदेशक': 'director', 'महानिदेशक': 'director general',
  'अध्यक्ष एवं प्रबंध निदेशक': 'chairman and managing director', 'प्रबंध निदेशक': 'managing director', 'सीईओ': 'chief executive', 'चेयरमैन': 'chairman',
  'अभिनेता': 'actor', 'अभिनेत्री': 'actress', 'गायक': 'singer', 'गायिका': 'singer', 'क्रिकेटर': 'cricketer', 'खिलाड़ी': 'player', 'कप्तान': 'captain', 'कोच': 'coach',
  'पत्रकार': 'journalist', 'लेखक': 'writer', 'वैज्ञानिक': 'scientist', 'उद्योगपति': 'industrialist', 'कारोबारी': 'businessman', 'आरोपी': 'accused', 'मृतक': 'deceased',
  'Superintendent of Police': 'superintendent of police', 'SP': 'superintendent of police', 'Chief Justice': 'chief justice', 'Justice': 'justice', 'Judge': 'judge',
  'CEO': 'chief executive', 'Chairman': 'chairman', 'Director': 'director', 'Coach': 'coach', 'Captain': 'captain', 'leader': 'leader', 'Mayor': 'mayor',
  'Defence Minister': 'defence minister', 'Defense Minister': 'defence minister', 'Foreign Minister': 'foreign minister',
  'External Affairs Minister': 'foreign minister', 'Home Minister': 'home minister', 'Finance Minister': 'finance minister',
  'Prime Minister': 'prime minister', 'PM': 'prime minister', 'Deputy Prime Minister': 'deputy prime minister', 'Chief Minister': 'chief minister',
  'Minister of State': 'minister of state', 'Minister': 'minister', 'President': 'president', 'Vice President': 'vice president', 'Chancellor': 'chancellor',
  'Secretary-General': 'secretary-general', 'Secretary General': 'secretary-general', 'Foreign Secretary': 'foreign secretary', 'Secretary': 'secretary',
  'National Security Adviser': 'national security adviser', 'NSA': 'national security adviser', 'Ambassador': 'ambassador', 'Governor': 'governor',
  'Army Chief': 'army chief', 'Navy Chief': 'navy chief', 'Air Chief': 'air force chief', 'Chief of Defence Staff': 'chief of defence staff', 'CDS': 'chief of defence staff',
  'counterpart': 'counterpart', 'Senator': 'senator', 'Spokesperson': 'spokesperson',
  // governors, heads of regions, deputies, diplomats, experts (Hindi)
  'गवर्नर': 'governor', 'क्षेत्र प्रमुख': 'head of region', 'क्षेत्रीय प्रमुख': 'head of region', 'उप रक्षा मंत्री': 'deputy defence minister',
  'उप विदेश मंत्री': 'deputy foreign minister', 'उप मंत्री': 'deputy minister', 'उपमंत्री': 'deputy minister', 'उपाध्यक्ष': 'vice-chairperson',
  'महावाणिज्य दूत': 'consul general', 'वाणिज्य दूत': 'consul', 'कौंसल जनरल': 'consul general', 'काउंसल जनरल': 'consul general',
  'रक्षा अताशे': 'defence attaché', 'सैन्य अताशे': 'military attaché', 'नौसेना अताशे': 'naval attaché', 'अताशे': 'attaché', 'रेक्टर': 'rector',
  'वरिष्ठ फेलो': 'senior fellow', 'फेलो': 'fellow', 'विश्लेषक': 'analyst', 'रक्षा विश्लेषक': 'analyst', 'सामरिक विश्लेषक': 'analyst',
  'विशेषज्ञ': 'expert', 'रक्षा विशेषज्ञ': 'expert', 'सामरिक मामलों के विशेषज्ञ': 'expert', 'शोधकर्ता': 'researcher', 'प्रमुख': 'head',
  'अध्यक्ष और प्रबंध निदेशक': 'chairman and managing director', 'मुख्य कार्यकारी': 'chief executive', 'मुख्य कार्यकारी अधिकारी': 'chief executive',
  'कमांडिंग ऑफिसर': 'commanding officer', 'ऑफिसर कमांडिंग': 'officer commanding', 'कमांडेंट': 'commandant', 'कमांडर-इन-चीफ': 'commander-in-chief',
  'फ्लैग ऑफिसर कमांडिंग-इन-चीफ': 'flag officer commanding-in-chief', 'संस्थापक': 'founder', 'सह-संस्थापक': 'co-founder',
  // (English)
  'Deputy Defence Minister': 'deputy defence minister', 'Deputy Defense Minister': 'deputy defence minister', 'Deputy Foreign Minister': 'deputy foreign minister',
  'Deputy Minister': 'deputy minister', 'High Commissioner': 'high commissioner', 'Consul General': 'consul general', 'Consul-General': 'consul general',
  'Defence Attaché': 'defence attaché', 'Defence Attache': 'defence attaché', 'Military Attaché': 'military attaché', 'Rector': 'rector',
  'Senior Fellow': 'senior fellow', 'Analyst': 'analyst', 'Defence Analyst': 'analyst', 'Defense Analyst': 'analyst',
  'MP': 'member of parliament', 'Lawmaker': 'member of parliament', 'Congressman': 'member of parliament', 'Congresswoman': 'member of parliament',
  'Managing Director': 'managing director', 'Director General': 'director general', 'Director-General': 'director general', 'Chief Executive': 'chief executive',
  'Vice Chairman': 'vice-chairperson', 'Commanding Officer': 'commanding officer', 'Commandant': 'commandant', 'Commander-in-Chief': 'commander-in-chief',
  'Researcher': 'researcher', 'Founder': 'founder', 'Spokesman': 'spokesperson', 'Spokeswoman': 'spokesperson', 'Envoy': 'ambassador',
  // envoys, advisers, industry and service posts
  'दूत': 'envoy', 'विशेष दूत': 'special envoy', 'सलाहकार': 'adviser', 'सहयोगी': 'aide', 'महाप्रबंधक': 'general manager', 'कार्यकारी निदेशक': 'executive director',
  'मुख्य डिज़ाइनर': 'chief designer', 'मुख्य डिजाइनर': 'chief designer', 'जनरल डिज़ाइनर': 'general designer', 'जनरल डिजाइनर': 'general designer',
  'परियोजना निदेशक': 'project director', 'मिशन निदेशक': 'mission director', 'उप महानिदेशक': 'deputy director general', 'अपर महानिदेशक': 'additional director general',
  'महानिरीक्षक': 'inspector general', 'पुलिस महानिरीक्षक': 'inspector general of police', 'उप प्रमुख': 'deputy chief', 'चीफ ऑफ स्टाफ': 'chief of staff',
  'फ्लैग ऑफिसर': 'flag officer', 'Special Envoy': 'special envoy', 'Adviser': 'adviser', 'Advisor': 'adviser', 'Aide': 'aide', 'General Manager': 'general manager',
  'Executive Director': 'executive director', 'Chief Designer': 'chief designer', 'General Designer': 'general designer', 'Project Director': 'project director',
  'Chief of Naval Staff': 'navy chief', 'Chief of the Naval Staff': 'navy chief', 'Chief of Army Staff': 'army chief', 'Chief of the Army Staff': 'army chief',
  'Chief of Air Staff': 'air force chief', 'Chief of the Air Staff': 'air force chief', 'Vice Chief': 'vice chief', 'Flag Officer Commanding-in-Chief': 'flag officer commanding-in-chief',
  'Chief of Staff': 'chief of staff', 'Inspector General': 'inspector general',
};

/**
 * Cues that also precede ordinary words (खिलाड़ी पूरी तरह फिट, आरोपी विकास): after them a name must
 * look like one (a common surname, a known person's name word, capitalised Latin).
 */
export const WEAK_ROLES = new Set(['player', 'coach', 'captain', 'actor', 'actress', 'singer', 'cricketer', 'journalist', 'writer', 'scientist', 'industrialist',
  'businessman', 'accused', 'deceased', 'leader', 'lawyer', 'advocate', 'spokesperson', 'member of parliament', 'member of legislative assembly', 'councillor',
  'village head', 'chairman', 'director', 'principal', 'chairperson', 'judge', 'fellow', 'analyst', 'expert', 'researcher', 'head', 'founder', 'co-founder',
  'vice-chairperson', 'adviser', 'aide', 'envoy', 'general manager']);
/** Relatives used as cues ("उनकी पत्नी सुनीता देवी"): weak too. */
export const RELATION_WORDS = new Set(['पत्नी', 'पति', 'बेटे', 'बेटी', 'पुत्र', 'पुत्री', 'बहन', 'भाई', 'पिता', 'मां', 'माता']);

/** Roles too vague to replace a knowledge-base person's own role. */
export const GENERIC_ROLES = new Set(['minister', 'leader', 'secretary', 'chairperson', 'counterpart', 'member of parliament', 'member of legislative assembly',
  'accused', 'deceased', 'director', 'chairman', 'captain', 'coach', 'player', 'writer', 'journalist', 'spokesperson', 'actor', 'actress', 'singer', 'union minister',
  'head', 'expert', 'analyst', 'fellow', 'researcher', 'deputy minister', 'founder']);

/** Military ranks and honorifics: cue words that may follow a role ("रक्षा मंत्री जनरल X"). Value: rank attribute or ''. */
export const TITLES: Record<string, string> = {
  'लेफ्टिनेंट जनरल': 'lieutenant general', 'ले. जनरल': 'lieutenant general', 'मेजर जनरल': 'major general', 'जनरल': 'general',
  'वाइस एडमिरल': 'vice admiral', 'रियर एडमिरल': 'rear admiral', 'एडमिरल': 'admiral', 'एयर चीफ मार्शल': 'air chief marshal', 'एयर मार्शल': 'air marshal',
  'फील्ड मार्शल': 'field marshal', 'मार्शल': 'marshal', 'ब्रिगेडियर': 'brigadier', 'कर्नल': 'colonel', 'लेफ्टिनेंट कर्नल': 'lieutenant colonel', 'कैप्टन': 'captain',
  'लेफ्टिनेंट': 'lieutenant', 'कमांडर': 'commander', 'कमोडोर': 'commodore',
  'कर्नल जनरल': 'colonel general', 'मेजर': 'major', 'लेफ्टिनेंट कमांडर': 'lieutenant commander', 'सब लेफ्टिनेंट': 'sub lieutenant',
  'सर्जन वाइस एडमिरल': 'surgeon vice admiral', 'सर्जन रियर एडमिरल': 'surgeon rear admiral', 'एयर वाइस मार्शल': 'air vice marshal', 'एयर कमोडोर': 'air commodore',
  'ग्रुप कैप्टन': 'group captain', 'विंग कमांडर': 'wing commander', 'स्क्वाड्रन लीडर': 'squadron leader', 'फ्लाइट लेफ्टिनेंट': 'flight lieutenant',
  'सूबेदार मेजर': 'subedar major', 'सूबेदार': 'subedar', 'हवलदार': 'havildar', 'कैप्टन फर्स्ट रैंक': 'captain first rank',
  'लॉर्ड': '', 'सर': '', 'डेम': '', 'बैरोनेस': '', 'प्रोफ़ेसर': '', 'डॉ॰': '',
  'पत्नी': '', 'पति': '', 'बेटे': '', 'बेटी': '', 'पुत्र': '', 'पुत्री': '', 'बहन': '', 'भाई': '', 'पिता': '', 'मां': '', 'माता': '',
  'श्री': '', 'श्रीमती': '', 'सुश्री': '', 'डॉ.': '', 'डॉ': '', 'डॉक्टर': '', 'प्रोफेसर': '', 'प्रो.': '', 'मिस्टर': '', 'मिसेज': '', 'शेख': '',
  // royal and honorific titles: never a name (प्रिंस फैसल -> फैसल)
  'प्रिंस': '', 'क्राउन प्रिंस': 'crown prince', 'युवराज': 'crown prince', 'राजकुमार': '', 'राजकुमारी': '', 'प्रिंसेस': '', 'सुल्तान': 'sultan', 'अमीर': 'emir',
  'किंग': 'king', 'क्वीन': 'queen', 'महाराजा': 'king', 'महारानी': 'queen', 'महामहिम': '', 'हिज हाइनेस': '', 'हिज मैजेस्टी': '',
  'Prince': '', 'Crown Prince': 'crown prince', 'Princess': '', 'King': 'king', 'Queen': 'queen', 'Sultan': 'sultan', 'Emir': 'emir', 'Amir': 'emir',
  'His Majesty': '', 'His Highness': '', 'HRH': '', 'H.E.': '', 'His Excellency': '',
  'Gen.': 'general', 'Gen': 'general', 'General': 'general', 'Lt Gen': 'lieutenant general', 'Lt. Gen.': 'lieutenant general', 'Lieutenant General': 'lieutenant general',
  'Maj Gen': 'major general', 'Major General': 'major general', 'Admiral': 'admiral', 'Adm.': 'admiral', 'Vice Admiral': 'vice admiral', 'Air Chief Marshal': 'air chief marshal',
  'Air Marshal': 'air marshal', 'Marshal': 'marshal', 'Brigadier': 'brigadier', 'Col.': 'colonel', 'Colonel': 'colonel', 'Capt.': 'captain', 'Captain': 'captain',
  'Lt Col': 'lieutenant colonel', 'Lt. Col.': 'lieutenant colonel', 'Lieutenant Colonel': 'lieutenant colonel', 'Maj.': 'major',
  'Rear Admiral': 'rear admiral', 'Rear Adm.': 'rear admiral', 'Vice Adm.': 'vice admiral', 'Commodore': 'commodore', 'Commander': 'commander', 'Cdr': 'commander',
  'Cdr.': 'commander', 'Lt Cdr': 'lieutenant commander', 'Lieutenant Commander': 'lieutenant commander', 'Lieutenant': 'lieutenant', 'Lt': 'lieutenant', 'Lt.': 'lieutenant',
  'Air Vice Marshal': 'air vice marshal', 'Air Commodore': 'air commodore', 'Group Captain': 'group captain', 'Wing Commander': 'wing commander', 'Wg Cdr': 'wing commander',
  'Squadron Leader': 'squadron leader', 'Sqn Ldr': 'squadron leader', 'Colonel General': 'colonel general', 'Field Marshal': 'field marshal',
  'Lord': '', 'Sir': '', 'Dame': '', 'Baroness': '', 'Baron': '', 'Professor': '', 'Prof': '',
  'Mr': '', 'Mr.': '', 'Mrs': '', 'Mrs.': '', 'Ms': '', 'Ms.': '', 'Dr': '', 'Dr.': '', 'Shri': '', 'Smt': '', 'Smt.': '', 'Prof.': '', 'Sheikh': '',
};

/** Demonym adjectives -> ISO country code. */
export const DEMONYMS: Record<string, string> = {
  'रूसी': 'RU', 'भारतीय': 'IN', 'चीनी': 'CN', 'अमेरिकी': 'US', 'अमरीकी': 'US', 'पाकिस्तानी': 'PK', 'जापानी': 'JP', 'फ्रांसीसी': 'FR', 'फ्रेंच': 'FR',
  'ब्रिटिश': 'GB', 'ब्रितानी': 'GB', 'जर्मन': 'DE', 'ईरानी': 'IR', 'इजरायली': 'IL', 'इज़राइली': 'IL', 'इस्राइली': 'IL', 'यूक्रेनी': 'UA', 'यूक्रेनियाई': 'UA',
  'बांग्लादेशी': 'BD', 'नेपाली': 'NP', 'श्रीलंकाई': 'LK', 'अफगान': 'AF', 'अफगानी': 'AF', 'उज्बेक': 'UZ', 'कजाख': 'KZ', 'कज़ाख': 'KZ', 'बेलारूसी': 'BY',
  'ऑस्ट्रेलियाई': 'AU', 'कनाडाई': 'CA', 'सऊदी': 'SA', 'इतालवी': 'IT', 'तुर्की': 'TR', 'मिस्र': 'EG', 'इंडोनेशियाई': 'ID', 'वियतनामी': 'VN',
  'Russian': 'RU', 'Indian': 'IN', 'Chinese': 'CN', 'American': 'US', 'US': 'US', 'U.S.': 'US', 'Pakistani': 'PK', 'Japanese': 'JP', 'French': 'FR', 'British': 'GB',
  'German': 'DE', 'Iranian': 'IR', 'Israeli': 'IL', 'Ukrainian': 'UA', 'Bangladeshi': 'BD', 'Nepali': 'NP', 'Sri Lankan': 'LK', 'Afghan': 'AF', 'Uzbek': 'UZ',
  'Kazakh': 'KZ', 'Belarusian': 'BY', 'Australian': 'AU', 'Canadian': 'CA', 'Saudi': 'SA',
};

/** Country names -> ISO code: fallback when a KB place carries no country attribute. */
export const COUNTRIES: Record<string, string> = {
  'भारत': 'IN', 'हिंदुस्तान': 'IN', 'रूस': 'RU', 'चीन': 'CN', 'अमेरिका': 'US', 'अमरीका': 'US', 'पाकिस्तान': 'PK', 'जापान': 'JP', 'फ्रांस': 'FR',
  'ब्रिटेन': 'GB', 'जर्मनी': 'DE', 'ईरान': 'IR', 'इजरायल': 'IL', 'इज़राइल': 'IL', 'यूक्रेन': 'UA', 'बांग्लादेश': 'BD', 'नेपाल': 'NP', 'श्रीलंका': 'LK',
  'अफगानिस्तान': 'AF', 'उज्बेकिस्तान': 'UZ', 'कजाकिस्तान': 'KZ', 'कज़ाकिस्तान': 'KZ', 'बेलारूस': 'BY', 'किर्गिस्तान': 'KG', 'ताजिकिस्तान': 'TJ',
  'ऑस्ट्रेलिया': 'AU', 'कनाडा': 'CA', 'सऊदी अरब': 'SA', 'इटली': 'IT', 'तुर्की': 'TR', 'मिस्र': 'EG', 'ब्राजील': 'BR', 'दक्षिण अफ्रीका': 'ZA',
  'India': 'IN', 'Russia': 'RU', 'China': 'CN', 'USA': 'US', 'United States': 'US', 'America': 'US', 'Pakistan': 'PK', 'Japan': 'JP', 'France': 'FR',
  'Britain': 'GB', 'UK': 'GB', 'Germany': 'DE', 'Iran': 'IR', 'Israel': 'IL', 'Ukraine': 'UA', 'Bangladesh': 'BD', 'Nepal': 'NP', 'Sri Lanka': 'LK',
  'Afghanistan': 'AF', 'Uzbekistan': 'UZ', 'Kazakhstan': 'KZ', 'Belarus': 'BY', 'Kyrgyzstan': 'KG', 'Tajikistan': 'TJ', 'Australia': 'AU', 'Canada': 'CA',
};

/** Genitive postpositions linking a country to a role: "रूस के रक्षा मंत्री". */
export const GENITIVES = new Set(['के', 'की', 'का', "'s", 'of']);

/** Devanagari spellings of Latin letters used as initials (एस जयशंकर, जे पी नड्डा). */
export const INITIALS = new Set(['ए', 'बी', 'सी', 'डी', 'ई', 'एफ', 'जी', 'एच', 'आई', 'जे', 'के', 'एल', 'एम', 'एन', 'ओ', 'पी', 'क्यू', 'आर', 'एस', 'टी', 'यू', 'वी', 'डब्ल्यू', 'एक्स', 'वाई', 'जेड']);
