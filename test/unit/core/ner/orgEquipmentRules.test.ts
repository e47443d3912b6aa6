import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../../src/core/analyze';
import { createKnowledgeBase } from '../../../../src/core/kb/builtin';

/** The built-in knowledge base: these rules work with its companies, forces and demonyms. */
const kb = createKnowledgeBase();
const of = (label: string, text: string) => analyzeDocument(text, { kb }).entities.filter((e) => e.label === label).map((e) => e.text);
const equipment = (text: string) => of('EQUIPMENT', text);
const orgs = (text: string) => of('ORG', text);
const places = (text: string) => of('LOCATION', text);

describe('ner/equipment: designations written the ways news writes them', () => {
  it('सु- for सुखोई and a suffix glued to the number', () => {
    assert.deepEqual(equipment('स्क्वाड्रन के सु-30 एमकेआई विमान अभ्यास में उतरे।'), ['सु-30 एमकेआई']);
    assert.deepEqual(equipment('अल्जीरिया ने सुखोई-30एमकेए विमान खरीदे।'), ['सुखोई-30एमकेए']);
    assert.deepEqual(equipment('बेड़े में मिग-29के भी हैं।'), ['मिग-29के']);
  });

  it('a glued word that is no suffix keeps the designation out', () => {
    assert.deepEqual(equipment('सुखोई-30वाले विमान'), []);
  });

  it('project numbers with a dot or a letter; a bare year is no project', () => {
    assert.deepEqual(equipment('परियोजना 1241.8 के जहाज पुराने हो चुके हैं।'), ['परियोजना 1241.8']);
    assert.deepEqual(equipment('Work on Project 22350 ships continues.'), ['Project 22350']);
    assert.deepEqual(equipment('यह परियोजना 2030 तक पूरी होगी।'), []);
  });

  it('a class name (its separate class word outside, as the conventions say) when a vessel noun follows', () => {
    assert.deepEqual(equipment('ग्रिगोरोविच श्रेणी के दो फ्रिगेट तैयार हैं।'), ['ग्रिगोरोविच']);
    assert.deepEqual(equipment('The navy wants more Gorshkov-class frigates.'), ['Gorshkov-class']);
    assert.deepEqual(equipment('उच्च श्रेणी के जहाज'), []);
    assert.deepEqual(equipment('वे प्रथम श्रेणी के यात्री थे।'), []);
  });

  it('a Latin designation keeps its name word, not a following function word', () => {
    assert.deepEqual(equipment('Two MQ-4C Triton drones flew past.'), ['MQ-4C Triton']);
    assert.deepEqual(equipment('They bought the F-16 In 2019 deliveries began.'), ['F-16']);
  });

  it('a company and its model are one span', () => {
    assert.deepEqual(equipment('विमान में जीई एफ414 इंजन लगेंगे।'), ['जीई एफ414']);
    assert.deepEqual(orgs('विमान में जीई एफ414 इंजन लगेंगे।'), []);
    assert.deepEqual(equipment('Safran M88 engines power the jet.'), ['Safran M88']);
  });

  it('a contextual name is kept near defence words, not alone', () => {
    assert.deepEqual(equipment('वायुसेना के बेड़े में तेजस जल्द शामिल होगा।'), ['तेजस']);
    assert.deepEqual(equipment('उसका चेहरा तेजस से भरा था।'), []);
  });
});

describe('ner/orgs: forces named with a country adjective or a country', () => {
  it('one ORG over the adjective and the force noun', () => {
    assert.deepEqual(orgs('अभ्यास में इंडोनेशियाई मरीन कॉर्प्स के जवान शामिल हुए।'), ['इंडोनेशियाई मरीन कॉर्प्स']);
    assert.deepEqual(orgs('The Thailand Border Guard patrolled the river.'), ['Thailand Border Guard']);
    assert.deepEqual(places('The Thailand Border Guard patrolled the river.'), []);
  });

  it('a force noun with no country before it is not annotated', () => {
    assert.deepEqual(orgs('सीमा रक्षक बल के जवान तैनात हैं।'), []);
    assert.deepEqual(orgs('The border guard patrolled the river.'), []);
  });
});

