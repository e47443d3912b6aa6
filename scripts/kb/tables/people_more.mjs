// More PEOPLE: Indian chief ministers and union ministers, opposition leaders, more officials of Russia, China,
// the US, Pakistan and other countries. Same columns as people.mjs. Surnames that are common (यादव, पटेल,
// शर्मा, रेड्डी, नायडू...) are never aliases on their own.
export const peopleMore = `
# ---------------- India: chief ministers ----------------
Nitish Kumar | नीतीश कुमार | IN | chief minister of bihar | मुख्यमंत्री | नितीश कुमार
Mohan Yadav | मोहन यादव | IN | chief minister of madhya pradesh | मुख्यमंत्री |
Bhajan Lal Sharma | भजनलाल शर्मा | IN | chief minister of rajasthan | मुख्यमंत्री | भजन लाल शर्मा
Devendra Fadnavis | देवेंद्र फडणवीस | IN | chief minister of maharashtra | मुख्यमंत्री | देवेन्द्र फडणवीस;फडणवीस;Fadnavis
Bhupendra Patel | भूपेंद्र पटेल | IN | chief minister of gujarat | मुख्यमंत्री | भूपेन्द्र पटेल
Nayab Singh Saini | नायब सिंह सैनी | IN | chief minister of haryana | मुख्यमंत्री | नायब सैनी
Bhagwant Mann | भगवंत मान | IN | chief minister of punjab | मुख्यमंत्री |
Pushkar Singh Dhami | पुष्कर सिंह धामी | IN | chief minister of uttarakhand | मुख्यमंत्री | पुष्कर धामी
Sukhvinder Singh Sukhu | सुखविंदर सिंह सुक्खू | IN | chief minister of himachal pradesh | मुख्यमंत्री | सुक्खू;Sukhu
Siddaramaiah | सिद्धारमैया | IN | chief minister of karnataka | मुख्यमंत्री | सिद्दारमैया
M. K. Stalin | एम. के. स्टालिन | IN | chief minister of tamil nadu | मुख्यमंत्री | एमके स्टालिन;MK Stalin;M.K. Stalin
Pinarayi Vijayan | पिनाराई विजयन | IN | chief minister of kerala | मुख्यमंत्री | पिनरई विजयन
Revanth Reddy | रेवंत रेड्डी | IN | chief minister of telangana | मुख्यमंत्री | ए. रेवंत रेड्डी;A. Revanth Reddy
N. Chandrababu Naidu | एन. चंद्रबाबू नायडू | IN | chief minister of andhra pradesh | मुख्यमंत्री | चंद्रबाबू नायडू;चंद्रबाबू;Chandrababu Naidu
Mohan Charan Majhi | मोहन चरण माझी | IN | chief minister of odisha | मुख्यमंत्री |
Himanta Biswa Sarma | हिमंत बिस्वा सरमा | IN | chief minister of assam | मुख्यमंत्री | हिमंता बिस्वा सरमा;हिमंत विश्व शर्मा;Himanta Biswa Sarma
Hemant Soren | हेमंत सोरेन | IN | chief minister of jharkhand | मुख्यमंत्री |
Vishnu Deo Sai | विष्णु देव साय | IN | chief minister of chhattisgarh | मुख्यमंत्री | विष्णुदेव साय
Pramod Sawant | प्रमोद सावंत | IN | chief minister of goa | मुख्यमंत्री |
Manik Saha | माणिक साहा | IN | chief minister of tripura | मुख्यमंत्री |
Conrad Sangma | कॉनराड संगमा | IN | chief minister of meghalaya | मुख्यमंत्री | Conrad K. Sangma
Pema Khandu | पेमा खांडू | IN | chief minister of arunachal pradesh | मुख्यमंत्री |
Neiphiu Rio | नेफ्यू रियो | IN | chief minister of nagaland | मुख्यमंत्री |
Prem Singh Tamang | प्रेम सिंह तमांग | IN | chief minister of sikkim | मुख्यमंत्री |
Lalduhoma | लालदुहोमा | IN | chief minister of mizoram | मुख्यमंत्री |
N. Biren Singh | एन. बीरेन सिंह | IN | former chief minister of manipur | पूर्व मुख्यमंत्री | एन बीरेन सिंह;N Biren Singh
# ---------------- India: union ministers, opposition, officials ----------------
Jyotiraditya Scindia | ज्योतिरादित्य सिंधिया | IN | communications minister | संचार मंत्री | सिंधिया;Scindia
Mansukh Mandaviya | मनसुख मांडविया | IN | labour minister | श्रम मंत्री | मांडविया;Mandaviya
Bhupender Yadav | भूपेंद्र यादव | IN | environment minister | पर्यावरण मंत्री |
Pralhad Joshi | प्रल्हाद जोशी | IN | consumer affairs minister | उपभोक्ता मामलों के मंत्री |
Giriraj Singh | गिरिराज सिंह | IN | textiles minister | कपड़ा मंत्री |
Sarbananda Sonowal | सर्बानंद सोनोवाल | IN | ports and shipping minister | बंदरगाह और जहाजरानी मंत्री | सोनोवाल;Sonowal
Gajendra Singh Shekhawat | गजेंद्र सिंह शेखावत | IN | culture and tourism minister | संस्कृति और पर्यटन मंत्री |
Chirag Paswan | चिराग पासवान | IN | food processing minister | खाद्य प्रसंस्करण मंत्री |
H. D. Kumaraswamy | एच. डी. कुमारस्वामी | IN | heavy industries minister | भारी उद्योग मंत्री | एचडी कुमारस्वामी;कुमारस्वामी;HD Kumaraswamy
Arjun Ram Meghwal | अर्जुन राम मेघवाल | IN | law minister | कानून मंत्री |
Ram Mohan Naidu | राम मोहन नायडू | IN | civil aviation minister | नागरिक उड्डयन मंत्री | के. राममोहन नायडू;Kinjarapu Ram Mohan Naidu
Annapurna Devi | अन्नपूर्णा देवी | IN | women and child development minister | महिला एवं बाल विकास मंत्री |
Jitan Ram Manjhi | जीतन राम मांझी | IN | msme minister | सूक्ष्म, लघु और मध्यम उद्यम मंत्री |
Lalan Singh | ललन सिंह | IN | panchayati raj minister | पंचायती राज मंत्री | राजीव रंजन सिंह;Rajiv Ranjan Singh
L. Murugan | एल. मुरुगन | IN | minister of state for information and broadcasting | सूचना एवं प्रसारण राज्य मंत्री | एल मुरुगन;L Murugan
Akhilesh Yadav | अखिलेश यादव | IN | samajwadi party president | समाजवादी पार्टी अध्यक्ष | अखिलेश
Mayawati | मायावती | IN | bahujan samaj party president | बसपा प्रमुख |
Lalu Prasad Yadav | लालू प्रसाद यादव | IN | rashtriya janata dal president | राजद अध्यक्ष | लालू यादव;लालू प्रसाद;लालू;Lalu Yadav;Lalu Prasad
Tejashwi Yadav | तेजस्वी यादव | IN | leader of the opposition in bihar | बिहार में नेता प्रतिपक्ष |
Sharad Pawar | शरद पवार | IN | politician | |
Uddhav Thackeray | उद्धव ठाकरे | IN | politician | | उद्धव;Uddhav
Asaduddin Owaisi | असदुद्दीन ओवैसी | IN | aimim president | एआईएमआईएम प्रमुख | ओवैसी;Owaisi
Shashi Tharoor | शशि थरूर | IN | member of parliament | सांसद | थरूर;Tharoor
Jairam Ramesh | जयराम रमेश | IN | congress general secretary | कांग्रेस महासचिव |
Rajiv Ghai | राजीव घई | IN | deputy chief of army staff | उप सेना प्रमुख | लेफ्टिनेंट जनरल राजीव घई
A. K. Bharti | ए. के. भारती | IN | air marshal | एयर मार्शल | एके भारती;AK Bharti;Awadhesh Kumar Bharti
A. N. Pramod | ए. एन. प्रमोद | IN | vice admiral | वाइस एडमिरल | एएन प्रमोद;AN Pramod
Sofiya Qureshi | सोफिया कुरैशी | IN | army officer | कर्नल | सोफ़िया क़ुरैशी
Vyomika Singh | व्योमिका सिंह | IN | air force officer | विंग कमांडर |
P. K. Mishra | पी. के. मिश्रा | IN | principal secretary to the prime minister | प्रधानमंत्री के प्रधान सचिव | पीके मिश्रा;PK Mishra;प्रमोद कुमार मिश्रा
Sanjay Malhotra | संजय मल्होत्रा | IN | rbi governor | आरबीआई गवर्नर |
Tanmaya Lal | तन्मय लाल | IN | secretary (west), ministry of external affairs | विदेश मंत्रालय में सचिव (पश्चिम) |
A. P. J. Abdul Kalam | ए. पी. जे. अब्दुल कलाम | IN | former president | पूर्व राष्ट्रपति | एपीजे अब्दुल कलाम;अब्दुल कलाम;डॉ. कलाम;APJ Abdul Kalam;Abdul Kalam
Sam Manekshaw | सैम मानेकशॉ | IN | field marshal | फील्ड मार्शल | सैम मानेकशा;Sam Manekshaw
# ---------------- Russia: more officials ----------------
Anna Tsivileva | अन्ना त्सिविलेवा | RU | deputy defence minister | उप रक्षा मंत्री | त्सिविलेवा;Tsivileva
Pavel Fradkov | पावेल फ्रादकोव | RU | deputy defence minister | उप रक्षा मंत्री | फ्रादकोव;Fradkov
Alexei Krivoruchko | अलेक्सी क्रिवोरुचको | RU | former deputy defence minister | पूर्व उप रक्षा मंत्री | क्रिवोरुचको;Krivoruchko
Elvira Nabiullina | एल्विरा नबीउल्लीना | RU | central bank governor | केंद्रीय बैंक की गवर्नर | नबीउल्लीना;Nabiullina
Anton Alikhanov | एंटोन अलीखानोव | RU | industry and trade minister | उद्योग और व्यापार मंत्री | अलीखानोव;Alikhanov
Sergey Tsivilev | सर्गेई त्सिविलेव | RU | energy minister | ऊर्जा मंत्री | त्सिविलेव;Tsivilev
Dmitry Patrushev | दिमित्री पत्रुशेव | RU | deputy prime minister | उप प्रधानमंत्री |
Vladimir Medinsky | व्लादिमीर मेदिंस्की | RU | presidential aide | राष्ट्रपति के सहायक | मेदिंस्की;Medinsky
Sergei Kiriyenko | सर्गेई किरियेंको | RU | first deputy chief of staff of the presidential administration | | किरियेंको;Kiriyenko
Alexey Likhachev | अलेक्सी लिखाचेव | RU | director general of rosatom | रोसाटॉम के महानिदेशक | लिखाचेव;Likhachev
Yury Borisov | यूरी बोरिसोव | RU | former head of roscosmos | |
Joseph Stalin | जोसेफ स्टालिन | RU | former soviet leader |  | Josef Stalin | Q855
Vladimir Lenin | व्लादिमीर लेनिन | RU | founder of the soviet state |  | लेनिन;Lenin | Q1394
# ---------------- China: more officials ----------------
Zhao Leji | झाओ लेजी | CN | chairman of the national people's congress | नेशनल पीपुल्स कांग्रेस के अध्यक्ष |
Wang Huning | वांग हुनिंग | CN | chairman of the cppcc | |
Cai Qi | काई छी | CN | member of the politburo standing committee | |
Ding Xuexiang | डिंग श्वेशियांग | CN | vice premier | उप प्रधानमंत्री |
He Lifeng | हे लिफेंग | CN | vice premier | उप प्रधानमंत्री |
Jiang Bin | जियांग बिन | CN | defence ministry spokesperson | रक्षा मंत्रालय के प्रवक्ता |
Hu Jintao | हू जिंताओ | CN | former president | पूर्व राष्ट्रपति | हू जिन्ताओ
Deng Xiaoping | देंग शियाओपिंग | CN | former paramount leader | | तंग श्याओफिंग
# ---------------- United States: more officials ----------------
Mike Johnson | माइक जॉनसन | US | speaker of the house of representatives | प्रतिनिधि सभा के स्पीकर |
Susie Wiles | सूजी वाइल्स | US | white house chief of staff | व्हाइट हाउस चीफ ऑफ स्टाफ |
Karoline Leavitt | कैरोलिन लेविट | US | white house press secretary | व्हाइट हाउस की प्रेस सचिव | लेविट;Leavitt
Jamieson Greer | जेमीसन ग्रीर | US | trade representative | व्यापार प्रतिनिधि |
Peter Navarro | पीटर नवारो | US | trade adviser | व्यापार सलाहकार | नवारो;Navarro
Kristi Noem | क्रिस्टी नोएम | US | secretary of homeland security | गृह सुरक्षा मंत्री |
Pam Bondi | पाम बॉन्डी | US | attorney general | अटॉर्नी जनरल |
Chris Wright | क्रिस राइट | US | energy secretary | ऊर्जा मंत्री |
Stephen Miller | स्टीफन मिलर | US | deputy chief of staff | |
Christopher Landau | क्रिस्टोफर लैंडौ | US | deputy secretary of state | उप विदेश मंत्री |
# ---------------- Pakistan: more officials ----------------
Zaheer Ahmed Babar Sidhu | जहीर अहमद बाबर सिद्धू | PK | air chief | वायुसेना प्रमुख | ज़हीर अहमद बाबर सिद्धू;ज़हीर बाबर सिद्धू
Naveed Ashraf | नवीद अशरफ | PK | navy chief | नौसेना प्रमुख | नवीद अशरफ़
Ahmed Sharif Chaudhry | अहमद शरीफ चौधरी | PK | director general of isi public relations | आईएसपीआर के महानिदेशक | अहमद शरीफ़ चौधरी
Maryam Nawaz | मरियम नवाज | PK | chief minister of punjab (pakistan) | पंजाब (पाकिस्तान) की मुख्यमंत्री | मरियम नवाज़;मरियम नवाज शरीफ
Ahsan Iqbal | अहसन इकबाल | PK | planning minister | योजना मंत्री | अहसन इक़बाल
Attaullah Tarar | अत्ताउल्लाह तरार | PK | information minister | सूचना मंत्री | अताउल्लाह तरार;तरार;Tarar
Zulfikar Ali Bhutto | जुल्फिकार अली भुट्टो | PK | former prime minister | पूर्व प्रधानमंत्री | ज़ुल्फ़िकार अली भुट्टो
Benazir Bhutto | बेनजीर भुट्टो | PK | former prime minister | पूर्व प्रधानमंत्री | बेनज़ीर भुट्टो
Pervez Musharraf | परवेज मुशर्रफ | PK | former president | पूर्व राष्ट्रपति | परवेज़ मुशर्रफ़;मुशर्रफ;Musharraf
# ---------------- UN and international bodies ----------------
Amina J. Mohammed | अमीना जे. मोहम्मद | UN | deputy secretary-general | उप महासचिव | अमीना मोहम्मद;Amina Mohammed
Annalena Baerbock | एनालेना बेयरबॉक | UN | president of the general assembly | महासभा की अध्यक्ष | अन्नालेना बेयरबॉक;बेयरबॉक;Baerbock
Tedros Adhanom Ghebreyesus | टेड्रोस एडनॉम घेब्रेयेसस | UN | director-general of the who | डब्ल्यूएचओ के महानिदेशक | टेड्रोस;Tedros;Tedros Adhanom
Kristalina Georgieva | क्रिस्टालिना जॉर्जीवा | UN | managing director of the imf | आईएमएफ की प्रबंध निदेशक | Georgieva
Rafael Grossi | राफेल ग्रॉसी | UN | director general of the iaea | आईएईए के महानिदेशक | ग्रॉसी;Grossi
Kao Kim Hourn | काओ किम होर्न | ASEAN | secretary-general | आसियान महासचिव |
# ---------------- Other heads of state and government, ministers ----------------
Kim Yo Jong | किम यो जोंग | KP | senior official of the workers' party | | Kim Yo-jong
Isaac Herzog | आइजैक हर्जोग | IL | president | राष्ट्रपति | इसाक हर्जोग;हर्जोग;Herzog
Gideon Saar | गिदोन सार | IL | foreign minister | विदेश मंत्री | Gideon Sa'ar
Yoav Gallant | योआव गैलेंट | IL | former defence minister | पूर्व रक्षा मंत्री | योव गैलेंट;गैलेंट;Gallant
Mahmoud Abbas | महमूद अब्बास | PS | president | राष्ट्रपति |
Ismail Haniyeh | इस्माइल हानियेह | PS | former hamas leader | हमास के पूर्व नेता | इस्माइल हनियेह;हानियेह;Haniyeh
Yahya Sinwar | याह्या सिनवार | PS | former hamas leader | हमास के पूर्व नेता | सिनवार;Sinwar
Hassan Nasrallah | हसन नसरल्लाह | LB | former hezbollah leader | हिजबुल्लाह के पूर्व प्रमुख | नसरल्लाह;Nasrallah
Bashar al-Assad | बशर अल-असद | SY | former president | पूर्व राष्ट्रपति | बशर अल असद;Assad;Bashar Assad
Ahmed al-Sharaa | अहमद अल-शरा | SY | president | राष्ट्रपति | अहमद अल शरा;अल-शरा;al-Sharaa;Abu Mohammed al-Jolani
Mohammed Shia al-Sudani | मोहम्मद शिया अल-सुदानी | IQ | prime minister | प्रधानमंत्री | अल-सुदानी;al-Sudani
Haitham bin Tariq | हैथम बिन तारिक | OM | sultan | सुल्तान | सुल्तान हैथम बिन तारिक
Abdullah II of Jordan | अब्दुल्ला द्वितीय | JO | king | राजा | किंग अब्दुल्ला द्वितीय;King Abdullah II
Mohammed bin Abdulrahman Al Thani | मोहम्मद बिन अब्दुलरहमान अल थानी | QA | prime minister and foreign minister | प्रधानमंत्री और विदेश मंत्री | Sheikh Mohammed bin Abdulrahman Al Thani
Mohammad Bagheri | मोहम्मद बाघेरी | IR | former chief of staff of the armed forces | सशस्त्र बलों के पूर्व प्रमुख | मोहम्मद बाकेरी;Mohammad Hossein Bagheri
Abdolrahim Mousavi | अब्दुलरहीम मौसवी | IR | chief of staff of the armed forces | सशस्त्र बलों के प्रमुख | Abdolrahim Mousavi
Hibatullah Akhundzada | हिबतुल्लाह अखुंदजादा | AF | taliban supreme leader | तालिबान का सर्वोच्च नेता | हिबतुल्ला अखुंदजादा;अखुंदजादा;Akhundzada
Waker-uz-Zaman | वकार-उज-जमां | BD | army chief | सेना प्रमुख | वकार उज जमां;जनरल वकार-उज-जमां;Waker-Uz-Zaman
Harini Amarasuriya | हरिनी अमरसूर्या | LK | prime minister | प्रधानमंत्री | Amarasuriya
Peter Szijjarto | पीटर सिज्जार्तो | HU | foreign minister | विदेश मंत्री | Péter Szijjártó;Szijjarto
Robert Fico | रॉबर्ट फिको | SK | prime minister | प्रधानमंत्री | फिको;Fico
Aleksandar Vucic | अलेक्जेंडर वुचिच | RS | president | राष्ट्रपति | वुचिच;Vucic;Aleksandar Vučić
Alexander Stubb | अलेक्जेंडर स्टब | FI | president | राष्ट्रपति |
Donald Tusk | डोनाल्ड टस्क | PL | prime minister | प्रधानमंत्री | टस्क;Tusk
Pedro Sanchez | पेड्रो सांचेज | ES | prime minister | प्रधानमंत्री | पेड्रो सांचेज़;Pedro Sánchez
Jean-Noel Barrot | ज्यां-नोएल बैरो | FR | foreign minister | विदेश मंत्री | Jean-Noël Barrot
Johann Wadephul | योहान वाडेफुल | DE | foreign minister | विदेश मंत्री | Wadephul
Antonio Tajani | एंटोनियो ताजानी | IT | foreign minister | विदेश मंत्री | Tajani
Ukhnaagiin Khurelsukh | उखनागीन खुरेलसुख | MN | president | राष्ट्रपति | खुरेलसुख;Khurelsukh
To Lam | तो लाम | VN | general secretary of the communist party | कम्युनिस्ट पार्टी के महासचिव |
Anutin Charnvirakul | अनुतिन चार्नविराकुल | TH | prime minister | प्रधानमंत्री | Anutin
Gabriel Boric | गेब्रियल बोरिक | CL | president | राष्ट्रपति | बोरिक;Boric
Gustavo Petro | गुस्तावो पेट्रो | CO | president | राष्ट्रपति |
William Ruto | विलियम रुटो | KE | president | राष्ट्रपति |
Yoweri Museveni | योवेरी मुसेवेनी | UG | president | राष्ट्रपति | मुसेवेनी;Museveni
Navin Ramgoolam | नवीन रामगुलाम | MU | prime minister | प्रधानमंत्री | रामगुलाम;Ramgoolam
Hakainde Hichilema | हकैंडे हिचिलेमा | ZM | president | राष्ट्रपति | Hichilema
Toshimitsu Motegi | तोशिमित्सु मोतेगी | JP | foreign minister | विदेश मंत्री | Motegi
Shinjiro Koizumi | शिंजिरो कोइजुमी | JP | defence minister | रक्षा मंत्री | Koizumi
Ahn Gyu-back | आन ग्यु-बैक | KR | defence minister | रक्षा मंत्री |
Cho Hyun | चो ह्युन | KR | foreign minister | विदेश मंत्री |
Mohammed Khaled Khiari | मोहम्मद खालिद खियारी | UN | assistant secretary-general | सहायक महासचिव |
# ---------------- More officials of SCO and BRICS members and partners ----------------
Oleg Salyukov | ओलेग साल्युकोव | RU | former commander-in-chief of the ground forces | | साल्युकोव;Salyukov
Andrei Mordvichev | आंद्रेई मोर्दविचेव | RU | commander-in-chief of the ground forces | थल सेना प्रमुख | मोर्दविचेव;Mordvichev
Viktor Afzalov | विक्टर अफजालोव | RU | commander-in-chief of the aerospace forces | एयरोस्पेस फोर्स के प्रमुख | अफजालोव;Afzalov
Vladimir Kolokoltsev | व्लादिमीर कोलोकोल्त्सेव | RU | interior minister | गृह मंत्री | कोलोकोल्त्सेव;Kolokoltsev
Sergei Sobyanin | सर्गेई सोब्यानिन | RU | mayor of moscow | मॉस्को के मेयर | सोब्यानिन;Sobyanin
Khalid bin Salman | खालिद बिन सलमान | SA | defence minister | रक्षा मंत्री | प्रिंस खालिद बिन सलमान;Prince Khalid bin Salman
Gedion Timothewos | गेदियन तिमोथेवोस | ET | foreign minister | विदेश मंत्री |
Miguel Diaz-Canel | मिगुएल डियाज-कैनेल | CU | president | राष्ट्रपति | मिगेल दियास-कानेल;Miguel Díaz-Canel;Díaz-Canel
Luong Cuong | लुओंग कुओंग | VN | president | राष्ट्रपति |
Pham Minh Chinh | फाम मिन्ह चिन्ह | VN | prime minister | प्रधानमंत्री |
Hun Manet | हुन मानेत | KH | prime minister | प्रधानमंत्री |
Mishal Al-Ahmad Al-Jaber Al-Sabah | मिशाल अल-अहमद अल-जाबेर अल-सबाह | KW | emir | अमीर | शेख मिशाल अल-अहमद अल-जाबेर अल-सबाह
Hamad bin Isa Al Khalifa | हमद बिन ईसा अल खलीफा | BH | king | राजा | किंग हमद बिन ईसा अल खलीफा
Luis Arce | लुइस आर्से | BO | former president | पूर्व राष्ट्रपति |
# ---------------- Russia: deputy prime ministers, deputy defence ministers, duma, defence industry ----------------
Yuri Trutnev | यूरी त्रुत्नेव | RU | deputy prime minister and presidential envoy to the far east | उप प्रधानमंत्री | यूरी ट्रुटनेव;त्रुत्नेव;ट्रुटनेव;Trutnev;Yury Trutnev
Marat Khusnullin | मरात खुसनुल्लिन | RU | deputy prime minister | उप प्रधानमंत्री | खुसनुल्लिन;Khusnullin
Tatyana Golikova | तात्याना गोलिकोवा | RU | deputy prime minister | उप प्रधानमंत्री | गोलिकोवा;Golikova
Dmitry Chernyshenko | दिमित्री चेर्निशेंको | RU | deputy prime minister | उप प्रधानमंत्री | चेर्निशेंको;Chernyshenko
Vitaly Savelyev | विताली सावेलयेव | RU | deputy prime minister | उप प्रधानमंत्री | Vitaly Saveliev
Yunus-Bek Yevkurov | यूनुस-बेक येवकुरोव | RU | deputy defence minister | उप रक्षा मंत्री | येवकुरोव;Yevkurov
Leonid Gornin | लियोनिद गोर्निन | RU | first deputy defence minister | प्रथम उप रक्षा मंत्री | गोर्निन;Gornin
Alexander Lapin | अलेक्जेंडर लापिन | RU | colonel general | कर्नल जनरल | Aleksandr Lapin
Andrei Kartapolov | आंद्रेई कार्तापोलोव | RU | chairman of the state duma defence committee | ड्यूमा की रक्षा समिति के अध्यक्ष | कार्तापोलोव;Kartapolov;Andrey Kartapolov
Leonid Slutsky | लियोनिद स्लुत्स्की | RU | chairman of the state duma international affairs committee | ड्यूमा की अंतरराष्ट्रीय मामलों की समिति के अध्यक्ष | स्लुत्स्की;Slutsky
Dmitry Bakanov | दिमित्री बाकानोव | RU | director general of roscosmos | रोस्कोस्मोस के प्रमुख | बाकानोव;Bakanov
Dmitry Rogozin | दिमित्री रोगोजिन | RU | former director general of roscosmos | रोस्कोस्मोस के पूर्व प्रमुख | दिमित्री रोगोज़िन;रोगोजिन;Rogozin
Bekhan Ozdoev | बेखान ओज़दोयेव | RU | industrial director of rostec's weapons cluster | रोस्टेक के औद्योगिक निदेशक | ओज़दोयेव;ओजदोयेव;ओज़दोएव;Ozdoev;Ozdoyev
Oleg Yevtushenko | ओलेग येवतुशेंको | RU | executive director of rostec | रोस्टेक के कार्यकारी निदेशक | येवतुशेंको;Yevtushenko
Vadim Badekha | वादिम बदेखा | RU | director general of united aircraft corporation | यूनाइटेड एयरक्राफ्ट कॉरपोरेशन के महानिदेशक | बदेखा;Badekha
Yuri Slyusar | यूरी स्लीयुसार | RU | governor of rostov oblast | रोस्तोव क्षेत्र के गवर्नर | स्लीयुसार;स्ल्युसार;Slyusar;Yury Slyusar
# ---------------- Russia: governors and heads of regions ----------------
Vyacheslav Fedorishchev | व्याचेस्लाव फेदोरिश्चेव | RU | governor of samara oblast | समारा क्षेत्र के गवर्नर | फेदोरिश्चेव;Fedorishchev
Vladislav Shapsha | व्लादिस्लाव शाप्शा | RU | governor of kaluga oblast | कलुगा क्षेत्र के गवर्नर | शाप्शा;Shapsha
Denis Pasler | डेनिस पास्लर | RU | governor of sverdlovsk oblast | स्वेर्दलोव्स्क क्षेत्र के गवर्नर | पास्लर;Pasler
Gleb Nikitin | ग्लेब निकितिन | RU | governor of nizhny novgorod oblast | निज़नी नोवगोरोद क्षेत्र के गवर्नर |
Rustam Minnikhanov | रुस्तम मिन्निखानोव | RU | rais of tatarstan | तातारस्तान के राइस | मिन्निखानोव;Minnikhanov
Radiy Khabirov | रादी खाबिरोव | RU | head of bashkortostan | बश्कोर्तोस्तान के प्रमुख | खाबिरोव;Khabirov
Dmitry Makhonin | दिमित्री मखोनिन | RU | governor of perm krai | पर्म क्षेत्र के गवर्नर | मखोनिन;Makhonin
Dmitry Milyaev | दिमित्री मिल्यायेव | RU | governor of tula oblast | तुला क्षेत्र के गवर्नर | मिल्यायेव;Milyaev
Andrei Vorobyov | आंद्रेई वोरोब्योव | RU | governor of moscow oblast | मॉस्को क्षेत्र के गवर्नर | वोरोब्योव;Vorobyov;Andrey Vorobyov
Alexander Beglov | अलेक्जेंडर बेग्लोव | RU | governor of saint petersburg | सेंट पीटर्सबर्ग के गवर्नर | बेग्लोव;Beglov
Oleg Kozhemyako | ओलेग कोझेम्याको | RU | governor of primorsky krai | प्रिमोर्स्की क्षेत्र के गवर्नर | कोझेम्याको;कोजेम्याको;कोज़ेम्याको;Kozhemyako
Andrei Chibis | आंद्रेई चिबिस | RU | governor of murmansk oblast | मरमंस्क क्षेत्र के गवर्नर | चिबिस;Chibis
Alexei Besprozvannykh | अलेक्सेई बेस्प्रोज़वान्निख | RU | governor of kaliningrad oblast | कालिनिनग्राद क्षेत्र के गवर्नर | बेस्प्रोज़वान्निख;Besprozvannykh
Veniamin Kondratyev | वेनियामिन कोंद्रातयेव | RU | governor of krasnodar krai | क्रास्नोदार क्षेत्र के गवर्नर | कोंद्रातयेव;Kondratyev
Alexei Teksler | अलेक्सेई टेक्सलर | RU | governor of chelyabinsk oblast | चेल्याबिंस्क क्षेत्र के गवर्नर | टेक्सलर;Teksler
Alexander Brechalov | अलेक्जेंडर ब्रेचालोव | RU | head of udmurtia | उदमुर्तिया के प्रमुख | ब्रेचालोव;Brechalov
Vitaly Khotsenko | विताली खोत्सेंको | RU | governor of omsk oblast | ओम्स्क क्षेत्र के गवर्नर | खोत्सेंको;Khotsenko
Alexei Russkikh | अलेक्सेई रुस्किख | RU | governor of ulyanovsk oblast | उल्यानोव्स्क क्षेत्र के गवर्नर | रुस्किख;Russkikh
Andrei Travnikov | आंद्रेई त्रावनिकोव | RU | governor of novosibirsk oblast | नोवोसिबिर्स्क क्षेत्र के गवर्नर | त्रावनिकोव;Travnikov
Igor Kobzev | इगोर कोबज़ेव | RU | governor of irkutsk oblast | इर्कुत्स्क क्षेत्र के गवर्नर | कोबज़ेव;कोबजेव;Kobzev
Dmitry Demeshin | दिमित्री देमेशिन | RU | governor of khabarovsk krai | खाबरोव्स्क क्षेत्र के गवर्नर | देमेशिन;Demeshin
Mikhail Kotyukov | मिखाइल कोट्युकोव | RU | governor of krasnoyarsk krai | क्रास्नोयार्स्क क्षेत्र के गवर्नर | कोट्युकोव;Kotyukov
Vladimir Solodov | व्लादिमीर सोलोदोव | RU | governor of kamchatka krai | कामचटका क्षेत्र के गवर्नर | सोलोदोव;Solodov
Alexander Bogomaz | अलेक्जेंडर बोगोमाज़ | RU | governor of bryansk oblast | ब्रांस्क क्षेत्र के गवर्नर | बोगोमाज़;Bogomaz
Vyacheslav Gladkov | व्याचेस्लाव ग्लैडकोव | RU | former governor of belgorod oblast | बेलगोरोद क्षेत्र के पूर्व गवर्नर | ग्लैडकोव;ग्लादकोव;Gladkov
Alexander Khinshtein | अलेक्जेंडर खिनश्टेन | RU | governor of kursk oblast | कुर्स्क क्षेत्र के गवर्नर | खिनश्टेन;Khinshtein
# ---------------- India: defence PSUs, space, diplomats ----------------
D. K. Sunil | डी. के. सुनील | IN | chairman and managing director of hal | एचएएल के अध्यक्ष एवं प्रबंध निदेशक | डी.के. सुनील;डीके सुनील;D.K. Sunil;DK Sunil
C. B. Ananthakrishnan | सी. बी. अनंतकृष्णन | IN | former chairman of hal | एचएएल के पूर्व अध्यक्ष | सी.बी. अनंतकृष्णन;अनंतकृष्णन;C.B. Ananthakrishnan;Ananthakrishnan
Manoj Jain | मनोज जैन | IN | chairman and managing director of bel | बीईएल के अध्यक्ष एवं प्रबंध निदेशक |
Sanjeev Singhal | संजीव सिंघल | IN | chairman and managing director of mazagon dock shipbuilders | मझगांव डॉक के अध्यक्ष एवं प्रबंध निदेशक |
Madhu S. Nair | मधु एस. नायर | IN | chairman and managing director of cochin shipyard | कोचीन शिपयार्ड के अध्यक्ष एवं प्रबंध निदेशक | मधु एस नायर;Madhu S Nair
Shantanu Roy | शांतनु रॉय | IN | chairman and managing director of beml | बीईएमएल के अध्यक्ष एवं प्रबंध निदेशक |
V. Narayanan | वी. नारायणन | IN | chairman of isro | इसरो के अध्यक्ष | वी नारायणन;डॉ. वी. नारायणन;V Narayanan
S. Somanath | एस. सोमनाथ | IN | former chairman of isro | इसरो के पूर्व अध्यक्ष | एस सोमनाथ;S Somanath
Atul Dinkar Rane | अतुल दिनकर राणे | IN | former director general of brahmos aerospace | ब्रह्मोस एयरोस्पेस के पूर्व महानिदेशक | अतुल राणे;Atul Rane
Vikram Doraiswami | विक्रम दोरईस्वामी | IN | high commissioner to the united kingdom | ब्रिटेन में भारत के उच्चायुक्त | विक्रम दोराईस्वामी;दोरईस्वामी;Doraiswami
Tony Radakin | टोनी राडाकिन | GB | chief of the defence staff | रक्षा स्टाफ प्रमुख | एडमिरल टोनी राडाकिन;राडाकिन;Radakin
Lindy Cameron | लिंडी कैमरन | GB | high commissioner to india | भारत में ब्रिटेन की उच्चायुक्त | लिंडी कैमरून
# ---------------- India: governors and lieutenant governors ----------------
Anandiben Patel | आनंदीबेन पटेल | IN | governor of uttar pradesh | उत्तर प्रदेश की राज्यपाल | आनंदी बेन पटेल;आनंदीबेन
R. N. Ravi | आर. एन. रवि | IN | governor of tamil nadu | तमिलनाडु के राज्यपाल | आर.एन. रवि;आरएन रवि;R.N. Ravi;RN Ravi
Rajendra Arlekar | राजेंद्र आर्लेकर | IN | governor of kerala | केरल के राज्यपाल | राजेंद्र विश्वनाथ आर्लेकर;आर्लेकर;Arlekar;Rajendra Vishwanath Arlekar
Thaawarchand Gehlot | थावरचंद गहलोत | IN | governor of karnataka | कर्नाटक के राज्यपाल | थावर चंद गहलोत;Thawarchand Gehlot
C. V. Ananda Bose | सी. वी. आनंद बोस | IN | governor of west bengal | पश्चिम बंगाल के राज्यपाल | सी.वी. आनंद बोस;सीवी आनंद बोस;C.V. Ananda Bose;CV Ananda Bose
Arif Mohammed Khan | आरिफ मोहम्मद खान | IN | governor of bihar | बिहार के राज्यपाल | आरिफ मोहम्मद ख़ान
Haribhau Bagde | हरिभाऊ बागडे | IN | governor of rajasthan | राजस्थान के राज्यपाल | हरिभाऊ किसनराव बागडे;बागडे;Bagde
Acharya Devvrat | आचार्य देवव्रत | IN | governor of gujarat | गुजरात के राज्यपाल | देवव्रत;Devvrat;Acharya Devrat
Mangubhai Patel | मंगुभाई पटेल | IN | governor of madhya pradesh | मध्य प्रदेश के राज्यपाल | मंगुभाई छगनभाई पटेल;Mangubhai C. Patel
Gulab Chand Kataria | गुलाब चंद कटारिया | IN | governor of punjab | पंजाब के राज्यपाल | गुलाबचंद कटारिया
Jishnu Dev Varma | जिष्णु देव वर्मा | IN | governor of telangana | तेलंगाना के राज्यपाल |
S. Abdul Nazeer | एस. अब्दुल नजीर | IN | governor of andhra pradesh | आंध्र प्रदेश के राज्यपाल | अब्दुल नज़ीर;एस अब्दुल नजीर;Abdul Nazeer;Justice S. Abdul Nazeer
Hari Babu Kambhampati | हरि बाबू कंभमपति | IN | governor of odisha | ओडिशा के राज्यपाल | कंभमपति;Kambhampati
Lakshman Prasad Acharya | लक्ष्मण प्रसाद आचार्य | IN | governor of assam | असम के राज्यपाल |
V. K. Saxena | वी. के. सक्सेना | IN | lieutenant governor of delhi | दिल्ली के उपराज्यपाल | वी.के. सक्सेना;वीके सक्सेना;विनय कुमार सक्सेना;V.K. Saxena;VK Saxena;Vinai Kumar Saxena
Kavinder Gupta | कविंदर गुप्ता | IN | lieutenant governor of ladakh | लद्दाख के उपराज्यपाल |
Ashok Gajapathi Raju | अशोक गजपति राजू | IN | governor of goa | गोवा के राज्यपाल | पुसापति अशोक गजपति राजू
Ashim Kumar Ghosh | असीम कुमार घोष | IN | governor of haryana | हरियाणा के राज्यपाल |
Shiv Pratap Shukla | शिव प्रताप शुक्ल | IN | governor of himachal pradesh | हिमाचल प्रदेश के राज्यपाल | शिव प्रताप शुक्ला
Gurmit Singh | गुरमीत सिंह | IN | governor of uttarakhand | उत्तराखंड के राज्यपाल |
Santosh Gangwar | संतोष गंगवार | IN | governor of jharkhand | झारखंड के राज्यपाल | संतोष कुमार गंगवार
Ramen Deka | रमेन डेका | IN | governor of chhattisgarh | छत्तीसगढ़ के राज्यपाल |
D. K. Joshi | डी. के. जोशी | IN | lieutenant governor of andaman and nicobar islands | अंडमान और निकोबार द्वीप समूह के उपराज्यपाल | डी.के. जोशी;D.K. Joshi;Devendra Kumar Joshi
Ajay Kumar Bhalla | अजय कुमार भल्ला | IN | governor of manipur | मणिपुर के राज्यपाल |
Om Prakash Mathur | ओम प्रकाश माथुर | IN | governor of sikkim | सिक्किम के राज्यपाल | ओमप्रकाश माथुर
K. T. Parnaik | के. टी. परनाइक | IN | governor of arunachal pradesh | अरुणाचल प्रदेश के राज्यपाल | के.टी. परनाइक;परनाइक;K.T. Parnaik;Parnaik
V. K. Singh | वी. के. सिंह | IN | governor of mizoram | मिजोरम के राज्यपाल | वी.के. सिंह;वीके सिंह;V.K. Singh;VK Singh
C. H. Vijayashankar | सी. एच. विजयशंकर | IN | governor of meghalaya | मेघालय के राज्यपाल | सी.एच. विजयशंकर;C.H. Vijayashankar
Indra Sena Reddy Nallu | इंद्रसेना रेड्डी नल्लू | IN | governor of tripura | त्रिपुरा के राज्यपाल | इंद्रसेना रेड्डी;Indrasena Reddy Nallu
# ---------------- Public figures who fill Hindi news pages (sport, cinema, business) ----------------
Virat Kohli | विराट कोहली | IN | cricketer | क्रिकेटर | कोहली;Kohli
Rohit Sharma | रोहित शर्मा | IN | cricketer | क्रिकेटर |
Shubman Gill | शुभमन गिल | IN | cricketer | क्रिकेटर |
Mahendra Singh Dhoni | महेंद्र सिंह धोनी | IN | cricketer | क्रिकेटर | एमएस धोनी;धोनी;MS Dhoni;Dhoni;M.S. Dhoni
Sachin Tendulkar | सचिन तेंदुलकर | IN | former cricketer | पूर्व क्रिकेटर | तेंदुलकर;Tendulkar
Jasprit Bumrah | जसप्रीत बुमराह | IN | cricketer | क्रिकेटर | बुमराह;Bumrah
Suryakumar Yadav | सूर्यकुमार यादव | IN | cricketer | क्रिकेटर |
Hardik Pandya | हार्दिक पांड्या | IN | cricketer | क्रिकेटर |
Gautam Gambhir | गौतम गंभीर | IN | cricket coach | क्रिकेट कोच |
Neeraj Chopra | नीरज चोपड़ा | IN | athlete | एथलीट |
Amitabh Bachchan | अमिताभ बच्चन | IN | actor | अभिनेता | अमिताभ;Amitabh
Shah Rukh Khan | शाहरुख खान | IN | actor | अभिनेता | शाहरुख़ ख़ान;शाहरुख;Shahrukh Khan;SRK
Salman Khan | सलमान खान | IN | actor | अभिनेता | सलमान ख़ान
Aamir Khan | आमिर खान | IN | actor | अभिनेता | आमिर ख़ान
Akshay Kumar | अक्षय कुमार | IN | actor | अभिनेता |
Mukesh Ambani | मुकेश अंबानी | IN | businessman | उद्योगपति | मुकेश अम्बानी
Gautam Adani | गौतम अदाणी | IN | businessman | उद्योगपति | गौतम अडानी
Ratan Tata | रतन टाटा | IN | businessman | उद्योगपति |
`;
