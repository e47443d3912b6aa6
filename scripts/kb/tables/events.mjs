// EVENTS (recurring named events, exercises, wars). Columns: en | hi | type | aliases (;)
export const events = `
SCO Defence Ministers' Meeting | एससीओ रक्षा मंत्रियों की बैठक | ministerial meeting | शंघाई सहयोग संगठन के रक्षा मंत्रियों की बैठक;एससीओ के रक्षा मंत्रियों की बैठक;एससीओ रक्षा मंत्री बैठक;एससीओ रक्षामंत्रियों की बैठक;SCO Defence Ministers Meeting;SCO Defense Ministers' Meeting;SCO Defence Ministers' Meet;SCO defence ministers' conclave
SCO Foreign Ministers' Meeting | एससीओ विदेश मंत्रियों की बैठक | ministerial meeting | शंघाई सहयोग संगठन के विदेश मंत्रियों की बैठक;एससीओ के विदेश मंत्रियों की बैठक;SCO Foreign Ministers Meeting;SCO Council of Foreign Ministers
SCO NSA Meeting | एससीओ एनएसए बैठक | ministerial meeting | एससीओ राष्ट्रीय सुरक्षा सलाहकारों की बैठक;SCO National Security Advisers' Meeting;Meeting of SCO Security Council Secretaries
SCO Summit | एससीओ शिखर सम्मेलन | summit | शंघाई सहयोग संगठन शिखर सम्मेलन;एससीओ समिट;एससीओ सम्मेलन;SCO summit;SCO Heads of State Council;Shanghai Cooperation Organisation Summit
BRICS Summit | ब्रिक्स शिखर सम्मेलन | summit | ब्रिक्स समिट;ब्रिक्स सम्मेलन;BRICS summit
G20 Summit | जी20 शिखर सम्मेलन | summit | जी-20 शिखर सम्मेलन;जी20 समिट;जी-20 सम्मेलन;जी20 सम्मेलन;G-20 Summit;G20 summit
G7 Summit | जी7 शिखर सम्मेलन | summit | जी-7 शिखर सम्मेलन;G-7 Summit
Quad Summit | क्वाड शिखर सम्मेलन | summit | क्वाड समिट;Quad Leaders' Summit
ASEAN Summit | आसियान शिखर सम्मेलन | summit | आसियान समिट;ASEAN summit
ADMM-Plus Meeting | एडीएमएम-प्लस बैठक | ministerial meeting | एडीएमएम प्लस बैठक;ADMM-Plus meeting;ADMM Plus meeting
India-Russia Annual Summit | भारत-रूस वार्षिक शिखर सम्मेलन | summit | भारत-रूस शिखर सम्मेलन;भारत रूस वार्षिक शिखर सम्मेलन;India-Russia summit;India–Russia Annual Summit;Annual India-Russia Summit
IRIGC-M&MTC Session | आईआरआईजीसी-एमएंडएमटीसी बैठक | intergovernmental commission session | आईआरआईजीसी-एमएंडएमटीसी सत्र;भारत-रूस अंतर सरकारी आयोग की बैठक;भारत-रूस अंतर-सरकारी आयोग की बैठक;अंतर सरकारी आयोग की बैठक;IRIGC-M&MTC meeting;IRIGC-M&MTC session;meeting of the IRIGC-M&MTC
India-Russia 2+2 Dialogue | भारत-रूस 2+2 वार्ता | ministerial dialogue | भारत-रूस टू प्लस टू वार्ता;भारत-रूस 2+2 संवाद;India-Russia 2+2 ministerial dialogue
India-US 2+2 Dialogue | भारत-अमेरिका 2+2 वार्ता | ministerial dialogue | भारत-अमेरिका टू प्लस टू वार्ता;भारत-अमेरिका 2+2 संवाद;India-US 2+2 ministerial dialogue
2+2 Dialogue | 2+2 वार्ता | ministerial dialogue | टू प्लस टू वार्ता;2+2 संवाद;2+2 मंत्रिस्तरीय वार्ता;2+2 मंत्रीस्तरीय वार्ता;2+2 मंत्रिस्तरीय संवाद;टू प्लस टू मंत्रिस्तरीय वार्ता;टू प्लस टू डायलॉग;2+2 ministerial dialogue;two-plus-two dialogue
Victory Day Parade | विजय दिवस परेड | parade | मॉस्को विजय दिवस परेड;विक्ट्री डे परेड;Victory Day parade;Moscow Victory Day Parade
Republic Day Parade | गणतंत्र दिवस परेड | parade | Republic Day parade
Army Forum | आर्मी फोरम | defence exhibition | आर्मी-2018;आर्मी-2019;आर्मी-2020;आर्मी-2021;आर्मी-2022;आर्मी-2024;Army-2018;Army-2019;Army-2020;Army-2021;Army-2022;Army-2023;आर्मी-2023;आर्मी 2024 फोरम;Army-2024;Army-2024 forum;Army 2024;International Military-Technical Forum Army
Aero India | एयरो इंडिया | air show | एयरो इंडिया शो;एयरो इंडिया 2025;Aero India 2025;Aero India show
DefExpo | डेफएक्सपो | defence exhibition | डिफेंस एक्सपो;डेफ एक्सपो;Defence Expo;DefExpo 2022
MAKS Air Show | मैक्स एयर शो | air show | MAKS;MAKS airshow
Raisina Dialogue | रायसीना डायलॉग | conference | रायसीना संवाद;रायसीना डायलॉग 2025;Raisina Dialogue 2025
Shangri-La Dialogue | शांगरी-ला डायलॉग | conference | शांगरी ला डायलॉग;शांग्री-ला डायलॉग;Shangri La Dialogue
Munich Security Conference | म्यूनिख सुरक्षा सम्मेलन | conference | म्यूनिख सिक्योरिटी कॉन्फ्रेंस;MSC
Moscow Conference on International Security | अंतरराष्ट्रीय सुरक्षा पर मॉस्को सम्मेलन | conference | मॉस्को सुरक्षा सम्मेलन;Moscow Security Conference
Eastern Economic Forum | पूर्वी आर्थिक मंच | forum | ईस्टर्न इकोनॉमिक फोरम;ईईएफ;EEF
St. Petersburg International Economic Forum | सेंट पीटर्सबर्ग अंतरराष्ट्रीय आर्थिक मंच | forum | सेंट पीटर्सबर्ग इंटरनेशनल इकोनॉमिक फोरम;एसपीआईईएफ;SPIEF;St Petersburg International Economic Forum
UN General Assembly Session | संयुक्त राष्ट्र महासभा सत्र | session | UNGA session
Exercise INDRA | इंद्र अभ्यास | military exercise | इंद्र सैन्य अभ्यास;अभ्यास इंद्र;इंद्र-2025;इंद्र नौसैनिक अभ्यास;INDRA exercise;Exercise Indra;INDRA-2025;INDRA Navy
Exercise Zapad | जापद अभ्यास | military exercise | जापद-2025;ज़ापद;जापाद;Zapad-2025;Zapad exercise;Zapad 2025
Exercise Vostok | वोस्तोक अभ्यास | military exercise | वोस्तोक-2022;वोस्तोक सैन्य अभ्यास;Vostok-2022;Vostok exercise
Exercise Tsentr | त्सेंट्र अभ्यास | military exercise | Tsentr-2019;Center-2019
Peace Mission | पीस मिशन अभ्यास | military exercise | एससीओ पीस मिशन;Peace Mission exercise;SCO Peace Mission
Exercise Malabar | मालाबार अभ्यास | military exercise | मालाबार नौसैनिक अभ्यास;Malabar exercise;Exercise Malabar 2025
Exercise Yudh Abhyas | | military exercise | Yudh Abhyas;Yudh Abhyas exercise
Exercise Garuda | गरुड़ अभ्यास | military exercise | Garuda exercise
Exercise Varuna | वरुण अभ्यास | military exercise | Varuna exercise
Exercise Tarang Shakti | तरंग शक्ति अभ्यास | military exercise | तरंग शक्ति;Tarang Shakti
Operation Sindoor | ऑपरेशन सिंदूर | military operation | ऑपरेशन सिन्दूर;ऑप सिंदूर;Op Sindoor
Operation Ganga | ऑपरेशन गंगा | evacuation operation |
Russia-Ukraine war | रूस-यूक्रेन युद्ध | war | रूस यूक्रेन युद्ध;यूक्रेन युद्ध;यूक्रेन संघर्ष;रूस-यूक्रेन संघर्ष;Ukraine war;war in Ukraine;Russia–Ukraine war
Kargil War | कारगिल युद्ध | war | करगिल युद्ध;कारगिल की जंग;Kargil war;Kargil conflict
Galwan Valley clash | गलवान घाटी झड़प | clash | गलवान झड़प;गलवान संघर्ष;Galwan clash
Pahalgam terror attack | पहलगाम आतंकी हमला | terror attack | पहलगाम हमला;पहलगाम आतंकवादी हमला;Pahalgam attack;Pahalgam terrorist attack
Pulwama attack | पुलवामा हमला | terror attack | पुलवामा आतंकी हमला;Pulwama terror attack
Balakot airstrike | बालाकोट एयरस्ट्राइक | military operation | बालाकोट हवाई हमला;Balakot air strike
World War II | द्वितीय विश्व युद्ध | war | दूसरा विश्व युद्ध;दूसरे विश्व युद्ध;द्वितीय विश्वयुद्ध;Second World War;WWII;WW2
Great Patriotic War | महान देशभक्तिपूर्ण युद्ध | war | ग्रेट पैट्रियटिक वॉर
Special Military Operation | विशेष सैन्य अभियान | military operation | स्पेशल मिलिट्री ऑपरेशन;special military operation
Victory Day | विजय दिवस | national day | Victory Day;Den Pobedy
Army Day Parade | सेना दिवस परेड | parade | Army Day parade
Beating Retreat | बीटिंग रिट्रीट | ceremony | बीटिंग रिट्रीट समारोह;Beating Retreat ceremony
AI Impact Summit | एआई इम्पैक्ट समिट | summit | एआई इंपैक्ट समिट;एआई इम्पैक्ट शिखर सम्मेलन;India AI Impact Summit
AI Safety Summit | एआई सेफ्टी समिट | summit | एआई सुरक्षा शिखर सम्मेलन;Bletchley AI Safety Summit
BIMSTEC Summit | बिम्सटेक शिखर सम्मेलन | summit | बिम्सटेक समिट;BIMSTEC summit
Indian Ocean Conference | हिंद महासागर सम्मेलन | conference | इंडियन ओशन कॉन्फ्रेंस
FIPIC Summit | फिपिक शिखर सम्मेलन | summit | फिपिक समिट;FIPIC summit;Forum for India-Pacific Islands Cooperation Summit
Exercise La Perouse | ला पेरोस अभ्यास | military exercise | ला पेरोस;ला पेरूस;La Perouse;La Pérouse
Exercise AustraHind | ऑस्ट्रा हिंद अभ्यास | military exercise | ऑस्ट्राहिंद;ऑस्ट्रा हिंद;AustraHind;Austra Hind
Exercise Veer Guardian | वीर गार्जियन अभ्यास | military exercise | वीर गार्जियन;Veer Guardian
East Asia Summit | पूर्वी एशिया शिखर सम्मेलन | summit | ईएएस;EAS
# ---------------- Coordinated patrols ----------------
India-Myanmar Coordinated Patrol | भारत-म्यांमार समन्वित गश्ती | coordinated patrol | इंडो-म्यांमार समन्वित गश्ती;भारत-म्यांमार समन्वित गश्त;आईएमसीओआर;IMCOR;Indo-Myanmar Coordinated Patrol
India-Bangladesh Coordinated Patrol | भारत-बांग्लादेश समन्वित गश्ती | coordinated patrol | भारत-बांग्लादेश कॉर्पेट;India-Bangladesh CORPAT;Indo-Bangladesh CORPAT
`;
