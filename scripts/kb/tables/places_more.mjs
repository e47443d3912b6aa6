// More PLACES: Indian cities and districts, strategic sites, and cities abroad that appear in defence and
// foreign-affairs news. Same columns as places.mjs. Names that are also common words (गया, कोटा, सागर, मऊ,
// पुरी, मंडी, तुला, मिलान...) are left out on purpose.
export const placesMore = `
# ---------------- India: more cities and districts ----------------
Jaisalmer | जैसलमेर | city | IN | | |
Bikaner | बीकानेर | city | IN | | |
Barmer | बाड़मेर | city | IN | बाडमेर | |
Alwar | अलवर | city | IN | | |
Bharatpur | भरतपुर | city | IN | | |
Sikar | सीकर | city | IN | | |
Bhilwara | भीलवाड़ा | city | IN | | |
Chittorgarh | चित्तौड़गढ़ | city | IN | | |
Ajmer | अजमेर | city | IN | | |
Pokhran | पोखरण | town | IN | पोकरण | |
Mathura | मथुरा | city | IN | | |
Aligarh | अलीगढ़ | city | IN | | |
Bareilly | बरेली | city | IN | | |
Moradabad | मुरादाबाद | city | IN | | |
Saharanpur | सहारनपुर | city | IN | | |
Muzaffarnagar | मुजफ्फरनगर | city | IN | मुज़फ़्फ़रनगर | |
Firozabad | फिरोजाबाद | city | IN | फ़िरोज़ाबाद | |
Etawah | इटावा | city | IN | | |
Rae Bareli | रायबरेली | city | IN | राय बरेली | |
Amethi | अमेठी | town | IN | | |
Sultanpur | सुल्तानपुर | city | IN | | |
Azamgarh | आजमगढ़ | city | IN | आज़मगढ़ | |
Ballia | बलिया | city | IN | | |
Ghazipur | गाजीपुर | city | IN | ग़ाज़ीपुर | |
Mirzapur | मिर्जापुर | city | IN | मिर्ज़ापुर | |
Jaunpur | जौनपुर | city | IN | | |
Bahraich | बहराइच | city | IN | | |
Lakhimpur Kheri | लखीमपुर खीरी | city | IN | लखीमपुर | |
Shahjahanpur | शाहजहांपुर | city | IN | | |
Sitapur | सीतापुर | city | IN | | |
Hardoi | हरदोई | city | IN | | |
Unnao | उन्नाव | city | IN | | |
Kushinagar | कुशीनगर | city | IN | | |
Deoria | देवरिया | city | IN | | |
Muzaffarpur | मुजफ्फरपुर | city | IN | मुज़फ़्फ़रपुर | |
Darbhanga | दरभंगा | city | IN | | |
Bhagalpur | भागलपुर | city | IN | | |
Purnea{purnia} | पूर्णिया | city | IN | | |
Begusarai | बेगूसराय | city | IN | | |
Nalanda | नालंदा | city | IN | | |
Sasaram | सासाराम | city | IN | | |
Hajipur | हाजीपुर | city | IN | | |
Chhapra | छपरा | city | IN | | |
Motihari | मोतिहारी | city | IN | | |
Sitamarhi | सीतामढ़ी | city | IN | | |
Madhubani | मधुबनी | city | IN | | |
Samastipur | समस्तीपुर | city | IN | | |
Katihar | कटिहार | city | IN | | |
Kishanganj | किशनगंज | city | IN | | |
Jamshedpur | जमशेदपुर | city | IN | | |
Dhanbad | धनबाद | city | IN | | |
Bokaro | बोकारो | city | IN | | |
Hazaribagh | हजारीबाग | city | IN | हज़ारीबाग | |
Deoghar | देवघर | city | IN | | |
Bilaspur | बिलासपुर | city | IN | | |
Durg | दुर्ग | city | IN | | |
Bhilai | भिलाई | city | IN | | |
Korba | कोरबा | city | IN | | |
Jagdalpur | जगदलपुर | city | IN | | |
Bastar | बस्तर | region | IN | | |
Dantewada | दंतेवाड़ा | city | IN | | |
Ujjain | उज्जैन | city | IN | | |
Rewa | रीवा | city | IN | | |
Satna | सतना | city | IN | | |
Khajuraho | खजुराहो | town | IN | | |
Ratlam | रतलाम | city | IN | | |
Chhindwara | छिंदवाड़ा | city | IN | | |
Mhow | महू | town | IN | | |
Amravati | अमरावती | city | IN | | |
Amaravati | अमरावती | city | IN | | |
Akola | अकोला | city | IN | | |
Kolhapur | कोल्हापुर | city | IN | | |
Solapur | सोलापुर | city | IN | | |
Thane | ठाणे | city | IN | | |
Navi Mumbai | नवी मुंबई | city | IN | | |
Ratnagiri | रत्नागिरी | city | IN | | |
Latur | लातूर | city | IN | | |
Nanded | नांदेड़ | city | IN | नांदेड | |
Rajkot | राजकोट | city | IN | | |
Bhavnagar | भावनगर | city | IN | | |
Jamnagar | जामनगर | city | IN | | |
Kutch | कच्छ | region | IN | कच्छ का रण;Kachchh | |
Bhuj | भुज | city | IN | | |
Dwarka | द्वारका | city | IN | | |
Porbandar | पोरबंदर | city | IN | | |
Haridwar | हरिद्वार | city | IN | | |
Rishikesh | ऋषिकेश | city | IN | | |
Nainital | नैनीताल | city | IN | | |
Haldwani | हल्द्वानी | city | IN | | |
Almora | अल्मोड़ा | city | IN | | |
Pithoragarh | पिथौरागढ़ | city | IN | | |
Kedarnath | केदारनाथ | town | IN | | |
Dharamshala | धर्मशाला | city | IN | धर्मशाला | |
Kullu | कुल्लू | town | IN | | |
Solan | सोलन | town | IN | | |
Rohtak | रोहतक | city | IN | | |
Hisar | हिसार | city | IN | | |
Panipat | पानीपत | city | IN | | |
Karnal | करनाल | city | IN | | |
Ambala | अंबाला | city | IN | अम्बाला | |
Kurukshetra | कुरुक्षेत्र | city | IN | | |
Sonipat | सोनीपत | city | IN | | |
Faridabad | फरीदाबाद | city | IN | फ़रीदाबाद | |
Jalandhar | जालंधर | city | IN | | |
Patiala | पटियाला | city | IN | | |
Bathinda | बठिंडा | city | IN | भटिंडा | |
Mohali | मोहाली | city | IN | | |
Firozpur | फिरोजपुर | city | IN | फ़िरोज़पुर | |
Anantnag | अनंतनाग | city | IN | | |
Baramulla | बारामूला | city | IN | बारामुला | |
Kupwara | कुपवाड़ा | city | IN | | |
Rajouri | राजौरी | city | IN | | |
Poonch | पुंछ | city | IN | | |
Kathua | कठुआ | city | IN | | |
Udhampur | उधमपुर | city | IN | | |
Doda | डोडा | city | IN | | |
Kishtwar | किश्तवाड़ | city | IN | | |
Sopore | सोपोर | town | IN | | |
Gulmarg | गुलमर्ग | town | IN | | |
Drass | द्रास | town | IN | | |
Tirupati | तिरुपति | city | IN | | |
Guntur | गुंटूर | city | IN | | |
Nellore | नेल्लोर | city | IN | | |
Kurnool | कुरनूल | city | IN | | |
Warangal | वारंगल | city | IN | | |
Tiruchirappalli | तिरुचिरापल्ली | city | IN | त्रिची;Trichy | |
Salem | सेलम | city | IN | | |
Tirunelveli | तिरुनेलवेली | city | IN | | |
Vellore | वेल्लोर | city | IN | | |
Kanyakumari | कन्याकुमारी | city | IN | | |
Rameswaram | रामेश्वरम | town | IN | | |
Thoothukudi | तूतीकोरिन | city | IN | थूथुकुडी;Tuticorin | |
Kozhikode | कोझिकोड | city | IN | कालीकट;Calicut | |
Thrissur | त्रिशूर | city | IN | | |
Kannur | कन्नूर | city | IN | | |
Hubballi | हुबली | city | IN | Hubli | |
Belagavi | बेलगावी | city | IN | बेलगाम;Belgaum | |
Udupi | उडुपी | city | IN | | |
Cuttack | कटक | city | IN | | |
Rourkela | राउरकेला | city | IN | | |
Balasore | बालासोर | city | IN | बालेश्वर | |
Chandipur | चांदीपुर | town | IN | | |
Abdul Kalam Island | अब्दुल कलाम द्वीप | venue | IN | व्हीलर द्वीप;Wheeler Island | |
Sriharikota | श्रीहरिकोटा | town | IN | | |
Siliguri | सिलीगुड़ी | city | IN | | |
Darjeeling | दार्जिलिंग | city | IN | | |
Asansol | आसनसोल | city | IN | | |
Durgapur | दुर्गापुर | city | IN | | |
Howrah | हावड़ा | city | IN | | |
Kharagpur | खड़गपुर | city | IN | | |
Dibrugarh | डिब्रूगढ़ | city | IN | | |
Jorhat | जोरहाट | city | IN | | |
Silchar | सिलचर | city | IN | | |
Tezpur | तेजपुर | city | IN | | |
Imphal | इंफाल | city | IN | इम्फाल | |
Shillong | शिलांग | city | IN | | |
Aizawl | आइजोल | city | IN | | |
Kohima | कोहिमा | city | IN | | |
Dimapur | दीमापुर | city | IN | | |
Agartala | अगरतला | city | IN | | |
Itanagar | ईटानगर | city | IN | | |
Gangtok | गंगटोक | city | IN | | |
Siliguri Corridor | सिलीगुड़ी कॉरिडोर | region | IN | चिकन नेक;Chicken's Neck | |
Kudankulam Nuclear Power Plant | कुडनकुलम परमाणु ऊर्जा संयंत्र | venue | IN | कुडनकुलम;कूडनकुलम;Kudankulam;KKNPP | |
Northern Sea Route | उत्तरी समुद्री मार्ग | sea | RU | नॉर्दर्न सी रूट | |
Lok Kalyan Marg | लोक कल्याण मार्ग | venue | IN | 7, लोक कल्याण मार्ग;7 Lok Kalyan Marg | |
Dispur | दिसपुर | city | IN | | |
Kavaratti | कवरत्ती | city | IN | | |
Koraput | कोरापुट | town | IN | | |
Avadi | आवडी | town | IN | | |
# ---------------- Pakistan ----------------
Bahawalpur | बहावलपुर | city | PK | | |
Muridke | मुरीदके | town | PK | | |
Sialkot | सियालकोट | city | PK | | |
Faisalabad | फैसलाबाद | city | PK | | |
Multan | मुल्तान | city | PK | | |
Gwadar | ग्वादर | city | PK | | |
Muzaffarabad | मुजफ्फराबाद | city | PK | मुज़फ़्फ़राबाद | |
Gilgit-Baltistan | गिलगित-बाल्टिस्तान | region | PK | गिलगित बाल्टिस्तान | |
Skardu | स्कर्दू | town | PK | | |
Kotli | कोटली | town | PK | | |
Sargodha | सरगोधा | city | PK | | |
Jacobabad | जैकबाबाद | city | PK | | |
Nur Khan Air Base | नूर खान एयरबेस | venue | PK | नूर खान एयर बेस;Nur Khan airbase | |
Sindh | सिंध | region | PK | सिन्ध | |
# ---------------- Russia ----------------
Samara | समारा | city | RU | | |
Omsk | ओम्स्क | city | RU | | |
Krasnoyarsk | क्रास्नोयार्स्क | city | RU | | |
Irkutsk | इर्कुत्स्क | city | RU | | |
Khabarovsk | खाबरोवस्क | city | RU | | |
Ufa | ऊफ़ा | city | RU | ऊफा | |
Chelyabinsk | चेल्याबिंस्क | city | RU | | |
Voronezh | वोरोनेज़ | city | RU | वोरोनेज | |
Smolensk | स्मोलेंस्क | city | RU | | |
Pskov | प्सकोव | city | RU | | |
Arkhangelsk | आर्खान्गेल्स्क | city | RU | | |
Yakutsk | याकुत्स्क | city | RU | | |
Kamchatka | कामचटका | region | RU | | |
Sakhalin | सखालिन | region | RU | | |
Kuril Islands | कुरील द्वीप | region | RU | कुरील द्वीपसमूह | |
Dagestan | दागिस्तान | region | RU | | |
Grozny | ग्रोज़नी | city | RU | ग्रोजनी | |
Tatarstan | तातारस्तान | region | RU | | |
Novorossiysk | नोवोरोस्सियस्क | city | RU | | |
Krasnodar | क्रास्नोडार | city | RU | | |
Astrakhan | आस्त्राखान | city | RU | | |
Tver | त्वेर | city | RU | | |
Kerch Bridge | केर्च ब्रिज | venue | RU | क्रीमिया ब्रिज;Crimean Bridge | |
# ---------------- China ----------------
Chengdu | चेंगदू | city | CN | | |
Chongqing | चोंगकिंग | city | CN | चुंगकिंग | |
Xi'an | शीआन | city | CN | शियान;Xian | |
Kunming | कुनमिंग | city | CN | | |
Urumqi | उरुमची | city | CN | उरुम्की | |
Kashgar | काशगर | city | CN | | |
Hangzhou | हांगझोउ | city | CN | हांग्जो | |
Nanjing | नानजिंग | city | CN | | |
Harbin | हार्बिन | city | CN | | |
Dalian | डालियान | city | CN | | |
Tianjin Port{tianjin-port} | तियानजिन बंदरगाह | venue | CN | | |
Hotan | होतान | city | CN | | |
Shigatse | शिगात्से | city | CN | | |
Yunnan | युन्नान | region | CN | | |
Sichuan | सिचुआन | region | CN | | |
Guangdong | ग्वांगडोंग | region | CN | गुआंगडोंग | |
Fujian Province{fujian-province} | फुजियान प्रांत | region | CN | | |
Great Hall of the People | ग्रेट हॉल ऑफ द पीपल | venue | CN | | |
Tiananmen Square | तियानमेन चौक | venue | CN | थियानआनमन चौक | |
Zhongnanhai | झोंगनानहाई | venue | CN | | |
# ---------------- Central Asia, Iran, Middle East ----------------
Osh | ओश | city | KG | | |
Khujand | खुजंद | city | TJ | | |
Bukhara | बुखारा | city | UZ | | |
Termez | तिर्मिज़ | city | UZ | तिर्मिज;टर्मेज़;Termiz | |
Andijan | अंदिजान | city | UZ | | |
Shymkent | शिमकेंट | city | KZ | | |
Karaganda | कारागांडा | city | KZ | | |
Aktau | अक्ताउ | city | KZ | | |
Ayni Air Base | अयनी एयरबेस | venue | TJ | ऐनी एयरबेस;Ayni airbase | |
Isfahan | इस्फहान | city | IR | इस्फ़हान | |
Mashhad | मशहद | city | IR | | |
Natanz | नतांज | city | IR | नतांज़ | |
Fordow | फोर्डो | venue | IR | फ़ोर्डो | |
Tabriz | तबरेज़ | city | IR | तबरीज़ | |
Rafah | रफाह | city | PS | रफ़ाह | |
Haifa | हाइफा | city | IL | हाइफ़ा | |
Eilat | ईलात | city | IL | | |
Aden | अदन | city | YE | | |
Hodeidah | होदेइदा | city | YE | | |
Mosul | मोसुल | city | IQ | | |
Basra | बसरा | city | IQ | | |
Erbil | एरबिल | city | IQ | | |
Aleppo | अलेप्पो | city | SY | | |
Idlib | इदलिब | city | SY | | |
Golan Heights | गोलन हाइट्स | region | SY | गोलन पहाड़ियां | |
Antalya | अंताल्या | city | TR | | |
Sharm El Sheikh | शर्म अल-शेख | city | EG | शर्म अल शेख | |
Suez Canal | स्वेज नहर | sea | EG | स्वेज़ नहर | |
# ---------------- Europe ----------------
Vilnius | विलनियस | city | LT | | |
Riga | रीगा | city | LV | | |
Tallinn | तालिन | city | EE | | |
Bucharest | बुखारेस्ट | city | RO | | |
Zagreb | ज़ाग्रेब | city | HR | जाग्रेब | |
Bern | बर्न | city | CH | | |
Zurich | ज्यूरिख | city | CH | | |
Barcelona | बार्सिलोना | city | ES | | |
Frankfurt | फ्रैंकफर्ट | city | DE | | |
Hamburg | हैम्बर्ग | city | DE | हैमबर्ग | |
Marseille | मार्सिले | city | FR | | |
Lyon | ल्योन | city | FR | | |
Manchester | मैनचेस्टर | city | GB | | |
Birmingham | बर्मिंघम | city | GB | | |
Edinburgh | एडिनबर्ग | city | GB | | |
Dublin | डबलिन | city | IE | | |
Strasbourg | स्ट्रासबर्ग | city | FR | | |
Chisinau | किशिनेव | city | MD | Chișinău | |
Downing Street | डाउनिंग स्ट्रीट | venue | GB | | |
Elysee Palace | एलिसी पैलेस | venue | FR | Élysée Palace;Élysée | |
Scotland | स्कॉटलैंड | country part | GB | | |
Wales | वेल्स | country part | GB | | |
Northern Ireland | उत्तरी आयरलैंड | country part | GB | | |
Balkans | बाल्कन | region | | | |
Scandinavia | स्कैंडिनेविया | region | | | |
# ---------------- Americas, Africa, Asia-Pacific ----------------
Santiago | सैंटियागो | city | CL | | |
Lima | लीमा | city | PE | | |
Bogota | बोगोटा | city | CO | Bogotá | |
Caracas | काराकास | city | VE | | |
Havana | हवाना | city | CU | | |
Quito | क्विटो | city | EC | | |
Montevideo | मोंटेवीडियो | city | UY | | |
Miami | मियामी | city | US | | |
Boston | बोस्टन | city | US | | |
Seattle | सिएटल | city | US | | |
Dallas | डलास | city | US | | |
Atlanta | अटलांटा | city | US | | |
Philadelphia | फिलाडेल्फिया | city | US | | |
Florida | फ्लोरिडा | state | US | | |
Mar-a-Lago | मार-ए-लागो | venue | US | मार ए लागो | |
Camp David | कैंप डेविड | venue | US | | |
Vancouver | वैंकूवर | city | CA | | |
Montreal | मॉन्ट्रियल | city | CA | | |
Durban | डरबन | city | ZA | | |
Accra | अक्रा | city | GH | | |
Dakar | डकार | city | SN | | |
Kinshasa | किंशासा | city | CD | | |
Khartoum | खार्तूम | city | SD | | |
Tripoli | त्रिपोली | city | LY | | |
Tunis | ट्यूनिस | city | TN | | |
Algiers | अल्जीयर्स | city | DZ | | |
Rabat | रबात | city | MA | | |
Casablanca | कैसाब्लांका | city | MA | | |
Kampala | कंपाला | city | UG | | |
Dar es Salaam | दार एस सलाम | city | TZ | दार-एस-सलाम | |
Kigali | किगाली | city | RW | | |
Harare | हरारे | city | ZW | | |
Lusaka | लुसाका | city | ZM | | |
Luanda | लुआंडा | city | AO | | |
Maputo | मापुटो | city | MZ | | |
Windhoek | विंडहोक | city | NA | | |
Mogadishu | मोगादिशु | city | SO | | |
Asmara | अस्मारा | city | ER | | |
Osaka | ओसाका | city | JP | | |
Hiroshima | हिरोशिमा | city | JP | | |
Nagasaki | नागासाकी | city | JP | | |
Okinawa | ओकिनावा | region | JP | | |
Ho Chi Minh City | हो ची मिन्ह सिटी | city | VN | | |
Mandalay | मांडले | city | MM | | |
Chittagong | चटगांव | city | BD | चट्टोग्राम;Chattogram | |
Sylhet | सिलहट | city | BD | | |
Pokhara | पोखरा | city | NP | | |
Lumbini | लुंबिनी | town | NP | | |
Jaffna | जाफना | city | LK | | |
Trincomalee | त्रिंकोमाली | city | LK | | |
Hambantota | हंबनटोटा | city | LK | | |
Kandy | कैंडी | city | LK | | |
Perth | पर्थ | city | AU | | |
Brisbane | ब्रिस्बेन | city | AU | | |
Auckland | ऑकलैंड | city | NZ | | |
Wellington | वेलिंगटन | city | NZ | | |
Suva | सुवा | city | FJ | | |
Chagos Archipelago | चागोस द्वीपसमूह | region | MU | चागोस | |
Malacca Strait | मलक्का जलडमरूमध्य | sea | | मलक्का;Strait of Malacca | |
Gulf of Aden | अदन की खाड़ी | sea | | | |
Mediterranean Sea | भूमध्य सागर | sea | | | |
Caspian Sea | कैस्पियन सागर | sea | | | |
Taiwan Strait | ताइवान जलडमरूमध्य | sea | | | |
# ---------------- Ports and naval bases ----------------
Yokosuka | योकोसुका | port | JP | योकोसुका नौसैनिक अड्डा;Yokosuka naval base | |
Sasebo | सासेबो | port | JP | | |
Kure | कुरे | port | JP | | |
Subic Bay | सुबिक बे | port | PH | सुबिक खाड़ी;Subic | |
Cam Ranh | कैम रान्ह | port | VN | कैम रान्ह खाड़ी;कैम रैन्ह;Cam Ranh Bay | |
Sittwe | सित्तवे | port | MM | सितवे;सित्वे | |
Duqm | दुक्म | port | OM | दुकम | |
Guam | गुआम | territory | US | ग्वाम | |
Pearl Harbor | पर्ल हार्बर | port | US | | |
Norfolk{norfolk-virginia} | नॉरफॉक | port | US | Naval Station Norfolk | |
Ream Naval Base | रीम नौसैनिक अड्डा | port | KH | रीम;Ream | |
Tartus | टार्टस | port | SY | तरतूस | |
Port Sudan | पोर्ट सूडान | port | SD | | |
Piraeus | पिरियस | port | GR | पीरियस;पिराएस | |
Souda Bay | सौडा बे | port | GR | सूडा बे | |
Toulon | टूलॉन | port | FR | तूलों | |
Brest{brest-france} | ब्रेस्ट | port | FR | | |
Kiel | कील | port | DE | | |
Portsmouth | पोर्ट्समाउथ | port | GB | | |
Severomorsk | सेवेरोमोर्स्क | port | RU | | |
Kronstadt | क्रोनश्टाट | port | RU | क्रोनस्टाड | |
Sanya | सान्या | port | CN | | |
Changi Naval Base | चांगी नौसैनिक अड्डा | port | SG | | |
Jebel Ali | जेबेल अली | port | AE | | |
# ---------------- Rivers, seas and regions ----------------
Ganges | गंगा | river | IN | गंगा नदी;Ganga | |
Yamuna | यमुना | river | IN | यमुना नदी | |
Brahmaputra | ब्रह्मपुत्र | river | IN | ब्रह्मपुत्र नदी;यारलुंग त्सांगपो | |
Indus | सिंधु नदी | river | PK | Indus River | |
Teesta | तीस्ता | river | IN | तीस्ता नदी | |
Mekong | मेकांग | river | | मेकोंग;मेकांग नदी;Mekong River | |
Nile | नील नदी | river | | Nile River | |
Volga | वोल्गा | river | RU | वोल्गा नदी | |
Amur | अमूर नदी | river | | | |
Sea of Japan | जापान सागर | sea | | East Sea | |
East China Sea | पूर्वी चीन सागर | sea | | | |
Yellow Sea | पीला सागर | sea | | | |
Sea of Okhotsk | ओखोत्स्क सागर | sea | | | |
Philippine Sea | फिलीपीन सागर | sea | | | |
Asia-Pacific | एशिया-प्रशांत | region | | एशिया प्रशांत;Asia Pacific | |
Euro-Atlantic | यूरो-अटलांटिक | region | | | |
# ---------------- Palaces, offices and venues ----------------
Sheetal Niwas | शीतल निवास | venue | NP | | |
Singha Durbar | सिंह दरबार | venue | NP | सिंहदरबार | |
Malacanang Palace | मलाकानांग पैलेस | venue | PH | मलाकानांग;मालाकानांग पैलेस;Malacañang Palace;Malacañang | |
Maximos Mansion | मैक्सिमोस मेंशन | venue | GR | मैक्सिमोस मैंशन;Maximos Mansion | |
Hôtel de Brienne | होटल डी ब्रिएन | venue | FR | Hotel de Brienne | |
Le Bourget | ले बुर्जे | place | FR | ले बोर्गेट;ले बोरगेट;Le Bourget Airport | |
Hôtel Matignon | होटल मैटिग्नन | venue | FR | Matignon;Hotel Matignon | |
Vigyan Bhawan | विज्ञान भवन | venue | IN | | |
Istana{istana-singapore} | इस्ताना | venue | SG | | |
Blue House{blue-house} | ब्लू हाउस | venue | KR | चेओंग वा डे;Cheong Wa Dae | |
Yongsan Presidential Office | योंगसान राष्ट्रपति कार्यालय | venue | KR | | |
Kantei | कांतेई | venue | JP | Prime Minister's Office of Japan | |
Akasaka Palace | अकासाका पैलेस | venue | JP | अकासाका पैलेस गेस्ट हाउस | |
Bendlerblock | बेंडलरब्लॉक | venue | DE | | |
Chancellery{german-chancellery} | चांसलरी | venue | DE | Bundeskanzleramt;German Chancellery | |
Lancaster House | लैंकेस्टर हाउस | venue | GB | | |
Ak Saray | अक सराय | venue | TR | Presidential Complex (Turkey) | |
Bellevue Palace | बेलव्यू पैलेस | venue | DE | Schloss Bellevue | |
Al Yamamah Palace | अल यमामा पैलेस | venue | SA | | |
Qasr Al Watan | कस्र अल वतन | venue | AE | | |
Ittihadiya Palace | इत्तिहादिया पैलेस | venue | EG | | |
Government House{government-house-bangkok} | गवर्नमेंट हाउस | venue | TH | Thai Government House | |
Presidential Secretariat{presidential-secretariat-colombo} | राष्ट्रपति सचिवालय | venue | LK | | |
Ganabhaban | गणभवन | venue | BD | गण भवन | |
Bangabhaban | बंगभवन | venue | BD | बंग भवन | |

Mombasa | मोम्बासा | city | KE | मोम्बासा बंदरगाह;मोंबासा;Port of Mombasa | |
Funafuti | फुनाफुटी | city | TV | फुनाफूती | |
Port Moresby | पोर्ट मोरेस्बी | city | PG | पोर्ट मोर्सबी | |
Mamallapuram | मामल्लपुरम | city | IN | महाबलीपुरम;Mahabalipuram | |
Kananaskis | कनानास्किस | city | CA | | |
Alvorada Palace | अल्वोराडा पैलेस | venue | BR | पलासियो दा अल्वोराडा;Palácio da Alvorada | |
Planalto Palace | प्लानाल्टो पैलेस | venue | BR | Palácio do Planalto | |
Diaoyutai State Guesthouse | दियाओयुताई स्टेट गेस्टहाउस | venue | CN | दियाओयुताई;दियाओयुताई गेस्टहाउस;Diaoyutai | |
Jawaharlal Nehru Bhawan | जवाहरलाल नेहरू भवन | venue | IN | जेएनबी;Jawaharlal Nehru Bhavan | |
Kailash Mansarovar | कैलाश मानसरोवर | region | CN | कैलाश-मानसरोवर;Kailash Manasarovar | |
# ---------------- India: governors' residences, defence towns, deserts and forests ----------------
Raj Bhavan | राजभवन | venue | IN | राज भवन;Raj Bhavan;Raj Bhawan | |
Lok Bhavan | लोक भवन | venue | IN | Lok Bhavan;Lok Bhawan | |
Vasco da Gama | वास्को डी गामा | town | IN | वास्को-द-गामा;वास्को द गामा;वास्को;Vasco | |
Mormugao | मोरमुगाओ | port | IN | मुरगांव;मोरमुगांव;Marmagao | |
Khamaria | खमरिया | town | IN | | |
Thar | थार | region | IN | थार रेगिस्तान;थार मरुस्थल;Thar Desert | |
Sundarbans | सुंदरबन | region | IN | सुंदरवन;सुन्दरबन | |
Western Ghats | पश्चिमी घाट | region | IN | | |
Eastern Ghats | पूर्वी घाट | region | IN | | |
Aravalli | अरावली | region | IN | अरावली पर्वतमाला;Aravallis | |
Longewala | लोंगेवाला | town | IN | लौंगेवाला | |
# ---------------- India: cantonments, air stations and nuclear sites ----------------
Bhandara | भंडारा | city | IN | भण्डारा | |
Khadki | खड़की | town | IN | किरकी;Kirkee | |
Chakeri | चकेरी | town | IN | | |
Tambaram | तांबरम | town | IN | ताम्बरम | |
Begumpet | बेगमपेट | town | IN | | |
Nasirabad | नसीराबाद | town | IN | | |
Bomdila | बोमडिला | town | IN | | |
Binnaguri | बिन्नागुड़ी | town | IN | बिन्नागुरी | |
Kalimpong | कलिम्पोंग | town | IN | कालिम्पोंग | |
Sukna | सुकना | town | IN | | |
Ramgarh Cantonment | रामगढ़ छावनी | town | IN | Ramgarh Cantt | |
Secunderabad | सिकंदराबाद | city | IN | सिकन्दराबाद | |
Lansdowne | लैंसडाउन | town | IN | लैन्सडाउन | |
Ranikhet | रानीखेत | town | IN | | |
Kamptee | कामठी | town | IN | कांपटी | |
Kaiga | कैगा | town | IN | | |
Rawatbhata | रावतभाटा | town | IN | | |
Narora | नरोरा | town | IN | | |
Kakrapar | काकरापार | town | IN | | |
Jaitapur | जैतापुर | town | IN | | |
Mahendragiri | महेंद्रगिरि | town | IN | महेन्द्रगिरि | |
`;
