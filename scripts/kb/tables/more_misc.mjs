// More ORGANISATIONS, EQUIPMENT and EVENTS. Same columns as organisations.mjs, equipment.mjs and events.mjs.
export const organisationsMore = `
Samajwadi Party | समाजवादी पार्टी | political party | IN | सपा | |
Bahujan Samaj Party | बहुजन समाज पार्टी | political party | IN | बसपा;BSP | |
Rashtriya Janata Dal | राष्ट्रीय जनता दल | political party | IN | राजद;RJD | |
Janata Dal (United) | जनता दल (यूनाइटेड) | political party | IN | जदयू;जेडीयू;JDU;JD(U) | |
Trinamool Congress | तृणमूल कांग्रेस | political party | IN | टीएमसी;All India Trinamool Congress;TMC | |
Dravida Munnetra Kazhagam | द्रविड़ मुनेत्र कड़गम | political party | IN | डीएमके;DMK | |
Shiv Sena | शिवसेना | political party | IN | शिव सेना | |
Nationalist Congress Party | राष्ट्रवादी कांग्रेस पार्टी | political party | IN | एनसीपी;NCP | |
Jammu and Kashmir National Conference | नेशनल कॉन्फ्रेंस | political party | IN | जम्मू-कश्मीर नेशनल कॉन्फ्रेंस;National Conference | |
Telugu Desam Party | तेलुगु देशम पार्टी | political party | IN | टीडीपी;TDP | |
Communist Party of India (Marxist) | मार्क्सवादी कम्युनिस्ट पार्टी | political party | IN | माकपा;सीपीआई(एम);CPI(M);CPI-M | |
All India Majlis-e-Ittehadul Muslimeen | ऑल इंडिया मजलिस-ए-इत्तेहादुल मुस्लिमीन | political party | IN | एआईएमआईएम;AIMIM | |
National Democratic Alliance | राष्ट्रीय जनतांत्रिक गठबंधन | political alliance | IN | एनडीए;NDA | |
Pakistan Muslim League (N) | पाकिस्तान मुस्लिम लीग (नवाज) | political party | PK | पीएमएल-एन;PML-N | |
Pakistan Tehreek-e-Insaf | पाकिस्तान तहरीक-ए-इंसाफ | political party | PK | पीटीआई पार्टी;PTI party | |
Pakistan Peoples Party | पाकिस्तान पीपुल्स पार्टी | political party | PK | पीपीपी;PPP | |
United Russia | यूनाइटेड रशिया | political party | RU | संयुक्त रूस पार्टी | |
Democratic Party{democratic-party-us} | डेमोक्रेटिक पार्टी | political party | US | डेमोक्रेट पार्टी | |
Republican Party{republican-party-us} | रिपब्लिकन पार्टी | political party | US | GOP | |
Directorate General of Military Operations | सैन्य अभियान महानिदेशालय | armed forces | IN | डीजीएमओ;DGMO | |
Indian Military Academy | भारतीय सैन्य अकादमी | military academy | IN | आईएमए;IMA | |
National Defence Academy | राष्ट्रीय रक्षा अकादमी | military academy | IN | एनडीए खडकवासला;NDA Khadakwasla | |
National Defence College | राष्ट्रीय रक्षा कॉलेज | military academy | IN | एनडीसी;NDC | |
Strategic Forces Command | सामरिक बल कमान | armed forces | IN | स्ट्रैटेजिक फोर्सेज कमांड;SFC | |
Andaman and Nicobar Command | अंडमान और निकोबार कमान | armed forces | IN | Andaman & Nicobar Command | |
Northern Command{northern-command-india} | उत्तरी कमान | armed forces | IN | Indian Army Northern Command | |
Western Naval Command | पश्चिमी नौसेना कमान | armed forces | IN | | |
Eastern Naval Command | पूर्वी नौसेना कमान | armed forces | IN | | |
Ordnance Factory Board | आयुध निर्माणी बोर्ड | defence company | IN | ओएफबी;OFB | |
Munitions India Limited | म्यूनिशन्स इंडिया लिमिटेड | defence company | IN | | |
Larsen & Toubro | लार्सन एंड टुब्रो | company | IN | एलएंडटी;एल एंड टी;L&T;Larsen and Toubro | |
Tata Advanced Systems | टाटा एडवांस्ड सिस्टम्स | defence company | IN | टाटा एडवांस्ड सिस्टम्स लिमिटेड;TASL | |
Adani Defence and Aerospace | अदाणी डिफेंस एंड एयरोस्पेस | defence company | IN | अडानी डिफेंस;Adani Defence | |
Reliance Industries | रिलायंस इंडस्ट्रीज | company | IN | रिलायंस;Reliance | |
Indian Oil Corporation | इंडियन ऑयल कॉर्पोरेशन | company | IN | इंडियन ऑयल;आईओसी;IndianOil | |
ONGC Videsh | ओएनजीसी विदेश | company | IN | ओवीएल;OVL | |
Oil and Natural Gas Corporation | तेल एवं प्राकृतिक गैस निगम | company | IN | ओएनजीसी;ONGC | |
Nayara Energy | नायरा एनर्जी | company | IN | | |
Lukoil | लुकोइल | company | RU | लुकऑयल | |
Novatek | नोवाटेक | company | RU | | |
Sberbank | स्बेरबैंक | company | RU | | |
Uralvagonzavod | उरालवैगनजावोद | defence company | RU | Uralvagonzavod (UVZ);UVZ;यूवीजेड;उरालवागोनज़ावोद;उरालवागोनजावोद;यूरालवागोनज़ावोद;उराल वैगन ज़ावोद | |
Tactical Missiles Corporation | टैक्टिकल मिसाइल्स कॉर्पोरेशन | defence company | RU | KTRV | |
NPO Mashinostroyeniya | एनपीओ माशिनोस्त्रोयेनिया | defence company | RU | NPO Mashinostroyenia | |
Zvezda Shipyard | ज़्वेज़्दा शिपयार्ड | company | RU | | |
Russian Direct Investment Fund | रूसी प्रत्यक्ष निवेश कोष | state fund | RU | आरडीआईएफ;RDIF | |
Ministry of Foreign Affairs of Pakistan | पाकिस्तानी विदेश मंत्रालय | ministry | PK | पाकिस्तान का विदेश मंत्रालय;Pakistan Foreign Office | |
Inter-Services Public Relations | इंटर-सर्विसेज पब्लिक रिलेशंस | agency | PK | आईएसपीआर;ISPR | |
Pakistan Air Force | पाकिस्तानी वायुसेना | armed forces | PK | पाकिस्तान वायुसेना;पाक वायुसेना;PAF | |
Pakistan Navy | पाकिस्तानी नौसेना | armed forces | PK | पाकिस्तान नौसेना | |
Houthis | हूती | organisation | YE | हूती विद्रोही;Ansar Allah;Houthi | |
Islamic State | इस्लामिक स्टेट | terrorist organisation | | आईएसआईएस;आईएस;ISIS;ISIL | |
Al-Qaeda | अल-कायदा | terrorist organisation | | अल कायदा;अलकायदा;Al Qaeda | |
Tehrik-i-Taliban Pakistan | तहरीक-ए-तालिबान पाकिस्तान | terrorist organisation | PK | टीटीपी;TTP | |
Balochistan Liberation Army | बलूचिस्तान लिबरेशन आर्मी | organisation | PK | बीएलए;BLA | |
Hizbul Mujahideen | हिजबुल मुजाहिदीन | terrorist organisation | PK | हिज़्बुल मुजाहिदीन | |
UN Human Rights Council | संयुक्त राष्ट्र मानवाधिकार परिषद | international organisation | | UNHRC | |
UNESCO | यूनेस्को | international organisation |  |  | Q7809 |
UNICEF | यूनिसेफ | international organisation |  |  | Q740308 |
International Solar Alliance | अंतरराष्ट्रीय सौर गठबंधन | international organisation | | आईएसए;ISA | |
Indian Ocean Rim Association | हिंद महासागर रिम एसोसिएशन | international organisation | | आईओआरए;IORA | |
Asian Development Bank | एशियाई विकास बैंक | international organisation | | एडीबी;ADB | |
Asian Infrastructure Investment Bank | एशियाई इंफ्रास्ट्रक्चर निवेश बैंक | international organisation | | एआईआईबी;AIIB | |
International Civil Aviation Organization | अंतरराष्ट्रीय नागरिक उड्डयन संगठन | international organisation | | ICAO | |
Missile Technology Control Regime | मिसाइल प्रौद्योगिकी नियंत्रण व्यवस्था | international regime | | एमटीसीआर;MTCR | |
Nuclear Suppliers Group | परमाणु आपूर्तिकर्ता समूह | international regime | | एनएसजी समूह;Nuclear Suppliers Group (NSG) | |
Wassenaar Arrangement | वासेनार व्यवस्था | international regime | | | |
I2U2 | आई2यू2 | international forum | | | |
AUKUS | ऑकस | international forum | | | |
Department of Defence Production | रक्षा उत्पादन विभाग | government body | IN | डीडीपी;DDP | |
Eastern Command{eastern-command-india} | पूर्वी कमान | armed forces | IN | Indian Army Eastern Command | |
Western Command{western-command-india} | पश्चिमी कमान | armed forces | IN | Indian Army Western Command | |
Southern Command{southern-command-india} | दक्षिणी कमान | armed forces | IN | Indian Army Southern Command | |
National Cadet Corps | राष्ट्रीय कैडेट कोर | organisation | IN | एनसीसी;NCC | |
Territorial Army | प्रादेशिक सेना | armed forces | IN | टेरिटोरियल आर्मी | |
Federation Council{federation-council-russia} | फेडरेशन काउंसिल | legislature | RU | रूसी फेडरेशन काउंसिल;Federation Council of Russia | |
Rosgvardia | रोसग्वार्दिया | armed forces | RU | नेशनल गार्ड ऑफ रशिया;National Guard of Russia | |
Foreign Intelligence Service{svr-russia} | रूसी विदेशी खुफिया सेवा | agency | RU | एसवीआर;SVR | |
GRU | जीआरयू | agency | RU | रूसी सैन्य खुफिया;Russian military intelligence | |
VTB Bank | वीटीबी बैंक | company | RU | VTB | |
Gazprombank | गैजप्रोमबैंक | company | RU | | |
Valdai Discussion Club | वल्दाई डिस्कशन क्लब | think tank | RU | वल्दाई क्लब;Valdai Club | |
Russian Space Forces | रूसी अंतरिक्ष बल | armed forces | RU | | |
# ---------------- Defence and aerospace companies (world) ----------------
thyssenkrupp Marine Systems | थिसेनक्रुप मरीन सिस्टम्स | defence company | DE | थिसेनक्रुप मरीन सिस्टम;थाइसेनक्रुप मरीन सिस्टम्स;थिसेनक्रुप मैरीन सिस्टम्स;टीकेएमएस;TKMS;ThyssenKrupp Marine Systems;Thyssenkrupp Marine Systems | |
thyssenkrupp | थिसेनक्रुप | company | DE | थाइसेनक्रुप;थिसनक्रुप;ThyssenKrupp;Thyssenkrupp | |
Rafael Advanced Defense Systems | राफेल एडवांस्ड डिफेंस सिस्टम्स | defence company | IL | Rafael Advanced Defence Systems | |
Elbit Systems | एल्बिट सिस्टम्स | defence company | IL | एलबिट सिस्टम्स;एल्बिट;Elbit | |
Airbus Defence and Space | एयरबस डिफेंस एंड स्पेस | defence company | EU | | |
Safran | सफ्रान | defence company | FR | साफ्रान;Safran Group | |
Thales Group | थेल्स | defence company | FR | थालेस;Thales | |
MBDA | एमबीडीए | defence company | EU | | |
BAE Systems | बीएई सिस्टम्स | defence company | GB | BAE | |
Rolls-Royce | रोल्स-रॉयस | company | GB | रोल्स रॉयस;Rolls Royce | |
RTX Corporation | आरटीएक्स | defence company | US | रेथियॉन;रेथियोन;Raytheon;RTX | |
Northrop Grumman | नॉर्थरोप ग्रुम्मन | defence company | US | नॉर्थ्रॉप ग्रुमैन | |
General Dynamics | जनरल डायनामिक्स | defence company | US | जनरल डायनेमिक्स | |
General Atomics | जनरल एटॉमिक्स | defence company | US | | |
Saab | साब | defence company | SE | Saab AB | |
Leonardo S.p.A.{leonardo-company} | लियोनार्डो कंपनी | defence company | IT | Leonardo S.p.A | |
Rheinmetall | राइनमेटल | defence company | DE | | |
Hanwha Aerospace | हनवा एयरोस्पेस | defence company | KR | हान्वा एयरोस्पेस;हनवा डिफेंस;Hanwha Defense | |
Hyundai Rotem | ह्युंडई रोटेम | defence company | KR | | |
Korea Aerospace Industries | कोरिया एयरोस्पेस इंडस्ट्रीज | defence company | KR | KAI | |
Mitsubishi Heavy Industries | मित्सुबिशी हेवी इंडस्ट्रीज | defence company | JP | एमएचआई;MHI | |
Kawasaki Heavy Industries | कावासाकी हेवी इंडस्ट्रीज | company | JP | | |
Kongsberg Gruppen | कोंग्सबर्ग | defence company | NO | Kongsberg | |
Navantia | नवांतिया | defence company | ES | | |
Fincantieri | फिनकांतिएरी | defence company | IT | | |
Embraer | एम्ब्रेयर | defence company | BR | एम्ब्रायर | |
Baykar | बायकर | defence company | TR | | |
Aselsan | असेलसान | defence company | TR | | |
China State Shipbuilding Corporation | चाइना स्टेट शिपबिल्डिंग कॉरपोरेशन | defence company | CN | सीएसएससी;CSSC | |
Aviation Industry Corporation of China | एविएशन इंडस्ट्री कॉरपोरेशन ऑफ चाइना | defence company | CN | एवीआईसी;AVIC | |
NORINCO | नोरिंको | defence company | CN | China North Industries Group | |
Goa Shipyard Limited | गोवा शिपयार्ड लिमिटेड | defence company | IN | गोवा शिपयार्ड;Goa Shipyard;GSL | |
Hindustan Shipyard Limited | हिंदुस्तान शिपयार्ड लिमिटेड | defence company | IN | हिंदुस्तान शिपयार्ड;Hindustan Shipyard | |
Mishra Dhatu Nigam | मिश्र धातु निगम | defence company | IN | मिधानि;MIDHANI | |
Solar Industries | सोलर इंडस्ट्रीज | defence company | IN | | |
Bharat Forge | भारत फोर्ज | defence company | IN | | |
# ---------------- Indian defence factories, PSUs, labs and space centres ----------------
Heavy Vehicles Factory | हेवी व्हीकल्स फैक्टरी | defence factory | IN | हेवी व्हीकल्स फैक्ट्री;हेवी व्हीकल फैक्ट्री;एचवीएफ;HVF | |
Engine Factory Avadi | इंजन फैक्टरी अवाडी | defence factory | IN | इंजन फैक्ट्री अवाडी;इंजन फैक्टरी आवडी;ईएफए;EFA | |
Ordnance Factory Medak | आयुध निर्माणी मेडक | defence factory | IN | ऑर्डनेंस फैक्ट्री मेडक;Ordnance Factory Medak | |
Gun Carriage Factory | गन कैरिज फैक्ट्री | defence factory | IN | गन कैरिज फैक्टरी;जीसीएफ जबलपुर;GCF Jabalpur | |
Vehicle Factory Jabalpur | व्हीकल फैक्ट्री जबलपुर | defence factory | IN | वीएफजे;VFJ | |
India Optel Limited | इंडिया ऑप्टेल लिमिटेड | defence company | IN | IOL | |
Gliders India Limited | ग्लाइडर्स इंडिया लिमिटेड | defence company | IN | | |
Troop Comforts Limited | ट्रूप कम्फर्ट्स लिमिटेड | defence company | IN | | |
Combat Vehicles Research and Development Establishment | लड़ाकू वाहन अनुसंधान एवं विकास संस्थापना | defence research agency | IN | सीवीआरडीई;CVRDE | |
Defence Research and Development Laboratory | रक्षा अनुसंधान एवं विकास प्रयोगशाला | defence research agency | IN | डीआरडीएल;DRDL | |
Armament Research and Development Establishment | आयुध अनुसंधान एवं विकास संस्थापना | defence research agency | IN | एआरडीई;ARDE | |
Defence Metallurgical Research Laboratory | रक्षा धातुकर्म अनुसंधान प्रयोगशाला | defence research agency | IN | डीएमआरएल;DMRL | |
Naval Science and Technological Laboratory | नौसेना विज्ञान एवं प्रौद्योगिकी प्रयोगशाला | defence research agency | IN | एनएसटीएल;NSTL | |
Electronics and Radar Development Establishment | इलेक्ट्रॉनिक्स एवं रडार विकास संस्थापना | defence research agency | IN | एलआरडीई;LRDE | |
Research Centre Imarat | रिसर्च सेंटर इमारत | defence research agency | IN | आरसीआई;RCI | |
Vikram Sarabhai Space Centre | विक्रम साराभाई अंतरिक्ष केंद्र | space agency | IN | वीएसएससी;VSSC | |
Satish Dhawan Space Centre | सतीश धवन अंतरिक्ष केंद्र | space agency | IN | एसडीएससी शार;SDSC SHAR;SDSC-SHAR | |
Liquid Propulsion Systems Centre | द्रव नोदन प्रणाली केंद्र | space agency | IN | एलपीएससी;LPSC | |
U R Rao Satellite Centre | यू आर राव उपग्रह केंद्र | space agency | IN | यूआरएससी;URSC | |
Human Space Flight Centre | ह्यूमन स्पेस फ्लाइट सेंटर | space agency | IN | मानव अंतरिक्ष उड़ान केंद्र;एचएसएफसी;HSFC | |
NewSpace India Limited | न्यूस्पेस इंडिया लिमिटेड | space company | IN | एनएसआईएल;NSIL | |
Indian National Space Promotion and Authorization Centre | भारतीय राष्ट्रीय अंतरिक्ष संवर्धन एवं प्राधिकरण केंद्र | space agency | IN | इन-स्पेस;इनस्पेस;IN-SPACe | |
Department of Atomic Energy | परमाणु ऊर्जा विभाग | government body | IN | डीएई;DAE | |
Atomic Energy Commission of India | परमाणु ऊर्जा आयोग | government body | IN | Atomic Energy Commission | |
Nuclear Power Corporation of India | न्यूक्लियर पावर कॉरपोरेशन ऑफ इंडिया | state company | IN | न्यूक्लियर पावर कॉर्पोरेशन ऑफ इंडिया;भारतीय परमाणु विद्युत निगम;एनपीसीआईएल;NPCIL;Nuclear Power Corporation of India Limited | |
Bhabha Atomic Research Centre{barc-org} | भाभा परमाणु अनुसंधान केंद्र | research institute | IN | | |
Bharat Heavy Electricals Limited | भारत हेवी इलेक्ट्रिकल्स लिमिटेड | state company | IN | भेल;बीएचईएल;BHEL | |
Hindustan Aeronautics Limited Nashik Division | एचएएल नासिक | defence company | IN | HAL Nashik | |
Defence Public Sector Undertakings | रक्षा सार्वजनिक क्षेत्र उपक्रम | defence company | IN | डीपीएसयू;DPSU;DPSUs | |
# ---------------- Russian defence industry, agencies and institutions ----------------
Kazan Helicopter Plant | कज़ान हेलीकॉप्टर प्लांट | defence company | RU | कजान हेलीकॉप्टर प्लांट;कज़ान हेलिकॉप्टर प्लांट;कज़ान हेलीकॉप्टर संयंत्र;Kazan Helicopters | |
Kazan Aviation Plant | कज़ान विमानन संयंत्र | defence company | RU | कजान विमानन संयंत्र;कज़ान एविएशन प्लांट;KAPO;Gorbunov Kazan Aviation Plant;कापो | |
Ulan-Ude Aviation Plant | उलान-उदे विमानन संयंत्र | defence company | RU | उलान उदे एविएशन प्लांट | |
Irkutsk Aviation Plant | इरकुत्स्क विमानन संयंत्र | defence company | RU | इर्कुत्स्क एविएशन प्लांट | |
Komsomolsk-on-Amur Aircraft Plant | कोम्सोमोल्स्क-ऑन-अमूर विमान संयंत्र | defence company | RU | KnAAZ;KnAAPO | |
Aviastar-SP | एवियास्टार-एसपी | defence company | RU | एवियास्टार;Aviastar | |
Klimov | क्लिमोव | defence company | RU | ओडीके-क्लिमोव;ODK-Klimov;UEC-Klimov | |
Izhmash | इज़माश | defence company | RU | इजमाश | |
Tula Arms Plant | तुला शस्त्र कारखाना | defence company | RU | Tula Arms Factory | |
Shvabe | श्वाबे | defence company | RU | Shvabe Holding | |
Ruselectronics | रूसइलेक्ट्रॉनिक्स | defence company | RU | रोसइलेक्ट्रॉनिक्स;Roselectronics | |
High Precision Systems | हाई प्रिसिजन सिस्टम्स | defence company | RU | Vysokotochnye Kompleksy | |
Rubin Design Bureau | रुबिन डिज़ाइन ब्यूरो | defence company | RU | रुबिन डिजाइन ब्यूरो;रुबिन;Rubin | |
Malakhit Design Bureau | मालाखित डिज़ाइन ब्यूरो | defence company | RU | Malakhit | |
Baltic Shipyard | बाल्टिक शिपयार्ड | defence company | RU | Baltiysky Zavod | |
TVEL | टीवीईएल | nuclear company | RU | | |
Atomstroyexport | एटमस्ट्रॉयएक्सपोर्ट | nuclear company | RU | एटमस्ट्रोयएक्सपोर्ट;ASE | |
Rosenergoatom | रोसएनर्गोएटम | nuclear company | RU | | |
Glavkosmos | ग्लावकॉसमॉस | space company | RU | ग्लावकोस्मोस | |
RSC Energia | एनर्जिया | space company | RU | एनर्जिया रॉकेट एंड स्पेस कॉर्पोरेशन;Energia | |
Yuri Gagarin Cosmonaut Training Center | यूरी गागरिन कॉस्मोनॉट प्रशिक्षण केंद्र | space agency | RU | यूरी गागरिन कॉस्मोनॉट ट्रेनिंग सेंटर;गागरिन कॉस्मोनॉट प्रशिक्षण केंद्र;गागरिन प्रशिक्षण केंद्र;Gagarin Cosmonaut Training Centre;Gagarin Cosmonaut Training Center;Yuri Gagarin Cosmonaut Training Centre | |
Frunze Military Academy | फ्रुंज़े सैन्य अकादमी | military academy | RU | फ्रुंजे सैन्य अकादमी;फ्रुंज़े मिलिट्री अकादमी;Frunze Academy | |
Kuznetsov Naval Academy | कुज़नेत्सोव नौसेना अकादमी | military academy | RU | कुज़नेत्सोव अकादमी;कुजनेत्सोव नौसेना अकादमी;कुजनेत्सोव अकादमी;N.G. Kuznetsov Naval Academy;Kuznetsov Academy | |
Military Academy of the General Staff | जनरल स्टाफ सैन्य अकादमी | military academy | RU | रूसी जनरल स्टाफ अकादमी;General Staff Academy | |
Zhukovsky and Gagarin Air Force Academy | ज़ुकोवस्की वायुसेना अकादमी | military academy | RU | Zhukovsky Air Force Academy | |
Far Eastern Federal University | सुदूर पूर्वी संघीय विश्वविद्यालय | university | RU | फार ईस्टर्न फेडरल यूनिवर्सिटी;एफईएफयू;FEFU | |
Moscow State University | मॉस्को स्टेट यूनिवर्सिटी | university | RU | मॉस्को राजकीय विश्वविद्यालय;मास्को स्टेट यूनिवर्सिटी;Lomonosov Moscow State University;MSU | |
Kazan Federal University | कज़ान संघीय विश्वविद्यालय | university | RU | कजान संघीय विश्वविद्यालय;कज़ान फेडरल यूनिवर्सिटी;KFU | |
MGIMO | एमजीआईएमओ | university | RU | Moscow State Institute of International Relations;मॉस्को राज्य अंतरराष्ट्रीय संबंध संस्थान | |
IMEMO | इमेमो | think tank | RU | Primakov Institute of World Economy and International Relations;प्रिमाकोव संस्थान | |
Russian International Affairs Council | रूसी अंतरराष्ट्रीय मामलों की परिषद | think tank | RU | आरआईएसी;RIAC | |
Institute of Oriental Studies | प्राच्य अध्ययन संस्थान | think tank | RU | Institute of Oriental Studies RAS | |
Russian Academy of Sciences | रूसी विज्ञान अकादमी | research institute | RU | Russian Academy of Sciences (RAS) | |
Federation Council Defence Committee | फेडरेशन काउंसिल की रक्षा समिति | legislature | RU | | |
State Duma Defence Committee | ड्यूमा की रक्षा समिति | legislature | RU | स्टेट ड्यूमा की रक्षा समिति;State Duma Committee on Defence | |
Union of Paratroopers of Russia | रूसी पैराट्रूपर्स संघ | veterans organisation | RU | | |
# ---------------- Forces and commands ----------------
South Western Command | दक्षिण पश्चिमी कमान | armed forces | IN | सप्त शक्ति कमान;दक्षिण-पश्चिमी कमान;Sapta Shakti Command;South-Western Command | |
Central Command{central-command-india} | मध्य कमान | armed forces | IN | सूर्य कमान;Surya Command | |
Army Training Command | सेना प्रशिक्षण कमान | armed forces | IN | आर्ट्रैक;ARTRAC | |
Southern Naval Command | दक्षिणी नौसेना कमान | armed forces | IN | | |
Western Air Command | पश्चिमी वायु कमान | armed forces | IN | | |
Eastern Air Command | पूर्वी वायु कमान | armed forces | IN | | |
South Western Air Command | दक्षिण पश्चिमी वायु कमान | armed forces | IN | | |
Konark Corps | कोणार्क कोर | armed forces | IN | कोणार्क कॉर्प्स;12 Corps;XII Corps | |
Chetak Corps | चेतक कोर | armed forces | IN | चेतक कॉर्प्स;10 Corps;X Corps | |
Kharga Corps | खड़्ग कोर | armed forces | IN | खड्ग कोर;2 Corps;II Corps | |
Vajra Corps | वज्र कोर | armed forces | IN | 11 Corps;XI Corps | |
Fire and Fury Corps | फायर एंड फ्यूरी कोर | armed forces | IN | 14 Corps;XIV Corps | |
Chinar Corps | चिनार कोर | armed forces | IN | 15 Corps;XV Corps | |
White Knight Corps | व्हाइट नाइट कोर | armed forces | IN | 16 Corps;XVI Corps | |
Brahmastra Corps | ब्रह्मास्त्र कोर | armed forces | IN | 17 Corps;XVII Corps | |
Sudarshan Chakra Corps | सुदर्शन चक्र कोर | armed forces | IN | 21 Corps;XXI Corps | |
Trishakti Corps | त्रिशक्ति कोर | armed forces | IN | 33 Corps;XXXIII Corps | |
Gajraj Corps | गजराज कोर | armed forces | IN | 4 Corps;IV Corps | |
Spear Corps | स्पीयर कोर | armed forces | IN | 3 Corps;III Corps | |
Dakshin Bharat Area | दक्षिण भारत क्षेत्र | armed forces | IN | Dakshin Bharat Area | |
Royal Navy | रॉयल नेवी | armed forces | GB | शाही नौसेना;ब्रिटिश रॉयल नेवी | |
Royal Air Force | रॉयल एयर फोर्स | armed forces | GB | आरएएफ;RAF | |
Deutsche Marine | डॉयचे मरीन | armed forces | DE | German Navy (Deutsche Marine) | |
Bundeswehr | बुंडेसवेयर | armed forces | DE | बुंडेसवेहर | |
Marinha do Brasil | मारिन्हा डो ब्रासिल | armed forces | BR | Brazilian Navy (Marinha do Brasil) | |
Exército Brasileiro | एक्सेर्सितो ब्रासीलेइरो | armed forces | BR | Exercito Brasileiro | |
UAE Land Forces | यूएई लैंड फोर्सेज | armed forces | AE | UAE Land Force;यूएई थल सेना;यूएई थलसेना;UAE थल सेना;UAE थलसेना | |
UAE Armed Forces | यूएई सशस्त्र बल | armed forces | AE | UAE armed forces;UAE सशस्त्र बल | |
Tentara Nasional Indonesia | इंडोनेशियाई सशस्त्र बल | armed forces | ID | TNI;Indonesian National Armed Forces | |
Marine Nationale | मरीन नेशनल | armed forces | FR | French Navy (Marine Nationale) | |
Armée de l'Air et de l'Espace | फ्रांसीसी वायु एवं अंतरिक्ष बल | armed forces | FR | French Air and Space Force | |
# ---------------- Defence companies of partner countries ----------------
Israel Shipyards | इज़राइल शिपयार्ड्स | defence company | IL | इजराइल शिपयार्ड्स;इस्राइल शिपयार्ड्स | |
Israel Weapon Industries | इज़राइल वेपन इंडस्ट्रीज | defence company | IL | आईडब्ल्यूआई;IWI | |
Elbit Systems Land | एल्बिट सिस्टम्स लैंड | defence company | IL | | |
EDGE Group | एज ग्रुप | defence company | AE | एज समूह;EDGE | |
PT PAL | पीटी पाल | defence company | ID | PT PAL Indonesia | |
PT Pindad | पीटी पिंडाड | defence company | ID | Pindad | |
PT Dirgantara Indonesia | पीटी दिरगंतारा इंडोनेशिया | defence company | ID | Indonesian Aerospace | |
Avibras | एविब्रास | defence company | BR | | |
Hensoldt | हेंसोल्ड्ट | defence company | DE | | |
Diehl Defence | डील डिफेंस | defence company | DE | | |
Krauss-Maffei Wegmann | क्रॉस-माफेई वेगमैन | defence company | DE | KMW | |
KNDS | केएनडीएस | defence company | EU | | |
Babcock International | बैबकॉक इंटरनेशनल | defence company | GB | Babcock | |
# ---------------- Think tanks, universities, veterans' bodies and committees ----------------
Carnegie India | कार्नेगी इंडिया | think tank | IN | | |
Carnegie Russia Eurasia Center | कार्नेगी रूस यूरेशिया सेंटर | think tank | DE | Carnegie Russia Eurasia Centre | |
Gateway House | गेटवे हाउस | think tank | IN | Gateway House: Indian Council on Global Relations | |
Takshashila Institution | तक्षशिला इंस्टीट्यूशन | think tank | IN | तक्षशिला संस्थान | |
Delhi Policy Group | दिल्ली पॉलिसी ग्रुप | think tank | IN | | |
Centre for Land Warfare Studies | सेंटर फॉर लैंड वारफेयर स्टडीज | think tank | IN | क्लॉज़;CLAWS | |
Centre for Air Power Studies | सेंटर फॉर एयर पावर स्टडीज | think tank | IN | CAPS | |
National Maritime Foundation | नेशनल मैरीटाइम फाउंडेशन | think tank | IN | राष्ट्रीय समुद्री प्रतिष्ठान;NMF | |
Indian Council of World Affairs | भारतीय वैश्विक परिषद | think tank | IN | आईसीडब्ल्यूए;ICWA | |
Higher School of Economics | हायर स्कूल ऑफ इकोनॉमिक्स | university | RU | HSE University;एचएसई | |
Jawaharlal Nehru University | जवाहरलाल नेहरू विश्वविद्यालय | university | IN | जेएनयू;JNU | |
Indian Ex-Servicemen League | इंडियन एक्स-सर्विसमेन लीग | veterans organisation | IN | इंडियन एक्स सर्विसमेन लीग;आईईएसएल;IESL | |
Combat Brotherhood | बोयेवोये ब्रात्स्त्वो | veterans organisation | RU | Boevoe Bratstvo;All-Russian Combat Brotherhood | |
Parliamentary Standing Committee on Defence | रक्षा मामलों की संसदीय स्थायी समिति | legislature | IN | रक्षा संबंधी संसदीय स्थायी समिति;रक्षा पर संसदीय स्थायी समिति;संसद की रक्षा मामलों की स्थायी समिति;रक्षा मामलों की स्थायी समिति;Standing Committee on Defence;Parliamentary Standing Committee on Defence | |
Parliamentary Standing Committee on External Affairs | विदेश मामलों की संसदीय स्थायी समिति | legislature | IN | विदेश मामलों की स्थायी समिति;Standing Committee on External Affairs | |
Public Accounts Committee | लोक लेखा समिति | legislature | IN | Public Accounts Committee of Parliament | |
Federation Council Committee on Defence and Security | फेडरेशन काउंसिल की रक्षा एवं सुरक्षा समिति | legislature | RU | | |
Luftwaffe | लुफ्टवाफे | armed forces | DE | लूफ़्टवाफ़े;German Air Force (Luftwaffe) | |
Força Aérea Brasileira | फोर्सा एरिया ब्रासीलेइरा | armed forces | BR | Forca Aerea Brasileira | |
Armée de Terre | आर्मे दे तेर | armed forces | FR | Armee de Terre | |
OKB Gidropress | गिड्रोप्रेस | nuclear company | RU | Gidropress | |
Atomenergomash | एटमएनर्गोमाश | nuclear company | RU | | |
# ---------------- Social networks and platforms (X/एक्स alone is decided by context: src/core/ner/orgs.ts) ----------------
X Corp | एक्स कॉर्प | social network | US | X Corp.;एक्स (पूर्व में ट्विटर);एक्स (पहले ट्विटर) | |
Twitter | ट्विटर | social network | US | ट्वीटर | |
Facebook | फेसबुक | social network | US | फ़ेसबुक | |
Instagram | इंस्टाग्राम | social network | US | इंस्टा | |
YouTube | यूट्यूब | social network | US | यू-ट्यूब;Youtube | |
WhatsApp | व्हाट्सऐप | social network | US | व्हाट्सएप;व्हाट्सअप;Whatsapp | |
Telegram{telegram-app} | टेलीग्राम | social network | AE | | |
Meta Platforms | मेटा | company | US | Meta | |
LinkedIn | लिंक्डइन | social network | US | | |
`;

