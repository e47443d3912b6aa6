// PLACES (LOCATION), broad coverage for India–Russia defence and diplomacy news: world waters, Russian regions and
// defence towns, Indian bases, ranges and ports, diplomatic venues, cities of partner countries.
// Columns as in places.mjs: en | hi | type | country | aliases (;) | wikidata | demonyms
// Hindi aliases that are also common words or given names (चिता, कान, लीना, कृष्णा, सीन, हवाई...) are only listed
// with their head noun ("लीना नदी"), never alone.
const placesWorldBase = `
# ---------------- Oceans, seas, gulfs, straits, lakes ----------------
Atlantic Ocean | अटलांटिक महासागर | sea | | अटलांटिक;अंध महासागर;Atlantic | |
Arctic Ocean | आर्कटिक महासागर | sea | | उत्तरी ध्रुवीय महासागर | |
Southern Ocean | दक्षिणी महासागर | sea | | अंटार्कटिक महासागर;Antarctic Ocean | |
Barents Sea | बैरेंट्स सागर | sea | | बेरेंट्स सागर;बैरेन्ट्स सागर;बारेंट्स सागर | |
Kara Sea | कारा सागर | sea | | | |
Laptev Sea | लाप्तेव सागर | sea | | लापतेव सागर;लैप्टेव सागर | |
East Siberian Sea | पूर्वी साइबेरियाई सागर | sea | | | |
Chukchi Sea | चुकची सागर | sea | | | |
Bering Sea | बेरिंग सागर | sea | | | |
Bering Strait | बेरिंग जलडमरूमध्य | sea | | | |
White Sea | श्वेत सागर | sea | | व्हाइट सी;सफेद सागर | |
Sea of Azov | आज़ोव सागर | sea | | अज़ोव सागर;आजोव सागर;Azov Sea | |
Kerch Strait | केर्च जलडमरूमध्य | sea | | | |
North Sea | उत्तरी सागर | sea | | नॉर्थ सी | |
Norwegian Sea | नॉर्वेजियन सागर | sea | | नार्वेजियन सागर | |
Adriatic Sea | एड्रियाटिक सागर | sea | | | |
Aegean Sea | एजियन सागर | sea | | ईजियन सागर | |
Sea of Marmara | मरमरा सागर | sea | | मारमारा सागर | |
Bosphorus | बोस्फोरस | sea | TR | बॉस्फोरस;बोस्पोरस जलडमरूमध्य;Bosporus | |
Dardanelles | डार्डानेल्स | sea | TR | दार्दानेल्स | |
Strait of Gibraltar | जिब्राल्टर जलडमरूमध्य | sea | | Gibraltar Strait | |
English Channel | इंग्लिश चैनल | sea | | | |
Bab-el-Mandeb | बाब-अल-मंदेब | sea | | बाब अल-मंदेब;बाब-एल-मंदेब;बाब अल मंदेब;बाब-अल-मंडेब;Bab el-Mandeb;Bab al-Mandab | |
Gulf of Oman | ओमान की खाड़ी | sea | | | |
Gulf of Finland | फिनलैंड की खाड़ी | sea | | फ़िनलैंड की खाड़ी | |
Gulf of Bothnia | बोथनिया की खाड़ी | sea | | | |
Gulf of Guinea | गिनी की खाड़ी | sea | | | |
Gulf of Mexico | मेक्सिको की खाड़ी | sea | | मैक्सिको की खाड़ी;Gulf of America | |
Gulf of Thailand | थाईलैंड की खाड़ी | sea | | | |
Gulf of Tonkin | टोंकिन की खाड़ी | sea | | | |
Gulf of Mannar | मन्नार की खाड़ी | sea | | | |
Gulf of Kutch | कच्छ की खाड़ी | sea | | | |
Gulf of Khambhat | खंभात की खाड़ी | sea | | कैम्बे की खाड़ी;Gulf of Cambay | |
Palk Strait | पाक जलडमरूमध्य | sea | | पाक खाड़ी;Palk Bay | |
Andaman Sea | अंडमान सागर | sea | | | |
Laccadive Sea | लक्षद्वीप सागर | sea | | | |
Java Sea | जावा सागर | sea | | | |
Sulu Sea | सुलु सागर | sea | | | |
Celebes Sea | सेलेबीज सागर | sea | | | |
Coral Sea | कोरल सागर | sea | | | |
Tasman Sea | तस्मान सागर | sea | | | |
Timor Sea | तिमोर सागर | sea | | | |
Caribbean Sea | कैरिबियन सागर | sea | | कैरेबियन सागर;कैरिबियन;कैरेबियन;Caribbean | |
Sunda Strait | सुंडा जलडमरूमध्य | sea | | | |
Lombok Strait | लोम्बोक जलडमरूमध्य | sea | | | |
Korea Strait | कोरिया जलडमरूमध्य | sea | | Tsushima Strait | |
Luzon Strait | लूज़ोन जलडमरूमध्य | sea | | लुज़ोन जलडमरूमध्य;लूजोन जलडमरूमध्य | |
Mozambique Channel | मोज़ाम्बिक चैनल | sea | | | |
Panama Canal | पनामा नहर | sea | PA | | |
Dead Sea | मृत सागर | sea | | डेड सी | |
Aral Sea | अरल सागर | sea | | | |
Lake Baikal | बैकाल झील | sea | RU | बैकाल;Baikal | |
Lake Ladoga | लाडोगा झील | sea | RU | | |
Issyk-Kul | इस्सिक-कुल | sea | KG | इस्सिक कुल;इसिक-कुल;इस्सिक-कुल झील;Issyk Kul;Lake Issyk-Kul | |
Lake Victoria | विक्टोरिया झील | sea | | | |
Dal Lake | डल झील | sea | IN | | |
Wular Lake | वुलर झील | sea | IN | | |
# ---------------- Rivers ----------------
Ob River | ओब नदी | river | RU | | |
Yenisei | येनिसेई | river | RU | येनिसी;येनिसेई नदी;Yenisey | |
Lena River{lena-river} | लीना नदी | river | RU | Lena River | |
Don River{don-river} | डॉन नदी | river | RU | दोन नदी;Don River | |
Dnieper | नीपर | river | | द्नीपर;नीपर नदी;द्नेप्र;Dnipro River | |
Neva | नेवा | river | RU | नेवा नदी;Neva River | |
Moskva River | मोस्कवा नदी | river | RU | मॉस्कवा नदी;मोस्क्वा नदी | |
Irtysh | इर्तिश | river | | इरतिश;इर्तिश नदी | |
Ural River | यूराल नदी | river | | उराल नदी | |
Danube | डेन्यूब | river | | डेन्यूब नदी;दानुब | |
Rhine | राइन नदी | river | | Rhine River | |
Seine | सीन नदी | river | FR | Seine River | |
Thames | टेम्स | river | GB | टेम्स नदी;River Thames | |
Euphrates | फरात | river | | फ़रात;यूफ्रेटिस;फरात नदी | |
Tigris | दजला | river | | टिगरिस;दजला नदी | |
Amazon River | अमेज़न नदी | river | | अमेजन नदी;अमेज़ॅन नदी | |
Mississippi River | मिसिसिपी नदी | river | US | | |
Yangtze | यांग्त्ज़ी | river | CN | यांग्त्जी;यांग्त्ज़ी नदी;यांग्त्सी;Yangtze River | |
Yellow River | पीली नदी | river | CN | ह्वांग हो;Huang He | |
Irrawaddy | इरावदी | river | MM | इरावदी नदी;Ayeyarwady | |
Jhelum | झेलम | river | | झेलम नदी | |
Chenab | चिनाब | river | | चेनाब;चिनाब नदी | |
Ravi | रावी नदी | river | | | |
Beas | ब्यास नदी | river | IN | | |
Sutlej | सतलुज | river | | सतलज;सतलुज नदी | |
Shyok | श्योक | river | IN | श्योक नदी | |
Godavari | गोदावरी | river | IN | गोदावरी नदी | |
Krishna River | कृष्णा नदी | river | IN | | |
Kaveri River | कावेरी नदी | river | IN | Cauvery River | |
Narmada | नर्मदा | river | IN | नर्मदा नदी | |
Mahanadi | महानदी | river | IN | | |
Hooghly | हुगली | river | IN | हुगली नदी;Hugli | |
# ---------------- Islands, peninsulas, mountains, world regions ----------------
Russian Far East | सुदूर पूर्व | region | RU | रूसी सुदूर पूर्व;सुदूर-पूर्व;रूस का सुदूर पूर्व;Far East | |
Russian Arctic | रूसी आर्कटिक | region | RU | | |
Urals | यूराल | region | RU | उराल;यूराल पर्वत;Ural;Ural Mountains | |
Caucasus | काकेशस | region | | कॉकेशस;कॉकस;Caucasus | |
North Caucasus | उत्तरी काकेशस | region | RU | उत्तरी कॉकेशस | |
Kola Peninsula | कोला प्रायद्वीप | region | RU | | |
Novaya Zemlya | नोवाया ज़ेमल्या | region | RU | नोवाया जेमल्या | |
Yamal | यमाल | region | RU | यमाल प्रायद्वीप | |
Korean Peninsula | कोरियाई प्रायद्वीप | region | | | |
Arabian Peninsula | अरब प्रायद्वीप | region | | | |
Horn of Africa | हॉर्न ऑफ अफ्रीका | region | | अफ्रीका का सींग | |
Sahel | साहेल | region | | | |
Himalayas | हिमालय | region | | हिमालयी क्षेत्र;Himalaya | |
Karakoram | काराकोरम | region | | कराकोरम | |
Hindu Kush | हिंदू कुश | region | | हिंदुकुश | |
Pamir | पामीर | region | | पामीर पर्वत | |
Spratly Islands | स्प्रैटली द्वीप | region | | स्प्राटली द्वीप;Spratlys | |
Paracel Islands | पारासेल द्वीप | region | | Paracels | |
Senkaku Islands | सेनकाकू द्वीप | region | JP | | |
Diego Garcia | डिएगो गार्सिया | region | GB | डियेगो गार्सिया | |
Agalega | अगालेगा | region | MU | अगालेगा द्वीप | |
Hainan | हैनान | region | CN | हैनान द्वीप | |
Svalbard | स्वालबार्ड | region | NO | | |
Hawaii | हवाई द्वीप | state | US | Hawaii | |
# ---------------- Russia: federal subjects and regions ----------------
Moscow Oblast | मॉस्को क्षेत्र | region | RU | मॉस्को ओब्लास्ट;मास्को क्षेत्र;Moscow Region | |
Leningrad Oblast | लेनिनग्राद क्षेत्र | region | RU | लेनिनग्राद ओब्लास्ट | |
Primorsky Krai | प्रिमोर्स्की क्राय | region | RU | प्रिमोर्स्की;प्रिमोरये;Primorye | |
Bashkortostan | बश्कोर्तोस्तान | region | RU | बशकोर्तोस्तान;बश्किरिया | |
Udmurtia | उदमुर्तिया | region | RU | | |
Sverdlovsk Oblast | स्वेर्दलोव्स्क | region | RU | स्वेर्दलोव्स्क क्षेत्र;Sverdlovsk | |
Yakutia | याकूतिया | region | RU | याकुतिया;साखा गणराज्य;Sakha Republic | |
Chukotka | चुकोटका | region | RU | | |
Buryatia | बुर्यातिया | region | RU | | |
Karelia | करेलिया | region | RU | | |
Kuzbass | कुज़बास | region | RU | कुजबास | |
Amur Oblast | अमूर क्षेत्र | region | RU | | |
Bryansk | ब्रयांस्क | city | RU | ब्रियांस्क | |
Oryol | ओर्योल | city | RU | ओरयोल;Orel | |
Lipetsk | लिपेत्स्क | city | RU | | |
Tambov | ताम्बोव | city | RU | तांबोव | |
Ryazan | रियाज़ान | city | RU | रियाजान;रयाज़ान | |
Yaroslavl | यारोस्लाव | city | RU | यारोस्लाव्ल | |
Vologda | वोलोग्दा | city | RU | | |
Kaluga | कलुगा | city | RU | कालूगा | |
Tula | तुला | city | RU | | |
Penza | पेंज़ा | city | RU | पेंजा | |
Saratov | सारातोव | city | RU | सेराटोव | |
Ulyanovsk | उल्यानोव्स्क | city | RU | | |
Perm{perm-russia} | पर्म | city | RU | | |
Izhevsk | इज़ेव्स्क | city | RU | इजेव्स्क;इज़ेव्स्क शहर | |
Orenburg | ओरेनबर्ग | city | RU | ओरेनबुर्ग | |
Tyumen | त्युमेन | city | RU | ट्युमेन;ट्यूमेन | |
Tomsk | तोम्स्क | city | RU | टॉम्स्क | |
Barnaul | बरनौल | city | RU | बर्नौल | |
Kemerovo | केमेरोवो | city | RU | | |
Novokuznetsk | नोवोकुज़नेत्स्क | city | RU | नोवोकुजनेत्स्क | |
Chita | चिता | city | RU | | |
Ulan-Ude | उलान-उदे | city | RU | उलान उदे | |
Blagoveshchensk | ब्लागोवेशचेंस्क | city | RU | ब्लागोवेश्चेंस्क | |
Komsomolsk-on-Amur | कोम्सोमोल्स्क-ऑन-अमूर | city | RU | कोम्सोमोल्स्क-ना-अमूरे;कोम्सोमोल्स्क ऑन अमूर;कोम्सोमोल्स्क;Komsomolsk;Komsomolsk-na-Amure | |
Petropavlovsk-Kamchatsky | पेट्रोपावलोव्स्क-कामचात्स्की | city | RU | पेत्रोपाव्लोव्स्क-कामचात्स्की;पेट्रोपावलोव्स्क;Petropavlovsk | |
Magadan | मगादान | city | RU | | |
Nakhodka | नाखोदका | city | RU | | |
Yuzhno-Sakhalinsk | युज़्नो-सखालिन्स्क | city | RU | युजनो-सखालिंस्क | |
Norilsk | नोरिल्स्क | city | RU | | |
Murmansk Oblast | मरमंस्क क्षेत्र | region | RU | | |
Nizhny Tagil | निज़नी तागिल | city | RU | निजनी तागिल;निज़नी टैगिल;निजनी टैगिल | |
Taganrog | तगानरोग | city | RU | टैगानरोग | |
Stavropol | स्टावरोपोल | city | RU | स्तावरोपोल | |
Makhachkala | मखाचकला | city | RU | मखाचकाला | |
Vladikavkaz | व्लादिकाव्काज़ | city | RU | व्लादिकावकाज | |
Kerch | केर्च | city | UA | | |
Simferopol | सिम्फ़ेरोपोल | city | UA | सिम्फेरोपोल | |
Yalta | याल्टा | city | UA | | |
Petrozavodsk | पेट्रोज़ावोद्स्क | city | RU | पेत्रोज़ावोद्स्क | |
Veliky Novgorod | वेलिकी नोवगोरोड | city | RU | | |
Sarov | सरोव | town | RU | | |
Dubna | दुबना | town | RU | | |
Korolyov | कोरोल्योव | town | RU | कोरोलेव | |
Zhukovsky{zhukovsky-town} | ज़ुकोवस्की | town | RU | जुकोवस्की;Zhukovsky | |
Rybinsk | रिबिंस्क | town | RU | रायबिंस्क | |
Kovrov | कोवरोव | town | RU | | |
Kolomna | कोलोम्ना | town | RU | | |
Zelenodolsk | ज़ेलेनोदोल्स्क | town | RU | ज़ेलेनोडोल्स्क;जेलेनोदोल्स्क | |
Kurgan | कुर्गन | city | RU | | |
Baltiysk | बाल्टिस्क | port | RU | बाल्तिस्क | |
Vilyuchinsk | विल्युचिंस्क | port | RU | | |
Gadzhiyevo | गाद्झियेवो | port | RU | गाद्जियेवो | |
Kapustin Yar | कपुस्तिन यार | venue | RU | कापुस्तिन यार | |
Plesetsk | प्लेसेत्स्क | venue | RU | प्लेसेट्स्क;प्लेसेत्स्क कॉस्मोड्रोम;Plesetsk Cosmodrome | |
Vostochny Cosmodrome | वोस्तोचनी कॉस्मोड्रोम | venue | RU | वोस्तोच्नी कॉस्मोड्रोम | |
Baikonur | बैकोनूर | venue | KZ | बायकोनूर;बैकोनुर;Baikonur Cosmodrome | |
Mulino | मुलिनो | venue | RU | मुलिनो प्रशिक्षण मैदान | |
Ashuluk | अशुलुक | venue | RU | | |
Tsugol | त्सुगोल | venue | RU | | |
Totskoye | टोट्स्कोये | venue | RU | टोट्सकोये;Totsk | |
Alabino | अलाबिनो | venue | RU | | |
Engels Air Base | एंगेल्स एयरबेस | venue | RU | एंगेल्स हवाई अड्डा;Engels airbase;Engels-2 | |
Khmeimim Air Base | हमीमिम | venue | SY | ख्मेमिम;हमीमिम एयरबेस;ख्मेमिम एयरबेस;Hmeimim;Khmeimim | |
# ---------------- Russia: federal districts, republics, krais, oblasts and autonomous okrugs (with their type word) ----------------
Central Federal District | मध्य संघीय जिला | region | RU | केंद्रीय संघीय जिला;मध्य संघीय जिले;केंद्रीय संघीय जिले | |
Northwestern Federal District | उत्तर-पश्चिमी संघीय जिला | region | RU | उत्तर-पश्चिमी संघीय जिले;North-Western Federal District | |
Southern Federal District | दक्षिणी संघीय जिला | region | RU | दक्षिणी संघीय जिले | |
North Caucasian Federal District | उत्तरी काकेशस संघीय जिला | region | RU | उत्तरी काकेशस संघीय जिले | |
Volga Federal District | वोल्गा संघीय जिला | region | RU | वोल्गा संघीय जिले | |
Ural Federal District | यूराल संघीय जिला | region | RU | यूराल संघीय जिले;उराल संघीय जिला | |
Siberian Federal District | साइबेरियाई संघीय जिला | region | RU | साइबेरियाई संघीय जिले | |
Far Eastern Federal District | सुदूर पूर्वी संघीय जिला | region | RU | सुदूर पूर्वी संघीय जिले;सुदूर पूर्व संघीय जिला;सुदूर पूर्व संघीय जिले | |
Republic of Tatarstan | तातारस्तान गणराज्य | region | RU | तातारस्तान गणतंत्र;Tatarstan Republic | |
Adygea | अदिगिया | region | RU | अदिगेया;Republic of Adygea | |
Altai Republic | अल्ताई गणराज्य | region | RU | Republic of Altai | |
Altai Krai | अल्ताई क्राय | region | RU | | |
Chuvashia | चुवाशिया | region | RU | चुवाश गणराज्य;Chuvash Republic | |
Ingushetia | इंगुशेतिया | region | RU | इंगुशेटिया | |
Kabardino-Balkaria | काबार्डिनो-बाल्केरिया | region | RU | काबार्डिनो-बलकारिया;काबार्दिनो-बल्कारिया | |
Kalmykia | कल्मीकिया | region | RU | काल्मिकिया | |
Karachay-Cherkessia | काराचाय-चर्केसिया | region | RU | कराचाय-चेर्केसिया | |
Khakassia | खाकासिया | region | RU | खकासिया | |
Komi Republic | कोमी गणराज्य | region | RU | कोमी;Komi | |
Mari El | मारी एल | region | RU | | |
Mordovia | मोर्दोविया | region | RU | मोर्दोवियाई गणराज्य | |
North Ossetia | उत्तरी ओसेशिया | region | RU | उत्तर ओसेशिया;North Ossetia-Alania | |
Tuva | तुवा | region | RU | तूवा;Tyva | |
Kamchatka Krai | कामचटका क्राय | region | RU | | |
Khabarovsk Krai | खाबरोवस्क क्राय | region | RU | | |
Krasnodar Krai | क्रास्नोडार क्राय | region | RU | क्रास्नोदार क्राय | |
Krasnoyarsk Krai | क्रास्नोयार्स्क क्राय | region | RU | | |
Perm Krai | पर्म क्राय | region | RU | | |
Stavropol Krai | स्टावरोपोल क्राय | region | RU | स्तावरोपोल क्राय | |
Zabaykalsky Krai | ज़ाबायकाल्स्की क्राय | region | RU | ट्रांसबैकाल;Transbaikal;Zabaykalsky | |
Sakhalin Oblast | सखालिन ओब्लास्ट | region | RU | सखालिन क्षेत्र | |
Sverdlovsk Region | स्वेर्दलोव्स्क ओब्लास्ट | region | RU | | |
Rostov Oblast | रोस्तोव ओब्लास्ट | region | RU | रोस्तोव क्षेत्र | |
Kirov Oblast | किरोव ओब्लास्ट | region | RU | | |
Vladimir Oblast | व्लादिमीर ओब्लास्ट | region | RU | | |
Ivanovo | इवानोवो | city | RU | | |
Kostroma | कोस्त्रोमा | city | RU | | |
Khanty-Mansi Autonomous Okrug | खांटी-मानसी स्वायत्त ओक्रुग | region | RU | खांटी-मानसीस्क;Khanty-Mansiysk;Yugra;युगरा | |
Yamalo-Nenets Autonomous Okrug | यमालो-नेनेत्स स्वायत्त ओक्रुग | region | RU | यमालो-नेनेत्स;Yamalo-Nenets | |
Nenets Autonomous Okrug | नेनेत्स स्वायत्त ओक्रुग | region | RU | | |
Jewish Autonomous Oblast | यहूदी स्वायत्त ओब्लास्ट | region | RU | यहूदी स्वायत्त क्षेत्र;बिरोबिजान;Birobidzhan | |
# ---------------- Russia: towns next to big cities, science and defence towns, naval bases ----------------
Tolyatti | तोल्याती | city | RU | तोग्लियाती;तोल्यात्ती;तोगलियाती;Togliatti | |
Star City | स्टार सिटी | town | RU | ज़्वेज़्दनी गोरोदोक;स्टार सिटी (ज़्वेज़्दनी);Zvyozdny Gorodok;Zvezdny Gorodok | |
Yeysk | येस्क | town | RU | | |
Polyarny | पोल्यार्नी | port | RU | | |
Arsenyev | आर्सेनयेव | town | RU | आर्सेनियेव | |
Bolshoy Kamen | बोल्शोय कामेन | town | RU | बोल्शोई कामेन | |
Tobolsk | तोबोल्स्क | city | RU | टोबोल्स्क | |
Naberezhnye Chelny | नबेरेज़्नी चेल्नी | city | RU | नाबेरेज़्निये चेल्नी | |
Dzerzhinsk | द्ज़ेरज़िंस्क | city | RU | | |
Obninsk | ओबनिंस्क | town | RU | | |
Snezhinsk | स्नेझिंस्क | town | RU | | |
Seversk | सेवेर्स्क | town | RU | | |
# ---------------- Russia: regional capitals, industrial and port towns ----------------
Cheboksary | चेबोक्सारी | city | RU | चेबोकसारी | |
Saransk | सारांस्क | city | RU | सरांस्क | |
Yoshkar-Ola | योश्कर-ओला | city | RU | योशकर-ओला | |
Syktyvkar | सिक्तिवकार | city | RU | | |
Nalchik | नालचिक | city | RU | नाल्चिक | |
Cherkessk | चेर्केस्क | city | RU | | |
Elista | एलिस्ता | city | RU | | |
Magas | मगास | city | RU | | |
Maykop | मायकोप | city | RU | माइकोप | |
Kyzyl | किज़िल | city | RU | किजिल | |
Abakan | अबाकान | city | RU | | |
Gorno-Altaysk | गोर्नो-अल्ताइस्क | city | RU | | |
Salekhard | सालेखार्द | city | RU | सालेखर्द | |
Naryan-Mar | नार्यान-मार | city | RU | | |
Anadyr | अनादिर | city | RU | | |
Vorkuta | वोरकुटा | city | RU | वोर्कुटा | |
Ukhta | उख्ता | city | RU | | |
Kaspiysk | कास्पिस्क | port | RU | कास्पियस्क | |
Anapa | अनापा | city | RU | | |
Armavir | अर्मावीर | city | RU | | |
Tuapse | तुआप्से | port | RU | | |
Dimitrovgrad | दिमित्रोवग्राद | city | RU | | |
Syzran | सिज़रान | city | RU | सिजरान | |
Novocherkassk | नोवोचेरकास्क | city | RU | | |
Volzhsky | वोल्ज़्स्की | city | RU | वोल्जस्की | |
Kamyshin | कामिशिन | city | RU | | |
Sterlitamak | स्टरलितामक | city | RU | स्तेरलितामक | |
Magnitogorsk | मैग्नीटोगोर्स्क | city | RU | मग्नितोगोर्स्क | |
Miass | मियास | city | RU | | |
Nizhnekamsk | निज़नेकाम्स्क | city | RU | निजनेकाम्स्क | |
Almetyevsk | अल्मेत्येव्स्क | city | RU | | |
Yelabuga | येलाबुगा | town | RU | एलाबुगा;Alabuga | |
Innopolis | इनोपोलिस | town | RU | इन्नोपोलिस | |
Sviyazhsk | स्वियाज़्स्क | town | RU | | |
Vyborg | वायबोर्ग | city | RU | वीबोर्ग | |
Velikiye Luki | वेलिकिये लुकी | city | RU | | |
Podolsk | पोडोल्स्क | city | RU | पोदोल्स्क | |
Mytishchi | मितिशी | city | RU | | |
Balashikha | बालाशिखा | city | RU | | |
Khimki | खिमकी | city | RU | | |
Krasnogorsk | क्रास्नोगोर्स्क | city | RU | | |
Fryazino | फ्र्याज़िनो | town | RU | फ्रयाजिनो | |
Sergiyev Posad | सेर्गियेव पोसाद | town | RU | सर्गियेव पोसाद | |
Kotlas | कोटलास | town | RU | | |
Ussuriysk | उस्सुरियस्क | city | RU | उसुरीस्क | |
Sovetskaya Gavan | सोवेत्स्काया गावान | port | RU | | |
Vanino | वानिनो | port | RU | | |
Monchegorsk | मोंचेगोर्स्क | town | RU | | |
Olenegorsk | ओलेनेगोर्स्क | town | RU | | |
Kandalaksha | कंडालक्षा | town | RU | कांडालाक्शा | |
# ---------------- Middle East: towns, emirates and deserts ----------------
Lod | लोद | city | IL | लॉड | |
Ashdod | अशदोद | city | IL | अशदोद बंदरगाह | |
Dimona | दिमोना | town | IL | | |
Negev | नेगेव | region | IL | नेगेव रेगिस्तान;Negev Desert | |
Sinai | सिनाई | region | EG | सिनाई प्रायद्वीप;Sinai Peninsula | |
Sharjah | शारजाह | city | AE | शारजा | |
Ajman | अजमान | city | AE | | |
Umm Al Quwain | उम्म अल क़ुवैन | city | AE | उम्म अल कुवैन;Umm al-Quwain | |
Ras Al Khaimah | रास अल खैमाह | city | AE | रास अल ख़ैमा;Ras al-Khaimah | |
Fujairah | फुजैरा | city | AE | फ़ुजैरा;फुजैराह | |
Al Ain | अल ऐन | city | AE | | |
Al Dhafra | अल धफरा | region | AE | अल दफ़रा;अल धफ्रा;Al Dhafra Region | |
Rub' al Khali | रुब अल खाली | region | | Empty Quarter | |
# ---------------- Russia: venues ----------------
VDNKh | वीडीएनकेएच | venue | RU | वीडीएनएच;वीडीएनख;वेदेनखा;VDNH;Exhibition of Achievements of National Economy | |
Grand Kremlin Palace | ग्रैंड क्रेमलिन पैलेस | venue | RU | ग्रांड क्रेमलिन पैलेस;बड़ा क्रेमलिन महल | |
St. George's Hall | सेंट जॉर्ज हॉल | venue | RU | St George's Hall | |
Alexander Garden | अलेक्जेंडर गार्डन | venue | RU | अलेक्सांद्रोव्स्की गार्डन;अलेक्जेंडर उद्यान;Alexandrovsky Garden | |
Bolshoi Theatre | बोल्शोई थिएटर | venue | RU | बोल्शोई रंगमंच;Bolshoi Theater;Bolshoi | |
Gorky Park | गोर्की पार्क | venue | RU | | |
Luzhniki | लुज़्निकी | venue | RU | लुजनिकी;लुज़्निकी स्टेडियम;Luzhniki Stadium | |
Saint Basil's Cathedral | सेंट बेसिल कैथेड्रल | venue | RU | सेंट बेसिल्स कैथेड्रल;St. Basil's Cathedral;St Basil's Cathedral | |
Cathedral of Christ the Saviour | कैथेड्रल ऑफ क्राइस्ट द सेवियर | venue | RU | क्राइस्ट द सेवियर कैथेड्रल | |
Main Cathedral of the Armed Forces | सशस्त्र बलों का मुख्य कैथेड्रल | venue | RU | सशस्त्र बलों का मुख्य गिरजाघर;Main Cathedral of the Russian Armed Forces | |
Victory Museum | विजय संग्रहालय | venue | RU | Victory Museum Moscow;Poklonnaya Hill;पोकलोन्नाया हिल | |
Admiralty{admiralty-st-petersburg} | एडमिरल्टी भवन | venue | RU | एडमिरल्टी बिल्डिंग;Admiralty Building;Main Admiralty | |
Hermitage Museum | हर्मिटेज संग्रहालय | venue | RU | हर्मिटेज;हर्मिटेज म्यूज़ियम;State Hermitage;Hermitage | |
Winter Palace | विंटर पैलेस | venue | RU | शीत महल | |
Peterhof | पीटरहॉफ | venue | RU | पेटरहॉफ;पीटरहोफ | |
Konstantinovsky Palace | कोंस्टांटिनोव्स्की पैलेस | venue | RU | कोन्स्टेंटिनोव्स्की पैलेस;Konstantin Palace | |
Tauride Palace | टॉराइड पैलेस | venue | RU | तव्रीचेस्की पैलेस | |
Palace Square | पैलेस स्क्वायर | venue | RU | पैलेस स्क्वेयर | |
Nevsky Prospekt | नेवस्की प्रॉस्पेक्ट | venue | RU | नेव्स्की प्रोस्पेक्ट | |
Peter and Paul Fortress | पीटर एंड पॉल फोर्ट्रेस | venue | RU | पीटर और पॉल किला | |
Piskaryovskoye Cemetery | पिस्कारेवस्कोये कब्रिस्तान | venue | RU | पिस्कारियोव्स्कोये स्मारक कब्रिस्तान;Piskaryovskoye Memorial Cemetery | |
Expoforum | एक्सपोफोरम | venue | RU | एक्सपोफ़ोरम;ExpoForum | |
Sirius{sirius-sochi} | सिरियस | venue | RU | सीरियस;Sirius Federal Territory | |
Bocharov Ruchey | बोचारोव रुचेई | venue | RU | Bocharov Ruchei | |
# ---------------- India: defence towns, bases, ranges, ports ----------------
Korwa | कोरवा | town | IN | | |
Ozar | ओझर | town | IN | ओज़र;ओजर | |
Hindon Air Force Station | हिंडन एयरबेस | venue | IN | हिंडन;हिंडन वायुसेना स्टेशन;हिंडन एयर फोर्स स्टेशन;Hindon | |
Ambala Air Force Station | अंबाला एयरबेस | venue | IN | अंबाला वायुसेना स्टेशन;अम्बाला एयरबेस;Ambala Air Base | |
Medak | मेडक | town | IN | | |
Ishapore | ईशापुर | town | IN | इशापुर | |
Hosur | होसुर | town | IN | | |
Thumba | थुंबा | town | IN | थुम्बा | |
Kalpakkam | कलपक्कम | town | IN | कल्पक्कम | |
Tarapur | तारापुर | town | IN | | |
Challakere | चल्लकेरे | town | IN | | |
Chitradurga | चित्रदुर्ग | city | IN | | |
Halwara | हलवारा | town | IN | | |
Adampur | आदमपुर | town | IN | | |
Sirsa | सिरसा | city | IN | | |
Hasimara | हासीमारा | town | IN | हाशिमारा | |
Chabua | छबुआ | town | IN | चबुआ | |
Bagdogra | बागडोगरा | town | IN | | |
Kalaikunda | कलाईकुंडा | town | IN | कलाइकुंडा | |
Thanjavur | तंजावुर | city | IN | तंजौर | |
Sulur | सुलूर | town | IN | | |
Lohegaon | लोहेगांव | town | IN | | |
Naliya | नलिया | town | IN | | |
Phalodi | फलोदी | town | IN | | |
Uttarlai | उत्तरलाई | town | IN | | |
Nyoma | न्योमा | town | IN | | |
Daulat Beg Oldi | दौलत बेग ओल्डी | town | IN | डीबीओ;DBO | |
Chushul | चुशूल | town | IN | चुशुल | |
Demchok | डेमचोक | town | IN | देमचोक | |
Gogra | गोगरा | region | IN | | |
Arakkonam | अरक्कोणम | town | IN | अराक्कोणम | |
Car Nicobar | कार निकोबार | town | IN | | |
Campbell Bay | कैंपबेल बे | town | IN | | |
Great Nicobar | ग्रेट निकोबार | region | IN | | |
Karanja | करंजा | town | IN | | |
Rambilli | रामबिल्ली | town | IN | | |
Hazira | हजीरा | town | IN | हज़ीरा | |
Pipavav | पीपावाव | port | IN | | |
Mundra | मुंद्रा | port | IN | | |
Kandla | कांडला | port | IN | दीनदयाल बंदरगाह | |
Paradip | पारादीप | port | IN | पारादीप बंदरगाह | |
Haldia | हल्दिया | port | IN | | |
Ennore | एन्नोर | port | IN | | |
Dundigal | डुंडीगल | town | IN | डुंडिगल | |
Hakimpet | हकीमपेट | town | IN | | |
Bidar | बीदर | city | IN | | |
Deolali | देवलाली | town | IN | | |
Babina | बबीना | town | IN | | |
Suratgarh | सूरतगढ़ | town | IN | | |
Lucknow Cantonment | लखनऊ छावनी | town | IN | | |
Delhi Cantonment | दिल्ली छावनी | town | IN | दिल्ली कैंट;Delhi Cantt | |
Wellington Cantonment | वेलिंगटन छावनी | town | IN | | |
Khadakwasla | खड़कवासला | town | IN | खडकवासला | |
Dehradun Cantonment | देहरादून छावनी | town | IN | | |
# ---------------- India: venues ----------------
Yashobhoomi | यशोभूमि | venue | IN | India International Convention and Expo Centre;IICC | |
Pragati Maidan | प्रगति मैदान | venue | IN | | |
Sena Bhawan | सेना भवन | venue | IN | Sena Bhavan | |
Vayu Bhawan | वायु भवन | venue | IN | Vayu Bhavan | |
Nausena Bhawan | नौसेना भवन | venue | IN | Nausena Bhavan | |
Kartavya Bhavan | कर्तव्य भवन | venue | IN | Kartavya Bhawan | |
Teen Murti Bhavan | तीन मूर्ति भवन | venue | IN | तीन मूर्ति भवन;Teen Murti Bhawan | |
National Police Memorial | राष्ट्रीय पुलिस स्मारक | venue | IN | | |
Taj Palace Hotel | ताज पैलेस | venue | IN | ताज पैलेस होटल;Taj Palace | |
ITC Maurya | आईटीसी मौर्य | venue | IN | आईटीसी मौर्या | |
Leela Palace | लीला पैलेस | venue | IN | द लीला पैलेस;The Leela Palace | |
Jawaharlal Nehru Stadium | जवाहरलाल नेहरू स्टेडियम | venue | IN | | |
Statue of Unity | स्टैच्यू ऑफ यूनिटी | venue | IN | एकता की प्रतिमा | |
Sabarmati Ashram | साबरमती आश्रम | venue | IN | साबरमती रिवरफ्रंट;Sabarmati Riverfront | |
Mahatma Mandir | महात्मा मंदिर | venue | IN | | |
Gateway of India | गेटवे ऑफ इंडिया | venue | IN | | |
# ---------------- Venues in other capitals ----------------
Blair House | ब्लेयर हाउस | venue | US | | |
Oval Office | ओवल ऑफिस | venue | US | ओवल कार्यालय | |
Capitol Hill | कैपिटल हिल | venue | US | | |
Arlington National Cemetery | आर्लिंगटन राष्ट्रीय कब्रिस्तान | venue | US | आर्लिंगटन नेशनल सेमेट्री;आर्लिंगटन कब्रिस्तान | |
Eiffel Tower | एफिल टावर | venue | FR | एफिल टॉवर | |
Les Invalides | लेस इनवैलिड्स | venue | FR | इनवैलिड्स;Invalides;Hôtel des Invalides | |
Arc de Triomphe | आर्क डी ट्रायम्फ | venue | FR | आर्क द ट्रायम्फ | |
Champs-Élysées | शॉंज़ेलीज़े | venue | FR | शॉंजेलीजे;Champs-Elysées;Champs-Elysees | |
Louvre | लूव्र | venue | FR | लूव्र संग्रहालय;Louvre Museum | |
Quai d'Orsay | क्वाई डी'ओर्से | venue | FR | क्वे डी'ओर्से | |
Versailles | वर्साय | venue | FR | वर्सेल्स;वर्साई;Palace of Versailles | |
Whitehall | व्हाइटहॉल | venue | GB | | |
Buckingham Palace | बकिंघम पैलेस | venue | GB | | |
Shangri-La Hotel{shangri-la-hotel-singapore} | शांगरी-ला होटल | venue | SG | शांगरी ला होटल;Shangri-La Hotel | |
Camp Aguinaldo | कैंप अगुइनाल्डो | venue | PH | कैंप अगुनाल्डो | |
Ichigaya | इचिगाया | venue | JP | | |
# ---------------- Partner countries: more cities ----------------
Da Nang | दा नांग | city | VN | डा नांग;दानांग;Danang | |
Haiphong | हाई फोंग | city | VN | हाइफोंग;Hai Phong | |
Nha Trang | न्हा ट्रांग | city | VN | न्हा त्रांग | |
Ha Long Bay | हा लॉन्ग खाड़ी | sea | VN | हालोंग खाड़ी;Halong Bay | |
Alexandria | अलेक्जेंड्रिया | city | EG | अलेक्ज़ेंड्रिया;अलेक्जेंड्रिया;सिकंदरिया | |
Giza | गीज़ा | city | EG | गीजा | |
Luxor | लक्सर | city | EG | लक्ज़र | |
Aswan | असवान | city | EG | अस्वान | |
Port Said | पोर्ट सईद | city | EG | पोर्ट सैद | |
Suez | स्वेज | city | EG | स्वेज़ | |
Ismailia | इस्माइलिया | city | EG | | |
Hurghada | हुरघाडा | city | EG | हर्गहादा | |
El Alamein | अल अलामीन | city | EG | अल-अलामीन;El-Alamein | |
New Administrative Capital | न्यू एडमिनिस्ट्रेटिव कैपिटल | city | EG | नई प्रशासनिक राजधानी | |
Adelaide | एडिलेड | city | AU | एडीलेड | |
Darwin{darwin-australia} | डार्विन | city | AU | | |
Hobart | होबार्ट | city | AU | | |
Townsville | टाउन्सविले | city | AU | टाउंसविल | |
Cairns | केर्न्स | city | AU | | |
Fremantle | फ्रीमैंटल | city | AU | | |
Jervis Bay | जर्विस बे | port | AU | | |
Toulouse | टूलूज़ | city | FR | तुलूज;टूलूज;तुलूज़ | |
Bordeaux | बोर्डो | city | FR | | |
Cherbourg | शेरबर्ग | port | FR | चेरबर्ग | |
Lorient | लोरियां | port | FR | लोरिएंट | |
Saint-Nazaire | सेंट-नज़ायर | port | FR | सेंट नाज़ायर;St Nazaire | |
Istres | इस्त्रेस | town | FR | | |
Mont-de-Marsan | मोंट-डी-मार्सन | town | FR | | |
Nantes | नांत | city | FR | नैनटेस | |
Normandy | नॉर्मंडी | region | FR | नॉरमैंडी | |
Corsica | कोर्सिका | region | FR | | |
Réunion | रीयूनियन | region | FR | ला रीयूनियन;रियूनियन;La Réunion;Reunion | |
New Caledonia | न्यू कैलेडोनिया | region | FR | | |
Yokohama | योकोहामा | city | JP | | |
Kyoto | क्योटो | city | JP | | |
Kobe | कोबे | city | JP | | |
Nagoya | नागोया | city | JP | | |
Fukuoka | फुकुओका | city | JP | | |
Sapporo | सपोरो | city | JP | साप्पोरो | |
Cebu | सेबू | city | PH | | |
Davao | दावाओ | city | PH | | |
Quezon City | क्यूज़ोन सिटी | city | PH | क्वेज़ोन सिटी | |
Palawan | पलावन | region | PH | | |
Clark Air Base | क्लार्क एयर बेस | venue | PH | क्लार्क एयरबेस | |
Honolulu | होनोलुलु | city | US | होनोलूलू | |
San Diego | सैन डिएगो | city | US | सैन डिएगो | |
Arlington | आर्लिंगटन | city | US | आर्लिंग्टन | |
Annapolis | एनापोलिस | city | US | अन्नापोलिस | |
Surabaya | सुराबाया | city | ID | | |
Langkawi | लंगकावी | region | MY | लंकावी | |
Pattaya | पटाया | city | TH | | |
Busan | बुसान | city | KR | पुसान | |
Cholpon-Ata | चोलपोन-अता | city | KG | चोलपन-अता | |
Farkhor | फरखोर | town | TJ | | |
Gomel | गोमेल | city | BY | | |
Vitebsk | विटेब्स्क | city | BY | वीतेब्स्क | |
Grodno | ग्रोड्नो | city | BY | | |
Kramatorsk | क्रामातोर्स्क | city | UA | | |
Pokrovsk | पोक्रोव्स्क | city | UA | | |
Avdiivka | अवदीवका | city | UA | अवदिवका;Avdeyevka | |
Sumy | सुमी | city | UA | | |
Chernihiv | चेर्निहाइव | city | UA | चेर्निहीव;Chernigov | |
Melitopol | मेलिटोपोल | city | UA | | |
Xiamen | शियामेन | city | CN | ज़ियामेन | |
Lanzhou | लानझोउ | city | CN | | |
# ---------------- India: ordnance, shipbuilding and aerospace towns; more bases ----------------
Ambajhari | अंबाझरी | town | IN | अम्बाझरी | |
Chandrapur | चंद्रपुर | city | IN | चन्द्रपुर;चांदा;Chanda | |
Dehu Road | देहू रोड | town | IN | | |
Itarsi | इटारसी | town | IN | | |
Katni | कटनी | city | IN | | |
Muradnagar | मुरादनगर | town | IN | | |
Aruvankadu | अरुवनकाडु | town | IN | अरुवंकाडु | |
Bhusawal | भुसावल | city | IN | | |
Varangaon | वरणगांव | town | IN | वरनगांव | |
Ambernath | अंबरनाथ | city | IN | अम्बरनाथ | |
Barrackpore | बैरकपुर | town | IN | बैरकपोर | |
Bhanur | भानूर | town | IN | भानुर | |
Kattupalli | कट्टुपल्ली | port | IN | | |
Suryalanka | सूर्यलंका | town | IN | | |
Tilpat | तिलपत | town | IN | | |
Awantipora | अवंतीपोरा | town | IN | अवंतिपोरा | |
Panagarh | पानागढ़ | town | IN | | |
Dabolim | डाबोलिम | town | IN | डाबोलीम | |
Ezhimala | एझिमाला | town | IN | एट्टीमाला | |
Lonavala | लोनावला | town | IN | लोणावला | |
Okha | ओखा | port | IN | | |
Chilika Lake | चिल्का झील | sea | IN | चिलिका झील;चिलिका | |
Bareilly Air Force Station | बरेली एयरबेस | venue | IN | | |
# ---------------- Russia: more defence towns ----------------
Votkinsk | वोटकिंस्क | town | RU | वोत्किंस्क | |
Lyubertsy | ल्युबर्त्सी | town | RU | ल्यूबर्त्सी | |
Reutov | रेउतोव | town | RU | र्युतोव | |
Fokino | फ़ोकिनो | port | RU | फोकिनो | |
Arzamas | अर्जामास | town | RU | अरज़ामास | |
Akhtubinsk | अख्तुबिंस्क | town | RU | | |
Kubinka Air Base | कुबिंका एयरबेस | venue | RU | | |
Olenya Air Base | ओलेन्या एयरबेस | venue | RU | ओलेन्या | |
# ---------------- Partner countries: bases and towns ----------------
Vung Tau | वुंग ताऊ | city | VN | वुंग टाउ | |
Mersa Matruh | मर्सा मतरूह | city | EG | मरसा मतरूह | |
Berenice | बेरेनिस | town | EG | बर्निस | |
Rockingham | रॉकिंगहम | city | AU | | |
Exmouth | एक्समाउथ | town | AU | | |
Garden Island{garden-island-sydney} | गार्डन आइलैंड | venue | AU | | |
Maizuru | माइज़ुरु | port | JP | माइजुरु | |
Iwakuni | इवाकुनी | town | JP | | |
Misawa | मिसावा | town | JP | | |
Scarborough Shoal | स्कारबोरो शोल | region | | स्कारबोरो शोआल | |
Second Thomas Shoal | सेकंड थॉमस शोल | region | | अयुंगिन शोल;Ayungin Shoal | |
Batanes | बाटानेस | region | PH | बटानेस | |
Zambales | ज़ाम्बलेस | region | PH | जाम्बलेस | |
Marignane | मारिग्नेन | town | FR | | |
Orléans | ओरलियां | city | FR | ओर्लियन्स;Orleans | |
`;

