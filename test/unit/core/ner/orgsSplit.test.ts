import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../../src/core/analyze';
import { KnowledgeBase } from '../../../../src/core/kb/knowledgeBase';
import type { KbEntity } from '../../../../src/core/model';

const ENTITIES: KbEntity[] = [
  { id: 'org/asean', label: 'ORG', name: { hi: 'दक्षिण-पूर्व एशियाई राष्ट्र संघ', en: 'ASEAN' }, aliases: ['आसियान', 'दक्षिण-पूर्व एशियाई राष्ट्र संघ (आसियान)'] },
  { id: 'org/cochin', label: 'ORG', name: { hi: 'कोचीन शिपयार्ड', en: 'Cochin Shipyard' }, aliases: ['Cochin Shipyard'] },
  { id: 'place/india', label: 'LOCATION', name: { hi: 'भारत', en: 'India' }, aliases: [], attrs: { type: 'country', country: 'IN' } },
  { id: 'place/japan', label: 'LOCATION', name: { hi: 'जापान', en: 'Japan' }, aliases: [], attrs: { type: 'country', country: 'JP' } },
  { id: 'event/two-plus-two', label: 'EVENT', name: { hi: '2+2 वार्ता', en: '2+2 Dialogue' }, aliases: ['भारत-जापान 2+2 वार्ता'] },
];
const kb = new KnowledgeBase(ENTITIES);
const pairs = (text: string) => analyzeDocument(text, { kb }).entities.map((e) => [e.label, e.text]);

describe('ner: compound spans, company suffixes and the platform X', () => {
  it('splits "Name (ACRONYM)" into the name and the acronym', () => {
    assert.deepEqual(pairs('दक्षिण-पूर्व एशियाई राष्ट्र संघ (आसियान) की बैठक में'), [['ORG', 'दक्षिण-पूर्व एशियाई राष्ट्र संघ'], ['ORG', 'आसियान']]);
  });

  it('splits a country pair off an event name when the rest is an event', () => {
    assert.deepEqual(pairs('भारत-जापान 2+2 वार्ता टोक्यो में'), [['LOCATION', 'भारत'], ['LOCATION', 'जापान'], ['EVENT', '2+2 वार्ता']]);
  });

  it('extends an organisation over a company suffix', () => {
    assert.deepEqual(pairs('The order went to Cochin Shipyard Limited last week.'), [['ORG', 'Cochin Shipyard Limited']]);
    assert.deepEqual(pairs('कोचीन शिपयार्ड लिमिटेड ने पोत सौंपा।'), [['ORG', 'कोचीन शिपयार्ड लिमिटेड']]);
  });

  it('takes X/एक्स for the social network only with a platform word near', () => {
    assert.deepEqual(pairs('मंत्री ने सोशल मीडिया प्लेटफॉर्म एक्स पर लिखा कि वार्ता सफल रही।'), [['ORG', 'एक्स']]);
    assert.deepEqual(pairs('She posted on X about the visit.'), [['ORG', 'X']]);
    assert.deepEqual(pairs('एक्स पर वाई का मान रखें।'), []);
    assert.deepEqual(pairs('Plot X on the graph.'), []);
  });
});
