import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../../src/core/analyze';
import { KnowledgeBase } from '../../../../src/core/kb/knowledgeBase';
import type { EntitySpan, KbEntity } from '../../../../src/core/model';

// Places, round 5: regions with their type word, valleys and rivers named with दरिया, grounds / bridges / streets,
// ranges with a descriptive generic word, coordinated ports. Invented sentences; a small knowledge base of our own.
const ENTITIES: KbEntity[] = [
  { id: 'place/russia', label: 'LOCATION', name: { hi: 'रूस', en: 'Russia' }, aliases: [], attrs: { country: 'RU', type: 'country' } },
  { id: 'place/india', label: 'LOCATION', name: { hi: 'भारत', en: 'India' }, aliases: [], attrs: { country: 'IN', type: 'country' } },
  { id: 'place/tambov', label: 'LOCATION', name: { hi: 'ताम्बोव', en: 'Tambov' }, aliases: [], attrs: { country: 'RU', type: 'city' } },
  { id: 'place/pune', label: 'LOCATION', name: { hi: 'पुणे', en: 'Pune' }, aliases: [], attrs: { country: 'IN', type: 'city' } },
  { id: 'place/indian-ocean', label: 'LOCATION', name: { hi: 'हिंद महासागर', en: 'Indian Ocean' }, aliases: [], attrs: { type: 'sea' } },
  { id: 'place/bac-ninh', label: 'LOCATION', name: { hi: 'बाक निन्ह', en: 'Bac Ninh' }, aliases: [], attrs: { country: 'VN', type: 'region' } },
  { id: 'place/mongolia', label: 'LOCATION', name: { hi: 'मंगोलिया', en: 'Mongolia' }, aliases: [], attrs: { country: 'MN', type: 'country' } },
  { id: 'place/galwan', label: 'LOCATION', name: { hi: 'गलवान घाटी', en: 'Galwan Valley' }, aliases: [], attrs: { country: 'IN', type: 'region' } },
];
const kb = new KnowledgeBase(ENTITIES);

function locs(text: string): string[] {
  return analyzeDocument(text, { kb }).entities.filter((e: EntitySpan) => e.label === 'LOCATION').map((e) => e.text);
}

describe('places: round 5 general rules', () => {
  it('keeps the type word of a known province, leaves it out after an unknown name', () => {
    assert.deepEqual(locs('प्रतिनिधिमंडल बाक निन्ह प्रांत के दौरे पर गया।'), ['बाक निन्ह प्रांत']);
    assert.deepEqual(locs('प्रतिनिधिमंडल गुइझोउ प्रांत के दौरे पर गया।'), ['गुइझोउ']);
  });

  it('joins क्षेत्र to a known foreign city (a region named after its capital), never to a sea or an Indian city', () => {
    assert.deepEqual(locs('जवान ताम्बोव क्षेत्र में अभ्यास करेंगे।'), ['ताम्बोव क्षेत्र']);
    assert.deepEqual(locs('जहाज हिंद महासागर क्षेत्र में गश्त करेंगे।'), ['हिंद महासागर']);
    assert.deepEqual(locs('कंपनी पुणे क्षेत्र में कारखाना लगाएगी।'), ['पुणे']);
  });

  it('leaves घाटी out of an unknown valley, keeps a known one whole', () => {
    assert.deepEqual(locs('दल ने कराताग घाटी में पड़ाव डाला।'), ['कराताग']);
    assert.deepEqual(locs('सैनिक गलवान घाटी में तैनात थे।'), ['गलवान घाटी']);
  });

  it('keeps दरिया in a river name', () => {
    assert.deepEqual(locs('नहर वख़्श दरिया से निकलती है।'), ['वख़्श दरिया']);
  });

  it('finds grounds, bridges and streets by their own name, not common nouns', () => {
    assert.deepEqual(locs('रैली गांधी मैदान में हुई।'), ['गांधी मैदान']);
    assert.deepEqual(locs('काफिला दोस्ती पुल से गुजरा।').length, 0); // दोस्ती is an abstract noun, not a name
    assert.deepEqual(locs('काफिला अमन पुल से गुजरा।'), ['अमन पुल']);
    assert.deepEqual(locs('बच्चे फुटबॉल मैदान में खेल रहे थे।'), []);
  });

  it('leaves a descriptive range word out of the name', () => {
    assert.deepEqual(locs('टुकड़ी कापुस्तिन प्रशिक्षण मैदान पहुंची।'), ['कापुस्तिन']);
  });

  it('takes both ports in "<A> और <B> बंदरगाहों"', () => {
    assert.deepEqual(locs('जहाज वाडिनार और सिक्का बंदरगाहों में रुके।'), ['वाडिनार', 'सिक्का']);
  });

  it('does not take a country adjective in -आई for the country', () => {
    assert.deepEqual(locs('बैठक में मंगोलियाई पक्ष ने मंगोलिया के साथ सहयोग पर ज़ोर दिया।'), ['मंगोलिया']);
  });

  it('keeps पोर्ट / Port in a port named as such, not in a port authority', () => {
    assert.deepEqual(locs('जहाज ज़ोरबाक पोर्ट पहुंचा।'), ['ज़ोरबाक पोर्ट']);
    assert.deepEqual(locs('The ship docked at Zorbak Port.'), ['Zorbak Port']);
    assert.deepEqual(locs('The Zorbak Port Authority chairman spoke.'), []);
  });

  it('takes a Central Asian name in -दरिया / -darya, with its region word', () => {
    assert.deepEqual(locs('नहर ज़रावदरिया से पानी लेती है।'), ['ज़रावदरिया']);
    assert.deepEqual(locs('कारखाना ज़रावदरिया क्षेत्र में है।'), ['ज़रावदरिया क्षेत्र']);
    assert.deepEqual(locs('The plant is in Zaravdarya Region.'), ['Zaravdarya Region']);
    assert.deepEqual(locs('उसने दरिया पार किया।'), []);
  });

  it('takes an unknown town before ", <country>" after in/at/to/from', () => {
    assert.deepEqual(locs('The convoy stopped in Zorbak, Russia, for the night.'), ['Zorbak', 'Russia']);
    assert.deepEqual(locs('Officials from Zorbak, Russia and India met.'), ['Zorbak', 'Russia', 'India']);
    assert.deepEqual(locs('As Putin said, Russia will help.').includes('Putin'), false);
  });

  it('does not take a participle before a landform for its name', () => {
    assert.deepEqual(locs('भारत से सटी घाटी में बर्फ गिरी।'), ['भारत']);
    assert.deepEqual(locs('पहाड़ों से घिरा मैदान खाली था।'), []);
  });
});
