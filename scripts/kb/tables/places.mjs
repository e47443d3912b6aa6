// PLACES (LOCATION). Columns: en | hi | type | country | aliases (;) | wikidata | demonyms (hi;en, attrs only, never aliases)
// Demonyms (रूसी, Russian) are NOT aliases: they are adjectives, not place names; the recogniser may use them as cues.
export const places = `
# ---------------- Countries: India's neighbourhood, SCO, BRICS ----------------
India | भारत | country | IN | हिंदुस्तान;हिन्दुस्तान;हिंदुस्तान;इंडिया;भारतवर्ष;Republic of India;Bharat;Hindustan | Q668 | भारतीय;Indian
Russia | रूस | country | RU | रशिया;रूसी संघ;रूसी फेडरेशन;रूसी महासंघ;Russian Federation | Q159 | रूसी;Russian
China | चीन | country | CN | चाइना;पीपुल्स रिपब्लिक ऑफ चाइना;चीनी जनवादी गणराज्य;People's Republic of China;PRC | Q148 | चीनी;Chinese
United States | अमेरिका | country | US | अमरीका;संयुक्त राज्य अमेरिका;संयुक्त राज्य अमरीका;यूएसए;यूएस;यू.एस.;यूनाइटेड स्टेट्स;US;USA;U.S.;U.S.A.;United States of America;America | Q30 | अमेरिकी;American
Pakistan | पाकिस्तान | country | PK | पाक;Islamic Republic of Pakistan | Q843 | पाकिस्तानी;Pakistani
Afghanistan | अफगानिस्तान | country | AF | अफ़ग़ानिस्तान;अफ़गानिस्तान | Q889 | अफगान;Afghan
Bangladesh | बांग्लादेश | country | BD | बंगलादेश;बांगलादेश | Q902 | बांग्लादेशी;Bangladeshi
Nepal | नेपाल | country | NP | | Q837 | नेपाली;Nepali
Bhutan | भूटान | country | BT | | Q917 | भूटानी;Bhutanese
Sri Lanka | श्रीलंका | country | LK | श्री लंका | Q854 | श्रीलंकाई;Sri Lankan
Maldives | मालदीव | country | MV | मालदीव्स | Q826 | मालदीवी;Maldivian
Myanmar | म्यांमार | country | MM | म्यानमार;बर्मा;Burma | Q836 | म्यांमारी;Myanmarese
Kazakhstan | कजाकिस्तान | country | KZ | कज़ाकिस्तान;कज़ाख़स्तान;कजाखस्तान;कज़ाख़िस्तान;कजाखिस्तान;Kazakstan | Q232 | कजाख;Kazakh
Uzbekistan | उज्बेकिस्तान | country | UZ | उज़्बेकिस्तान;उजबेकिस्तान | Q265 | उज्बेक;Uzbek
Kyrgyzstan | किर्गिस्तान | country | KG | किर्गिज़स्तान;किर्गिजस्तान;किर्गिज़िस्तान;किर्गिजिस्तान;Kyrgyz Republic;Kirghizia | Q813 | किर्गिज;Kyrgyz
Tajikistan | ताजिकिस्तान | country | TJ | ताज़िकिस्तान | Q863 | ताजिक;Tajik
Turkmenistan | तुर्कमेनिस्तान | country | TM | | Q874 | तुर्कमेन;Turkmen
Iran | ईरान | country | IR | इरान;Islamic Republic of Iran | Q794 | ईरानी;Iranian
Belarus | बेलारूस | country | BY | बेलरूस;बेलारुस;Byelorussia | Q184 | बेलारूसी;Belarusian
Brazil | ब्राजील | country | BR | ब्राज़ील | Q155 | ब्राजीली;Brazilian
South Africa | दक्षिण अफ्रीका | country | ZA | दक्षिण अफ़्रीका;साउथ अफ्रीका | Q258 | दक्षिण अफ्रीकी;South African
Egypt | मिस्र | country | EG | मिश्र;इजिप्ट | Q79 | मिस्री;Egyptian
Ethiopia | इथियोपिया | country | ET | | Q115 | इथियोपियाई;Ethiopian
United Arab Emirates | संयुक्त अरब अमीरात | country | AE | यूएई;UAE;U.A.E.;अमीरात;Emirates | Q878 | अमीराती;Emirati
Indonesia | इंडोनेशिया | country | ID | | Q252 | इंडोनेशियाई;Indonesian
Saudi Arabia | सऊदी अरब | country | SA | सउदी अरब;सऊदी;Saudi | Q851 | सऊदी;Saudi
Mongolia | मंगोलिया | country | MN | | Q711 | मंगोल;Mongolian
# ---------------- Countries: G20, Europe, Asia-Pacific, Americas ----------------
United Kingdom | ब्रिटेन | country | GB | यूनाइटेड किंगडम;यूके;ग्रेट ब्रिटेन;UK;U.K.;Britain;Great Britain | Q145 | ब्रिटिश;British
France | फ्रांस | country | FR | फ़्रांस;फ्रान्स | Q142 | फ्रांसीसी;French
Germany | जर्मनी | country | DE | | Q183 | जर्मन;German
Italy | इटली | country | IT | | Q38 | इतालवी;Italian
Spain | स्पेन | country | ES | | Q29 | स्पेनिश;Spanish
Japan | जापान | country | JP | | Q17 | जापानी;Japanese
South Korea | दक्षिण कोरिया | country | KR | साउथ कोरिया;कोरिया गणराज्य;Republic of Korea;ROK | Q884 | दक्षिण कोरियाई;South Korean
North Korea | उत्तर कोरिया | country | KP | नॉर्थ कोरिया;DPRK | Q423 | उत्तर कोरियाई;North Korean
Australia | ऑस्ट्रेलिया | country | AU | आस्ट्रेलिया;ऑस्‍ट्रेलिया | Q408 | ऑस्ट्रेलियाई;Australian
New Zealand | न्यूजीलैंड | country | NZ | न्यूज़ीलैंड | Q664 | ;New Zealander
Canada | कनाडा | country | CA | | Q16 | कनाडाई;Canadian
Mexico | मैक्सिको | country | MX | मेक्सिको | Q96 | मैक्सिकन;Mexican
Argentina | अर्जेंटीना | country | AR | अर्जेन्टीना | Q414 | अर्जेंटीनी;Argentine
Turkey | तुर्किये | country | TR | तुर्की;टर्की;तुर्किए;Türkiye;Turkiye | Q43 | तुर्की;Turkish
Israel | इजराइल | country | IL | इज़राइल;इजरायल;इज़रायल;इस्राइल;इस्राएल | Q801 | इजराइली;Israeli
Ukraine | यूक्रेन | country | UA | युक्रेन;उक्रेन | Q212 | यूक्रेनी;Ukrainian
Poland | पोलैंड | country | PL | पोलैण्ड | Q36 | पोलिश;Polish
Netherlands | नीदरलैंड | country | NL | नीदरलैंड्स;हॉलैंड;Holland;The Netherlands | Q55 | डच;Dutch
Belgium | बेल्जियम | country | BE | | Q31 | बेल्जियन;Belgian
Sweden | स्वीडन | country | SE | | Q34 | स्वीडिश;Swedish
Norway | नॉर्वे | country | NO | नार्वे | Q20 | नॉर्वेजियन;Norwegian
Finland | फिनलैंड | country | FI | फ़िनलैंड | Q33 | फिनिश;Finnish
Denmark | डेनमार्क | country | DK | | Q35 | डेनिश;Danish
Switzerland | स्विट्जरलैंड | country | CH | स्विट्ज़रलैंड;स्विट्जरलैण्ड | Q39 | स्विस;Swiss
Austria | ऑस्ट्रिया | country | AT | आस्ट्रिया | Q40 | ऑस्ट्रियाई;Austrian
Greece | ग्रीस | country | GR | यूनान | Q41 | यूनानी;Greek
Portugal | पुर्तगाल | country | PT | | Q45 | पुर्तगाली;Portuguese
Ireland | आयरलैंड | country | IE | | Q27 | आयरिश;Irish
Czech Republic | चेक गणराज्य | country | CZ | चेक रिपब्लिक;चेकिया;Czechia | Q213 | चेक;Czech
Slovakia | स्लोवाकिया | country | SK | | Q214 |
Hungary | हंगरी | country | HU | | Q28 | हंगेरियन;Hungarian
Romania | रोमानिया | country | RO | | Q218 |
Bulgaria | बुल्गारिया | country | BG | | Q219 |
Serbia | सर्बिया | country | RS | | Q403 |
Croatia | क्रोएशिया | country | HR | | Q224 |
Slovenia | स्लोवेनिया | country | SI | | Q215 |
Bosnia and Herzegovina | बोस्निया और हर्जेगोविना | country | BA | बोस्निया;Bosnia | Q225 |
Montenegro | मोंटेनेग्रो | country | ME | | Q236 |
North Macedonia | उत्तरी मैसेडोनिया | country | MK | मैसेडोनिया;Macedonia | Q221 |
Albania | अल्बानिया | country | AL | | Q222 |
Kosovo | कोसोवो | country | XK | | Q1246 |
Moldova | मोल्दोवा | country | MD | मोलदोवा | Q217 |
Lithuania | लिथुआनिया | country | LT | | Q37 |
Latvia | लातविया | country | LV | लात्विया | Q211 |
Estonia | एस्टोनिया | country | EE | | Q191 |
Iceland | आइसलैंड | country | IS | | Q189 |
Luxembourg | लक्जमबर्ग | country | LU | लक्ज़मबर्ग | Q32 |
Cyprus | साइप्रस | country | CY | | Q229 |
Malta | माल्टा | country | MT | | Q233 |
Monaco | मोनाको | country | MC | | Q235 |
Andorra | अंडोरा | country | AD | | Q228 |
San Marino | सैन मैरिनो | country | SM | | Q238 |
Liechtenstein | लिकटेंस्टीन | country | LI | | Q347 |
Vatican City | वेटिकन सिटी | country | VA | वेटिकन;Vatican;Holy See | Q237 |
Armenia | आर्मेनिया | country | AM | अर्मेनिया | Q399 | आर्मेनियाई;Armenian
Azerbaijan | अजरबैजान | country | AZ | अज़रबैजान | Q227 | अजरबैजानी;Azerbaijani
Georgia{georgia-country} | जॉर्जिया | country | GE | | Q230 |
# ---------------- Countries: Middle East and Africa ----------------
Iraq | इराक | country | IQ | इराक़ | Q796 | इराकी;Iraqi
Syria | सीरिया | country | SY | | Q858 | सीरियाई;Syrian
Jordan{jordan-country} | जॉर्डन | country | JO | जार्डन | Q810 |
Lebanon | लेबनान | country | LB | | Q822 | लेबनानी;Lebanese
Palestine | फिलिस्तीन | country | PS | फ़िलिस्तीन;फलस्तीन;फ़लस्तीन;State of Palestine | Q219060 | फिलिस्तीनी;Palestinian
Yemen | यमन | country | YE | | Q805 | यमनी;Yemeni
Oman | ओमान | country | OM | | Q842 |
Qatar | कतर | country | QA | क़तर | Q846 | कतरी;Qatari
Kuwait | कुवैत | country | KW | | Q817 |
Bahrain | बहरीन | country | BH | | Q398 |
Algeria | अल्जीरिया | country | DZ | | Q262 |
Morocco | मोरक्को | country | MA | मोरोक्को | Q1028 |
Tunisia | ट्यूनीशिया | country | TN | | Q948 |
Libya | लीबिया | country | LY | | Q1016 |
Sudan | सूडान | country | SD | | Q1049 |
South Sudan | दक्षिण सूडान | country | SS | | Q958 |
Nigeria | नाइजीरिया | country | NG | | Q1033 |
Kenya | केन्या | country | KE | | Q114 |
Tanzania | तंजानिया | country | TZ | तंज़ानिया | Q924 |
Uganda | युगांडा | country | UG | | Q1036 |
Ghana | घाना | country | GH | | Q117 |
Zimbabwe | जिम्बाब्वे | country | ZW | ज़िम्बाब्वे | Q954 |
Mozambique | मोजाम्बिक | country | MZ | मोज़ाम्बिक | Q1029 |
Angola | अंगोला | country | AO | | Q916 |
Namibia | नामीबिया | country | NA | | Q1030 |
Botswana | बोत्सवाना | country | BW | | Q963 |
Zambia | जाम्बिया | country | ZM | ज़ाम्बिया | Q953 |
Rwanda | रवांडा | country | RW | | Q1037 |
Senegal | सेनेगल | country | SN | | Q1041 |
Mali | माली | country | ML | | Q912 |
Niger | नाइजर | country | NE | | Q1032 |
Chad | चाड | country | TD | | Q657 |
Somalia | सोमालिया | country | SO | | Q1045 |
Djibouti | जिबूती | country | DJ | जिबौती | Q977 |
Eritrea | इरिट्रिया | country | ER | | Q986 |
Madagascar | मेडागास्कर | country | MG | मैडागास्कर | Q1019 |
Mauritius | मॉरीशस | country | MU | मारीशस | Q1027 |
Seychelles | सेशेल्स | country | SC | | Q1042 |
Cameroon | कैमरून | country | CM | | Q1009 |
Ivory Coast | आइवरी कोस्ट | country | CI | कोट डी आइवर;Côte d'Ivoire | Q1008 |
Democratic Republic of the Congo | कांगो लोकतांत्रिक गणराज्य | country | CD | डीआर कांगो;DR Congo;DRC | Q974 |
Republic of the Congo | कांगो गणराज्य | country | CG | | Q971 |
Gabon | गैबॉन | country | GA | | Q1000 |
Burkina Faso | बुर्किना फासो | country | BF | | Q965 |
Benin | बेनिन | country | BJ | | Q962 |
Togo | टोगो | country | TG | | Q945 |
Sierra Leone | सिएरा लियोन | country | SL | | Q1044 |
Liberia | लाइबेरिया | country | LR | | Q1014 |
Guinea | गिनी | country | GN | | Q1006 |
Mauritania | मॉरिटानिया | country | MR | | Q1025 |
Malawi | मलावी | country | MW | | Q1020 |
Burundi | बुरुंडी | country | BI | | Q967 |
Central African Republic | मध्य अफ्रीकी गणराज्य | country | CF | | Q929 |
Equatorial Guinea | इक्वेटोरियल गिनी | country | GQ | | Q983 |
Gambia | गाम्बिया | country | GM | The Gambia | Q1005 |
Lesotho | लेसोथो | country | LS | | Q1013 |
Eswatini | एस्वातिनी | country | SZ | स्वाजीलैंड;Swaziland | Q1050 |
Comoros | कोमोरोस | country | KM | | Q970 |
Cape Verde | केप वर्डे | country | CV | Cabo Verde | Q1011 |
# ---------------- Countries: Asia-Pacific and Americas ----------------
Vietnam | वियतनाम | country | VN | विएतनाम;Viet Nam | Q881 | वियतनामी;Vietnamese
Thailand | थाईलैंड | country | TH | थाइलैंड | Q869 | थाई;Thai
Philippines | फिलीपींस | country | PH | फ़िलीपींस;फिलिपींस | Q928 | फिलिपीनी;Filipino
Malaysia | मलेशिया | country | MY | | Q833 | मलेशियाई;Malaysian
Singapore | सिंगापुर | country | SG | | Q334 | सिंगापुरी;Singaporean
Cambodia | कंबोडिया | country | KH | कम्बोडिया | Q424 |
Laos | लाओस | country | LA | | Q819 |
Brunei | ब्रुनेई | country | BN | | Q921 |
Timor-Leste | तिमोर-लेस्ते | country | TL | पूर्वी तिमोर;East Timor | Q574 |
Papua New Guinea | पापुआ न्यू गिनी | country | PG | | Q691 |
Fiji | फिजी | country | FJ | फ़िजी | Q712 |
Taiwan | ताइवान | country | TW | | Q865 | ताइवानी;Taiwanese
Cuba | क्यूबा | country | CU | | Q241 |
Venezuela | वेनेजुएला | country | VE | वेनेज़ुएला | Q717 |
Chile | चिली | country | CL | | Q298 |
Peru | पेरू | country | PE | | Q419 |
Colombia | कोलंबिया | country | CO | | Q739 |
Ecuador | इक्वाडोर | country | EC | | Q736 |
Bolivia | बोलीविया | country | BO | | Q750 |
Paraguay | पराग्वे | country | PY | | Q733 |
Uruguay | उरुग्वे | country | UY | | Q77 |
Panama | पनामा | country | PA | | Q804 |
Guyana | गुयाना | country | GY | | Q734 |
Suriname | सूरीनाम | country | SR | | Q730 |
Trinidad and Tobago | त्रिनिदाद और टोबैगो | country | TT | त्रिनिदाद एंड टोबैगो | Q754 |
Jamaica | जमैका | country | JM | | Q766 |
Nicaragua | निकारागुआ | country | NI | | Q811 |
Costa Rica | कोस्टा रिका | country | CR | | Q800 |
Guatemala | ग्वाटेमाला | country | GT | | Q774 |
Honduras | होंडुरास | country | HN | | Q783 |
El Salvador | अल सल्वाडोर | country | SV | | Q792 |
Dominican Republic | डोमिनिकन गणराज्य | country | DO | | Q786 |
Haiti | हैती | country | HT | | Q790 |
Guinea-Bissau | गिनी-बिसाऊ | country | GW | गिनी बिसाऊ | Q1007 |
Sao Tome and Principe | साओ टोमे और प्रिंसिपे | country | ST | São Tomé and Príncipe | |
Antigua and Barbuda | एंटीगुआ और बारबुडा | country | AG | | |
Bahamas | बहामास | country | BS | The Bahamas | |
Barbados | बारबाडोस | country | BB | | |
Belize | बेलीज | country | BZ | | |
Dominica | डोमिनिका | country | DM | | |
Grenada | ग्रेनेडा | country | GD | | |
Saint Kitts and Nevis | सेंट किट्स और नेविस | country | KN | | |
Saint Lucia | सेंट लूसिया | country | LC | | |
Saint Vincent and the Grenadines | सेंट विंसेंट और ग्रेनेडाइंस | country | VC | | |
Kiribati | किरिबाती | country | KI | | |
Marshall Islands | मार्शल द्वीप समूह | country | MH | | |
Micronesia | माइक्रोनेशिया | country | FM | Federated States of Micronesia | |
Nauru | नाउरू | country | NR | | |
Palau | पलाऊ | country | PW | | |
Samoa | समोआ | country | WS | | |
Solomon Islands | सोलोमन द्वीप समूह | country | SB | सोलोमन द्वीप | |
Tonga | टोंगा | country | TO | | |
Tuvalu | तुवालु | country | TV | | |
Vanuatu | वानुअतु | country | VU | | |
# ---------------- Continents and world regions ----------------
England | इंग्लैंड | country part | GB | इंगलैंड | |
Asia | एशिया | continent | | | |
Europe | यूरोप | continent | | | |
Africa | अफ्रीका | continent | | अफ़्रीका | |
North America | उत्तरी अमेरिका | continent | | | |
South America | दक्षिण अमेरिका | continent | | | |
Latin America | लैटिन अमेरिका | region | | | |
Central Asia | मध्य एशिया | region | | | |
South Asia | दक्षिण एशिया | region | | | |
Southeast Asia | दक्षिण-पूर्व एशिया | region | | दक्षिणपूर्व एशिया;दक्षिण पूर्व एशिया;South-East Asia | |
West Asia | पश्चिम एशिया | region | | Western Asia | |
Middle East | मध्य पूर्व | region | | मध्य-पूर्व;मिडिल ईस्ट | |
Eurasia | यूरेशिया | region | | | |
Indo-Pacific | हिंद-प्रशांत | region | | हिंद प्रशांत;हिन्द-प्रशांत;इंडो-पैसिफिक;इंडो पैसिफिक;हिंद-प्रशांत क्षेत्र;Indo Pacific | |
Indian Ocean | हिंद महासागर | sea | | हिन्द महासागर | |
Pacific Ocean | प्रशांत महासागर | sea | | | |
Arabian Sea | अरब सागर | sea | | | |
Bay of Bengal | बंगाल की खाड़ी | sea | | | |
South China Sea | दक्षिण चीन सागर | sea | | | |
Black Sea | काला सागर | sea | | | |
Baltic Sea | बाल्टिक सागर | sea | | | |
Red Sea | लाल सागर | sea | | | |
Persian Gulf | फारस की खाड़ी | sea | | फ़ारस की खाड़ी | |
Strait of Hormuz | होर्मुज जलडमरूमध्य | sea | | होर्मुज़ जलडमरूमध्य;होर्मुज;Hormuz | |
Arctic | आर्कटिक | region | | | |
Gaza{gaza} | गाजा | region | PS | ग़ाज़ा;गाज़ा;गाजा पट्टी;Gaza Strip | |
West Bank | वेस्ट बैंक | region | PS | पश्चिमी तट | |
# ---------------- India: states and union territories ----------------
Uttar Pradesh | उत्तर प्रदेश | state | IN | यूपी;UP | |
Maharashtra | महाराष्ट्र | state | IN | | |
Bihar | बिहार | state | IN | | |
West Bengal | पश्चिम बंगाल | state | IN | बंगाल;Bengal | |
Madhya Pradesh | मध्य प्रदेश | state | IN | | |
Tamil Nadu | तमिलनाडु | state | IN | तमिल नाडु | |
Rajasthan | राजस्थान | state | IN | | |
Karnataka | कर्नाटक | state | IN | | |
Gujarat | गुजरात | state | IN | | |
Andhra Pradesh | आंध्र प्रदेश | state | IN | | |
Odisha | ओडिशा | state | IN | ओड़िशा;उड़ीसा;Orissa | |
Telangana | तेलंगाना | state | IN | | |
Kerala | केरल | state | IN | | |
Jharkhand | झारखंड | state | IN | झारखण्ड | |
Assam | असम | state | IN | | |
Punjab{punjab-india} | पंजाब | state | IN | | |
Chhattisgarh | छत्तीसगढ़ | state | IN | | |
Haryana | हरियाणा | state | IN | | |
Uttarakhand | उत्तराखंड | state | IN | उत्तराखण्ड | |
Himachal Pradesh | हिमाचल प्रदेश | state | IN | हिमाचल | |
Tripura | त्रिपुरा | state | IN | | |
Meghalaya | मेघालय | state | IN | | |
Manipur | मणिपुर | state | IN | | |
Nagaland | नगालैंड | state | IN | नागालैंड | |
Goa | गोवा | state | IN | | |
Arunachal Pradesh | अरुणाचल प्रदेश | state | IN | अरुणाचल | |
Mizoram | मिजोरम | state | IN | मिज़ोरम | |
Sikkim | सिक्किम | state | IN | | |
Jammu and Kashmir | जम्मू-कश्मीर | union territory | IN | जम्मू और कश्मीर;जम्मू कश्मीर;J&K;Jammu & Kashmir | |
Ladakh | लद्दाख | union territory | IN | लद्दाख़ | |
Delhi | दिल्ली | union territory | IN | राष्ट्रीय राजधानी क्षेत्र;NCT of Delhi | Q1353 |
Puducherry | पुडुचेरी | union territory | IN | पांडिचेरी;Pondicherry | |
Chandigarh | चंडीगढ़ | city | IN | | |
Andaman and Nicobar Islands | अंडमान और निकोबार द्वीप समूह | union territory | IN | अंडमान-निकोबार;अंडमान निकोबार;Andaman and Nicobar | |
Lakshadweep | लक्षद्वीप | union territory | IN | | |
# ---------------- India: cities ----------------
New Delhi | नई दिल्ली | city | IN | नयी दिल्ली;नई दिल्‍ली;New Delhi | Q987 |
Mumbai | मुंबई | city | IN | मुम्बई;बॉम्बे;बंबई;Bombay | Q1156 |
Kolkata | कोलकाता | city | IN | कलकत्ता;Calcutta | Q1348 |
Chennai | चेन्नई | city | IN | चेन्नै;मद्रास;Madras | Q1352 |
Bengaluru | बेंगलुरु | city | IN | बेंगलूरु;बेंगलुरू;बंगलुरु;बेंगलौर;बैंगलोर;Bangalore | Q1355 |
Hyderabad{hyderabad} | हैदराबाद | city | IN | | Q1361 |
Ahmedabad | अहमदाबाद | city | IN | | |
Pune | पुणे | city | IN | पूना;Poona | |
Jaipur | जयपुर | city | IN | | |
Lucknow | लखनऊ | city | IN | | |
Kanpur | कानपुर | city | IN | | |
Nagpur | नागपुर | city | IN | | |
Indore | इंदौर | city | IN | | |
Bhopal | भोपाल | city | IN | | |
Patna | पटना | city | IN | | |
Varanasi | वाराणसी | city | IN | बनारस;काशी;Banaras;Benares | |
Prayagraj | प्रयागराज | city | IN | इलाहाबाद;Allahabad | |
Agra | आगरा | city | IN | | |
Noida | नोएडा | city | IN | नोयडा | |
Gurugram | गुरुग्राम | city | IN | गुड़गांव;Gurgaon | |
Ghaziabad | गाजियाबाद | city | IN | ग़ाज़ियाबाद | |
Dehradun | देहरादून | city | IN | | |
Shimla | शिमला | city | IN | | |
Srinagar | श्रीनगर | city | IN | | |
Jammu | जम्मू | city | IN | | |
Leh | लेह | city | IN | | |
Amritsar | अमृतसर | city | IN | | |
Ludhiana | लुधियाना | city | IN | | |
Surat | सूरत | city | IN | | |
Vadodara | वडोदरा | city | IN | बड़ौदा;Baroda | |
Gandhinagar | गांधीनगर | city | IN | | |
Raipur | रायपुर | city | IN | | |
Ranchi | रांची | city | IN | | |
Bhubaneswar | भुवनेश्वर | city | IN | | |
Guwahati | गुवाहाटी | city | IN | गौहाटी | |
Thiruvananthapuram | तिरुवनंतपुरम | city | IN | त्रिवेंद्रम;Trivandrum | |
Kochi | कोच्चि | city | IN | कोचीन;Cochin | |
Visakhapatnam | विशाखापत्तनम | city | IN | विशाखापट्टनम;वाइजैग;Vizag | |
Vijayawada | विजयवाड़ा | city | IN | | |
Coimbatore | कोयंबटूर | city | IN | | |
Madurai | मदुरै | city | IN | | |
Mysuru | मैसूरु | city | IN | मैसूर;Mysore | |
Mangaluru | मंगलुरु | city | IN | मंगलौर;Mangalore | |
Panaji | पणजी | city | IN | | |
Port Blair | पोर्ट ब्लेयर | city | IN | श्री विजयपुरम;Sri Vijaya Puram | |
Jodhpur | जोधपुर | city | IN | | |
Udaipur | उदयपुर | city | IN | | |
Ayodhya | अयोध्या | city | IN | | |
Meerut | मेरठ | city | IN | | |
Gorakhpur | गोरखपुर | city | IN | | |
Jhansi | झांसी | city | IN | | |
Gwalior | ग्वालियर | city | IN | | |
Jabalpur | जबलपुर | city | IN | | |
Nashik | नासिक | city | IN | नाशिक | |
Aurangabad | औरंगाबाद | city | IN | छत्रपति संभाजीनगर;Chhatrapati Sambhajinagar | |
Karwar | कारवार | city | IN | | |
Pathankot | पठानकोट | city | IN | | |
Pahalgam | पहलगाम | town | IN | | |
Uri | उरी | town | IN | | |
Pulwama | पुलवामा | town | IN | | |
Kargil | करगिल | town | IN | कारगिल | |
Galwan Valley | गलवान घाटी | region | IN | गलवान;गलवान वैली;Galwan | |
Doklam | डोकलाम | region | BT | डोकलम | |
Siachen | सियाचिन | region | IN | सियाचिन ग्लेशियर;Siachen Glacier | |
Kashmir | कश्मीर | region | IN | | |
Pakistan-occupied Kashmir | पाक अधिकृत कश्मीर | region | PK | पीओके;पाकिस्तान अधिकृत कश्मीर;PoK;PoJK | |
Aksai Chin | अक्साई चिन | region | CN | | |
Tawang | तवांग | town | IN | | |
Pangong Tso | पैंगोंग झील | region | IN | पैंगोंग त्सो;पैंगोंग;Pangong Lake;Pangong | |
Depsang | देपसांग | region | IN | देपसांग मैदान;Depsang Plains | |
Line of Actual Control | वास्तविक नियंत्रण रेखा | border | | एलएसी;LAC | |
Line of Control | नियंत्रण रेखा | border | | एलओसी;LoC | |
# ---------------- Russia: cities and regions ----------------
Moscow | मॉस्को | city | RU | मास्को;मॉस्‍को;मोस्को;मॉस्कवा;Moskva | Q649 |
Saint Petersburg | सेंट पीटर्सबर्ग | city | RU | सेंट पिटर्सबर्ग;सेंट पीटर्सबर्ग;पीटर्सबर्ग;St Petersburg;St. Petersburg;Petersburg | Q656 |
Vladivostok | व्लादिवोस्तोक | city | RU | व्लादिवोस्टोक;ब्लादिवोस्तोक | |
Kaliningrad | कलिनिनग्राद | city | RU | कालिनिनग्राद;कैलिनिनग्राद | |
Sochi | सोची | city | RU | | |
Kazan | कजान | city | RU | कज़ान | |
Novosibirsk | नोवोसिबिर्स्क | city | RU | | |
Yekaterinburg | येकातेरिनबर्ग | city | RU | एकातेरिनबर्ग;Ekaterinburg | |
Nizhny Novgorod | निज़नी नोवगोरोड | city | RU | निजनी नोवगोरोड | |
Volgograd | वोल्गोग्राद | city | RU | स्टालिनग्राद;Stalingrad | |
Murmansk | मरमंस्क | city | RU | | |
Severodvinsk | सेवेरोडविंस्क | city | RU | सेवेरोद्विंस्क | |
Yantar Shipyard | यंतर शिपयार्ड | venue | RU | यांतर शिपयार्ड;Yantar | |
Kubinka | कुबिंका | town | RU | | |
Patriot Park | पैट्रियट पार्क | venue | RU | | |
Kremlin | क्रेमलिन | venue | RU | मॉस्को क्रेमलिन;Moscow Kremlin | |
Red Square | रेड स्क्वायर | venue | RU | रेड स्क्वेयर | |
Novo-Ogaryovo | नोवो-ओगार्योवो | venue | RU | नोवो ओगार्योवो | |
Siberia | साइबेरिया | region | RU | | |
Chechnya | चेचन्या | region | RU | | |
Kursk | कुर्स्क | city | RU | | |
Belgorod | बेलगोरोड | city | RU | | |
Rostov-on-Don | रोस्तोव-ऑन-डॉन | city | RU | रोस्तोव;Rostov | |
# ---------------- Ukraine and the war ----------------
Kyiv | कीव | city | UA | कीएव;क्यीव;किएव;Kiev | Q1899 |
Kharkiv | खारकीव | city | UA | खारकिव;Kharkov | |
Odesa | ओडेसा | city | UA | ओडेसा;Odessa | |
Lviv | ल्वीव | city | UA | लवीव | |
Mariupol | मारियुपोल | city | UA | मारियुपोल | |
Zaporizhzhia | जापोरिज्जिया | city | UA | ज़ापोरिज़्ज़िया;Zaporizhia | |
Kherson | खेरसॉन | city | UA | खेरसान | |
Bakhmut | बखमुत | city | UA | | |
Donetsk | दोनेत्स्क | region | UA | डोनेट्स्क | |
Luhansk | लुहांस्क | region | UA | लुहान्स्क;Lugansk | |
Donbas | डोनबास | region | UA | दोनबास;डोनबस;Donbass | |
Crimea | क्रीमिया | region | UA | क्रिमिया | |
Sevastopol | सेवस्तोपोल | city | UA | | |
# ---------------- China and East Asia ----------------
Beijing | बीजिंग | city | CN | पेइचिंग;Peking | Q956 |
Shanghai | शंघाई | city | CN | | Q8686 |
Qingdao | चिंगदाओ | city | CN | किंगदाओ;क्विंगदाओ;छिंगताओ;Tsingtao | |
Tianjin | तियानजिन | city | CN | तियांजिन;थ्येनचिन | |
Guangzhou | ग्वांगझू | city | CN | गुआंगझोउ | |
Shenzhen | शेनझेन | city | CN | शेन्ज़ेन | |
Wuhan | वुहान | city | CN | | |
Hong Kong | हांगकांग | city | CN | हॉन्गकॉन्ग;हॉन्ग कॉन्ग | |
Xinjiang | शिनजियांग | region | CN | झिंजियांग | |
Tibet | तिब्बत | region | CN | | |
Lhasa | ल्हासा | city | CN | | |
Taipei | ताइपे | city | TW | | |
Tokyo | टोक्यो | city | JP | तोक्यो | Q1490 |
Seoul | सियोल | city | KR |  | Q8684 |
Pyongyang | प्योंगयांग | city | KP | प्योंगयोंग | |
Ulaanbaatar | उलानबटार | city | MN | उलान बटोर;Ulan Bator | |
# ---------------- Capitals and major cities elsewhere ----------------
Islamabad | इस्लामाबाद | city | PK | | Q1362 |
Karachi | कराची | city | PK |  | Q8660 |
Lahore | लाहौर | city | PK |  | Q11739 |
Rawalpindi | रावलपिंडी | city | PK | | |
Peshawar | पेशावर | city | PK | | |
Quetta | क्वेटा | city | PK | | |
Balochistan | बलूचिस्तान | region | PK | बलोचिस्तान | |
Khyber Pakhtunkhwa | खैबर पख्तूनख्वा | region | PK | | |
Kabul | काबुल | city | AF | | Q5838 |
Dhaka | ढाका | city | BD |  | Q1354 |
Kathmandu | काठमांडू | city | NP | काठमाण्डू | Q3037 |
Thimphu | थिम्पू | city | BT | | |
Colombo | कोलंबो | city | LK | कोलम्बो | Q35381 |
Male | माले | city | MV | | |
Naypyidaw | नेपीडॉ | city | MM | नेप्यीडॉ;Nay Pyi Taw | |
Yangon | यांगून | city | MM | रंगून;Rangoon | |
Astana | अस्ताना | city | KZ | नूर-सुल्तान;Nur-Sultan | Q1520 |
Almaty | अल्माटी | city | KZ | अल्मा-अता;Alma-Ata | |
Tashkent | ताशकंद | city | UZ | ताश्कंद;ताशकन्द | Q269 |
Samarkand | समरकंद | city | UZ | समरकन्द | |
Bishkek | बिश्केक | city | KG | बिशकेक | Q9361 |
Dushanbe | दुशांबे | city | TJ | दुशान्बे | Q9365 |
Ashgabat | अश्गाबात | city | TM | अशगाबात | |
Tehran | तेहरान | city | IR | | Q3616 |
Chabahar | चाबहार | city | IR | | |
Minsk | मिन्स्क | city | BY | मिंस्क | Q2280 |
Brasilia | ब्रासीलिया | city | BR | Brasília | |
Rio de Janeiro | रियो डी जेनेरियो | city | BR | रियो;Rio;रियो डी जनेरियो;रियो डि जनेरियो;रियो डी जनेरो;रियो डि जेनेरियो;रियो-डी-जनेरियो;Rio De Janeiro | |
Sao Paulo | साओ पाउलो | city | BR | São Paulo | |
Pretoria | प्रिटोरिया | city | ZA | | |
Johannesburg | जोहानिसबर्ग | city | ZA | जोहान्सबर्ग | |
Cape Town | केप टाउन | city | ZA | | |
Cairo | काहिरा | city | EG | कैरो | Q85 |
Addis Ababa | अदीस अबाबा | city | ET | अदीस अबबा | |
Abu Dhabi | अबू धाबी | city | AE | अबूधाबी | |
Dubai | दुबई | city | AE |  | Q612 |
Jakarta | जकार्ता | city | ID | | |
Riyadh | रियाद | city | SA | रियाध | |
Jeddah | जेद्दा | city | SA | जेद्दाह | |
Doha | दोहा | city | QA | | |
Muscat | मस्कट | city | OM | | |
Kuwait City | कुवैत सिटी | city | KW | | |
Manama | मनामा | city | BH | | |
Baghdad | बगदाद | city | IQ | बग़दाद | |
Damascus | दमिश्क | city | SY | | |
Amman | अम्मान | city | JO | | |
Beirut | बेरूत | city | LB | | |
Jerusalem | यरुशलम | city | IL | येरुशलम;जेरूसलम | |
Tel Aviv | तेल अवीव | city | IL | | |
Ankara | अंकारा | city | TR | | |
Istanbul | इस्तांबुल | city | TR | इस्तानबुल | Q406 |
Baku | बाकू | city | AZ | | |
Yerevan | येरेवन | city | AM | येरेवान;एरेवान;येरवान | |
Tbilisi | त्बिलिसी | city | GE | तिबलिसी | |
Washington, D.C. | वॉशिंगटन | city | US | वाशिंगटन;वॉशिंगटन डीसी;वाशिंगटन डीसी;Washington;Washington DC;Washington D.C. | Q61 |
New York | न्यूयॉर्क | city | US | न्यूयार्क;New York City;NYC | |
White House | व्हाइट हाउस | venue | US | व्हाइट हाऊस;ह्वाइट हाउस | |
Pentagon | पेंटागन | venue | US | पेंटागॉन;The Pentagon | |
San Francisco | सैन फ्रांसिस्को | city | US | | |
Los Angeles | लॉस एंजिल्स | city | US | लॉस एंजेलिस | |
Chicago | शिकागो | city | US | | |
Houston | ह्यूस्टन | city | US | | |
Alaska | अलास्का | state | US | | |
Anchorage | एंकोरेज | city | US | | |
Texas | टेक्सास | state | US | | |
California | कैलिफोर्निया | state | US | | |
London | लंदन | city | GB | लन्दन | Q84 |
Paris | पेरिस | city | FR | | Q90 |
Berlin | बर्लिन | city | DE | | Q64 |
Munich | म्यूनिख | city | DE | | |
Rome | रोम | city | IT |  | Q220 |
Madrid | मैड्रिड | city | ES |  | Q2807 |
Brussels | ब्रसेल्स | city | BE | ब्रुसेल्स | |
Geneva | जिनेवा | city | CH | जेनेवा | |
Davos | दावोस | city | CH | | |
Vienna | वियना | city | AT |  | Q1741 |
The Hague | हेग | city | NL | द हेग | |
Amsterdam | एम्स्टर्डम | city | NL | एम्सटर्डम | |
Warsaw | वारसॉ | city | PL | वारसा | |
Stockholm | स्टॉकहोम | city | SE | | |
Oslo | ओस्लो | city | NO | | |
Helsinki | हेलसिंकी | city | FI | | |
Copenhagen | कोपेनहेगन | city | DK | | |
Athens | एथेंस | city | GR | एथेन्स;एथन्स;Athina | |
Lisbon | लिस्बन | city | PT | | |
Budapest | बुडापेस्ट | city | HU | | |
Prague | प्राग | city | CZ | | |
Belgrade | बेलग्रेड | city | RS | | |
Bratislava | ब्रातिस्लावा | city | SK | | |
Canberra | कैनबरा | city | AU | | |
Sydney | सिडनी | city | AU | | |
Melbourne | मेलबर्न | city | AU | | |
Ottawa | ओटावा | city | CA | | |
Toronto | टोरंटो | city | CA | | |
Mexico City | मेक्सिको सिटी | city | MX | | |
Buenos Aires | ब्यूनस आयर्स | city | AR | | |
Hanoi | हनोई | city | VN | | |
Bangkok | बैंकॉक | city | TH | बैंकाक | |
Manila | मनीला | city | PH | | |
Kuala Lumpur | कुआलालंपुर | city | MY | क्वालालंपुर;कुआला लम्पुर | |
Vientiane | वियनतियाने | city | LA | | |
Phnom Penh | नोम पेन्ह | city | KH | | |
Nairobi | नैरोबी | city | KE | | |
Lagos | लागोस | city | NG | | |
Abuja | अबुजा | city | NG | | |
Port Louis | पोर्ट लुइस | city | MU | | |
# ---------------- Venues in India ----------------
Manekshaw Centre | मानेकशॉ सेंटर | venue | IN | मानेकशॉ सेन्टर;मानेकशा सेंटर;मानेकशॉ केंद्र;Manekshaw Center | |
South Block | साउथ ब्लॉक | venue | IN | साउथ ब्लाक | |
North Block | नॉर्थ ब्लॉक | venue | IN | नार्थ ब्लॉक | |
Hyderabad House | हैदराबाद हाउस | venue | IN | हैदराबाद हाऊस | |
Rashtrapati Bhavan | राष्ट्रपति भवन | venue | IN | | |
Parliament House{parliament-house-india} | संसद भवन | venue | IN | | |
National War Memorial | राष्ट्रीय युद्ध स्मारक | venue | IN | नेशनल वॉर मेमोरियल | |
National War Museum | राष्ट्रीय युद्ध संग्रहालय | venue | IN | नेशनल वॉर म्यूजियम | |
Bharat Mandapam | भारत मंडपम | venue | IN | | |
Sushma Swaraj Bhawan | सुषमा स्वराज भवन | venue | IN | | |
Raj Ghat | राजघाट | venue | IN | राज घाट | |
India Gate | इंडिया गेट | venue | IN | | |
Kartavya Path | कर्तव्य पथ | venue | IN | राजपथ;Rajpath | |
Red Fort | लाल किला | venue | IN | लालकिला | |
Palam Air Force Station | पालम एयरफोर्स स्टेशन | venue | IN | पालम वायुसेना स्टेशन;पालम;Palam | |
Indira Gandhi International Airport | इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डा | venue | IN | आईजीआई एयरपोर्ट;IGI Airport | |
Yelahanka Air Force Station | येलहंका वायुसेना स्टेशन | venue | IN | येलहंका;Yelahanka | |
`;
