// EQUIPMENT. Columns: en | hi | type | origin (ISO code) | aliases (;)
// Designations are written the ways Hindi news writes them: एस-400 / एस400 / एस 400, एसयू-30 / सुखोई-30.
export const equipment = `
# ---------------- Air defence ----------------
S-400 Triumf | एस-400 | air defence system | RU | एस400;एस 400;एस-400 ट्रायम्फ;एस-400 ट्रायंफ;एस-400 ट्राइअम्फ;एस-400 मिसाइल सिस्टम;एस-400 वायु रक्षा प्रणाली;ट्रायम्फ;ट्रायंफ;S-400;S400;S 400;S-400 Triumph;S-400 air defence system;S-400 missile system;SA-21 Growler;सुदर्शन चक्र;Sudarshan Chakra
S-500 Prometheus | एस-500 | air defence system | RU | एस500;एस 500;एस-500 प्रोमेथियस;S-500;S500
S-300 | एस-300 | air defence system | RU | एस300;एस 300;S300
Pantsir-S1 | पैंटसिर | air defence system | RU | पांत्सिर;पैंटसिर-एस1;पैंट्सिर;Pantsir;Pantsir S1
Igla-S | इग्ला-एस | air defence system | RU | इगला-एस;इग्ला एस;इग्ला;Igla S;Igla
Verba | वर्बा | air defence system | RU | वेरबा;Verba MANPADS
Tor-M2 | टोर-एम2 | air defence system | RU | Tor M2
Akash missile system{akash} | आकाश मिसाइल | air defence system | IN | आकाश मिसाइलें;आकाश मिसाइलों;आकाश वायु रक्षा प्रणाली;आकाश वायु रक्षा प्रणालियों;आकाश एयर डिफेंस;आकाश मिसाइल सिस्टम;Akash missiles;Akash air defence;आकाश मिसाइल प्रणाली;आकाश एयर डिफेंस सिस्टम;Akash missile;Akash air defence system
Akashteer | आकाशतीर | air defence system | IN | आकाश तीर;आकाशतीर प्रणाली;Akashteer system
MRSAM | एमआरएसएएम | air defence system | IN | एमआरसैम;एमआर-सैम;एमआर सैम;MR-SAM;बराक-8;Barak-8;Barak 8;Medium Range Surface to Air Missile
QRSAM | क्यूआरएसएएम | air defence system | IN | क्यूआरसैम;क्यूआर-सैम;क्यूआर सैम;QR-SAM;Quick Reaction Surface to Air Missile
Iron Dome | आयरन डोम | air defence system | IL |
Patriot missile system | पैट्रियट मिसाइल सिस्टम | air defence system | US | पैट्रियट;Patriot;MIM-104 Patriot
THAAD | थाड | air defence system | US | टर्मिनल हाई एल्टीट्यूड एरिया डिफेंस
HQ-9 | एचक्यू-9 | air defence system | CN | HQ9
# ---------------- Combat aircraft ----------------
Su-30MKI | सुखोई-30 एमकेआई | fighter aircraft | RU | सु-30 एमकेआई;सु-30एमकेआई;सु 30 एमकेआई;सु-30;सुखोई 30एमकेआई;एसयू30 एमकेआई;सुखोई-30 एमकेआइ;सुखोई-30एमकेआई;सुखोई 30 एमकेआई;सुखोई-30;एसयू-30 एमकेआई;एसयू-30एमकेआई;एसयू 30 एमकेआई;एसयू-30;Su-30 MKI;Su 30 MKI;Su30MKI;Su-30;Sukhoi Su-30MKI;Sukhoi-30MKI;Sukhoi-30 MKI
Su-57 | सुखोई-57 | fighter aircraft | RU | सुखोई 57;एसयू-57;एसयू 57;एसयू-57ई;सुखोई-57ई;Su 57;Su-57E;Sukhoi Su-57
Su-35 | सुखोई-35 | fighter aircraft | RU | एसयू-35;Su 35;Sukhoi Su-35
Su-27 | सुखोई-27 | fighter aircraft | RU | एसयू-27;Su 27
Su-34 | सुखोई-34 | fighter aircraft | RU | एसयू-34;Su 34
MiG-29 | मिग-29 | fighter aircraft | RU | मिग 29;मिग-29के;मिग-29 के;MiG 29;MiG-29K;MiG-29UPG
MiG-21 | मिग-21 | fighter aircraft | RU | मिग 21;मिग-21 बाइसन;MiG 21;MiG-21 Bison
MiG-31 | मिग-31 | fighter aircraft | RU | मिग 31;MiG 31
Tu-160 | टीयू-160 | bomber | RU | तुपोलेव टीयू-160;Tupolev Tu-160;Tu 160
Tu-95 | टीयू-95 | bomber | RU | Tupolev Tu-95
HAL Tejas | तेजस | fighter aircraft | IN | तेजस एमके-1;तेजस एमके1;तेजस मार्क-1ए;एलसीए;एलसीए एमके1ए;एलसीए एमके-1ए;LCA;LCA Mk1A;तेजस एमके1ए;तेजस एमके-1ए;एलसीए तेजस;हल्का लड़ाकू विमान तेजस;Tejas;Tejas Mk1A;Tejas Mk 1A;LCA Tejas
Tejas Mk2 | तेजस एमके2 | fighter aircraft | IN | तेजस एमके-2;Tejas Mk 2;Tejas Mark 2
AMCA | एएमसीए | fighter aircraft | IN | एडवांस्ड मीडियम कॉम्बैट एयरक्राफ्ट;Advanced Medium Combat Aircraft
Dassault Rafale | राफेल | fighter aircraft | FR | राफ़ेल;राफेल लड़ाकू विमान;राफेल-एम;राफेल एम;Rafale;Rafale M;Rafale-M
Mirage 2000 | मिराज-2000 | fighter aircraft | FR | मिराज 2000;मिराज
SEPECAT Jaguar | जगुआर | fighter aircraft | GB | जैगुआर;Jaguar fighter
F-35 Lightning II | एफ-35 | fighter aircraft | US | एफ 35;F-35;F35;F 35
F-16 | एफ-16 | fighter aircraft | US | एफ 16;F16;F 16
F-21{f-21} | एफ-21 | fighter aircraft | US | एफ21
J-20 | जे-20 | fighter aircraft | CN | J20
J-10C | जे-10सी | fighter aircraft | CN | जे-10;J-10;J10C
JF-17 | जेएफ-17 | fighter aircraft | PK | जेएफ-17 थंडर;JF-17 Thunder
# ---------------- Other aircraft, helicopters, drones ----------------
Il-76 | आईएल-76 | transport aircraft | RU | इल्यूशिन-76;Ilyushin Il-76;IL-76
Il-78 | आईएल-78 | tanker aircraft | RU | Ilyushin Il-78;IL-78
A-50 | ए-50 | airborne early warning aircraft | RU | A-50 AWACS;Beriev A-50
C-295 | सी-295 | transport aircraft | ES | सी 295;C295;Airbus C-295
C-17 Globemaster III | सी-17 ग्लोबमास्टर | transport aircraft | US | सी-17;C-17;C-17 Globemaster
C-130J Super Hercules | सी-130जे सुपर हरक्यूलिस | transport aircraft | US | सी-130जे;C-130J;C-130J Hercules
Kamov Ka-226 | कामोव केए-226 | helicopter | RU | का-226;केए-226;कामोव-226;Ka-226;Ka-226T;Kamov-226
Kamov Ka-31 | कामोव केए-31 | helicopter | RU | केए-31;Ka-31
Mi-17 | एमआई-17 | helicopter | RU | एमआई 17;एमआई-17वी5;Mi-17V5;Mi 17;Mil Mi-17
Mi-35 | एमआई-35 | helicopter | RU | Mi 35
LCH Prachand | प्रचंड हेलीकॉप्टर | helicopter | IN | एलसीएच प्रचंड;हल्का लड़ाकू हेलीकॉप्टर प्रचंड;LCH;Light Combat Helicopter
HAL Dhruv | ध्रुव हेलीकॉप्टर | helicopter | IN | एएलएच ध्रुव;ALH Dhruv;Advanced Light Helicopter
AH-64 Apache | अपाचे हेलीकॉप्टर | helicopter | US | एएच-64 अपाचे;AH-64E;Apache helicopter
CH-47 Chinook | चिनूक | helicopter | US | चिनूक हेलीकॉप्टर;CH-47;Chinook
MQ-9B | एमक्यू-9बी | drone | US | एमक्यू-9बी प्रीडेटर;प्रीडेटर ड्रोन;MQ-9B Predator;Predator drone;MQ-9 Reaper;SkyGuardian
Heron drone{heron} | हेरॉन ड्रोन | drone | IL | हेरॉन;हेरोन ड्रोन;Heron TP
Shahed-136 | शाहेद-136 | drone | IR | शाहिद-136;शाहेद;Shahed;Geran-2
Bayraktar TB2 | बायरकतार टीबी2 | drone | TR | बायरक्तार;Bayraktar
# ---------------- Missiles ----------------
BrahMos | ब्रह्मोस | cruise missile | IN | ब्रह्मोस मिसाइल;ब्रम्होस;ब्रह्मोस सुपरसोनिक क्रूज मिसाइल;BrahMos missile;Brahmos;BrahMos supersonic cruise missile
BrahMos-NG | ब्रह्मोस-एनजी | cruise missile | IN | ब्रह्मोस एनजी;ब्रह्मोस नेक्स्ट जनरेशन;BrahMos NG;Brahmos-NG;BrahMos Next Generation
BrahMos-ER | ब्रह्मोस-ईआर | cruise missile | IN | ब्रह्मोस ईआर;BrahMos ER;Brahmos-ER
Agni-V | अग्नि-5 | ballistic missile | IN | अग्नि 5;अग्नि-V;Agni-5;Agni 5;Agni V
Agni-Prime | अग्नि-प्राइम | ballistic missile | IN | अग्नि प्राइम;अग्नि-पी;Agni Prime;Agni-P
Prithvi-II | पृथ्वी-2 | ballistic missile | IN | पृथ्वी-II;पृथ्वी मिसाइल;Prithvi-2;Prithvi II;Prithvi missile
Pralay | प्रलय मिसाइल | ballistic missile | IN | प्रलय बैलिस्टिक मिसाइल;Pralay missile
Nirbhay missile{nirbhay} | निर्भय मिसाइल | cruise missile | IN |
Astra missile{astra} | अस्त्र मिसाइल | air-to-air missile | IN | अस्त्र एमके1;Astra Mk1
Nag missile{nag} | नाग मिसाइल | anti-tank missile | IN | नाग एंटी टैंक मिसाइल;Nag missile;Nag anti-tank guided missile
K-4 | के-4 | submarine-launched ballistic missile | IN | के-4 मिसाइल;K-4 missile
Kinzhal | किंजल | hypersonic missile | RU | किंझल;Kh-47M2 Kinzhal
Zircon | जिरकॉन | hypersonic missile | RU | ज़िरकॉन;3M22 Zircon;Tsirkon
Oreshnik | ओरेशनिक | ballistic missile | RU | Oreshnik missile
Kalibr | कैलिबर मिसाइल | cruise missile | RU | कालिब्र;Kalibr missile
Iskander | इस्कंदर | ballistic missile | RU | इस्कंदर-एम;Iskander-M
Sarmat | सरमत | ballistic missile | RU | RS-28 Sarmat
Klub-S | क्लब-एस | cruise missile | RU | Club-S;3M-54 Klub
R-37M | आर-37एम | air-to-air missile | RU | R-37M missile
Tomahawk | टॉमहॉक | cruise missile | US | टोमाहॉक;Tomahawk missile
HIMARS | हिमार्स | rocket artillery | US | M142 HIMARS
ATACMS | एटीएसीएमएस | ballistic missile | US | आर्मी टैक्टिकल मिसाइल सिस्टम
Javelin | जेवलिन | anti-tank missile | US | जैवलिन;FGM-148 Javelin
Storm Shadow | स्टॉर्म शैडो | cruise missile | GB |
Meteor missile{meteor} | मेटियोर मिसाइल | air-to-air missile | FR |
SCALP | स्कैल्प मिसाइल | cruise missile | FR | SCALP missile;SCALP-EG
Fattah missile{fattah} | फतह मिसाइल | ballistic missile | PK | Fatah missile
Shaheen-III | शाहीन-3 | ballistic missile | PK | शाहीन-III;Shaheen-3
# ---------------- Land systems ----------------
T-90 Bhishma | टी-90 | main battle tank | RU | टी 90;टी-90 भीष्म;टी-90एस;T-90;T90;T 90;T-90S;T-90MS;टी-90एमएस;टी-90 एमएस
T-72 | टी-72 | main battle tank | RU | टी 72;टी-72 अजेय;T72;T 72;T-72 Ajeya
T-14 Armata | टी-14 आर्मटा | main battle tank | RU | आर्मटा;T-14;Armata
Arjun tank{arjun} | अर्जुन टैंक | main battle tank | IN | अर्जुन एमके-1ए;अर्जुन मार्क-1ए;Arjun Mk-1A;Arjun Mk1A
Zorawar light tank{zorawar} | जोरावर टैंक | light tank | IN | जोरावर लाइट टैंक;ज़ोरावर टैंक
BMP-2 | बीएमपी-2 | infantry fighting vehicle | RU | बीएमपी-2 सरथ;BMP 2;BMP-2 Sarath
AK-203 | एके-203 | assault rifle | RU | एके 203;एके-203 राइफल;एके-203 असॉल्ट राइफल;AK 203;AK-203 rifle;AK-203 Kalashnikov
AK-47 | एके-47 | assault rifle | RU | एके 47;AK 47
Kalashnikov rifle | कलाश्निकोव राइफल | assault rifle | RU | कलाशनिकोव राइफल;Kalashnikov assault rifle
INSAS | इंसास राइफल | assault rifle | IN | इंसास;INSAS rifle
Pinaka | पिनाका | rocket artillery | IN | पिनाक;पिनाका रॉकेट सिस्टम;पिनाका मल्टी-बैरल रॉकेट लॉन्चर;Pinaka MBRL;Pinaka rocket system
Smerch | स्मर्च | rocket artillery | RU | BM-30 Smerch
Dhanush howitzer{dhanush} | धनुष तोप | howitzer | IN | धनुष होवित्जर
ATAGS | एटीएजीएस | howitzer | IN | एडवांस्ड टोड आर्टिलरी गन सिस्टम;Advanced Towed Artillery Gun System
K9 Vajra | के9 वज्र | howitzer | KR | के-9 वज्र;K9 Vajra-T;K-9 Vajra
M777 | एम777 | howitzer | US | एम-777;M-777;M777 howitzer
Bofors | बोफोर्स तोप | howitzer | SE | बोफोर्स;Bofors gun
# ---------------- Ships and submarines ----------------
INS Vikramaditya | आईएनएस विक्रमादित्य | aircraft carrier | RU | विक्रमादित्य;आईएनएस विक्रमादित्‍य;Vikramaditya;Admiral Gorshkov
INS Vikrant | आईएनएस विक्रांत | aircraft carrier | IN | विक्रांत;Vikrant;IAC-1
INS Tushil | आईएनएस तुशील | frigate | RU | तुशील;आईएनएस तुषिल;Tushil
INS Tamal | आईएनएस तमाल | frigate | RU | तमाल;Tamal
Talwar-class frigate | तलवार श्रेणी के फ्रिगेट | frigate class | RU | तलवार-श्रेणी;तलवार क्लास;तलवार श्रेणी;Talwar class;Talwar-class;Krivak III
Project 11356 | प्रोजेक्ट 11356 | frigate class | RU | प्रोजेक्ट 1135.6;परियोजना 1135.6;प्रोजेक्ट-1135.6;Project 1135.6;Project-1135.6;परियोजना 11356;प्रोजेक्ट-11356;Project-11356;Krivak-class
INS Talwar | आईएनएस तलवार | frigate | RU | Talwar frigate
INS Teg | आईएनएस तेग | frigate | RU |
INS Trikand | आईएनएस त्रिकंड | frigate | RU |
INS Chakra | आईएनएस चक्र | submarine | RU | Chakra submarine
INS Arihant | आईएनएस अरिहंत | submarine | IN | अरिहंत;Arihant
INS Arighaat | आईएनएस अरिघात | submarine | IN | अरिघात;Arighaat
Kalvari-class submarine | कलवरी श्रेणी की पनडुब्बी | submarine class | FR | कलवरी क्लास;Kalvari class;Scorpene;स्कॉर्पीन;Scorpène
Kilo-class submarine | किलो श्रेणी की पनडुब्बी | submarine class | RU | किलो क्लास;सिंधुघोष श्रेणी;Kilo class;Sindhughosh class
Project 75I | प्रोजेक्ट 75आई | submarine programme | IN | परियोजना 75आई;पी-75आई;पी75आई;पी-75 आई;प्रोजेक्ट-75आई;प्रोजेक्ट-75 इंडिया;प्रोजेक्ट 75 इंडिया;परियोजना-75 इंडिया;P-75I;P75I;Project-75I;Project 75 India;Project-75 India
INS Vishakhapatnam | आईएनएस विशाखापत्तनम | destroyer | IN | Visakhapatnam-class destroyer;INS Visakhapatnam
INS Mormugao | आईएनएस मोरमुगाओ | destroyer | IN |
INS Surat | आईएनएस सूरत | destroyer | IN |
INS Nilgiri | आईएनएस नीलगिरि | frigate | IN | Nilgiri-class frigate
Admiral Kuznetsov | एडमिरल कुज़नेत्सोव | aircraft carrier | RU | एडमिरल कुजनेत्सोव;Admiral Kuznetsov carrier
Moskva cruiser{moskva-cruiser} | मोस्कवा क्रूजर | cruiser | RU |
Liaoning aircraft carrier{liaoning} | लियाओनिंग विमानवाहक पोत | aircraft carrier | CN | Liaoning carrier
Fujian aircraft carrier{fujian} | फुजियान विमानवाहक पोत | aircraft carrier | CN | Fujian carrier
# ---------------- More (variants and systems common in India-Russia defence news) ----------------
Su-30MKM | सुखोई-30 एमकेएम | fighter aircraft | RU | सुखोई-30एमकेएम;सु-30 एमकेएम;सु-30एमकेएम;एसयू-30 एमकेएम;एसयू-30एमकेएम;Su-30MKM;Su-30 MKM
Su-30SM | सुखोई-30 एसएम | fighter aircraft | RU | सुखोई-30एसएम;एसयू-30 एसएम;एसयू-30एसएम;Su-30SM;Su-30 SM
Super Sukhoi | सुपर सुखोई | upgrade programme | IN | Super Sukhoi
MiG-35 | मिग-35 | fighter aircraft | RU | मिग 35;MiG 35
Tu-22M3 | टीयू-22एम3 | bomber | RU | टीयू-22;Tu-22M;Tupolev Tu-22M3
Il-38 | आईएल-38 | maritime patrol aircraft | RU | आईएल-38एसडी;Il-38SD;Ilyushin Il-38
Ka-28 | केए-28 | helicopter | RU | कामोव केए-28;Kamov Ka-28
Mi-8 | एमआई-8 | helicopter | RU | Mil Mi-8;Mi 8
Sukhoi Superjet 100 | सुखोई सुपरजेट 100 | passenger aircraft | RU | सुपरजेट 100;सुपरजेट-100;एसजे-100;एसजे 100;SJ-100;SSJ-100;Superjet 100;Sukhoi Superjet
MC-21 | एमसी-21 | passenger aircraft | RU | MS-21;एमएस-21;Irkut MC-21
AL-41F | एएल-41एफ | aircraft engine | RU | AL-41F1
RD-33 | आरडी-33 | aircraft engine | RU | आरडी-33एमके;RD-33MK
Kaveri engine{kaveri-engine} | कावेरी इंजन | aircraft engine | IN | GTX-35VS Kaveri;Kaveri engine
Safran M88 | सफ्रान एम88 | aircraft engine | FR | एम88;M88;M88 engine
Shtil | श्टिल | naval air defence system | RU | श्टिल-1;श्तिल;श्तील;श्टिल वायु रक्षा प्रणाली;Shtil-1;Shtil;3S90 Shtil
Klub-N | क्लब-एन | cruise missile | RU | Club-N;3M-54E
Onyx | ओनिक्स | cruise missile | RU | यखोंत;P-800 Oniks;Oniks;Yakhont;P-800 Yakhont
Kh-35 | केएच-35 | anti-ship missile | RU | केएच-35 उरान;Kh-35 Uran;Uran missile
Kh-101 | केएच-101 | cruise missile | RU | Kh 101
Kh-22 | केएच-22 | anti-ship missile | RU | Kh 22
R-73 | आर-73 | air-to-air missile | RU | R 73
Bulava | बुलावा | ballistic missile | RU | RSM-56 Bulava
Yars | यार्स | ballistic missile | RU | RS-24 Yars
Lancet drone{lancet} | लैंसेट ड्रोन | loitering munition | RU | लांसेट;Lancet;ZALA Lancet
Orlan-10 | ओरलान-10 | drone | RU | Orlan 10
Krasukha | क्रासुखा | electronic warfare system | RU | Krasukha-4
Nebo-M | नेबो-एम | radar | RU | Nebo M
Virupaksha radar{virupaksha} | विरूपाक्ष | radar | IN | विरूपाक्ष रडार;Virupaksha;Virupaksha AESA radar
Uttam radar{uttam-radar} | उत्तम रडार | radar | IN | उत्तम एईएसए रडार;Uttam AESA radar
Arudhra radar{arudhra} | अरुधरा रडार | radar | IN | Arudhra radar
Swathi radar{swathi} | स्वाति रडार | weapon locating radar | IN | Swathi WLR
Akash-NG | आकाश-एनजी | air defence system | IN | आकाश एनजी;Akash NG
Akash Prime | आकाश प्राइम | air defence system | IN | आकाश-प्राइम;Akash-Prime
Astra Mk2 | अस्त्र एमके2 | air-to-air missile | IN | अस्त्र एमके-2;Astra Mk-2
Helina | हेलिना | anti-tank missile | IN | ध्रुवास्त्र;Dhruvastra;HELINA
MPATGM | एमपीएटीजीएम | anti-tank missile | IN | Man-Portable Anti-Tank Guided Missile
VSHORADS | वीएसएचओआरएडीएस | air defence system | IN | Very Short Range Air Defence System
Anant Shastra | अनंत शस्त्र | air defence system | IN | Anant Shastra QRSAM
Project Kusha | प्रोजेक्ट कुशा | air defence programme | IN | Project Kusha
K-5 missile{k-5} | के-5 | submarine-launched ballistic missile | IN | के-5 मिसाइल;K-5
Sagarika missile{sagarika} | सागरिका मिसाइल | submarine-launched ballistic missile | IN | K-15 Sagarika;के-15 सागरिका;के-15
Ghatak UCAV{ghatak} | घातक ड्रोन | drone | IN | Ghatak UCAV;घातक यूसीएवी
Tapas drone{tapas} | तपस ड्रोन | drone | IN | तपस-बीएच-201;TAPAS-BH-201;Rustom-II
Archer-NG | आर्चर-एनजी | drone | IN | Archer NG
TEDBF | टीईडीबीएफ | fighter aircraft | IN | Twin Engine Deck Based Fighter
LCA Navy | एलसीए नौसेना संस्करण | fighter aircraft | IN | LCA Navy;नौसैनिक तेजस
BMP-3 | बीएमपी-3 | infantry fighting vehicle | RU | BMP 3
T-90M | टी-90एम | main battle tank | RU | टी-90 एम;T-90M Proryv
Krasnopol | क्रास्नोपोल | guided shell | RU | Krasnopol shell
Excalibur shell{excalibur} | एक्सकैलिबर गोला | guided shell | US | Excalibur;M982 Excalibur
Sig Sauer SIG716 | सिग सॉयर राइफल | assault rifle | US | सिग सॉयर;SIG716;Sig Sauer rifle;SiG-716
P-8A Poseidon | पी-8ए पोसाइडन | maritime patrol aircraft | US | पी-8ए;P-8A;P-8 Poseidon;P-8;पी-8;पोसाइडन विमान;Poseidon aircraft
MQ-9A Reaper | एमक्यू-9ए रीपर | drone | US | MQ-9A;एमक्यू-9ए
F-15EX | एफ-15ईएक्स | fighter aircraft | US | F-15;एफ-15
F/A-18 Super Hornet | एफ/ए-18 सुपर हॉर्नेट | fighter aircraft | US | F/A-18;F/A-18E/F;Super Hornet;सुपर हॉर्नेट
Harpoon missile{harpoon} | हार्पून मिसाइल | anti-ship missile | US | हार्पून;Harpoon;AGM-84 Harpoon
Mk 54 torpedo{mk-54} | एमके 54 टॉरपीडो | torpedo | US | MK-54;Mk 54;एमके-54
NASAMS | नासाम्स | air defence system | US | NASAMS-II
Aegis | एजिस | combat system | US | Aegis Combat System
Exocet | एक्सोसेट | anti-ship missile | FR | एग्जोसेट;SM39 Exocet;Exocet missile
Aster missile{aster} | एस्टर मिसाइल | air defence system | FR | Aster 30;Aster-30
SAMP/T | सैम्प/टी | air defence system | FR | SAMP-T;Mamba
Mistral missile{mistral-missile} | मिस्ट्रल मिसाइल | air defence system | FR | Mistral missile
Hammer bomb{hammer} | हैमर बम | precision-guided bomb | FR | AASM Hammer;HAMMER bomb
BrahMos-A | ब्रह्मोस-ए | cruise missile | IN | ब्रह्मोस ए;BrahMos A;ब्रह्मोस एयर लॉन्च्ड
Type 055 destroyer{type-055} | टाइप 055 विध्वंसक | destroyer class | CN | Type 055;टाइप-055
INS Tabar | आईएनएस तबर | frigate | RU | तबर;Tabar
INS Trishul | आईएनएस त्रिशूल | frigate | RU |
INS Tarkash | आईएनएस तरकश | frigate | RU |
INS Sindhuvijay | आईएनएस सिंधुविजय | submarine | RU |
INS Sindhuratna | आईएनएस सिंधुरत्न | submarine | RU |
INS Vela | आईएनएस वेला | submarine | FR |
INS Kalvari | आईएनएस कलवरी | submarine | FR |
INS Khanderi | आईएनएस खंडेरी | submarine | FR |
INS Karanj | आईएनएस करंज | submarine | FR |
INS Vagir | आईएनएस वागीर | submarine | FR |
INS Kochi | आईएनएस कोच्चि | destroyer | IN |
INS Chennai | आईएनएस चेन्नई | destroyer | IN |
INS Kamorta | आईएनएस कमोर्टा | corvette | IN |
INS Kavaratti | आईएनएस कवरत्ती | corvette | IN |
INS Sahyadri | आईएनएस सह्याद्रि | frigate | IN | आईएनएस सह्याद्री
INS Satpura | आईएनएस सतपुड़ा | frigate | IN |
Admiral Grigorovich-class frigate | एडमिरल ग्रिगोरोविच श्रेणी | frigate class | RU | एडमिरल ग्रिगोरोविच क्लास;Admiral Grigorovich class;Admiral Grigorovich-class
Krivak-class frigate | क्रिवाक श्रेणी | frigate class | RU | क्रिवाक क्लास;Krivak class;Krivak III class
Kamorta-class corvette | कमोर्टा श्रेणी | corvette class | IN | कमोर्टा क्लास;Kamorta class
Shivalik-class frigate | शिवालिक श्रेणी | frigate class | IN | शिवालिक क्लास;Shivalik class
Kolkata-class destroyer | कोलकाता श्रेणी | destroyer class | IN | कोलकाता क्लास;Kolkata class
Nilgiri class{nilgiri-class} | नीलगिरि श्रेणी | frigate class | IN | नीलगिरि क्लास;नीलगिरी श्रेणी;Nilgiri class
Project 17A | प्रोजेक्ट 17ए | frigate programme | IN | परियोजना 17ए;प्रोजेक्ट-17ए;पी-17ए;Project-17A;P-17A
Project 15B | प्रोजेक्ट 15बी | destroyer programme | IN | परियोजना 15बी;प्रोजेक्ट-15बी;पी-15बी;Project-15B;P-15B
Project 75 | प्रोजेक्ट 75 | submarine programme | IN | परियोजना 75;प्रोजेक्ट-75;Project-75;P-75
# ---------------- Programmes and other systems ----------------
Sudarshan Chakra Mission | सुदर्शन चक्र मिशन | air defence programme | IN | Mission Sudarshan Chakra
# ---------------- Fifth blind round: engines, helicopters and ships named without a prefix ----------------
RD-93 | आरडी-93 | aircraft engine | RU | आरडी 93;RD 93;RD-93MA;आरडी-93एमए
HAL Chetak | चेतक हेलीकॉप्टर | helicopter | IN | चेतक हेलिकॉप्टर;Chetak helicopter;Chetak helicopters;चेतक हेलीकॉप्टरों;Alouette III
HAL Cheetah | चीता हेलीकॉप्टर | helicopter | IN | चीता हेलिकॉप्टर;Cheetah helicopter;Cheetah helicopters;चीता हेलीकॉप्टरों
Admiral Tributs | एडमिरल ट्रिब्यूट्स | destroyer | RU | एडमिरल ट्रिब्यूट्स विध्वंसक
Admiral Vinogradov | एडमिरल विनोग्रादोव | destroyer | RU |
Admiral Panteleyev | एडमिरल पेंटेलेयेव | destroyer | RU | एडमिरल पैंटेलेयेव
Marshal Shaposhnikov | मार्शल शापोशनिकोव | frigate | RU |
Varyag | वर्याग | cruiser | RU | वार्याग
Steregushchiy | स्तेरेगुश्ची | corvette | RU | Steregushchiy-class;स्टेरेगुश्ची
Sovershenny | सोवेर्शेनी | corvette | RU |
Gromkiy | ग्रोम्की | corvette | RU |
`;
