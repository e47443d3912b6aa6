import * as assert from 'node:assert/strict';
import type { EntitySpan } from '../../../../src/core/model';
import { autoSpan } from '../../../../src/core/ner/span';
import { trimGenericWords } from '../../../../src/core/ner/trim';
import { pairs } from './helpers';

const events = (text: string) => pairs(text).filter(([l]) => l === 'EVENT').map(([, t]) => t);
const orgs = (text: string) => pairs(text).filter(([l]) => l === 'ORG').map(([, t]) => t);

describe('ner/exercises: named exercises and operations', () => {
  it('takes the name after an exercise noun, and a coordinated acronym-like name', () => {
    assert.deepEqual(events('दोनों सेनाओं ने संयुक्त अभ्यास गरुड़ शक्ति और कोपेक्स को आगे बढ़ाने पर बात की।'), ['गरुड़ शक्ति', 'कोपेक्स']);
    assert.deepEqual(events('The navies will hold exercise Varuna next month.'), ['Varuna']);
  });

  it('takes the name before an exercise noun, past generic modifiers', () => {
    assert.deepEqual(events('नौसेनाएं अरब सागर में कोंकण शक्ति अभ्यास करेंगी।'), ['कोंकण शक्ति']);
    assert.deepEqual(events('अधिकारियों ने सिंबेक्स नौसैनिक अभ्यास की समीक्षा की।'), ['सिंबेक्स']);
  });

  it('keeps "ऑपरेशन" in an operation\'s name', () => {
    assert.deepEqual(events('राहत अभियान ऑपरेशन कावेरी पर चर्चा हुई।'), ['ऑपरेशन कावेरी']);
    assert.deepEqual(events('He praised Operation Dost in Turkey.'), ['Operation Dost']);
  });

  it('finds no name in generic talk about exercises', () => {
    assert.deepEqual(events('दोनों देशों के बीच संयुक्त सैन्य अभ्यास शुरू हुआ।'), []);
    assert.deepEqual(events('चीनी सेना ने ताइवान के पास अभ्यास किया।'), []);
    assert.deepEqual(events('ऑपरेशन के दौरान कोई घायल नहीं हुआ।'), []);
    assert.deepEqual(events('मॉस्को में सैन्य अभ्यास के बाद'), []);
  });
});

describe('ner/events: an organisation inside a meeting description', () => {
  it('keeps the organisation, not an event, when a genitive follows it', () => {
    const t = 'शंघाई सहयोग संगठन (एससीओ) के रक्षा मंत्रियों के सम्मेलन में भारत ने भाग लिया।';
    assert.deepEqual(events(t), []);
    assert.deepEqual(orgs(t), ['शंघाई सहयोग संगठन', 'एससीओ']);
  });

  it('still names an organisation\'s own meeting', () => {
    assert.deepEqual(events('एससीओ रक्षा मंत्रियों की बैठक में'), ['एससीओ रक्षा मंत्रियों की बैठक']);
  });
});

describe('ner/trim: names without generic words', () => {
  const text = 'ब्रह्मोस सुपरसोनिक क्रूज मिसाइल, पिनाका रॉकेट सिस्टम, Advanced Medium Combat Aircraft, वायु रक्षा प्रणाली, exercise Shakti, विजय दिवस परेड';
  const at = (s: string, label: string): EntitySpan => { const i = text.indexOf(s); return autoSpan(text, i, i + s.length, label, 0.9, 'kb-exact'); };

  it('drops descriptors after an equipment name, keeps capitalised Latin names and all-generic spans', () => {
    const spans = [at('ब्रह्मोस सुपरसोनिक क्रूज मिसाइल', 'EQUIPMENT'), at('पिनाका रॉकेट सिस्टम', 'EQUIPMENT'),
      at('Advanced Medium Combat Aircraft', 'EQUIPMENT'), at('वायु रक्षा प्रणाली', 'EQUIPMENT')];
    trimGenericWords(spans, text);
    assert.deepEqual(spans.map((s) => s.text), ['ब्रह्मोस', 'पिनाका', 'Advanced Medium Combat Aircraft', 'वायु रक्षा प्रणाली']);
    for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  });

  it('drops "exercise" around an event name, keeps a parade\'s "परेड" (part of its name)', () => {
    const spans = [at('exercise Shakti', 'EVENT'), at('विजय दिवस परेड', 'EVENT')];
    trimGenericWords(spans, text);
    assert.deepEqual(spans.map((s) => s.text), ['Shakti', 'विजय दिवस परेड']);
  });
});

describe('ner/trim: ordinals before event names', () => {
  it('drops an event that is only an ordinal and generic words, keeps a named one without its ordinal', () => {
    assert.deepEqual(events('नेताओं ने 12वें भारत-रूस अंतर सरकारी आयोग में भाग लिया।'), ['भारत-रूस अंतर सरकारी आयोग']);
    assert.deepEqual(events('वार्ता के 25वें दौर की बैठक हुई और 18वीं बैठक की तारीख तय हुई।'), []);
  });
});