// ---------------- Small ports, border towns, rivers and deserts of the region (round 5, general coverage) ----------------
const placesWorldSmall = `
# Indian ports and coastal towns
Dhamra | धामरा | port | IN | धमरा;Dhamra Port | |
Krishnapatnam | कृष्णापट्टनम | port | IN | कृष्णपट्टनम | |
Gangavaram | गंगावरम | port | IN | | |
Kakinada | काकीनाडा | city | IN | | |
Vizhinjam | विझिंजम | port | IN | विझिन्जम | |
Gopalpur | गोपालपुर | town | IN | | |
# Central Asia
Khorog | खोरोग | town | TJ | ख़ोरोग | |
Kulob | कुलोब | city | TJ | कुल्याब;Kulyab | |
Bokhtar | बोख्तार | city | TJ | बोख़्तार;कुर्गान-टूबे;Kurgan-Tyube | |
Panj | पंज नदी | river | | Panj River;प्यांज;Pyanj | |
Nukus | नुकुस | city | UZ | | |
Namangan | नमंगन | city | UZ | | |
Fergana | फ़रग़ना | city | UZ | फरगना;फ़रगना;Fergana Valley;Ferghana | |
Karakol | कराकोल | city | KG | | |
Naryn | नारिन | town | KG | | |
Batken | बटकेन | town | KG | बाटकेन | |
Jalal-Abad | जलाल-आबाद | city | KG | | |
Atyrau | अतिराऊ | city | KZ | अतिरौ | |
Syr Darya | सीर दरिया | river | | सिर दरिया;सिरदरिया;Syrdarya | |
Amu Darya | अमू दरिया | river | | आमू दरिया;अमु दरिया;आमुदरिया;Amudarya | |
Kyzylkum | किज़िलकुम | region | | क़िज़िलकुम;किजिलकुम;Kyzylkum Desert;Kyzyl Kum | |
Karakum | काराकुम | region | TM | कराकुम;Karakum Desert;Kara Kum | |
# Caucasus
Gyumri | ग्युमरी | city | AM | ग्यूमरी | |
Vanadzor | वानाद्ज़ोर | city | AM | वनाद्ज़ोर;वानाद्जोर;वनाद्जोर | |
Kapan | कापान | town | AM | | |
Meghri | मेघरी | town | AM | | |
Nakhchivan | नख़चिवान | region | AZ | नखचिवान;नख्चिवान;Nakhichevan;नखिचेवान | |
Shusha | शुशा | city | AZ | Shushi | |
Batumi | बटुमी | city | GE | बातुमी | |
Kutaisi | कुटैसी | city | GE | कुताइसी | |
# Mongolia
Darkhan | दरखान | city | MN | दर्खान | |
Erdenet | एर्देनेत | city | MN | एर्डेनेट | |
Choibalsan | चोइबाल्सन | city | MN | | |
Sainshand | सैनशांद | town | MN | साइनशांड | |
Zamyn-Uud | ज़मीन-उउद | town | MN | जमीन-उउद | |
Gobi | गोबी | region | | गोबी रेगिस्तान;गोबी मरुस्थल;Gobi Desert | |
# Myanmar, Bangladesh, Vietnam
Kyaukphyu | क्यौकफ्यू | port | MM | क्याउकफ्यू | |
Myeik | म्येइक | town | MM | Mergui | |
Mongla | मोंगला | port | BD | | |
Payra | पायरा | port | BD | | |
Khulna | खुलना | city | BD | | |
Cox's Bazar | कॉक्स बाज़ार | city | BD | कॉक्स बाजार;Coxs Bazar | |
Quy Nhon | क्वी न्होन | city | VN | Qui Nhon | |
# Russia: regional towns
# more towns, ports and border places of India and its partners
Luga | लुगा | town | RU | | |
Mozdok | मोज़दोक | town | RU | मोजदोक | |
Dudinka | दुदिंका | port | RU | | |
Sabetta | साबेत्ता | port | RU | सबेट्टा | |
Pevek | पेवेक | port | RU | | |
Tiksi | तिक्सी | port | RU | | |
Istaravshan | इस्तरावशान | city | TJ | | |
Panjakent | पंजाकेंट | city | TJ | पेनजिकेंट;Penjikent | |
Hisor | हिसोर | town | TJ | गिस्सार;Gissar | |
Murghab | मुर्ग़ाब | town | TJ | मुर्गाब | |
Ishkashim | इश्काशिम | town | TJ | | |
Khiva | ख़ीवा | city | UZ | खीवा | |
Urgench | उर्गेंच | city | UZ | | |
Karshi | कार्शी | city | UZ | क़र्शी;Qarshi | |
Navoi | नवोई | city | UZ | Navoiy | |
Jizzakh | जिज़ाख | city | UZ | जिज़्ज़ाख | |
Chirchiq | चिरचिक | city | UZ | Chirchik | |
Semey | सेमेय | city | KZ | सेमिपलातिन्स्क;Semipalatinsk | |
Oskemen | ओस्केमेन | city | KZ | उस्त-कामेनोगोर्स्क;Ust-Kamenogorsk | |
Pavlodar | पावलोदार | city | KZ | | |
Kostanay | कोस्तानाय | city | KZ | | |
Taraz | तराज़ | city | KZ | ताराज़ | |
Kyzylorda | किज़िलोर्दा | city | KZ | | |
Aktobe | अक्तोबे | city | KZ | अक्टोबे | |
Uralsk | उराल्स्क | city | KZ |  | |
Tokmok | तोकमोक | town | KG | | |
Kant Air Base | कांत एयरबेस | venue | KG | कान्त एयरबेस | |
Talas | तलास | town | KG | | |
Turkmenbashi | तुर्कमेनबाशी | port | TM | | |
Turkmenabat | तुर्कमेनाबाद | city | TM | Turkmenabad | |
Dashoguz | दाशोगुज़ | city | TM | | |
Dilijan | दिलिजान | town | AM | | |
Goris | गोरिस | town | AM | | |
Sisian | सिसियान | town | AM | | |
Vagharshapat | वाघरशापट | city | AM | एचमियाडज़िन;Echmiadzin;Etchmiadzin | |
Ijevan | इजेवान | town | AM | | |
Sumgait | सुमगायित | city | AZ | सुमगाइत;Sumqayit | |
Lankaran | लंकारन | city | AZ | | |
Mingachevir | मिंगचेविर | city | AZ | | |
Rustavi | रुस्तावी | city | GE | | |
Khovd | ख़ोव्द | city | MN | खोव्द;Hovd | |
Ulgii | उल्गी | town | MN | Ölgii | |
Murun | मुरुन | town | MN | Mörön | |
Dalanzadgad | दलानज़दगद | town | MN | | |
Tavan Tolgoi | तावान तोल्गोई | region | MN | | |
Oyu Tolgoi | ओयू तोल्गोई | region | MN | | |
Can Tho | कान थो | city | VN | कैन थो | |
Ha Long | हा लोंग | city | VN | हालोंग;Halong | |
Dung Quat | डुंग क्वाट | port | VN | | |
Thilawa | थिलावा | port | MM | | |
Dawei | दावेई | port | MM | | |
Mawlamyine | मावलामाइन | city | MM | मौलमीन;Moulmein | |
Myitkyina | मितकीना | city | MM | म्यितकीना | |
Tamu | तामू | town | MM | | |
Lashio | लाशियो | town | MM | | |
Kalay | कलय | town | MM | कलेम्यो;Kalemyo | |
Jessore | जेसोर | city | BD | जशोर;Jashore | |
Rangpur | रंगपुर | city | BD | | |
Matarbari | मातारबाड़ी | port | BD | मातरबाड़ी | |
Benapole | बेनापोल | town | BD | | |
Barishal | बारिसाल | city | BD | बरिशाल;Barisal | |
Vadinar | वाडिनार | port | IN | | |
Dahej | दहेज बंदरगाह | port | IN | | |
Karaikal | कराईकल | port | IN | कराइकल | |
Nagapattinam | नागपट्टिनम | port | IN | | |
Kollam | कोल्लम | city | IN | | |
Alang | अलंग | town | IN | | |
Minicoy | मिनिकॉय | region | IN | | |
Walong | वालोंग | town | IN | | |
Kibithu | किबिथू | town | IN | | |
Nubra | नुब्रा | region | IN | नुब्रा घाटी | |
Zanskar | ज़ांस्कर | region | IN | जांस्कर;ज़ंस्कार;Zangskar | |
Gurez | गुरेज़ | region | IN | गुरेज | |
Moreh | मोरेह | town | IN | | |
Zokhawthar | ज़ोखावथर | town | IN | | |
Champhai | चम्फाई | town | IN | चंफाई | |
Petrapole | पेट्रापोल | town | IN | | |
# regions of Mongolia (aimags), Uzbekistan and Vietnam
Arkhangai | अरखांगाई | region | MN | आरखांगाई | |
Bayan-Ölgii | बायन-उल्गी | region | MN | बायन-ओल्गी;Bayan-Olgii | |
Bayankhongor | बायनखोंगोर | region | MN | | |
Bulgan | बुल्गन | region | MN | | |
Govi-Altai | गोवी-अल्ताई | region | MN | गोबी-अल्ताई;Gobi-Altai | |
Darkhan-Uul | दरखान-उउल | region | MN | | |
Dornod | दोरनोद | region | MN | दोर्नोद | |
Dundgovi | दुंदगोवी | region | MN | | |
Khentii | खेन्ती | region | MN | ख़ेन्ती | |
Khövsgöl | ख़ुव्सगुल | region | MN | खुव्सगुल;खोवसगोल;Khuvsgul;Khovsgol | |
Ömnögovi | उमनुगोवी | region | MN | ओम्नोगोवी;Omnogovi;South Gobi | |
Orkhon | ओरखोन | region | MN | | |
Övörkhangai | उवुरखांगाई | region | MN | Uvurkhangai | |
Selenge{selenge-province} | सेलेंगे | region | MN | | |
Uvs | उव्स | region | MN | | |
Zavkhan | ज़ावखान | region | MN | जावखान | |
Kashkadarya | कश्कादरिया | region | UZ | क़श्क़ादरिया;Qashqadaryo | |
Karakalpakstan | कराकल्पकस्तान | region | UZ | काराकल्पकस्तान;Qoraqalpogʻiston | |
Khorezm | ख़ोरेज़्म | region | UZ | खोरेज्म;ख्वारिज़्म;Xorazm | |
Quang Ninh | क्वांग निन्ह | region | VN | | |
Quang Ngai | क्वांग न्गाई | region | VN | | |
Thanh Hoa | थान्ह होआ | region | VN | | |
Nghe An | न्घे आन | region | VN | | |
Ba Ria-Vung Tau | बा रिया-वुंग ताउ | region | VN | | |
`;

export const placesWorld = placesWorldBase + placesWorldSmall;