describe('ner/orgs: diplomatic missions', () => {
  it('an embassy that acts is an ORG', () => {
    assert.deepEqual(orgs('भारतीय दूतावास ने एक बयान जारी किया।'), ['भारतीय दूतावास']);
    assert.deepEqual(orgs('भारतीय उच्चायोग के मुताबिक बैठक सफल रही।'), ['भारतीय उच्चायोग']);
  });

  it('an English embassy acts past "in <Place>" ("the Indian Embassy in Moscow said")', () => {
    assert.deepEqual(orgs('The Indian Embassy in Moscow said the talks were useful.'), ['Indian Embassy']);
    assert.deepEqual(orgs('The Indian Embassy in New Delhi Cantonment issued a statement.'), ['Indian Embassy']);
    assert.deepEqual(orgs('Visas are issued at the Indian Embassy in Moscow every day.'), []);
  });

  it('an embassy as a place is not', () => {
    assert.deepEqual(orgs('उन्होंने लीमा में भारतीय दूतावास खोलने का स्वागत किया।'), []);
    assert.deepEqual(places('उन्होंने लीमा में भारतीय दूतावास खोलने का स्वागत किया।'), ['लीमा']);
  });
});

describe('knowledge base: companies, joint ventures and regiments', () => {
  it('names them', () => {
    assert.deepEqual(orgs('इंडो-रशियन हेलीकॉप्टर्स लिमिटेड का गठन हुआ।'), ['इंडो-रशियन हेलीकॉप्टर्स लिमिटेड']);
    assert.deepEqual(orgs('Kalashnikov will supply the rifles.'), ['Kalashnikov']);
    assert.deepEqual(orgs('सेवमाश में पनडुब्बी बनी।'), ['सेवमाश']);
    assert.deepEqual(orgs('गढ़वाल राइफल्स और सिख रेजिमेंट के जवान।'), ['गढ़वाल राइफल्स', 'सिख रेजिमेंट']);
  });
});

describe('ner/orgs: the company sense of a weapon\'s name', () => {
  it('a company word after the name makes it the company', () => {
    assert.deepEqual(orgs('ब्रह्मोस के महानिदेशक ने संवाददाताओं से बात की।'), ['ब्रह्मोस']);
    assert.deepEqual(equipment('ब्रह्मोस के महानिदेशक ने संवाददाताओं से बात की।'), []);
    assert.deepEqual(orgs('The BrahMos CEO met the delegation.'), ['BrahMos']);
  });

  it('the weapon stays a weapon otherwise', () => {
    assert.deepEqual(equipment('ब्रह्मोस ने लक्ष्य को सटीकता से भेदा।'), ['ब्रह्मोस']);
    assert.deepEqual(orgs('ब्रह्मोस ने लक्ष्य को सटीकता से भेदा।'), []);
  });
});

describe('ner/orgs: shipyards and regiments named before their noun', () => {
  it('the name and the noun are one ORG', () => {
    assert.deepEqual(orgs('पोत का निर्माण सेवर्नाया शिपयार्ड में हुआ।'), ['सेवर्नाया शिपयार्ड']);
    assert.deepEqual(orgs('The frigate was built at the Baltic Shipyard last year.'), ['Baltic Shipyard']);
    assert.deepEqual(orgs('लद्दाख रेजिमेंट के जवान तैनात हैं।'), ['लद्दाख रेजिमेंट']);
  });

  it('a generic or numbered noun, and rifles as weapons, are not', () => {
    assert.deepEqual(orgs('इस शिपयार्ड में 13 शिपयार्ड से ज्यादा काम होता है।'), []);
    assert.deepEqual(orgs('सेना को एके-203 असॉल्ट राइफल्स मिलीं।'), []);
    assert.deepEqual(orgs('a russian shipyard'), []);
  });
});