export const equipmentMore = `
Su-25 | सुखोई-25 | attack aircraft | RU | एसयू-25;Su 25
Su-75 Checkmate | सुखोई-75 चेकमेट | fighter aircraft | RU | एसयू-75;Su-75
Il-114 | आईएल-114 | transport aircraft | RU | Ilyushin Il-114
Mi-26 | एमआई-26 | helicopter | RU | Mi 26
Ka-52 | केए-52 | helicopter | RU | का-52;Kamov Ka-52
Kh-31 | केएच-31 | air-to-surface missile | RU | Kh 31
Kh-59 | केएच-59 | air-to-surface missile | RU | Kh 59
R-77 | आर-77 | air-to-air missile | RU | R 77
K-300P Bastion | के-300पी बैस्टियन | coastal defence system | RU | बैस्टियन;Bastion-P
Buk | बुक मिसाइल सिस्टम | air defence system | RU | Buk missile system;Buk-M2
Tunguska | तुंगुस्का | air defence system | RU | 2K22 Tunguska
Kornet | कोर्नेट | anti-tank missile | RU | कॉर्नेट;9M133 Kornet
Konkurs | कोंकुर्स | anti-tank missile | RU | 9M113 Konkurs
Invar | इनवार मिसाइल | anti-tank missile | RU | Invar missile;9M119 Refleks
BM-21 Grad | बीएम-21 ग्रैड | rocket artillery | RU | BM-21
Msta-S | म्स्टा-एस | howitzer | RU | 2S19 Msta
Avangard | अवनगार्ड | hypersonic glide vehicle | RU | अवांगार्ड
Poseidon torpedo{poseidon} | पोसाइडन टॉरपीडो | nuclear torpedo | RU | पोसीडॉन टॉरपीडो;Status-6
Burevestnik | बुरेवेस्तनिक | cruise missile | RU | 9M730 Burevestnik
Voronezh radar | वोरोनेज़ रडार | early warning radar | RU | वोरोनेज रडार;Voronezh-DM
Yasen-class submarine | यासेन श्रेणी की पनडुब्बी | submarine class | RU | Yasen class;Yasen-M
Borei-class submarine | बोरेई श्रेणी की पनडुब्बी | submarine class | RU | Borei class;Borey class
Akula-class submarine | अकुला श्रेणी की पनडुब्बी | submarine class | RU | अकुला क्लास;Akula class
Netra AEW&C | नेत्र एईडब्ल्यूएंडसी | airborne early warning aircraft | IN | नेत्र एमके1ए;Netra AEW&C Mk1A
Rudram missile{rudram} | रुद्रम मिसाइल | anti-radiation missile | IN | रुद्रम-1;Rudram-1
Shaurya missile{shaurya} | शौर्य मिसाइल | ballistic missile | IN |
Agni-IV | अग्नि-4 | ballistic missile | IN | अग्नि 4;Agni-4;Agni IV
Agni-III | अग्नि-3 | ballistic missile | IN | अग्नि 3;Agni-3;Agni III
Prithvi Air Defence | पृथ्वी एयर डिफेंस | ballistic missile defence | IN | पीएडी;Prithvi Air Defence (PAD)
Supersonic Missile Assisted Release of Torpedo{smart} | स्मार्ट टॉरपीडो | anti-submarine missile | IN | SMART missile;SMART torpedo
Varunastra | वरुणास्त्र | torpedo | IN |
HTT-40 | एचटीटी-40 | trainer aircraft | IN | HTT 40
Dornier 228 | डोर्नियर-228 | transport aircraft | IN | डोर्नियर;Dornier
Nagastra | नागास्त्र | loitering munition | IN | नागास्त्र-1;Nagastra-1
Harop | हारोप | loitering munition | IL | हैरोप;IAI Harop
SkyStriker | स्काईस्ट्राइकर | loitering munition | IL |
Spike missile{spike} | स्पाइक मिसाइल | anti-tank missile | IL |
Barak-1 | बराक-1 | air defence system | IL | Barak 1
P-8I Poseidon | पी-8आई | maritime patrol aircraft | US | पी-8आई पोसाइडन;P-8I;P8I
MH-60R Seahawk | एमएच-60आर | helicopter | US | एमएच-60आर सीहॉक;MH-60R;Romeo helicopter
Stryker | स्ट्राइकर बख्तरबंद वाहन | armoured vehicle | US | स्ट्राइकर;Stryker vehicle
GE F404 engine | जीई एफ404 इंजन | aircraft engine | US | एफ404;F404;F404 engine
GE F414 engine | जीई एफ414 इंजन | aircraft engine | US | एफ414;F414;F414 engine
AL-31FP engine | एएल-31एफपी इंजन | aircraft engine | RU | AL-31FP;AL-31
J-35 | जे-35 | fighter aircraft | CN | J35
PL-15 | पीएल-15 | air-to-air missile | CN | PL 15
HQ-16 | एचक्यू-16 | air defence system | CN | HQ16
Wing Loong | विंग लूंग | drone | CN | Wing Loong II
Babur missile{babur} | बाबर मिसाइल | cruise missile | PK |
Ghauri missile{ghauri} | गौरी मिसाइल | ballistic missile | PK |
Abdali missile{abdali} | अब्दाली मिसाइल | ballistic missile | PK |
Ababeel missile{ababeel} | अबाबील मिसाइल | ballistic missile | PK |
Eurofighter Typhoon | यूरोफाइटर टाइफून | fighter aircraft | GB | यूरोफाइटर;Eurofighter
Gripen | ग्रिपेन | fighter aircraft | SE | JAS 39 Gripen
Leopard 2 | लेपर्ड 2 | main battle tank | DE | लेपर्ड-2;Leopard 2A6
M1 Abrams | एम1 अब्राम्स | main battle tank | US | अब्राम्स टैंक;Abrams tank;M1A1 Abrams
Bradley fighting vehicle{bradley} | ब्रैडली फाइटिंग व्हीकल | infantry fighting vehicle | US | M2 Bradley
INS Vagsheer | आईएनएस वाघशीर | submarine | IN | वाघशीर;Vagsheer
INS Udaygiri | आईएनएस उदयगिरि | frigate | IN | उदयगिरि
INS Himgiri | आईएनएस हिमगिरि | frigate | IN |
INS Arnala | आईएनएस अर्नाला | corvette | IN | अर्नाला
INS Sindhurakshak | आईएनएस सिंधुरक्षक | submarine | RU |
INS Sindhughosh | आईएनएस सिंधुघोष | submarine | RU |
INS Kolkata | आईएनएस कोलकाता | destroyer | IN |
INS Delhi | आईएनएस दिल्ली | destroyer | IN |
INS Imphal | आईएनएस इंफाल | destroyer | IN |
INS Jalashwa | आईएनएस जलाश्व | landing platform dock | US |
INS Shivalik | आईएनएस शिवालिक | frigate | IN |
# ---------------- Space vehicles, stations and programmes ----------------
Gaganyaan | गगनयान | crewed spacecraft | IN | गगनयान मिशन;Gaganyaan mission | |
LVM3 | एलवीएम3 | launch vehicle | IN | एलवीएम-3;एलवीएम 3;LVM-3;GSLV Mk III;जीएसएलवी मार्क-3;जीएसएलवी एमके-3
GSLV | जीएसएलवी | launch vehicle | IN | GSLV Mk II
PSLV | पीएसएलवी | launch vehicle | IN | पीएसएलवी रॉकेट
SSLV | एसएसएलवी | launch vehicle | IN |
Bharatiya Antariksh Station | भारतीय अंतरिक्ष स्टेशन | space station | IN | भारतीय अंतरिक्ष केंद्र स्टेशन;बीएएस;Indian Space Station;BAS
Chandrayaan-3 | चंद्रयान-3 | lunar mission | IN | चंद्रयान 3;Chandrayaan 3
Chandrayaan-4 | चंद्रयान-4 | lunar mission | IN | चंद्रयान 4;Chandrayaan 4
Aditya-L1 | आदित्य-एल1 | solar mission | IN | आदित्य एल1;Aditya L1
Soyuz | सोयुज | spacecraft | RU | सोयूज़;सोयुज़;सोयूज;Soyuz MS;सोयुज एमएस
Angara rocket{angara} | अंगारा रॉकेट | launch vehicle | RU | अंगारा;Angara;Angara-A5
International Space Station | अंतरराष्ट्रीय अंतरिक्ष स्टेशन | space station | | आईएसएस;ISS
Russian Orbital Station | रूसी कक्षीय स्टेशन | space station | RU | ROS
# ---------------- Nuclear plant equipment ----------------
VVER-1000 | वीवीईआर-1000 | nuclear reactor | RU | वीवीईआर 1000;VVER 1000
VVER-1200 | वीवीईआर-1200 | nuclear reactor | RU | वीवीईआर 1200;VVER 1200
Akademik Lomonosov | अकादेमिक लोमोनोसोव | floating nuclear power plant | RU | अकादमिक लोमोनोसोव;Akademik Lomonosov floating plant
# ---------------- Engines, tanks, helicopters and transports ----------------
V-92S2F engine{v-92s2f} | वी-92एस2एफ | tank engine | RU | वी-92 एस2एफ;V-92S2F;V-92
V-46-6 engine{v-46} | वी-46-6 | tank engine | RU | V-46-6;V-46
TV3-117 | टीवी3-117 | helicopter engine | RU | Klimov TV3-117
VK-2500 | वीके-2500 | helicopter engine | RU | Klimov VK-2500
Mi-171Sh | एमआई-171एसएच | helicopter | RU | Mi-171;एमआई-171;Mi-171A2
Ansat | अंसात | helicopter | RU | Ansat helicopter
An-32 | एएन-32 | transport aircraft | UA | An 32;Antonov An-32
Il-76MD-90A | आईएल-76एमडी-90ए | transport aircraft | RU | Il-76MD
Tu-214 | टीयू-214 | transport aircraft | RU | Tu 214
# ---------------- Air defence and missiles (Devanagari acronyms) ----------------
LR-SAM | एलआरसैम | air defence system | IN | एलआर-सैम;LRSAM;Long Range Surface to Air Missile
# ---------------- Ships of partner navies ----------------
HMS Queen Elizabeth | एचएमएस क्वीन एलिजाबेथ | aircraft carrier | GB | एचएमएस क्वीन एलिज़ाबेथ
HMS Prince of Wales | एचएमएस प्रिंस ऑफ वेल्स | aircraft carrier | GB |
Queen Elizabeth-class aircraft carrier{queen-elizabeth-class} | क्वीन एलिजाबेथ श्रेणी | aircraft carrier class | GB | Queen Elizabeth class
Riachuelo-class submarine{riachuelo} | रियाचुएलो श्रेणी | submarine class | BR | Riachuelo;Riachuelo class
Type 212 submarine{type-212} | टाइप 212 | submarine class | DE | Type 212;Type 212A;Type 212CD
Type 214 submarine{type-214} | टाइप 214 | submarine class | DE | Type 214
Sa'ar 6 | सार 6 | corvette | IL | Saar 6;Sa'ar-6
INS Nistar{ins-nistar} | आईएनएस निस्तार | diving support vessel | IN | INS Nistar
`;

