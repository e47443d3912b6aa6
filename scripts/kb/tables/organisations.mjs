// ORGANISATIONS. Columns: en | hi | type | country (ISO code, empty for international bodies) | aliases (;) | wikidata
// IRIGC-M&MTC the body is here (ORG); its sessions are EVENTs in events.mjs.
export const organisations = `
# ---------------- International bodies and forums ----------------
Shanghai Cooperation Organisation | शंघाई सहयोग संगठन | international organisation | | एससीओ;एस.सी.ओ.;शंघाई कोऑपरेशन ऑर्गनाइजेशन;शंघाई सहयोग संगठन (एससीओ);SCO;S.C.O.;Shanghai Cooperation Organization | |
BRICS | ब्रिक्स | international organisation | | ब्रिक्‍स;BRICS group;ब्रिक्स समूह | |
G20 | जी20 | international forum | | जी-20;जी 20;जी२०;ग्रुप ऑफ ट्वेंटी;G-20;G 20;Group of Twenty | Q19771 |
G7 | जी7 | international forum | | जी-7;जी 7;ग्रुप ऑफ सेवन;G-7;Group of Seven | |
United Nations | संयुक्त राष्ट्र | international organisation | | संयुक्त राष्ट्र संघ;यूएन;यूनाइटेड नेशंस;UN;U.N.;United Nations Organization;UNO | Q1065 |
United Nations Security Council | संयुक्त राष्ट्र सुरक्षा परिषद | international organisation |  | यूएनएससी;यूएन सुरक्षा परिषद;UNSC;UN Security Council | Q37470 |
United Nations General Assembly | संयुक्त राष्ट्र महासभा | international organisation | | यूएनजीए;यूएन महासभा;UNGA;UN General Assembly | |
Association of Southeast Asian Nations | आसियान | international organisation | | दक्षिण-पूर्व एशियाई राष्ट्रों का संगठन;दक्षिणपूर्व एशियाई देशों का संगठन;ASEAN | Q7768 |
ADMM-Plus | एडीएमएम-प्लस | international forum | | एडीएमएम प्लस;आसियान रक्षा मंत्रियों की बैठक-प्लस;ADMM Plus;ASEAN Defence Ministers' Meeting-Plus;ASEAN Defence Ministers Meeting Plus | |
Quad | क्वाड | international forum | | क्वॉड;चतुर्पक्षीय सुरक्षा संवाद;Quadrilateral Security Dialogue;QUAD | |
NATO | नाटो | international organisation | | उत्तर अटलांटिक संधि संगठन;North Atlantic Treaty Organization;North Atlantic Treaty Organisation | Q7184 |
European Union | यूरोपीय संघ | international organisation | | यूरोपियन यूनियन;ईयू;EU;E.U. | Q458 |
European Commission | यूरोपीय आयोग | international organisation | | यूरोपियन कमीशन | |
Collective Security Treaty Organization | सामूहिक सुरक्षा संधि संगठन | international organisation | | सीएसटीओ;CSTO;Collective Security Treaty Organisation | |
Commonwealth of Independent States | स्वतंत्र राष्ट्रों का राष्ट्रकुल | international organisation | | सीआईएस;CIS | |
Eurasian Economic Union | यूरेशियन आर्थिक संघ | international organisation | | ईएईयू;EAEU;Eurasian Economic Union (EAEU) | |
SAARC | सार्क | international organisation | | दक्षिण एशियाई क्षेत्रीय सहयोग संगठन;South Asian Association for Regional Cooperation | |
BIMSTEC | बिम्सटेक | international organisation | | बिमस्टेक | |
Commonwealth of Nations | राष्ट्रमंडल | international organisation |  | कॉमनवेल्थ;Commonwealth | Q7785 |
International Atomic Energy Agency | अंतरराष्ट्रीय परमाणु ऊर्जा एजेंसी | international organisation | | आईएईए;IAEA | |
World Health Organization | विश्व स्वास्थ्य संगठन | international organisation |  | डब्ल्यूएचओ;WHO | Q7817 |
International Monetary Fund | अंतरराष्ट्रीय मुद्रा कोष | international organisation |  | आईएमएफ;IMF | Q7804 |
World Bank | विश्व बैंक | international organisation |  | वर्ल्ड बैंक | Q7164 |
World Trade Organization | विश्व व्यापार संगठन | international organisation |  | डब्ल्यूटीओ;WTO | Q7825 |
New Development Bank | न्यू डेवलपमेंट बैंक | international organisation | | नव विकास बैंक;एनडीबी;NDB;BRICS Bank | |
Financial Action Task Force | फाइनेंशियल एक्शन टास्क फोर्स | international organisation | | एफएटीएफ;FATF | |
International Court of Justice | अंतरराष्ट्रीय न्यायालय | international organisation | | आईसीजे;ICJ | |
International Criminal Court | अंतरराष्ट्रीय आपराधिक न्यायालय | international organisation | | International Criminal Court (ICC) | |
Organization of Islamic Cooperation | इस्लामिक सहयोग संगठन | international organisation | | ओआईसी;OIC | |
African Union | अफ्रीकी संघ | international organisation |  | एयू;African Union (AU) | Q7159 |
Gulf Cooperation Council | खाड़ी सहयोग परिषद | international organisation | | जीसीसी;GCC | |
OPEC | ओपेक | international organisation |  | OPEC+;ओपेक प्लस | Q7795 |
Conference on Interaction and Confidence-Building Measures in Asia | एशिया में संवाद और विश्वास बहाली उपायों पर सम्मेलन | international forum | | सीआईसीए;CICA | |
International North-South Transport Corridor | अंतरराष्ट्रीय उत्तर-दक्षिण परिवहन गलियारा | project | | आईएनएसटीसी;INSTC | |
Russia-India-China{ric} | आरआईसी | international forum | | आरआईसी त्रिपक्षीय;आरआईसी समूह;RIC;RIC grouping;Russia-India-China trilateral | |
G4 nations{g4} | जी4 | international forum | | जी-4;जी4 समूह;G4;G-4;G4 nations | |
Forum for India-Pacific Islands Cooperation | भारत-प्रशांत द्वीप सहयोग मंच | international forum | | फिपिक;एफआईपीआईसी;FIPIC | |
IBSA | इब्सा | international forum | | आईबीएसए;IBSA Dialogue Forum | |
Colombo Security Conclave | कोलंबो सुरक्षा सम्मेलन | international forum | | कोलंबो सिक्योरिटी कॉन्क्लेव | |
Indian Ocean Naval Symposium | हिंद महासागर नौसेना संगोष्ठी | international forum | | आईओएनएस;IONS | |
ASEAN Regional Forum | आसियान क्षेत्रीय मंच | international forum | | एआरएफ;ARF | |
Non-Aligned Movement | गुटनिरपेक्ष आंदोलन | international organisation | | गुट निरपेक्ष आंदोलन;NAM | |
Mekong-Ganga Cooperation | मेकांग-गंगा सहयोग | international forum | | MGC | |
Arctic Council | आर्कटिक परिषद | international organisation | | आर्कटिक काउंसिल | |
SCO Regional Anti-Terrorist Structure | एससीओ क्षेत्रीय आतंकवाद विरोधी ढांचा | international organisation | | रैट्स;RATS;SCO RATS | |
SCO Secretariat | एससीओ सचिवालय | international organisation | | शंघाई सहयोग संगठन सचिवालय | |
India-Russia Inter-Governmental Commission on Military and Military-Technical Cooperation | भारत-रूस सैन्य एवं सैन्य-तकनीकी सहयोग पर अंतर-सरकारी आयोग | intergovernmental commission | | आईआरआईजीसी-एमएंडएमटीसी;आईआरआईजीसी-एम एंड एमटीसी;आईआरआईजीसी एमएंडएमटीसी;भारत-रूस अंतर सरकारी आयोग;भारत-रूस अंतर-सरकारी आयोग;भारत-रूस अंतरसरकारी आयोग;भारत रूस अंतर सरकारी आयोग;सैन्य और सैन्य-तकनीकी सहयोग पर भारत-रूस अंतर-सरकारी आयोग;IRIGC-M&MTC;IRIGC-M & MTC;IRIGC M&MTC;India-Russia Intergovernmental Commission on Military and Military-Technical Cooperation;India-Russia Inter-Governmental Commission on Military & Military Technical Cooperation | |
India-Russia Inter-Governmental Commission on Trade, Economic, Scientific, Technological and Cultural Cooperation | भारत-रूस व्यापार, आर्थिक, वैज्ञानिक, तकनीकी और सांस्कृतिक सहयोग पर अंतर-सरकारी आयोग | intergovernmental commission | | आईआरआईजीसी-टीईसी;IRIGC-TEC | |
# ---------------- India: government and armed forces ----------------
Ministry of Defence{ministry-of-defence-india} | रक्षा मंत्रालय | ministry | IN | भारतीय रक्षा मंत्रालय;एमओडी;MoD;Indian Ministry of Defence;Defence Ministry | |
Ministry of External Affairs | विदेश मंत्रालय | ministry | IN | भारतीय विदेश मंत्रालय;एमईए;MEA;External Affairs Ministry | |
Ministry of Home Affairs | गृह मंत्रालय | ministry | IN | एमएचए;MHA;Home Ministry | |
Prime Minister's Office{pmo-india} | प्रधानमंत्री कार्यालय | government office | IN | पीएमओ;PMO | |
Cabinet Committee on Security | सुरक्षा मामलों की मंत्रिमंडलीय समिति | government body | IN | सीसीएस;CCS | |
National Security Council Secretariat | राष्ट्रीय सुरक्षा परिषद सचिवालय | government body | IN | एनएससीएस;NSCS | |
Department of Military Affairs | सैन्य मामलों का विभाग | government body | IN | डीएमए;DMA | |
Defence Acquisition Council | रक्षा अधिग्रहण परिषद | government body | IN | डीएसी;DAC | |
Indian Armed Forces | भारतीय सशस्त्र बल | armed forces | IN | भारतीय सशस्त्र सेनाएं;Indian armed forces | |
Indian Army | भारतीय सेना | armed forces | IN | भारतीय थल सेना;भारतीय थलसेना;इंडियन आर्मी | |
Indian Air Force | भारतीय वायुसेना | armed forces | IN | भारतीय वायु सेना;इंडियन एयर फोर्स;आईएएफ;IAF | |
Indian Navy | भारतीय नौसेना | armed forces | IN | इंडियन नेवी | |
Indian Coast Guard | भारतीय तटरक्षक बल | armed forces | IN | भारतीय तटरक्षक | |
Integrated Defence Staff | एकीकृत रक्षा स्टाफ | armed forces | IN | एचक्यू आईडीएस;HQ IDS | |
Border Security Force | सीमा सुरक्षा बल | paramilitary | IN | बीएसएफ;BSF | |
Central Reserve Police Force | केंद्रीय रिजर्व पुलिस बल | paramilitary | IN | सीआरपीएफ;CRPF | |
Indo-Tibetan Border Police | भारत-तिब्बत सीमा पुलिस | paramilitary | IN | आईटीबीपी;ITBP | |
Assam Rifles | असम राइफल्स | paramilitary | IN | | |
National Security Guard | राष्ट्रीय सुरक्षा गार्ड | paramilitary | IN | एनएसजी;NSG | |
National Investigation Agency | राष्ट्रीय जांच एजेंसी | agency | IN | एनआईए;NIA | |
Research and Analysis Wing | रिसर्च एंड एनालिसिस विंग | agency | IN | रॉ;R&AW | |
Intelligence Bureau | इंटेलिजेंस ब्यूरो | agency | IN | आईबी;IB | |
Defence Research and Development Organisation | रक्षा अनुसंधान एवं विकास संगठन | defence research agency | IN | डीआरडीओ;रक्षा अनुसंधान और विकास संगठन;DRDO;Defence Research & Development Organisation | |
Hindustan Aeronautics Limited | हिंदुस्तान एयरोनॉटिक्स लिमिटेड | defence company | IN | एचएएल;हिंदुस्तान एरोनॉटिक्स लिमिटेड;HAL | |
Bharat Electronics Limited | भारत इलेक्ट्रॉनिक्स लिमिटेड | defence company | IN | बीईएल;BEL | |
Bharat Dynamics Limited | भारत डायनेमिक्स लिमिटेड | defence company | IN | बीडीएल;BDL | |
Mazagon Dock Shipbuilders | मझगांव डॉक शिपबिल्डर्स | defence company | IN | मझगांव डॉक;माझगांव डॉक;Mazagon Dock;MDL;मझगांव डॉक शिपबिल्डर्स लिमिटेड;Mazagon Dock Shipbuilders Limited;Mazagon Dock Limited;एमडीएल | |
Garden Reach Shipbuilders and Engineers | गार्डन रीच शिपबिल्डर्स एंड इंजीनियर्स | defence company | IN | जीआरएसई;GRSE | |
Cochin Shipyard | कोचीन शिपयार्ड | defence company | IN | कोचीन शिपयार्ड लिमिटेड;Cochin Shipyard Limited | |
Bharat Earth Movers Limited | भारत अर्थ मूवर्स लिमिटेड | defence company | IN | बीईएमएल;BEML | |
Armoured Vehicles Nigam Limited | आर्मर्ड व्हीकल्स निगम लिमिटेड | defence company | IN | एवीएनएल;AVNL | |
Indo-Russian Rifles Private Limited | इंडो-रशियन राइफल्स प्राइवेट लिमिटेड | defence company | IN | इंडो-रशियन राइफल्स;इंडो रशियन राइफल्स;Indo-Russian Rifles;IRRPL | |
BrahMos Aerospace | ब्रह्मोस एयरोस्पेस | defence company | IN | ब्रह्मोस एयरोस्पेस प्राइवेट लिमिटेड;BrahMos Aerospace Private Limited | |
Indian Space Research Organisation | भारतीय अंतरिक्ष अनुसंधान संगठन | space agency | IN | इसरो;ISRO | |
Reserve Bank of India | भारतीय रिजर्व बैंक | central bank | IN | आरबीआई;रिज़र्व बैंक;RBI | |
Election Commission of India | भारत निर्वाचन आयोग | government body | IN | चुनाव आयोग;निर्वाचन आयोग;Election Commission | |
Supreme Court of India | सर्वोच्च न्यायालय | court | IN | सुप्रीम कोर्ट;उच्चतम न्यायालय;Supreme Court | |
Lok Sabha | लोकसभा | legislature | IN | लोक सभा | |
Rajya Sabha | राज्यसभा | legislature | IN | राज्य सभा | |
Parliament of India | भारतीय संसद | legislature | IN | संसद;Indian Parliament | |
NITI Aayog | नीति आयोग | government body | IN | | |
Press Information Bureau | पत्र सूचना कार्यालय | government agency | IN | पीआईबी;प्रेस सूचना ब्यूरो;PIB | |
Bharatiya Janata Party | भारतीय जनता पार्टी | political party | IN | भाजपा;बीजेपी;BJP | Q10225 |
Indian National Congress | भारतीय राष्ट्रीय कांग्रेस | political party | IN | कांग्रेस;Congress;INC | Q10230 |
Aam Aadmi Party | आम आदमी पार्टी | political party | IN | AAP | |
Rashtriya Swayamsevak Sangh | राष्ट्रीय स्वयंसेवक संघ | organisation | IN | आरएसएस;RSS | |
Innovations for Defence Excellence | आईडेक्स | defence innovation programme | IN | इनोवेशंस फॉर डिफेंस एक्सीलेंस | |
India Foundation | इंडिया फाउंडेशन | think tank | IN | | |
Observer Research Foundation | ऑब्जर्वर रिसर्च फाउंडेशन | think tank | IN | ओआरएफ;ORF | |
Vivekananda International Foundation | विवेकानंद इंटरनेशनल फाउंडेशन | think tank | IN | वीआईएफ;VIF | |
Manohar Parrikar Institute for Defence Studies and Analyses | मनोहर पर्रिकर रक्षा अध्ययन एवं विश्लेषण संस्थान | think tank | IN | आईडीएसए;एमपी-आईडीएसए;IDSA;MP-IDSA | |
United Service Institution of India | यूनाइटेड सर्विस इंस्टीट्यूशन ऑफ इंडिया | think tank | IN | यूएसआई;USI | |
Abu Dhabi Investment Authority | अबू धाबी निवेश प्राधिकरण | state fund | AE | एडीआईए;ADIA | |
Society of Indian Defence Manufacturers | सोसाइटी ऑफ इंडियन डिफेंस मैन्युफैक्चरर्स | industry body | IN | एसआईडीएम;SIDM | |
# ---------------- Russia ----------------
Ministry of Defence of the Russian Federation | रूसी रक्षा मंत्रालय | ministry | RU | रूस का रक्षा मंत्रालय;रूसी संघ का रक्षा मंत्रालय;Russian Ministry of Defence;Russian Defence Ministry;Russian Defense Ministry | |
Ministry of Foreign Affairs of Russia | रूसी विदेश मंत्रालय | ministry | RU | रूस का विदेश मंत्रालय;Russian Foreign Ministry;Russian MFA | |
Armed Forces of the Russian Federation | रूसी सशस्त्र बल | armed forces | RU | रूसी सेना;रूस की सेना;Russian Armed Forces;Russian army;Russian military | |
Russian Navy | रूसी नौसेना | armed forces | RU | | |
Russian Aerospace Forces | रूसी एयरोस्पेस फोर्स | armed forces | RU | रूसी वायुसेना;रूसी वायु सेना;Russian Air Force;VKS | |
General Staff of the Russian Armed Forces | रूसी जनरल स्टाफ | armed forces | RU | रूसी सशस्त्र बलों का जनरल स्टाफ;Russian General Staff | |
Security Council of Russia | रूस की सुरक्षा परिषद | government body | RU | रूसी सुरक्षा परिषद;Russian Security Council | |
State Duma | स्टेट ड्यूमा | legislature | RU | ड्यूमा;राज्य ड्यूमा;Duma | |
Federal Service for Military-Technical Cooperation | सैन्य-तकनीकी सहयोग के लिए संघीय सेवा | government body | RU | एफएसएमटीसी;FSMTC;FSVTS | |
Rosoboronexport | रोसोबोरोनएक्सपोर्ट | defence company | RU | रोसोबोरॉनएक्सपोर्ट;रोसोबोरोन-एक्सपोर्ट;रोसोबोरोनएक्स्पोर्ट;रोसोबोरोन एक्सपोर्ट;रोसोबोरोनेक्सपोर्ट;Rosoboron Export | |
Rostec | रोस्टेक | defence company | RU | रोस्तेक;रॉस्टेक;रोसटेक;Rostekh;Rostec State Corporation | |
Almaz-Antey | अल्माज-एंटे | defence company | RU | अल्माज़-आंतेय;अल्माज-आंतेय;अल्माज़ आंतेय;अल्माज़-एंतेय;अल्माज एंटे;Almaz Antey | |
United Aircraft Corporation | यूनाइटेड एयरक्राफ्ट कॉर्पोरेशन | defence company | RU | यूएसी;UAC | |
United Shipbuilding Corporation | यूनाइटेड शिपबिल्डिंग कॉर्पोरेशन | defence company | RU | यूएससी;USC | |
Sukhoi Company | सुखोई कंपनी | defence company | RU | सुखोई डिजाइन ब्यूरो;सुखोई डिज़ाइन ब्यूरो;Sukhoi company;Sukhoi Design Bureau | |
Kalashnikov Concern | कलाश्निकोव कंसर्न | defence company | RU | कलाश्निकोव;कलाशनिकोव;कलाश्निकोव समूह;कलाश्निकोव ग्रुप;Kalashnikov;कलाशनिकोव कंसर्न;Kalashnikov Group | |
Rosatom | रोसाटॉम | state corporation | RU | रोसातोम;रोसएटम;रोसाटम;रोसाटोम;रोसएटॉम;रोस्तोम;Rosatom State Corporation;State Atomic Energy Corporation Rosatom | |
Roscosmos | रोस्कोस्मोस | space agency | RU | रॉसकॉसमॉस;रोसकॉसमॉस;रोस्कॉस्मॉस;रोसकोस्मोस | |
Gazprom | गैजप्रोम | company | RU | गज़प्रोम;गैज़प्रोम | |
Rosneft | रोसनेफ्ट | company | RU | रोजनेफ्ट;रोज़नेफ्ट | |
Wagner Group | वैगनर ग्रुप | private military company | RU | वैगनर समूह;वागनर ग्रुप;Wagner | |
FSB | एफएसबी | agency | RU | संघीय सुरक्षा सेवा;Federal Security Service | |
Embassy of Russia in India | भारत में रूसी दूतावास | embassy | RU | रूसी दूतावास;Russian Embassy;Russian Embassy in India | |
# ---------------- China, US, Pakistan and others ----------------
People's Liberation Army | पीपुल्स लिबरेशन आर्मी | armed forces | CN | पीएलए;चीनी सेना;PLA;Chinese army | |
People's Liberation Army Navy | पीएलए नौसेना | armed forces | CN | चीनी नौसेना;PLA Navy;Chinese Navy | |
Central Military Commission | केंद्रीय सैन्य आयोग | government body | CN | सीएमसी;CMC | |
Ministry of National Defense of China | चीनी रक्षा मंत्रालय | ministry | CN | चीन का रक्षा मंत्रालय;Chinese Defence Ministry;Chinese Ministry of National Defense | |
Ministry of Foreign Affairs of China | चीनी विदेश मंत्रालय | ministry | CN | चीन का विदेश मंत्रालय;Chinese Foreign Ministry | |
Communist Party of China | चीनी कम्युनिस्ट पार्टी | political party | CN | सीपीसी;कम्युनिस्ट पार्टी ऑफ चाइना;CPC;Chinese Communist Party;CCP | |
United States Department of Defense | अमेरिकी रक्षा विभाग | ministry | US | अमेरिकी रक्षा मंत्रालय;US Department of Defense;Department of Defense;Department of War;US Department of War;DoD | |
United States Department of State | अमेरिकी विदेश विभाग | ministry | US | अमेरिकी विदेश मंत्रालय;State Department;US State Department | |
United States Armed Forces | अमेरिकी सेना | armed forces | US | US military;US armed forces;US Army | |
Central Intelligence Agency | सीआईए | agency | US | CIA | |
Federal Bureau of Investigation | एफबीआई | agency | US | FBI | |
Lockheed Martin | लॉकहीड मार्टिन | defence company | US | | |
Boeing | बोइंग | company | US | | |
General Electric | जनरल इलेक्ट्रिक | company | US | जीई;GE;GE Aerospace | |
Pakistan Armed Forces | पाकिस्तानी सेना | armed forces | PK | पाकिस्तान की सेना;पाक सेना;Pakistan Army;Pakistani army | |
Inter-Services Intelligence | आईएसआई | agency | PK | इंटर-सर्विसेज इंटेलिजेंस;ISI | |
Lashkar-e-Taiba | लश्कर-ए-तैयबा | terrorist organisation | PK | लश्कर ए तैयबा;लश्कर-ए-तोयबा;एलईटी;LeT;Lashkar-e-Tayyiba | |
Jaish-e-Mohammed | जैश-ए-मोहम्मद | terrorist organisation | PK | जैश ए मोहम्मद;JeM | |
The Resistance Front | द रेजिस्टेंस फ्रंट | terrorist organisation | PK | टीआरएफ;TRF | |
Taliban | तालिबान | organisation | AF | | |
Hamas | हमास | organisation | PS | | |
Hezbollah | हिजबुल्लाह | organisation | LB | हिज़बुल्लाह;हिज्बुल्लाह;Hizbollah | |
Islamic Revolutionary Guard Corps | इस्लामिक रिवोल्यूशनरी गार्ड कॉर्प्स | armed forces | IR | आईआरजीसी;IRGC;Revolutionary Guards | |
Israel Defense Forces | इजराइली सेना | armed forces | IL | इजराइल डिफेंस फोर्सेज;आईडीएफ;IDF | |
Armed Forces of Ukraine | यूक्रेनी सेना | armed forces | UA | यूक्रेन की सेना;Ukrainian army;Ukrainian armed forces | |
Dassault Aviation | दसॉ एविएशन | defence company | FR | डसॉल्ट एविएशन;दसॉल्ट;Dassault | |
Naval Group | नेवल ग्रुप | defence company | FR | | |
Israel Aerospace Industries | इजराइल एयरोस्पेस इंडस्ट्रीज | defence company | IL | आईएआई;IAI | |
# ---------------- Defence industry: design bureaus, shipyards, joint ventures ----------------
Indo-Russian Helicopters Limited | इंडो-रशियन हेलीकॉप्टर्स लिमिटेड | joint venture | IN | इंडो-रशियन हेलीकॉप्टर्स;इंडो रशियन हेलीकॉप्टर्स;इंडो-रशियन हेलिकॉप्टर्स;Indo-Russian Helicopters;IRHL | |
Indo-Russian Aviation Limited | इंडो-रशियन एविएशन लिमिटेड | joint venture | IN | इंडो-रशियन एविएशन;Indo-Russian Aviation;IRAL | |
ITER | आईटीईआर | international organisation | | इटर;ITER Organization;International Thermonuclear Experimental Reactor;अंतरराष्ट्रीय थर्मोन्यूक्लियर प्रायोगिक रिएक्टर | |
Sevmash | सेवमाश | defence company | RU | Sevmash shipyard;सेवमाश शिपयार्ड | |
Zvezdochka Shipyard | ज़्वेज़्दोच्का शिपयार्ड | defence company | RU | ज्वेज्दोच्का;Zvezdochka | |
Admiralty Shipyards | एडमिरल्टी शिपयार्ड्स | defence company | RU | एडमिरल्टी शिपयार्ड;Admiralty Shipyard | |
Severnaya Verf | सेवेर्नाया वेर्फ | defence company | RU | Severnaya Verf Shipyard | |
Amur Shipyard | अमूर शिपयार्ड | defence company | RU | | |
Zelenodolsk Shipyard | जेलेनोडोल्स्क शिपयार्ड | defence company | RU | | |
United Engine Corporation | यूनाइटेड इंजन कॉर्पोरेशन | defence company | RU | यूईसी;UEC;ODK;ओडीके | |
Irkut Corporation | इरकुट कॉर्पोरेशन | defence company | RU | इरकुट;Irkut | |
Russian Aircraft Corporation MiG | मिग कॉर्पोरेशन | defence company | RU | आरएसी मिग;RAC MiG;MiG Corporation | |
Tupolev | तुपोलेव कंपनी | defence company | RU | Tupolev company;Tupolev PJSC | |
Russian Helicopters | रशियन हेलीकॉप्टर्स | defence company | RU | रशियन हेलिकॉप्टर्स;Russian Helicopters holding | |
Kamov | कामोव कंपनी | defence company | RU | Kamov company;Kamov Design Bureau | |
KRET | केआरईटी | defence company | RU | Concern Radio-Electronic Technologies | |
KBP Instrument Design Bureau | केबीपी | defence company | RU | KBP Tula;Tula KBP | |
NPO Saturn | एनपीओ सैटर्न | defence company | RU | एनपीओ सतर्न;NPO Saturn;UEC-Saturn;ओडीके-सैटर्न | |
Splav | स्प्लाव | defence company | RU | NPO Splav | |
Kurganmashzavod | कुरगनमाशज़ावोद | defence company | RU | | |
Concern Morinformsystem-Agat | मोरिनफॉर्मसिस्टम-अगत | defence company | RU | | |
Aeronautical Development Agency | वैमानिकी विकास एजेंसी | defence research agency | IN | एडीए;ADA | |
Gas Turbine Research Establishment | गैस टर्बाइन अनुसंधान प्रतिष्ठान | defence research agency | IN | जीटीआरई;GTRE | |
Advanced Weapons and Equipment India | एडवांस्ड वेपन्स एंड इक्विपमेंट इंडिया | defence company | IN | एडब्ल्यूईआईएल;AWEIL | |
Yantra India Limited | यंत्र इंडिया लिमिटेड | defence company | IN | Yantra India | |
Mahindra Defence Systems | महिंद्रा डिफेंस सिस्टम्स | defence company | IN | महिंद्रा डिफेंस;Mahindra Defence | |
Kalyani Group | कल्याणी ग्रुप | company | IN | कल्याणी समूह | |
Airbus | एयरबस | company | EU | | |
Pratt & Whitney | प्रैट एंड व्हिटनी | company | US | Pratt and Whitney | |
Honeywell | हनीवेल | company | US | | |
Naval Dockyard Mumbai | नौसेना डॉकयार्ड मुंबई | defence company | IN | नेवल डॉकयार्ड;Naval Dockyard | |
# ---------------- Regiments and corps (India) ----------------
Kumaon Regiment | कुमाऊं रेजिमेंट | regiment | IN | कुमाऊँ रेजिमेंट;कुमायूं रेजिमेंट | |
Madras Regiment | मद्रास रेजिमेंट | regiment | IN | | |
Sikh Light Infantry | सिख लाइट इन्फैंट्री | regiment | IN | सिख लाइट इन्फेंट्री | |
Rajput Regiment | राजपूत रेजिमेंट | regiment | IN | | |
Dogra Regiment | डोगरा रेजिमेंट | regiment | IN | | |
Punjab Regiment | पंजाब रेजिमेंट | regiment | IN | | |
Bihar Regiment | बिहार रेजिमेंट | regiment | IN | | |
Mahar Regiment | महार रेजिमेंट | regiment | IN | | |
Assam Regiment | असम रेजिमेंट | regiment | IN | | |
Naga Regiment | नगा रेजिमेंट | regiment | IN | नागा रेजिमेंट | |
Parachute Regiment | पैराशूट रेजिमेंट | regiment | IN | पैरा रेजिमेंट | |
Grenadiers | ग्रेनेडियर्स | regiment | IN | The Grenadiers;ग्रेनेडियर्स रेजिमेंट | |
Brigade of the Guards | ब्रिगेड ऑफ द गार्ड्स | regiment | IN | गार्ड्स ब्रिगेड | |
Maratha Light Infantry | मराठा लाइट इन्फैंट्री | regiment | IN | मराठा लाइट इन्फेंट्री;मराठा एलआई | |
Rajputana Rifles | राजपूताना राइफल्स | regiment | IN | राजपुताना राइफल्स | |
Garhwal Rifles | गढ़वाल राइफल्स | regiment | IN | गढवाल राइफल्स | |
Gorkha Rifles | गोरखा राइफल्स | regiment | IN | गोरखा रेजिमेंट | |
Jammu and Kashmir Rifles | जम्मू-कश्मीर राइफल्स | regiment | IN | जेएके राइफल्स;JAK Rifles;J&K Rifles | |
Jammu and Kashmir Light Infantry | जम्मू-कश्मीर लाइट इन्फैंट्री | regiment | IN | जेएके एलआई;JAK LI | |
Ladakh Scouts | लद्दाख स्काउट्स | regiment | IN | | |
Regiment of Artillery | तोपखाना रेजिमेंट | regiment | IN | आर्टिलरी रेजिमेंट | |
Corps of Engineers{corps-of-engineers-india} | कोर ऑफ इंजीनियर्स | corps | IN | | |
Army Aviation Corps | आर्मी एविएशन कोर | corps | IN | सेना विमानन कोर | |
# ---------------- Forces of partner countries ----------------
Japan Maritime Self-Defense Force | जापान समुद्री आत्मरक्षा बल | armed forces | JP | जापानी समुद्री आत्मरक्षा बल;जापान मैरीटाइम सेल्फ-डिफेंस फोर्स;जेएमएसडीएफ;JMSDF;Japan Maritime Self Defense Force;Japan Maritime Self-Defence Force | |
Japan Ground Self-Defense Force | जापान थल आत्मरक्षा बल | armed forces | JP | जापानी थल आत्मरक्षा बल;जापान ग्राउंड सेल्फ-डिफेंस फोर्स;जेजीएसडीएफ;JGSDF;Japan Ground Self Defense Force | |
Japan Air Self-Defense Force | जापान वायु आत्मरक्षा बल | armed forces | JP | जापानी वायु आत्मरक्षा बल;जापान एयर सेल्फ-डिफेंस फोर्स;जेएएसडीएफ;JASDF;Japan Air Self Defense Force | |
Japan Self-Defense Forces | जापान आत्मरक्षा बल | armed forces | JP | जापानी आत्मरक्षा बल;जापान सेल्फ-डिफेंस फोर्सेज;JSDF;Japan Self Defense Forces | |
Philippine Marine Corps | फिलीपीनी मरीन कॉर्प्स | armed forces | PH | फिलीपींस मरीन कॉर्प्स;फिलिपीनी मरीन कॉर्प्स;Philippines Marine Corps | |
Armed Forces of the Philippines | फिलीपींस सशस्त्र बल | armed forces | PH | फिलीपीनी सशस्त्र बल;एएफपी फिलीपींस;Philippine armed forces | |
Vietnam Border Guard | वियतनाम सीमा रक्षक बल | armed forces | VN | वियतनाम बॉर्डर गार्ड;वियतनामी सीमा रक्षक बल;वियतनाम सीमा रक्षक;Vietnamese Border Guard | |
Vietnam People's Navy | वियतनाम पीपुल्स नेवी | armed forces | VN | वियतनाम जन नौसेना;Vietnamese People's Navy | |
Vietnam People's Army | वियतनाम पीपुल्स आर्मी | armed forces | VN | वियतनाम जन सेना;Vietnamese People's Army | |
United States Marine Corps | अमेरिकी मरीन कॉर्प्स | armed forces | US | यूएस मरीन कॉर्प्स;अमेरिकी मरीन;US Marine Corps;U.S. Marine Corps;USMC;US Marines | |
United States Indo-Pacific Command | अमेरिकी हिंद-प्रशांत कमान | armed forces | US | अमेरिकी इंडो-पैसिफिक कमांड;यूएस इंडो-पैसिफिक कमांड;इंडोपैकॉम;INDOPACOM;US Indo-Pacific Command;U.S. Indo-Pacific Command | |
Egyptian Armed Forces | मिस्र की सशस्त्र सेनाएं | armed forces | EG | मिस्री सशस्त्र बल;मिस्र सशस्त्र बल;Egyptian armed forces | |
Australian Defence Force | ऑस्ट्रेलियाई रक्षा बल | armed forces | AU | ऑस्ट्रेलियन डिफेंस फोर्स;एडीएफ;ADF | |
French Armed Forces | फ्रांसीसी सशस्त्र बल | armed forces | FR | फ्रांस के सशस्त्र बल;French armed forces | |
Russian Strategic Rocket Forces | रूसी सामरिक मिसाइल बल | armed forces | RU | Strategic Rocket Forces | |
Russian Ground Forces | रूसी थल सेना | armed forces | RU | रूसी थलसेना;Russian Ground Forces | |
Russian Pacific Fleet | रूसी प्रशांत बेड़ा | armed forces | RU | प्रशांत बेड़ा;Pacific Fleet;रूस का प्रशांत बेड़ा | |
Russian Northern Fleet | रूसी उत्तरी बेड़ा | armed forces | RU | उत्तरी बेड़ा;Northern Fleet | |
Russian Black Sea Fleet | रूसी काला सागर बेड़ा | armed forces | RU | काला सागर बेड़ा;Black Sea Fleet | |
Russian Baltic Fleet | रूसी बाल्टिक बेड़ा | armed forces | RU | बाल्टिक बेड़ा;Baltic Fleet | |
# ---------------- News agencies and media that appear in bylines ----------------
Press Trust of India | प्रेस ट्रस्ट ऑफ इंडिया | news agency | IN | पीटीआई;पीटीआई-भाषा;PTI | |
Asian News International | एशियन न्यूज इंटरनेशनल | news agency | IN | एएनआई;ANI | |
Indo-Asian News Service | इंडो-एशियन न्यूज सर्विस | news agency | IN | आईएएनएस;IANS | |
United News of India | यूनाइटेड न्यूज ऑफ इंडिया | news agency | IN | यूएनआई;यूनीवार्ता;यूएनआई-वार्ता;UNI | |
TASS | तास | news agency | RU | टास;TASS news agency;ITAR-TASS | |
RIA Novosti | आरआईए नोवोस्ती | news agency | RU | रिया नोवोस्ती;आरआईए;RIA | |
Sputnik | स्पुतनिक | news agency | RU | स्पूतनिक;Sputnik News | |
Russia Today{rt} | आरटी | news outlet | RU | रशिया टुडे;RT News | |
Xinhua | शिन्हुआ | news agency | CN | सिन्हुआ;Xinhua News Agency | |
Global Times | ग्लोबल टाइम्स | news outlet | CN | | |
Reuters | रॉयटर्स | news agency | GB | रायटर्स;रायटर | |
Associated Press | एसोसिएटेड प्रेस | news agency | US | | |
Agence France-Presse | एजेंस फ्रांस-प्रेस | news agency | FR | एएफपी;AFP | |
Doordarshan | दूरदर्शन | broadcaster | IN | डीडी न्यूज;DD News | |
All India Radio | आकाशवाणी | broadcaster | IN | ऑल इंडिया रेडियो | |
# ---------------- Ministries, PSUs and units of the fifth blind round (real bodies, usual spellings) ----------------
Pawan Hans | पवन हंस | company | IN | पवनहंस;पवन हंस लिमिटेड;Pawan Hans Limited | |
Ministry of Civil Aviation | नागर विमानन मंत्रालय | ministry | IN | नागरिक उड्डयन मंत्रालय;Civil Aviation Ministry | |
Ministry of Ports, Shipping and Waterways | बंदरगाह, पोत परिवहन और जलमार्ग मंत्रालय | ministry | IN | पत्तन, पोत परिवहन और जलमार्ग मंत्रालय;बंदरगाह, जहाजरानी और जलमार्ग मंत्रालय;Shipping Ministry | |
Ministry of Heavy Industries | भारी उद्योग मंत्रालय | ministry | IN | Heavy Industries Ministry | |
Ministry of Steel | इस्पात मंत्रालय | ministry | IN | Steel Ministry | |
Ministry of Commerce and Industry | वाणिज्य और उद्योग मंत्रालय | ministry | IN | वाणिज्य एवं उद्योग मंत्रालय;Commerce Ministry | |
Ministry of Electronics and Information Technology | इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय | ministry | IN | इलेक्ट्रॉनिक्स और सूचना प्रौद्योगिकी मंत्रालय;MeitY;मेइटी | |
Shipping Corporation of India | भारतीय नौवहन निगम | company | IN | शिपिंग कॉर्पोरेशन ऑफ इंडिया;एससीआई | |
Indian Ports Association | भारतीय पत्तन संघ | association | IN | इंडियन पोर्ट्स एसोसिएशन | |
Leningrad Military District | लेनिनग्राद सैन्य ज़िला | armed forces | RU | लेनिनग्राद सैन्य जिला;लेनिनग्राद सैन्य ज़िले;लेनिनग्राद सैन्य जिले | |
Moscow Military District | मॉस्को सैन्य ज़िला | armed forces | RU | मॉस्को सैन्य जिला;मॉस्को सैन्य ज़िले;मॉस्को सैन्य जिले | |
Russian Eastern Military District | पूर्वी सैन्य ज़िला | armed forces | RU | पूर्वी सैन्य जिला;पूर्वी सैन्य ज़िले;पूर्वी सैन्य जिले;Eastern Military District | |
Russian Southern Military District | दक्षिणी सैन्य ज़िला | armed forces | RU | दक्षिणी सैन्य जिला;दक्षिणी सैन्य ज़िले;दक्षिणी सैन्य जिले;Southern Military District | |
Russian Central Military District | केंद्रीय सैन्य ज़िला | armed forces | RU | केंद्रीय सैन्य जिला;केंद्रीय सैन्य ज़िले;केंद्रीय सैन्य जिले;Central Military District | |
Western Fleet{western-fleet-india} | पश्चिमी बेड़ा | armed forces | IN | पश्चिमी फ्लीट;वेस्टर्न फ्लीट;पश्चिमी बेड़े;Western Fleet | |
Eastern Fleet{eastern-fleet-india} | पूर्वी बेड़ा | armed forces | IN | पूर्वी फ्लीट;ईस्टर्न फ्लीट;पूर्वी बेड़े;Eastern Fleet | |
Arunachal Scouts | अरुणाचल स्काउट्स | regiment | IN | | |
Sikkim Scouts | सिक्किम स्काउट्स | regiment | IN | | |
`;
