import * as assert from 'node:assert/strict';
import { pairs } from './helpers';

/** The EVENT texts of a text, in order. */
const events = (text: string) => pairs(text).filter(([l]) => l === 'EVENT').map(([, t]) => t);
const labels = (text: string) => pairs(text).map(([l, t]) => `${l}:${t}`);

describe('ner/events: ordinals stay outside event names', () => {
  it('names the event without its ordinal', () => {
    assert.deepEqual(events('प्रधानमंत्री 17वें ब्रिक्स शिखर सम्मेलन में शामिल हुए।'), ['ब्रिक्स शिखर सम्मेलन']);
    assert.deepEqual(events('वे 9वें हिंद महासागर सम्मेलन को संबोधित करेंगे।'), ['हिंद महासागर सम्मेलन']);
  });

  it('a numbered session with no name is no event', () => {
    assert.deepEqual(events('आयोग की 23वीं बैठक में चर्चा हुई।'), []);
    assert.deepEqual(events('पुतिन 22वें वार्षिक शिखर सम्मेलन के लिए आए।'), []);
    assert.deepEqual(events('वार्ता का 5वां दौर अगले महीने होगा।'), []);
  });
});

describe('ner/exercises: names in quotes, with a year, and bare mentions', () => {
  it('takes a quoted name before or after the exercise noun, without the quotes', () => {
    assert.deepEqual(events("दोनों नौसेनाओं ने 'तारक' अभ्यास शुरू किया।"), ['तारक']);
    assert.deepEqual(events('सेनाओं ने संयुक्त अभ्यास “वज्र प्रहार” में हिस्सा लिया।'), ['वज्र प्रहार']);
  });

  it('keeps a year written after the name in one EVENT, with no DATE inside it', () => {
    assert.deepEqual(labels('मिस्र में ब्राइट स्टार 2025 अभ्यास शुरू हुआ।').filter((x) => !x.startsWith('LOCATION')), ['EVENT:ब्राइट स्टार 2025']);
    assert.deepEqual(labels('सैनिक अभ्यास कोप-2024 में भाग लेंगे।'), ['EVENT:कोप-2024']);
  });

  it('a bare name of an exercise the article names elsewhere is the exercise', () => {
    assert.deepEqual(events('समुद्र में वज्र शक्ति नौसैनिक अभ्यास चल रहा है। पिछली बार वज्र शक्ति में तीन देश आए थे।'), ['वज्र शक्ति', 'वज्र शक्ति']);
    // a name with a year: the later bare mention is found too
    assert.deepEqual(events("अभ्यास 'तारक-2025' बुधवार को खत्म हुआ। तारक में पनडुब्बियों ने भी हिस्सा लिया।"), ['तारक-2025', 'तारक']);
  });

  it('no exercise, no bare name: an ordinary word stays unlabelled', () => {
    assert.deepEqual(events('तारक मेहता ने भी सागर में नाव चलाई।'), []);
  });

  it('ordinary words before "अभ्यास" are no exercise names', () => {
    for (const s of ['सेना ने रणनीतिक अभ्यास किया।', 'दोनों देशों ने साझा अभ्यास भी किया।', 'जवानों ने सामरिक अभ्यास और बचाव अभ्यास किया।',
      'यह क्षेत्रीय अभ्यास था।', 'टीम ने गहन अभ्यास किया।']) assert.deepEqual(events(s), [], s);
  });

  it('a named exercise before the noun is still found', () => {
    assert.deepEqual(events('भारत और मंगोलिया के बीच नोमैडिक एलीफेंट अभ्यास शुरू हुआ।'), ['नोमैडिक एलीफेंट']);
  });
});

describe('ner/events: capitalised English event names', () => {
  it('takes the capitalised words before Summit, Dialogue, Forum', () => {
    assert.deepEqual(events('Leaders met at the Global Tech Summit and later at the Voice of Island Nations Forum.'),
      ['Global Tech Summit', 'Voice of Island Nations Forum']);
    assert.deepEqual(events('मंत्री ने दिल्ली में Blue Ocean Dialogue को संबोधित किया।'), ['Blue Ocean Dialogue']);
  });

  it('a generic or sentence-start word before the head names nothing', () => {
    assert.deepEqual(events('The Summit was held in June. At the Summit, leaders spoke. Next Summit will be in May.'), []);
    assert.deepEqual(events('They spoke at the summit and the forum.'), []);
  });
});

describe('ner/events: a day\'s parade', () => {
  it('names "<day> दिवस परेड" with its noun and a country adjective before it', () => {
    assert.deepEqual(events('इस बार गणतंत्र दिवस परेड में मिस्र की टुकड़ी आई।'), ['गणतंत्र दिवस परेड']);
    assert.deepEqual(events('भारतीय युद्धपोत ने रूसी नौसेना दिवस परेड में हिस्सा लिया।'), ['रूसी नौसेना दिवस परेड']);
  });

  it('no day name, no event', () => {
    assert.deepEqual(events('उस दिवस परेड नहीं हुई। सैनिकों ने परेड की।'), []);
  });
});