export const eventsMore = `
Exercise Dustlik | डस्टलिक अभ्यास | military exercise | डस्टलिक सैन्य अभ्यास;दस्तलिक अभ्यास;Dustlik exercise;Dustlik
Exercise Prabal Dostyk | प्रबल दोस्तिक अभ्यास | military exercise | प्रबल दोस्तीक;Prabal Dostyk
Exercise Khanjar | खंजर अभ्यास | military exercise | खंजर सैन्य अभ्यास;Khanjar exercise
Exercise KazInd | काजिंद अभ्यास | military exercise | काज़िंद;KAZIND;KazInd exercise
Exercise Nomadic Elephant | नोमैडिक एलीफेंट अभ्यास | military exercise | नोमैडिक एलीफेंट;Nomadic Elephant
Exercise Shakti | शक्ति अभ्यास | military exercise | शक्ति सैन्य अभ्यास;Shakti exercise
Exercise Ajeya Warrior | अजेय वॉरियर अभ्यास | military exercise | अजेय वॉरियर;Ajeya Warrior
Exercise Dharma Guardian | धर्म गार्जियन अभ्यास | military exercise | धर्म गार्डियन;Dharma Guardian
Exercise Mitra Shakti | मित्र शक्ति अभ्यास | military exercise | मित्र शक्ति;Mitra Shakti
Exercise Surya Kiran | सूर्य किरण अभ्यास | military exercise | सूर्यकिरण अभ्यास;Surya Kiran exercise
Exercise Sampriti | संप्रीति अभ्यास | military exercise | Sampriti exercise
Exercise Tiger Triumph | टाइगर ट्रायम्फ अभ्यास | military exercise | टाइगर ट्रायंफ;Tiger Triumph
Exercise Cope India | कोप इंडिया अभ्यास | military exercise | कोप इंडिया;Cope India
Exercise Red Flag | रेड फ्लैग अभ्यास | military exercise | Red Flag exercise
RIMPAC | रिमपैक | military exercise | रिमपैक अभ्यास;Rim of the Pacific Exercise
Exercise MILAN | मिलन अभ्यास | military exercise | मिलन नौसैनिक अभ्यास;MILAN exercise;MILAN 2024
Exercise Pitch Black | पिच ब्लैक अभ्यास | military exercise | Pitch Black exercise
Exercise AUSINDEX | ऑसइंडेक्स अभ्यास | military exercise | AUSINDEX
Exercise JIMEX | जिमेक्स अभ्यास | military exercise | JIMEX
Exercise SIMBEX | सिम्बेक्स अभ्यास | military exercise | SIMBEX
Exercise Konkan | कोंकण अभ्यास | military exercise | Konkan exercise
Exercise Vajra Prahar | वज्र प्रहार अभ्यास | military exercise | वज्र प्रहार;Vajra Prahar
Exercise Ekuverin | एकुवेरिन अभ्यास | military exercise | Ekuverin
Exercise Harimau Shakti | हरिमऊ शक्ति अभ्यास | military exercise | Harimau Shakti
Exercise Al Najah | अल नजाह अभ्यास | military exercise | Al Najah
Exercise Desert Cyclone | डेजर्ट साइक्लोन अभ्यास | military exercise | Desert Cyclone
Exercise Kavkaz | कावकाज अभ्यास | military exercise | Kavkaz-2020
Alaska Summit | अलास्का शिखर सम्मेलन | summit | अलास्का समिट;Trump-Putin summit in Alaska;Alaska summit
Istanbul talks | इस्तांबुल वार्ता | negotiations | Russia-Ukraine talks in Istanbul
Quad Foreign Ministers' Meeting | क्वाड विदेश मंत्रियों की बैठक | ministerial meeting | Quad Foreign Ministers Meeting
BRICS Foreign Ministers' Meeting | ब्रिक्स विदेश मंत्रियों की बैठक | ministerial meeting | BRICS Foreign Ministers Meeting
SCO Council of Heads of Government | एससीओ शासनाध्यक्षों की परिषद | summit | एससीओ शासनाध्यक्ष परिषद की बैठक;SCO Heads of Government meeting
G20 Foreign Ministers' Meeting | जी20 विदेश मंत्रियों की बैठक | ministerial meeting | जी-20 विदेश मंत्रियों की बैठक;G20 Foreign Ministers Meeting
UN Climate Change Conference | संयुक्त राष्ट्र जलवायु परिवर्तन सम्मेलन | conference | कॉप30;COP30;COP29
Voice of Global South Summit | वॉयस ऑफ ग्लोबल साउथ समिट | summit | ग्लोबल साउथ शिखर सम्मेलन;Voice of the Global South Summit
India-Central Asia Summit | भारत-मध्य एशिया शिखर सम्मेलन | summit | India–Central Asia Summit
India-Central Asia Dialogue | भारत-मध्य एशिया संवाद | ministerial dialogue | India–Central Asia Dialogue
Navy Day{navy-day-india} | नौसेना दिवस | national day | Navy Day
Army Day{army-day-india} | सेना दिवस | national day | Army Day
Air Force Day{air-force-day-india} | वायुसेना दिवस | national day | Air Force Day
Kargil Vijay Diwas | कारगिल विजय दिवस | national day | करगिल विजय दिवस
1971 war | 1971 का भारत-पाक युद्ध | war | भारत-पाक युद्ध 1971;1971 का भारत-पाकिस्तान युद्ध;Indo-Pakistani War of 1971;1971 India-Pakistan war
Operation Bunyan-um-Marsoos | ऑपरेशन बुनयान-उम-मरसूस | military operation | ऑपरेशन बुनयान उल मरसूस;Operation Bunyan al-Marsoos
Operation Midnight Hammer | ऑपरेशन मिडनाइट हैमर | military operation | Midnight Hammer
Israel-Iran war | इजराइल-ईरान युद्ध | war | ईरान-इजराइल युद्ध;Twelve-Day War;Israel–Iran war
Israel-Hamas war | इजराइल-हमास युद्ध | war | Israel–Hamas war;Gaza war;गाजा युद्ध
Exercise SLINEX | स्लिनेक्स अभ्यास | military exercise | स्लिनेक्स;स्लाइनेक्स;SLINEX
Exercise Bright Star | ब्राइट स्टार अभ्यास | military exercise | ब्राइट स्टार;Bright Star
Exercise Joint Sea | जॉइंट सी अभ्यास | military exercise | ज्वाइंट सी;जॉइंट सी;Joint Sea;Joint Sea-2025
Exercise Garuda Shakti | गरुड़ शक्ति अभ्यास | military exercise | गरुड़ शक्ति;Garuda Shakti
Exercise Hand-in-Hand | हैंड-इन-हैंड अभ्यास | military exercise | हैंड इन हैंड;Hand-in-Hand
Exercise Maitree | मैत्री अभ्यास | military exercise | Maitree exercise
Exercise Lamitiye | लामितिये अभ्यास | military exercise | लामितिये;Lamitiye
Exercise Zayed Talwar | जायद तलवार अभ्यास | military exercise | जायद तलवार;Zayed Talwar
Exercise Desert Knight | डेजर्ट नाइट अभ्यास | military exercise | डेजर्ट नाइट;Desert Knight
Exercise Desert Flag | डेजर्ट फ्लैग अभ्यास | military exercise | डेजर्ट फ्लैग;Desert Flag
Exercise Naseem Al Bahr | नसीम अल बह्र अभ्यास | military exercise | नसीम अल बह्र;Naseem Al Bahr
Exercise Samudra Shakti | समुद्र शक्ति अभ्यास | military exercise | समुद्र शक्ति;Samudra Shakti
Exercise Sea Dragon | सी ड्रैगन अभ्यास | military exercise | सी ड्रैगन;Sea Dragon
Exercise Sea Breeze | सी ब्रीज अभ्यास | military exercise | Sea Breeze
Exercise Komodo | कोमोडो अभ्यास | military exercise | Komodo exercise
Exercise Cobra Warrior | कोबरा वॉरियर अभ्यास | military exercise | कोबरा वॉरियर;Cobra Warrior
Exercise Tarkash | तरकश अभ्यास | military exercise | Tarkash exercise
Exercise VINBAX | विनबैक्स अभ्यास | military exercise | विनबैक्स;VINBAX
Exercise Bongosagar | बोंगोसागर अभ्यास | military exercise | बोंगोसागर;Bongosagar
Exercise SITMEX | सिटमेक्स अभ्यास | military exercise | सिटमेक्स;SITMEX
Exercise Tiger Claw | टाइगर क्लॉ अभ्यास | military exercise | Tiger Claw
Exercise Eastern Bridge | ईस्टर्न ब्रिज अभ्यास | military exercise | ईस्टर्न ब्रिज;Eastern Bridge
Exercise Ekatha | एकथा अभ्यास | military exercise | Ekatha
Exercise Talisman Sabre | टैलिसमैन सेबर अभ्यास | military exercise | Talisman Sabre
Exercise Cope Thunder | कोप थंडर अभ्यास | military exercise | Cope Thunder
Exercise Balikatan | बालिकातन अभ्यास | military exercise | बालिकतान;Balikatan
Exercise Cobra Gold | कोबरा गोल्ड अभ्यास | military exercise | कोबरा गोल्ड;Cobra Gold
Exercise Sea Guardian | सी गार्जियन अभ्यास | military exercise | सी गार्डियन;Sea Guardian
Operation Brahma | ऑपरेशन ब्रह्मा | humanitarian operation | Operation Brahma
Operation Kaveri | ऑपरेशन कावेरी | evacuation operation | Operation Kaveri
Operation Ajay | ऑपरेशन अजय | evacuation operation | Operation Ajay
Operation Dost | ऑपरेशन दोस्त | humanitarian operation | Operation Dost
Operation Sankalp | ऑपरेशन संकल्प | naval operation | Operation Sankalp
Operation Sindhu | ऑपरेशन सिंधु | evacuation operation | Operation Sindhu
Operation Rahat | ऑपरेशन राहत | evacuation operation | Operation Rahat
Operation Maitri | ऑपरेशन मैत्री | humanitarian operation | Operation Maitri
Operation Vijay | ऑपरेशन विजय | military operation | Operation Vijay
Paris Air Show | पेरिस एयर शो | air show | Paris Airshow;Salon du Bourget;पेरिस एयरशो
Farnborough Airshow | फार्नबोरो एयर शो | air show | Farnborough Air Show;फार्नबरो एयर शो
Dubai Airshow | दुबई एयर शो | air show | Dubai Air Show;दुबई एयरशो
Singapore Airshow | सिंगापुर एयर शो | air show | Singapore Air Show
Zhuhai Airshow | झुहाई एयर शो | air show | Airshow China;Zhuhai Air Show
IDEX | आइडेक्स | defence exhibition | International Defence Exhibition and Conference
Eurosatory | यूरोसेटरी | defence exhibition | यूरोसैटरी

Defender of the Fatherland Day | पितृभूमि रक्षक दिवस | national day | फादरलैंड डिफेंडर डे;पितृभूमि के रक्षक दिवस;Defender of the Fatherland Day
Russian Navy Day | रूसी नौसेना दिवस | national day | Russian Navy Day;Navy Day in Russia
Cosmonautics Day | कॉस्मोनॉटिक्स दिवस | national day | अंतरिक्ष यात्री दिवस;Cosmonautics Day
Armed Forces Flag Day | सशस्त्र सेना झंडा दिवस | national day | सशस्त्र सेना ध्वज दिवस;Armed Forces Flag Day
Battle of Stalingrad | स्तालिनग्राद की लड़ाई | battle | स्टालिनग्राद की लड़ाई;स्तालिनग्राद का युद्ध;स्टालिनग्राद का युद्ध;Stalingrad battle;Battle of Stalingrad
Battle of Kursk | कुर्स्क की लड़ाई | battle | कुर्स्क का युद्ध;Battle of Kursk
Battle of Longewala | लोंगेवाला की लड़ाई | battle | लौंगेवाला की लड़ाई;लोंगेवाला का युद्ध;Battle of Longewala
Siege of Leningrad | लेनिनग्राद की घेराबंदी | battle | Leningrad siege;Siege of Leningrad
LAAD Defence & Security | लाड डिफेंस एंड सिक्योरिटी | defence exhibition | LAAD;LAAD Defence and Security;लाड डिफेंस
DSEI | डीएसईआई | defence exhibition | Defence and Security Equipment International
Indo Defence | इंडो डिफेंस | defence exhibition | Indo Defence Expo;Indo Defence Expo & Forum
International Maritime Defence Show | अंतरराष्ट्रीय समुद्री रक्षा शो | defence exhibition | IMDS;आईएमडीएस
Coordinated Patrol | कॉर्पेट | coordinated patrol | कॉरपैट;कोर्पेट;CORPAT;Indo-Thai CORPAT;Ind-Indo CORPAT;भारत-इंडोनेशिया कॉर्पेट;भारत-थाईलैंड कॉर्पेट
`;
