// PEOPLE. Columns: en | hi | country (ISO 3166-1 alpha-2, or an org code) | role | roleHi | aliases (;) | wikidata
// Surname-only aliases only where the surname is distinctive (never सिंह, कुमार, खान, शर्मा, Li, Wang...).
export const people = `
# ---------------- India ----------------
Narendra Modi | नरेंद्र मोदी | IN | prime minister | प्रधानमंत्री | नरेन्द्र मोदी;मोदी;पीएम मोदी;प्रधानमंत्री मोदी;Modi;PM Modi;Narendra Damodardas Modi;नरेंद्र दामोदरदास मोदी | Q1058
Rajnath Singh | राजनाथ सिंह | IN | defence minister | रक्षा मंत्री | राजनाथ;Rajnath
Droupadi Murmu | द्रौपदी मुर्मू | IN | president | राष्ट्रपति | द्रौपदी मुर्मु;द्रोपदी मुर्मू;मुर्मू;मुर्मु;Murmu;Draupadi Murmu
Ram Nath Kovind | रामनाथ कोविंद | IN | former president | पूर्व राष्ट्रपति | राम नाथ कोविंद;रामनाथ कोविन्द;कोविंद;Kovind;Ramnath Kovind
Pranab Mukherjee | प्रणब मुखर्जी | IN | former president | पूर्व राष्ट्रपति | प्रणब दा;Pranab Mukherji
C. P. Radhakrishnan | सी. पी. राधाकृष्णन | IN | vice president | उपराष्ट्रपति | सीपी राधाकृष्णन;सी.पी. राधाकृष्णन;CP Radhakrishnan;C.P. Radhakrishnan
Jagdeep Dhankhar | जगदीप धनखड़ | IN | former vice president | पूर्व उपराष्ट्रपति | धनखड़;Dhankhar
M. Venkaiah Naidu | एम. वेंकैया नायडू | IN | former vice president | पूर्व उपराष्ट्रपति | वेंकैया नायडू;वेंकैया;Venkaiah Naidu
Manmohan Singh | मनमोहन सिंह | IN | former prime minister | पूर्व प्रधानमंत्री | डॉ. मनमोहन सिंह;Dr. Manmohan Singh
Atal Bihari Vajpayee | अटल बिहारी वाजपेयी | IN | former prime minister | पूर्व प्रधानमंत्री | अटल बिहारी वाजपेई;Atal Bihari Vajpeyi
Indira Gandhi | इंदिरा गांधी | IN | former prime minister | पूर्व प्रधानमंत्री | इन्दिरा गांधी | Q1149
Jawaharlal Nehru | जवाहरलाल नेहरू | IN | former prime minister | पूर्व प्रधानमंत्री | पंडित नेहरू;नेहरू;Nehru;Pandit Nehru | Q1047
Mahatma Gandhi | महात्मा गांधी | IN | leader of the independence movement |  | मोहनदास करमचंद गांधी;Mohandas Karamchand Gandhi | Q1001
S. Jaishankar | सुब्रह्मण्यम जयशंकर | IN | foreign minister | विदेश मंत्री | एस. जयशंकर;एस जयशंकर;एस.जयशंकर;डॉ. एस. जयशंकर;डॉ एस जयशंकर;जयशंकर;सुब्रमण्यम जयशंकर;S Jaishankar;S.Jaishankar;Dr S Jaishankar;Dr. S. Jaishankar;Jaishankar;Subrahmanyam Jaishankar
Sushma Swaraj | सुषमा स्वराज | IN | former foreign minister | पूर्व विदेश मंत्री | 
Ajit Doval | अजीत डोभाल | IN | national security adviser | राष्ट्रीय सुरक्षा सलाहकार | अजित डोभाल;अजीत डोवाल;अजित डोवल;डोभाल;डोवाल;Doval;Ajit Kumar Doval
Amit Shah | अमित शाह | IN | home minister | गृह मंत्री | Amit Anilchandra Shah
Nirmala Sitharaman | निर्मला सीतारमण | IN | finance minister | वित्त मंत्री | निर्मला सीतारमन;सीतारमण;सीतारमन;Sitharaman
Manohar Parrikar | मनोहर पर्रिकर | IN | former defence minister | पूर्व रक्षा मंत्री | मनोहर परिकर;पर्रिकर;परिकर;Parrikar
Arun Jaitley | अरुण जेटली | IN | former finance minister | पूर्व वित्त मंत्री | जेटली;Jaitley
A. K. Antony | ए. के. एंटनी | IN | former defence minister | पूर्व रक्षा मंत्री | एके एंटनी;AK Antony;A.K. Antony
Sanjay Seth | संजय सेठ | IN | minister of state for defence | रक्षा राज्य मंत्री | Sanjay Sheth
Ajay Bhatt | अजय भट्ट | IN | former minister of state for defence | पूर्व रक्षा राज्य मंत्री | Ajay Bhat
Shripad Naik | श्रीपद नाइक | IN | former minister of state for defence | पूर्व रक्षा राज्य मंत्री | श्रीपद येसो नाइक;Shripad Yesso Naik
Subhash Bhamre | सुभाष भामरे | IN | former minister of state for defence | पूर्व रक्षा राज्य मंत्री | भामरे;Bhamre
Piyush Goyal | पीयूष गोयल | IN | commerce minister | वाणिज्य मंत्री | पियूष गोयल
Nitin Gadkari | नितिन गडकरी | IN | road transport minister | सड़क परिवहन मंत्री | गडकरी;Gadkari
Hardeep Singh Puri | हरदीप सिंह पुरी | IN | petroleum minister | पेट्रोलियम मंत्री | हरदीप पुरी;Hardeep Puri
Ashwini Vaishnaw | अश्विनी वैष्णव | IN | railway minister | रेल मंत्री | Ashwini Vaishnav
Dharmendra Pradhan | धर्मेंद्र प्रधान | IN | education minister | शिक्षा मंत्री | धर्मेन्द्र प्रधान
Shivraj Singh Chouhan | शिवराज सिंह चौहान | IN | agriculture minister | कृषि मंत्री | Shivraj Singh Chauhan
J. P. Nadda | जे. पी. नड्डा | IN | health minister | स्वास्थ्य मंत्री | जेपी नड्डा;जगत प्रकाश नड्डा;नड्डा;JP Nadda;Nadda
Kiren Rijiju | किरेन रिजिजू | IN | parliamentary affairs minister | संसदीय कार्य मंत्री | किरण रिजिजू;रिजिजू;Rijiju
Anurag Thakur | अनुराग ठाकुर | IN | member of parliament | सांसद |
Kirti Vardhan Singh | कीर्ति वर्धन सिंह | IN | minister of state for external affairs | विदेश राज्य मंत्री |
Pabitra Margherita | पबित्रा मार्गेरिटा | IN | minister of state for external affairs | विदेश राज्य मंत्री |
V. Muraleedharan | वी. मुरलीधरन | IN | former minister of state for external affairs | पूर्व विदेश राज्य मंत्री | वी मुरलीधरन;V Muraleedharan
Meenakshi Lekhi | मीनाक्षी लेखी | IN | former minister of state for external affairs | पूर्व विदेश राज्य मंत्री |
Om Birla | ओम बिरला | IN | speaker of the lok sabha | लोकसभा अध्यक्ष |
Rahul Gandhi | राहुल गांधी | IN | leader of the opposition | नेता प्रतिपक्ष |
Sonia Gandhi | सोनिया गांधी | IN | politician | |
Priyanka Gandhi Vadra | प्रियंका गांधी वाड्रा | IN | member of parliament | सांसद | प्रियंका गांधी;Priyanka Gandhi
Mallikarjun Kharge | मल्लिकार्जुन खड़गे | IN | congress president | कांग्रेस अध्यक्ष | मल्लिकार्जुन खरगे;खड़गे;खरगे;Kharge
Yogi Adityanath | योगी आदित्यनाथ | IN | chief minister of uttar pradesh | मुख्यमंत्री | आदित्यनाथ;Adityanath
Arvind Kejriwal | अरविंद केजरीवाल | IN | politician | | केजरीवाल;Kejriwal
Mamata Banerjee | ममता बनर्जी | IN | chief minister of west bengal | मुख्यमंत्री |
Rekha Gupta | रेखा गुप्ता | IN | chief minister of delhi | मुख्यमंत्री |
Omar Abdullah | उमर अब्दुल्ला | IN | chief minister of jammu and kashmir | मुख्यमंत्री |
Manoj Sinha | मनोज सिन्हा | IN | lieutenant governor of jammu and kashmir | उपराज्यपाल |
Anil Chauhan | अनिल चौहान | IN | chief of defence staff | चीफ ऑफ डिफेंस स्टाफ | जनरल अनिल चौहान;सीडीएस अनिल चौहान;Gen Anil Chauhan;General Anil Chauhan;CDS Anil Chauhan
Bipin Rawat | बिपिन रावत | IN | former chief of defence staff | पूर्व चीफ ऑफ डिफेंस स्टाफ | जनरल बिपिन रावत;विपिन रावत;General Bipin Rawat;Gen Bipin Rawat
Upendra Dwivedi | उपेंद्र द्विवेदी | IN | army chief | थल सेना प्रमुख | जनरल उपेंद्र द्विवेदी;उपेन्द्र द्विवेदी;General Upendra Dwivedi;Gen Upendra Dwivedi
Manoj Pande | मनोज पांडे | IN | former army chief | पूर्व थल सेना प्रमुख | जनरल मनोज पांडे;मनोज पाण्डेय;General Manoj Pande
Manoj Mukund Naravane | मनोज मुकुंद नरवणे | IN | former army chief | पूर्व थल सेना प्रमुख | एमएम नरवणे;एम. एम. नरवणे;मनोज नरवणे;नरवणे;नरवाने;MM Naravane;M.M. Naravane;Manoj Naravane;Naravane
Dinesh K. Tripathi | दिनेश के. त्रिपाठी | IN | navy chief | नौसेना प्रमुख | एडमिरल दिनेश के त्रिपाठी;दिनेश कुमार त्रिपाठी;दिनेश के त्रिपाठी;Admiral Dinesh K Tripathi;Dinesh Kumar Tripathi;Dinesh K Tripathi
R. Hari Kumar | आर. हरि कुमार | IN | former navy chief | पूर्व नौसेना प्रमुख | एडमिरल आर हरि कुमार;आर हरि कुमार;R Hari Kumar;Admiral R Hari Kumar
Karambir Singh | करमबीर सिंह | IN | former navy chief | पूर्व नौसेना प्रमुख | एडमिरल करमबीर सिंह;Admiral Karambir Singh
A. P. Singh | ए. पी. सिंह | IN | air chief | वायुसेना प्रमुख | अमर प्रीत सिंह;एयर चीफ मार्शल ए पी सिंह;एपी सिंह;Amar Preet Singh;AP Singh;Air Chief Marshal AP Singh
V. R. Chaudhari | वी. आर. चौधरी | IN | former air chief | पूर्व वायुसेना प्रमुख | विवेक राम चौधरी;वीआर चौधरी;Vivek Ram Chaudhari;VR Chaudhari
R. K. S. Bhadauria | आर. के. एस. भदौरिया | IN | former air chief | पूर्व वायुसेना प्रमुख | राकेश कुमार सिंह भदौरिया;आरकेएस भदौरिया;RKS Bhadauria
Rajesh Kumar Singh | राजेश कुमार सिंह | IN | defence secretary | रक्षा सचिव |
Giridhar Aramane | गिरिधर अरमाने | IN | former defence secretary | पूर्व रक्षा सचिव | गिरिधर अरामने;अरमाने;अरामने;Aramane
Vikram Misri | विक्रम मिस्री | IN | foreign secretary | विदेश सचिव |
Vinay Mohan Kwatra | विनय मोहन क्वात्रा | IN | ambassador to the united states | अमेरिका में भारत के राजदूत | विनय क्वात्रा;क्वात्रा;Vinay Kwatra;Kwatra
Harsh Vardhan Shringla | हर्षवर्धन श्रृंगला | IN | former foreign secretary | पूर्व विदेश सचिव | हर्ष वर्धन श्रृंगला;श्रृंगला;Shringla
Vinay Kumar{vinay-kumar-ambassador} | विनय कुमार | IN | ambassador to russia | रूस में भारत के राजदूत |
Pavan Kapoor | पवन कपूर | IN | deputy national security adviser | उप राष्ट्रीय सुरक्षा सलाहकार | Pawan Kapoor
D. B. Venkatesh Varma | डी. बी. वेंकटेश वर्मा | IN | former ambassador to russia | रूस में भारत के पूर्व राजदूत | वेंकटेश वर्मा;Venkatesh Varma
Samir V. Kamat | समीर वी. कामत | IN | drdo chairman | डीआरडीओ अध्यक्ष | समीर वी कामत;डॉ. समीर वी. कामत;Samir V Kamat;Dr Samir V Kamat
G. Satheesh Reddy | जी. सतीश रेड्डी | IN | former drdo chairman | पूर्व डीआरडीओ अध्यक्ष | जी सतीश रेड्डी;सतीश रेड्डी;G Satheesh Reddy;Satheesh Reddy
Randhir Jaiswal | रणधीर जायसवाल | IN | external affairs ministry spokesperson | विदेश मंत्रालय के प्रवक्ता | Randhir Jaiswal
Arindam Bagchi | अरिंदम बागची | IN | former external affairs ministry spokesperson | विदेश मंत्रालय के पूर्व प्रवक्ता | बागची;Bagchi
# ---------------- Russia ----------------
Vladimir Putin | व्लादिमीर पुतिन | RU | president | राष्ट्रपति | ब्लादिमीर पुतिन;व्लादिमिर पुतिन;व्लादिमीर पूतिन;ब्लादिमीर पूतिन;पुतिन;पूतिन;पुटिन;व्लादिमीर व्लादिमीरोविच पुतिन;Putin;Vladimir Vladimirovich Putin;President Putin | Q7747
Mikhail Mishustin | मिखाइल मिशुस्तिन | RU | prime minister | प्रधानमंत्री | मिखाइल मिशुस्टिन;मिशुस्तिन;मिशुस्टिन;Mishustin
Dmitry Medvedev | दिमित्री मेदवेदेव | RU | deputy chairman of the security council | सुरक्षा परिषद के उपाध्यक्ष | दमित्री मेदवेदेव;मेदवेदेव;Medvedev;Dmitri Medvedev | Q23530
Sergei Lavrov | सर्गेई लावरोव | RU | foreign minister | विदेश मंत्री | सेर्गेई लावरोव;सर्गेइ लावरोव;सर्गेई लैवरोव;लावरोव;लैवरोव;Lavrov;Sergey Lavrov
Sergei Shoigu | सर्गेई शोइगु | RU | secretary of the security council | सुरक्षा परिषद के सचिव | सर्गेई शोइगू;सर्गेई शोईगु;सेर्गेई शोइगु;सर्गेई शोयगु;शोइगु;शोइगू;शोईगु;शोईगू;शोयगु;Shoigu;Sergey Shoigu;Sergei Shoygu
Andrei Belousov | आंद्रेई बेलोसोव | RU | defence minister | रक्षा मंत्री | आंद्रेई बेलौसोव;आंद्रेई बेलोउसॉव;आंद्रेई बेलोउसोव;आंद्रेई बेलूसोव;आंद्रे बेलोसोव;आंद्रे बेलौसोव;आंद्रे बेलोउसॉव;एंड्री बेलोसोव;एंड्री बेलौसोव;आन्द्रेई बेलोसोव;बेलोसोव;बेलौसोव;बेलोउसॉव;बेलोउसोव;बेलूसोव;बेलोसॉव;Belousov;Andrey Belousov;Andrei Removich Belousov
Valery Gerasimov | वालेरी गेरासिमोव | RU | chief of the general staff | जनरल स्टाफ प्रमुख | वलेरी गेरासिमोव;वैलेरी गेरासिमोव;जनरल गेरासिमोव;गेरासिमोव;Gerasimov;Valeriy Gerasimov;Valery Vasilyevich Gerasimov
Denis Manturov | डेनिस मंटुरोव | RU | first deputy prime minister | प्रथम उप प्रधानमंत्री | डेनिस मांतुरोव;डेनिस मानतुरोव;डेनिस मंतुरोव;मंटुरोव;मांतुरोव;मानतुरोव;मंतुरोव;Manturov
Dmitry Peskov | दिमित्री पेस्कोव | RU | kremlin spokesman | क्रेमलिन के प्रवक्ता | दिमित्री पेसकोव;दमित्री पेस्कोव;पेस्कोव;पेसकोव;Peskov;Dmitri Peskov
Denis Alipov | डेनिस अलीपोव | RU | ambassador to india | भारत में रूस के राजदूत | डेनिस अलिपोव;अलीपोव;अलिपोव;Alipov
Yuri Ushakov | यूरी उशाकोव | RU | presidential aide | राष्ट्रपति के सहायक | यूरी उषाकोव;उशाकोव;उषाकोव;Ushakov;Yury Ushakov
Maria Zakharova | मारिया जखारोवा | RU | foreign ministry spokeswoman | विदेश मंत्रालय की प्रवक्ता | मारिया ज़ाखारोवा;ज़खारोवा;जखारोवा;ज़ाखारोवा;Zakharova
Nikolai Patrushev | निकोलाई पत्रुशेव | RU | presidential aide | राष्ट्रपति के सहायक | निकोलाई पात्रुशेव;पत्रुशेव;पात्रुशेव;Patrushev;Nikolay Patrushev
Alexander Fomin | अलेक्जेंडर फोमिन | RU | deputy defence minister | उप रक्षा मंत्री | कर्नल जनरल अलेक्जेंडर फोमिन;Aleksandr Fomin
Dmitry Shugaev | दिमित्री शुगायेव | RU | director of the federal service for military-technical cooperation | | दिमित्री शुगाएव;शुगायेव;शुगाएव;Shugaev;Dmitry Shugayev;Shugayev
Alexander Mikheev | अलेक्जेंडर मिखेव | RU | director general of rosoboronexport | रोसोबोरोनएक्सपोर्ट के महानिदेशक | अलेक्जेंडर मिखेयेव;मिखेयेव;Mikheev;Alexander Mikheyev;Mikheyev
Sergey Chemezov | सर्गेई चेमेजोव | RU | ceo of rostec | रोस्टेक के प्रमुख | सर्गेई चेमेज़ोव;चेमेजोव;चेमेज़ोव;Chemezov;Sergei Chemezov
Nikolay Kudashev | निकोलाई कुदाशेव | RU | former ambassador to india | भारत में रूस के पूर्व राजदूत | कुदाशेव;Kudashev;Nikolai Kudashev
Alexander Kadakin | अलेक्जेंडर कदाकिन | RU | former ambassador to india | भारत में रूस के पूर्व राजदूत | कदाकिन;Kadakin
Sergey Naryshkin | सर्गेई नारिश्किन | RU | director of the foreign intelligence service | विदेशी खुफिया सेवा के प्रमुख | नारिश्किन;Naryshkin;Sergei Naryshkin
Alexander Bortnikov | अलेक्जेंडर बोर्तनिकोव | RU | director of the fsb | एफएसबी प्रमुख | बोर्तनिकोव;Bortnikov
Valentina Matviyenko | वैलेंटिना मतवियेंको | RU | chair of the federation council | फेडरेशन काउंसिल की अध्यक्ष | वेलेंटीना मत्वियेंको;मतवियेंको;Matviyenko;Valentina Matvienko
Vyacheslav Volodin | व्याचेस्लाव वोलोदिन | RU | chairman of the state duma | स्टेट ड्यूमा के अध्यक्ष | वोलोदिन;Volodin
Alexander Novak | अलेक्जेंडर नोवाक | RU | deputy prime minister | उप प्रधानमंत्री | Aleksandr Novak
Alexei Overchuk | अलेक्सी ओवरचुक | RU | deputy prime minister | उप प्रधानमंत्री | ओवरचुक;Overchuk;Alexey Overchuk
Sergey Ryabkov | सर्गेई रयाबकोव | RU | deputy foreign minister | उप विदेश मंत्री | रयाबकोव;Ryabkov;Sergei Ryabkov
Andrey Rudenko | आंद्रेई रुडेंको | RU | deputy foreign minister | उप विदेश मंत्री | रुडेंको;Rudenko;Andrei Rudenko
Alexander Grushko | अलेक्जेंडर ग्रुश्को | RU | deputy foreign minister | उप विदेश मंत्री | ग्रुश्को;Grushko
Nikolai Yevmenov | निकोलाई येवमेनोव | RU | former commander-in-chief of the navy | | येवमेनोव;Yevmenov;Nikolay Yevmenov
Alexander Moiseyev | अलेक्जेंडर मोइसेयेव | RU | commander-in-chief of the navy | नौसेना प्रमुख | मोइसेयेव;Moiseyev;Aleksandr Moiseev
Ramzan Kadyrov | रमजान कादिरोव | RU | head of the chechen republic | चेचन गणराज्य के प्रमुख | रमज़ान कादिरोव;कादिरोव;Kadyrov
Yevgeny Prigozhin | येवगेनी प्रिगोझिन | RU | founder of the wagner group | वैगनर समूह के संस्थापक | येवगेनी प्रिगोजिन;प्रिगोझिन;प्रिगोजिन;Prigozhin;Evgeny Prigozhin
Alexei Navalny | एलेक्सी नवलनी | RU | opposition leader | विपक्षी नेता | अलेक्सी नवलनी;नवलनी;Navalny;Alexey Navalny
Mikhail Gorbachev | मिखाइल गोर्बाचेव | RU | former soviet leader | | गोर्बाचेव;गोर्बाचोव;Gorbachev
Boris Yeltsin | बोरिस येल्तसिन | RU | former president | पूर्व राष्ट्रपति | येल्तसिन;Yeltsin
Kirill Dmitriev | किरिल दिमित्रीव | RU | special envoy for economic cooperation | | Kirill Dmitriyev
Anton Vaino | एंटोन वाइनो | RU | chief of staff of the presidential administration | | Vaino
# ---------------- Ukraine ----------------
Volodymyr Zelenskyy | वोलोदिमीर जेलेंस्की | UA | president | राष्ट्रपति | वोलोदिमीर ज़ेलेंस्की;वोलोदिमिर जेलेंस्की;व्लोदिमीर जेलेंस्की;जेलेंस्की;ज़ेलेंस्की;जेलेन्स्की;जेलेंस्‍की;Zelenskyy;Zelensky;Volodymyr Zelensky;Zelenskiy
Andrii Sybiha | आंद्रेई सिबिहा | UA | foreign minister | विदेश मंत्री | सिबिहा;Sybiha;Andriy Sybiha
Dmytro Kuleba | दिमित्रो कुलेबा | UA | former foreign minister | पूर्व विदेश मंत्री | कुलेबा;Kuleba
Rustem Umerov | रुस्तम उमेरोव | UA | secretary of the national security and defence council | | रुस्तेम उमेरोव;उमेरोव;Umerov
Denys Shmyhal | डेनिस श्म्यहल | UA | defence minister | रक्षा मंत्री | डेनिस शमीहाल;श्म्यहल;शमीहाल;Shmyhal
Yulia Svyrydenko | यूलिया स्विरिडेंको | UA | prime minister | प्रधानमंत्री | स्विरिडेंको;Svyrydenko
Oleksii Reznikov | ओलेक्सी रेजनिकोव | UA | former defence minister | पूर्व रक्षा मंत्री | रेजनिकोव;Reznikov;Oleksiy Reznikov
Oleksandr Syrskyi | ओलेक्सांद्र सिर्स्की | UA | commander-in-chief of the armed forces | | सिर्स्की;Syrskyi;Syrsky
Valerii Zaluzhnyi | वालेरी जालुझनी | UA | ambassador to the united kingdom | | जालुझनी;Zaluzhnyi;Zaluzhny
# ---------------- China ----------------
Xi Jinping | शी जिनपिंग | CN | president | राष्ट्रपति | शी चिनफिंग;शी जिंगपिंग;जिनपिंग;चिनफिंग;Jinping;President Xi | Q15031
Li Qiang | ली कियांग | CN | premier | प्रधानमंत्री | ली क्यांग;ली छियांग;Premier Li Qiang
Li Keqiang | ली केकियांग | CN | former premier | पूर्व प्रधानमंत्री | ली केचियांग
Wang Yi | वांग यी | CN | foreign minister | विदेश मंत्री |
Dong Jun | डोंग जुन | CN | defence minister | रक्षा मंत्री | डोंग जून;तोंग चुन
Li Shangfu | ली शांगफू | CN | former defence minister | पूर्व रक्षा मंत्री | ली शांगफु
Wei Fenghe | वेई फेंगहे | CN | former defence minister | पूर्व रक्षा मंत्री | वेई फेंघे;जनरल वेई फेंगहे
Qin Gang | किन गांग | CN | former foreign minister | पूर्व विदेश मंत्री | छिन कांग;चिन गांग
Zhang Youxia | झांग यूक्सिया | CN | vice chairman of the central military commission | केंद्रीय सैन्य आयोग के उपाध्यक्ष | झांग योउशिया;Zhang Yuxia
Han Zheng | हान झेंग | CN | vice president | उपराष्ट्रपति | हान चंग
Xu Feihong | शू फेइहोंग | CN | ambassador to india | भारत में चीन के राजदूत | जू फेइहोंग
Sun Weidong | सुन वेइदोंग | CN | vice foreign minister | उप विदेश मंत्री | सुन वीदोंग
Mao Ning | माओ निंग | CN | foreign ministry spokesperson | विदेश मंत्रालय की प्रवक्ता |
Lin Jian | लिन जियान | CN | foreign ministry spokesperson | विदेश मंत्रालय के प्रवक्ता |
Wang Wenbin | वांग वेनबिन | CN | former foreign ministry spokesperson | |
Zhang Xiaogang | झांग शियाओगांग | CN | defence ministry spokesperson | रक्षा मंत्रालय के प्रवक्ता |
Mao Zedong | माओ त्से तुंग | CN | founder of the people's republic | | माओत्से तुंग;माओ ज़ेडॉन्ग;माओ जेडांग;Mao Tse-tung
# ---------------- United States ----------------
Donald Trump | डोनाल्ड ट्रंप | US | president | राष्ट्रपति | डोनाल्ड ट्रम्प;डॉनल्ड ट्रंप;डोनॉल्ड ट्रंप;ट्रंप;ट्रम्प;Trump;President Trump;Donald J. Trump | Q22686
Joe Biden | जो बाइडन | US | former president | पूर्व राष्ट्रपति | जो बाइडेन;जो बिडेन;बाइडन;बाइडेन;बिडेन;Biden;Joseph Biden;Joseph R. Biden | Q6279
Barack Obama | बराक ओबामा | US | former president | पूर्व राष्ट्रपति | ओबामा;Obama | Q76
JD Vance | जेडी वेंस | US | vice president | उपराष्ट्रपति | जे.डी. वेंस;जेडी वैंस;वेंस;वैंस;J.D. Vance;JD Vance;James David Vance;Vance
Kamala Harris | कमला हैरिस | US | former vice president | पूर्व उपराष्ट्रपति | 
Marco Rubio | मार्को रुबियो | US | foreign minister | विदेश मंत्री | रुबियो;Rubio
Antony Blinken | एंटनी ब्लिंकन | US | former foreign minister | पूर्व विदेश मंत्री | एंटोनी ब्लिंकन;ब्लिंकन;Blinken;Tony Blinken
Pete Hegseth | पीट हेगसेथ | US | defence minister | रक्षा मंत्री | पीट हेगसेत;हेगसेथ;Hegseth
Lloyd Austin | लॉयड ऑस्टिन | US | former defence minister | पूर्व रक्षा मंत्री | लॉयड जे. ऑस्टिन;लॉयड ऑस्टीन;Lloyd J. Austin
Mark Esper | मार्क एस्पर | US | former defence minister | पूर्व रक्षा मंत्री | एस्पर;Esper
Jim Mattis | जिम मैटिस | US | former defence minister | पूर्व रक्षा मंत्री | जेम्स मैटिस;मैटिस;James Mattis;Mattis
Mike Pompeo | माइक पोम्पियो | US | former foreign minister | पूर्व विदेश मंत्री | माइक पॉम्पियो;पोम्पियो;Pompeo
Jake Sullivan | जेक सुलिवन | US | former national security adviser | पूर्व राष्ट्रीय सुरक्षा सलाहकार |
Mike Waltz | माइक वॉल्ट्ज | US | ambassador to the united nations | संयुक्त राष्ट्र में राजदूत | माइक वाल्ट्ज;वॉल्ट्ज;Waltz
Tulsi Gabbard | तुलसी गबार्ड | US | director of national intelligence | राष्ट्रीय खुफिया निदेशक | तुलसी गैबार्ड;गबार्ड;Gabbard
Kash Patel | काश पटेल | US | fbi director | एफबीआई निदेशक |
Dan Caine | डैन केन | US | chairman of the joint chiefs of staff | ज्वाइंट चीफ्स ऑफ स्टाफ के अध्यक्ष | Gen Dan Caine
Mark Milley | मार्क मिले | US | former chairman of the joint chiefs of staff | | Milley
Eric Garcetti | एरिक गार्सेटी | US | former ambassador to india | भारत में अमेरिका के पूर्व राजदूत | गार्सेटी;Garcetti
Sergio Gor | सर्जियो गोर | US | ambassador to india | भारत में अमेरिका के राजदूत |
Elon Musk | एलन मस्क | US | businessman | उद्योगपति | एलोन मस्क;मस्क;Musk
Hillary Clinton | हिलेरी क्लिंटन | US | former foreign minister | पूर्व विदेश मंत्री |
Bill Clinton | बिल क्लिंटन | US | former president | पूर्व राष्ट्रपति |
George W. Bush | जॉर्ज डब्ल्यू. बुश | US | former president | पूर्व राष्ट्रपति | जॉर्ज बुश;George Bush;George W Bush
Steve Witkoff | स्टीव विटकॉफ | US | special envoy | विशेष दूत | विटकॉफ;Witkoff
Scott Bessent | स्कॉट बेसेंट | US | treasury secretary | वित्त मंत्री | बेसेंट;Bessent
Howard Lutnick | हॉवर्ड लुटनिक | US | commerce secretary | वाणिज्य मंत्री | लुटनिक;Lutnick
# ---------------- Pakistan ----------------
Shehbaz Sharif | शहबाज शरीफ | PK | prime minister | प्रधानमंत्री | शहबाज़ शरीफ़;शाहबाज शरीफ;शहबाज़ शरीफ;Shahbaz Sharif
Nawaz Sharif | नवाज शरीफ | PK | former prime minister | पूर्व प्रधानमंत्री | नवाज़ शरीफ़;नवाज़ शरीफ
Asif Ali Zardari | आसिफ अली जरदारी | PK | president | राष्ट्रपति | आसिफ अली ज़रदारी;Zardari
Khawaja Muhammad Asif | ख्वाजा आसिफ | PK | defence minister | रक्षा मंत्री | ख्वाजा मुहम्मद आसिफ;ख़्वाजा आसिफ़;Khawaja Asif
Ishaq Dar | इशाक डार | PK | deputy prime minister and foreign minister | उप प्रधानमंत्री और विदेश मंत्री | इसहाक डार;Mohammad Ishaq Dar
Asim Munir | आसिम मुनीर | PK | chief of army staff | सेना प्रमुख | असीम मुनीर;जनरल असीम मुनीर;फील्ड मार्शल असीम मुनीर;जनरल आसिम मुनीर;मुनीर;Munir;General Asim Munir;Field Marshal Asim Munir
Imran Khan | इमरान खान | PK | former prime minister | पूर्व प्रधानमंत्री | इमरान ख़ान
Bilawal Bhutto Zardari | बिलावल भुट्टो जरदारी | PK | chairman of the pakistan peoples party | | बिलावल भुट्टो;बिलावल;Bilawal Bhutto;Bilawal
Qamar Javed Bajwa | कमर जावेद बाजवा | PK | former chief of army staff | पूर्व सेना प्रमुख | क़मर जावेद बाजवा
Sahir Shamshad Mirza | साहिर शमशाद मिर्जा | PK | chairman of the joint chiefs of staff committee | | साहिर शमशाद मिर्ज़ा
Asim Malik | असीम मलिक | PK | national security adviser and isi chief | राष्ट्रीय सुरक्षा सलाहकार | लेफ्टिनेंट जनरल असीम मलिक;Muhammad Asim Malik
Mohsin Naqvi | मोहसिन नकवी | PK | interior minister | गृह मंत्री | मोहसिन नक़वी
Arif Alvi | आरिफ अल्वी | PK | former president | पूर्व राष्ट्रपति | आरिफ़ अल्वी
Shah Mahmood Qureshi | शाह महमूद कुरैशी | PK | former foreign minister | पूर्व विदेश मंत्री | शाह महमूद क़ुरैशी;Shah Mehmood Qureshi
Hafiz Saeed | हाफिज सईद | PK | terrorist leader | आतंकवादी सरगना | हाफ़िज़ सईद;Hafiz Muhammad Saeed
Masood Azhar | मसूद अजहर | PK | terrorist leader | आतंकवादी सरगना | मसूद अज़हर;Maulana Masood Azhar
# ---------------- Central Asia (SCO) ----------------
Kassym-Jomart Tokayev | कासिम-जोमार्ट तोकायेव | KZ | president | राष्ट्रपति | कासिम जोमार्ट तोकायेव;कासिम-जोमार्त तोकायेव;कासिम-जोमार्त टोकायेव;तोकायेव;टोकायेव;Tokayev;Kassym Jomart Tokayev
Olzhas Bektenov | ओलझास बेक्तेनोव | KZ | prime minister | प्रधानमंत्री | बेक्तेनोव;Bektenov
Ruslan Zhaksylykov | रुस्लान झाक्सिलिकोव | KZ | defence minister | रक्षा मंत्री | रुस्लान जाक्सिलिकोव;रुसलान झाक्सिलिकोव;झाक्सिलिकोव;जाक्सिलिकोव;Zhaksylykov
Murat Nurtleu | मुरात नुर्तलेउ | KZ | former foreign minister | पूर्व विदेश मंत्री | नुर्तलेउ;Nurtleu
Yermek Kosherbayev | येरमेक कोशेरबायेव | KZ | foreign minister | विदेश मंत्री | कोशेरबायेव;Kosherbayev
Nursultan Nazarbayev | नूरसुल्तान नजरबायेव | KZ | former president | पूर्व राष्ट्रपति | नूरसुल्तान नज़रबायेव;नजरबायेव;नज़रबायेव;Nazarbayev
Sadyr Japarov | सदिर जापारोव | KG | president | राष्ट्रपति | सादिर जापारोव;सदीर जापारोव;Zhaparov;Sadyr Zhaparov
Adylbek Kasymaliev | आदिलबेक कासिमालियेव | KG | chairman of the cabinet of ministers | मंत्रिमंडल के अध्यक्ष | कासिमालियेव;Kasymaliev
Ruslan Mukambetov | रुस्लान मुकमबेतोव | KG | defence minister | रक्षा मंत्री | मुकमबेतोव;Mukambetov
Baktybek Bekbolotov | बक्तिबेक बेकबोलोतोव | KG | former defence minister | पूर्व रक्षा मंत्री | बेकबोलोटोव;बक्तिबेक बेकबोलोटोव;बेकबोलोतोव;बेकबोलोटोव;Bekbolotov
Zheenbek Kulubaev | झीनबेक कुलुबायेव | KG | foreign minister | विदेश मंत्री | कुलुबायेव;Kulubaev
Emomali Rahmon | इमोमाली रहमोन | TJ | president | राष्ट्रपति | इमोमाली रहमान;रहमोन;Rahmon;Emomali Rakhmon
Kokhir Rasulzoda | कोखिर रसूलजोदा | TJ | prime minister | प्रधानमंत्री | रसूलजोदा;Rasulzoda;Qohir Rasulzoda
Sherali Mirzo | शेराली मिर्जो | TJ | defence minister | रक्षा मंत्री | शेराली मिर्ज़ो;कर्नल जनरल शेराली मिर्जो;Colonel General Sherali Mirzo
Sirojiddin Muhriddin | सिरोजिद्दीन मुहरिद्दीन | TJ | foreign minister | विदेश मंत्री | मुहरिद्दीन;Muhriddin
Shavkat Mirziyoyev | शवकत मिर्जियोयेव | UZ | president | राष्ट्रपति | शौकत मिर्जियोयेव;शवकत मिर्ज़ियोयेव;शवकत मिर्जियोएव;मिर्जियोयेव;मिर्ज़ियोयेव;Mirziyoyev;Shavkat Mirziyoev
Abdulla Aripov | अब्दुल्ला अरिपोव | UZ | prime minister | प्रधानमंत्री | अरिपोव;Aripov
Bakhodir Kurbanov | बखोदिर कुर्बानोव | UZ | defence minister | रक्षा मंत्री | बखोदिर कुरबानोव;लेफ्टिनेंट जनरल बखोदिर कुर्बानोव;कुर्बानोव;कुरबानोव;Kurbanov;Bakhodir Kurbonov
Bakhtiyor Saidov | बख्तियोर सैदोव | UZ | foreign minister | विदेश मंत्री | सैदोव;Saidov
Serdar Berdimuhamedow | सर्दार बर्दीमुहामेदोव | TM | president | राष्ट्रपति | बर्दीमुहामेदोव;Berdimuhamedow;Serdar Berdimuhamedov
# ---------------- Iran ----------------
Masoud Pezeshkian | मसूद पेजेशकियान | IR | president | राष्ट्रपति | मसूद पेज़ेश्कियान;मसूद पेजेश्कियन;पेजेशकियान;पेज़ेश्कियान;Pezeshkian
Ali Khamenei | अली खामेनेई | IR | supreme leader | सर्वोच्च नेता | आयतुल्ला अली खामेनेई;आयतोल्लाह खामेनेई;अयातुल्ला खामेनेई;खामेनेई;ख़ामेनेई;Khamenei;Ayatollah Ali Khamenei
Ebrahim Raisi | इब्राहिम रईसी | IR | former president | पूर्व राष्ट्रपति | इब्राहीम रईसी;रईसी;Raisi
Hassan Rouhani | हसन रूहानी | IR | former president | पूर्व राष्ट्रपति | रूहानी;Rouhani
Abbas Araghchi | अब्बास अराघची | IR | foreign minister | विदेश मंत्री | अब्बास अराक़ची;अब्बास अराकची;अराघची;अराकची;Araghchi;Araqchi
Hossein Amir-Abdollahian | हुसैन अमीर-अब्दुल्लाहियन | IR | former foreign minister | पूर्व विदेश मंत्री | होसैन अमीर-अब्दुल्लाहियान;हुसैन अमीर अब्दुल्लाहियन;अब्दुल्लाहियन;Amir-Abdollahian;Amirabdollahian
Mohammad Javad Zarif | मोहम्मद जवाद जरीफ | IR | former foreign minister | पूर्व विदेश मंत्री | जवाद जरीफ;जवाद ज़रीफ़;जरीफ;Zarif;Javad Zarif
Aziz Nasirzadeh | अजीज नासिरजादेह | IR | defence minister | रक्षा मंत्री | अज़ीज़ नासिरज़ादेह;नासिरजादेह;Nasirzadeh
Mohammad Reza Ashtiani | मोहम्मद रजा अश्तियानी | IR | former defence minister | पूर्व रक्षा मंत्री | अश्तियानी;Ashtiani;Mohammad-Reza Gharaei Ashtiani
Ali Larijani | अली लारीजानी | IR | secretary of the supreme national security council | | लारीजानी;Larijani
# ---------------- Belarus ----------------
Alexander Lukashenko | अलेक्जेंडर लुकाशेंको | BY | president | राष्ट्रपति | अलेक्सांद्र लुकाशेंको;अलेक्जेंडर लुकाशेन्को;लुकाशेंको;लुकाशेन्को;Lukashenko;Aleksandr Lukashenko;Alyaksandr Lukashenka
Viktor Khrenin | विक्टर ख्रेनिन | BY | defence minister | रक्षा मंत्री | विक्टर ख्रेनिन;ख्रेनिन;ख़्रेनिन;Khrenin;Lieutenant General Viktor Khrenin
Maxim Ryzhenkov | मैक्सिम रिजेनकोव | BY | foreign minister | विदेश मंत्री | रिजेनकोव;Ryzhenkov
Alexander Turchin | अलेक्जेंडर तुर्चिन | BY | prime minister | प्रधानमंत्री | तुर्चिन;Turchin
# ---------------- BRICS and others ----------------
Luiz Inacio Lula da Silva | लुइज इनासियो लूला दा सिल्वा | BR | president | राष्ट्रपति | लुइज़ इनासियो लूला दा सिल्वा;लूला दा सिल्वा;लुला दा सिल्वा;लूला;लुला;Lula da Silva;Lula;Luiz Inácio Lula da Silva
Jair Bolsonaro | जायर बोल्सोनारो | BR | former president | पूर्व राष्ट्रपति | बोलसोनारो;बोल्सोनारो;Bolsonaro
Jose Mucio | जोस मुसियो | BR | defence minister | रक्षा मंत्री | José Múcio;José Múcio Monteiro
Mauro Vieira | माउरो विएरा | BR | foreign minister | विदेश मंत्री |
Cyril Ramaphosa | सिरिल रामाफोसा | ZA | president | राष्ट्रपति | सिरिल रामफोसा;रामाफोसा;रामफोसा;Ramaphosa
Angie Motshekga | एंजी मोत्शेक्गा | ZA | defence minister | रक्षा मंत्री | Motshekga
Ronald Lamola | रोनाल्ड लामोला | ZA | foreign minister | विदेश मंत्री | लामोला;Lamola
Naledi Pandor | नालेदी पंडोर | ZA | former foreign minister | पूर्व विदेश मंत्री | Pandor
Abdel Fattah el-Sisi | अब्देल फतह अल-सीसी | EG | president | राष्ट्रपति | अब्दुल फतह अल-सीसी;अब्देल फत्ताह अल-सीसी;अब्देल फतह अल सीसी;अल-सीसी;Abdel Fattah al-Sisi;el-Sisi;al-Sisi
Mostafa Madbouly | मुस्तफा मदबौली | EG | prime minister | प्रधानमंत्री | मदबौली;Madbouly
Badr Abdelatty | बद्र अब्देलत्ती | EG | foreign minister | विदेश मंत्री | Abdelatty
Abdel Mageed Saqr | अब्देल मगीद सक्र | EG | defence minister | रक्षा मंत्री | Abdel Meguid Saqr
Abiy Ahmed | अबी अहमद | ET | prime minister | प्रधानमंत्री | अबिय अहमद;अबी अहमद अली;Abiy Ahmed Ali
Taye Atske Selassie | ताये अत्स्के सेलासी | ET | president | राष्ट्रपति |
Mohamed bin Zayed Al Nahyan | मोहम्मद बिन जायद अल नाहयान | AE | president | राष्ट्रपति | मोहम्मद बिन जायद;मोहम्मद बिन ज़ायद;शेख मोहम्मद बिन जायद;Mohamed bin Zayed;Mohammed bin Zayed;MBZ
Abdullah bin Zayed Al Nahyan | अब्दुल्ला बिन जायद अल नाहयान | AE | foreign minister | विदेश मंत्री | अब्दुल्ला बिन जायद;शेख अब्दुल्ला बिन जायद;Abdullah bin Zayed
Mohammed bin Rashid Al Maktoum | मोहम्मद बिन राशिद अल मकतूम | AE | vice president and prime minister | उपराष्ट्रपति और प्रधानमंत्री | मोहम्मद बिन राशिद;Mohammed bin Rashid
Prabowo Subianto | प्रबोवो सुबियांतो | ID | president | राष्ट्रपति | प्राबोवो सुबियांतो;प्रबोवो सुबियान्टो;प्रबोवो;Prabowo
Joko Widodo | जोको विडोडो | ID | former president | पूर्व राष्ट्रपति | जोको विदोदो;जोकोवी;Jokowi
Sjafrie Sjamsoeddin | सजाफ्री सजामसोएद्दीन | ID | defence minister | रक्षा मंत्री | Sjafrie
Sugiono | सुगियोनो | ID | foreign minister | विदेश मंत्री |
Mohammed bin Salman | मोहम्मद बिन सलमान | SA | crown prince and prime minister | क्राउन प्रिंस और प्रधानमंत्री | क्राउन प्रिंस मोहम्मद बिन सलमान;MBS;Crown Prince Mohammed bin Salman
Salman bin Abdulaziz Al Saud | सलमान बिन अब्दुलअजीज अल सऊद | SA | king | शाह | किंग सलमान;King Salman
Faisal bin Farhan Al Saud | फैसल बिन फरहान | SA | foreign minister | विदेश मंत्री | Faisal bin Farhan
Tamim bin Hamad Al Thani | तमीम बिन हमद अल थानी | QA | emir | अमीर | शेख तमीम बिन हमद अल थानी;Sheikh Tamim bin Hamad Al Thani
# ---------------- Neighbours ----------------
K. P. Sharma Oli | के. पी. शर्मा ओली | NP | former prime minister | पूर्व प्रधानमंत्री | केपी शर्मा ओली;के पी शर्मा ओली;KP Sharma Oli;K.P. Sharma Oli
Sushila Karki | सुशीला कार्की | NP | interim prime minister | अंतरिम प्रधानमंत्री |
Pushpa Kamal Dahal | पुष्प कमल दहल | NP | former prime minister | पूर्व प्रधानमंत्री | पुष्पकमल दहल;Prachanda
Muhammad Yunus | मुहम्मद यूनुस | BD | chief adviser of the interim government | अंतरिम सरकार के मुख्य सलाहकार | मोहम्मद यूनुस;यूनुस;Yunus;Mohammad Yunus
Sheikh Hasina | शेख हसीना | BD | former prime minister | पूर्व प्रधानमंत्री | शेख़ हसीना;Sheikh Hasina Wazed
Anura Kumara Dissanayake | अनुरा कुमारा दिसानायके | LK | president | राष्ट्रपति | अनुरा कुमार दिसानायके;दिसानायके;Dissanayake;Anura Kumara Dissanayaka
Ranil Wickremesinghe | रानिल विक्रमसिंघे | LK | former president | पूर्व राष्ट्रपति | विक्रमसिंघे;Wickremesinghe
Mohamed Muizzu | मोहम्मद मुइज्जू | MV | president | राष्ट्रपति | मोहम्मद मुइज़्ज़ू;मुइज्जू;मुइज़्ज़ू;Muizzu
Tshering Tobgay | त्शेरिंग तोबगे | BT | prime minister | प्रधानमंत्री | शेरिंग तोबगे;तोबगे;Tobgay
Jigme Khesar Namgyel Wangchuck | जिग्मे खेसर नामग्याल वांगचुक | BT | king | राजा | जिग्मे खेसर नामग्येल वांगचुक;Jigme Khesar Namgyel Wangchuk
Amir Khan Muttaqi | अमीर खान मुत्ताकी | AF | taliban foreign minister | तालिबान सरकार के विदेश मंत्री | आमिर खान मुत्ताकी;मुत्ताकी;Muttaqi
Min Aung Hlaing | मिन आंग ह्लाइंग | MM | military leader | सैन्य शासक | मिन आंग लाइंग;Senior General Min Aung Hlaing
Kim Jong Un | किम जोंग उन | KP | supreme leader | सर्वोच्च नेता | किम जोंग-उन;किम जोंग-उन;Kim Jong-un
Lee Jae-myung | ली जे-म्युंग | KR | president | राष्ट्रपति | ली जे म्युंग;Lee Jae Myung
# ---------------- Europe, Asia-Pacific, Middle East ----------------
Keir Starmer | कीर स्टार्मर | GB | prime minister | प्रधानमंत्री | स्टार्मर;Starmer
Rishi Sunak | ऋषि सुनक | GB | former prime minister | पूर्व प्रधानमंत्री | सुनक;Sunak
Boris Johnson | बोरिस जॉनसन | GB | former prime minister | पूर्व प्रधानमंत्री |
David Lammy | डेविड लैमी | GB | deputy prime minister | उप प्रधानमंत्री | Lammy
Yvette Cooper | यवेट कूपर | GB | foreign minister | विदेश मंत्री |
John Healey | जॉन हीली | GB | defence minister | रक्षा मंत्री |
King Charles III | किंग चार्ल्स तृतीय | GB | king | राजा | किंग चार्ल्स;चार्ल्स तृतीय;King Charles;Charles III
Emmanuel Macron | इमैनुएल मैक्रों | FR | president | राष्ट्रपति | इमैनुएल मैक्रॉन;एमैनुएल मैक्रों;मैक्रों;मैक्रॉन;मैक्रोन;Macron
Sebastien Lecornu | सेबास्टियन लेकोर्नू | FR | prime minister | प्रधानमंत्री | लेकोर्नू;Lecornu;Sébastien Lecornu
Catherine Vautrin | कैथरीन वॉट्रिन | FR | defence minister | रक्षा मंत्री | Vautrin
Friedrich Merz | फ्रेडरिक मर्ज | DE | chancellor | चांसलर | फ्रेडरिक मर्ज़;फ्रीडरिक मैर्त्स;Merz
Olaf Scholz | ओलाफ शोल्ज | DE | former chancellor | पूर्व चांसलर | ओलाफ शोल्ज़;शोल्ज;शोल्ज़;Scholz
Angela Merkel | एंजेला मर्केल | DE | former chancellor | पूर्व चांसलर | मर्केल;Merkel | Q567
Boris Pistorius | बोरिस पिस्टोरियस | DE | defence minister | रक्षा मंत्री | पिस्टोरियस;Pistorius
Giorgia Meloni | जॉर्जिया मेलोनी | IT | prime minister | प्रधानमंत्री | मेलोनी;Meloni
Sanae Takaichi | साने ताकाइची | JP | prime minister | प्रधानमंत्री | सनाए ताकाइची;ताकाइची;Takaichi
Shigeru Ishiba | शिगेरु इशिबा | JP | former prime minister | पूर्व प्रधानमंत्री | शिगेरू इशिबा;इशिबा;Ishiba
Fumio Kishida | फुमियो किशिदा | JP | former prime minister | पूर्व प्रधानमंत्री | किशिदा;Kishida
Shinzo Abe | शिंजो आबे | JP | former prime minister | पूर्व प्रधानमंत्री | शिंज़ो आबे;Abe Shinzo
Anthony Albanese | एंथनी अल्बनीज | AU | prime minister | प्रधानमंत्री | एंथनी अल्बानीज;एंथनी अल्बनीज़;अल्बनीज;अल्बानीज;Albanese
Richard Marles | रिचर्ड मार्ल्स | AU | deputy prime minister and defence minister | उप प्रधानमंत्री और रक्षा मंत्री | मार्ल्स;Marles
Penny Wong | पेनी वोंग | AU | foreign minister | विदेश मंत्री |
Benjamin Netanyahu | बेंजामिन नेतन्याहू | IL | prime minister | प्रधानमंत्री | बेंजामिन नेतन्याहु;नेतन्याहू;नेतन्याहु;Netanyahu
Israel Katz | इजरायल काट्ज | IL | defence minister | रक्षा मंत्री | इज़राइल कैट्ज़;इजराइल काट्ज;Israel Katz
Recep Tayyip Erdogan | रेसेप तैयप एर्दोगन | TR | president | राष्ट्रपति | रजब तैयब एर्दोगन;रेचेप तैय्यप एर्दोआन;एर्दोगन;एर्दोआन;Erdogan;Erdoğan;Recep Tayyip Erdoğan
Hakan Fidan | हकान फिदान | TR | foreign minister | विदेश मंत्री | Fidan
Mark Rutte | मार्क रुटे | NATO | secretary-general | महासचिव | रुटे;Rutte
Jens Stoltenberg | जेंस स्टोल्टेनबर्ग | NATO | former secretary-general | पूर्व महासचिव | स्टोल्टेनबर्ग;Stoltenberg
Ursula von der Leyen | उर्सुला वॉन डेर लेयेन | EU | president of the european commission | यूरोपीय आयोग की अध्यक्ष | उर्सुला वॉन डेर लायन;वॉन डेर लेयेन;von der Leyen
Kaja Kallas | काजा कालास | EU | high representative for foreign affairs | विदेश मामलों की उच्च प्रतिनिधि | काया कल्लास;कालास;Kallas
Antonio Guterres | एंटोनियो गुटेरेस | UN | secretary-general | महासचिव | एंतोनियो गुतारेस;एंटोनियो गुतेरेस;गुटेरेस;गुतारेस;गुतेरेस;António Guterres;Guterres | Q311440
Zhang Ming | झांग मिंग | SCO | former secretary-general | एससीओ के पूर्व महासचिव | जांग मिंग
Nurlan Yermekbayev | नूरलान येरमेकबायेव | SCO | secretary-general | एससीओ महासचिव | नुरलान येरमेकबायेव;येरमेकबायेव;Yermekbayev
Vladimir Norov | व्लादिमीर नोरोव | SCO | former secretary-general | एससीओ के पूर्व महासचिव | नोरोव;Norov
Dilma Rousseff | दिल्मा रूसेफ | BRICS | president of the new development bank | न्यू डेवलपमेंट बैंक की अध्यक्ष | डिल्मा रूसेफ;रूसेफ;Rousseff
Anwar Ibrahim | अनवर इब्राहिम | MY | prime minister | प्रधानमंत्री |
Lawrence Wong | लॉरेंस वोंग | SG | prime minister | प्रधानमंत्री |
Ferdinand Marcos Jr. | फर्डिनेंड मार्कोस जूनियर | PH | president | राष्ट्रपति | बोंगबोंग मार्कोस;Bongbong Marcos;Ferdinand Marcos Jr
Vladimir Padrino Lopez | व्लादिमीर पाद्रिनो लोपेज | VE | defence minister | रक्षा मंत्री |
Nicolas Maduro | निकोलस मादुरो | VE | president | राष्ट्रपति | मादुरो;Maduro;Nicolás Maduro
Javier Milei | जेवियर मिलेई | AR | president | राष्ट्रपति | मिलेई;Milei
Mark Carney | मार्क कार्नी | CA | prime minister | प्रधानमंत्री | Carney
Justin Trudeau | जस्टिन ट्रूडो | CA | former prime minister | पूर्व प्रधानमंत्री | ट्रूडो;Trudeau
Bola Tinubu | बोला टीनूबू | NG | president | राष्ट्रपति | Bola Ahmed Tinubu
Claudia Sheinbaum | क्लाउडिया शीनबाम | MX | president | राष्ट्रपति | Sheinbaum
Andrzej Duda | आंद्रेज डूडा | PL | former president | पूर्व राष्ट्रपति |
Viktor Orban | विक्टर ओरबान | HU | prime minister | प्रधानमंत्री | ओरबान;Orban;Viktor Orbán
Ilham Aliyev | इल्हाम अलीयेव | AZ | president | राष्ट्रपति | इल्हाम अलियेव;अलीयेव;Aliyev
Nikol Pashinyan | निकोल पाशिनयान | AM | prime minister | प्रधानमंत्री | पाशिनयान;Pashinyan
`;
