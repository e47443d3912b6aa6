import * as assert from 'node:assert/strict';
import { pairs } from './helpers';

describe('ner/equipment, ner/events and ner/orgs', () => {
  it('finds designations in Devanagari and Latin', () => {
    assert.deepEqual(pairs('एसयू-30 एमकेआई के अपग्रेड और टी-90 टैंक'), [['EQUIPMENT', 'एसयू-30 एमकेआई'], ['EQUIPMENT', 'टी-90']]);
    assert.deepEqual(pairs('Su-30MKI, T-90 and MiG-29 jets'), [['EQUIPMENT', 'Su-30MKI'], ['EQUIPMENT', 'T-90'], ['EQUIPMENT', 'MiG-29']]);
    assert.deepEqual(pairs('फ्रिगेट आईएनएस तुशील को'), [['EQUIPMENT', 'आईएनएस तुशील']]);
  });

  it('does not take COVID-19 or G-20 for equipment', () => {
    assert.deepEqual(pairs('COVID-19 and कोविड-19 के बाद').filter(([l]) => l === 'EQUIPMENT'), []);
  });

  it('finds ordinal-led events and organisation meetings', () => {
    const p = pairs('मॉस्को में 21वें भारत-रूस अंतर सरकारी आयोग के सत्र में');
    assert.deepEqual(p.filter(([l]) => l === 'EVENT'), [['EVENT', 'भारत-रूस अंतर सरकारी आयोग']]);
    assert.deepEqual(pairs('एससीओ रक्षा मंत्रियों की बैठक में').filter(([l]) => l === 'EVENT'), [['EVENT', 'एससीओ रक्षा मंत्रियों की बैठक']]);
    assert.deepEqual(pairs("at the SCO defence ministers' meeting").filter(([l]) => l === 'EVENT'), [['EVENT', "SCO defence ministers' meeting"]]);
  });

  it('makes "<place> पुलिस/सरकार/High Court" an organisation covering the place', () => {
    assert.deepEqual(pairs('नई दिल्ली पुलिस ने कहा और रूस सरकार ने भी। New Delhi High Court ruled.'), [
      ['ORG', 'नई दिल्ली पुलिस'], ['ORG', 'रूस सरकार'], ['ORG', 'New Delhi High Court'],
    ]);
    assert.deepEqual(pairs('मॉस्को में पुलिस'), [['LOCATION', 'मॉस्को']]);
  });
});
