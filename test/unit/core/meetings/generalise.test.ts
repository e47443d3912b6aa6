/**
 * Patterns that generalise to unseen articles: place from the dateline city rather than the country,
 * a venue's city, seas and topic phrases that are not venues, multi-party dialogues, role phrases,
 * possessive and "both" subjects, past/planned meetings written with a noun, titles that are not people,
 * and English forms. Every sentence here is written for the test.
 */
import * as assert from 'node:assert/strict';
import { extractMeetings } from '../../../../src/core/meetings';
import type { Meeting } from '../../../../src/core/model';
import { analyze, pair, PEOPLE, type TestEntity } from './helpers';

const MORE: TestEntity[] = [
  ...PEOPLE,
  { id: 'Q-lee', label: 'PERSON', names: ['ली मिन', 'Lee Min'], attrs: { role: 'foreign minister', country: 'KR' } },
  { id: 'Q-tan', label: 'PERSON', names: ['टैन सू', 'Tan Su'], attrs: { role: 'foreign minister', country: 'SG' } },
  { id: 'Q-park', label: 'PERSON', names: ['पार्क जून', 'पार्क'], attrs: { role: 'foreign minister', country: 'KR' } },
  { label: 'PERSON', names: ['प्रिंस'] },
  { id: 'Q-kathmandu', label: 'LOCATION', names: ['काठमांडू'], attrs: { type: 'city', country: 'NP' } },
  { id: 'Q-nepal', label: 'LOCATION', names: ['नेपाल'], attrs: { type: 'country', country: 'NP' } },
  { id: 'Q-hh', label: 'LOCATION', names: ['हैदराबाद हाउस'], attrs: { type: 'venue', country: 'IN' } },
  { id: 'Q-ocean', label: 'LOCATION', names: ['हिंद महासागर'] },
  { id: 'Q-agra', label: 'LOCATION', names: ['आगरा'], attrs: { type: 'city', country: 'IN' } },
];

function run(text: string): Meeting[] {
  return extractMeetings([{ id: 'a.txt', text, analysis: analyze(text, MORE) }]);
}
const pairs = (ms: Meeting[]): string[] => ms.map(pair).sort();
const find = (ms: Meeting[], p: string): Meeting | undefined => ms.find((m) => pair(m) === p);

describe('meetings: places that generalise', () => {
  it('the dateline city, not the country of the headline ("नेपाल पहुंचे ... मिले" under "काठमांडू,")', () => {
    const ms = run('नेपाल दौरे पर राजनाथ सिंह, करीम अहमद से मिले\nकाठमांडू, 3 मार्च। राजनाथ सिंह ने बुधवार को करीम अहमद से मुलाकात की।');
    assert.deepEqual(pairs(ms), ['Q-ahmed+Q-singh']);
    assert.equal(ms[0].place?.entityId, 'Q-kathmandu');
  });

  it('a country stays the place when no city of that country is known', () => {
    const ms = run('राजनाथ सिंह ने नेपाल में करीम अहमद से मुलाकात की।');
    assert.equal(ms[0].place?.entityId, 'Q-nepal');
  });

  it('a sea inside a topic phrase is not the venue', () => {
    const ms = run('राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात की। दोनों नेताओं ने हिंद महासागर में सुरक्षा पर चर्चा की।');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-singh']);
    assert.equal(ms[0].place, undefined);
  });

  it('a city inside "X में <topic> पर चर्चा" is not the venue; "X में मुलाकात" is', () => {
    const topic = run('राजनाथ सिंह ने सर्गेई इवानोव के साथ बीजिंग में स्थिरता पर चर्चा की।');
    assert.equal(topic[0].place, undefined);
    const venue = run('राजनाथ सिंह ने बीजिंग में सर्गेई इवानोव से मुलाकात की।');
    assert.equal(venue[0].place?.entityId, 'Q-beijing');
  });

  it('a venue reports its city: written before it, or from the dateline', () => {
    const before = run('राजनाथ सिंह ने नई दिल्ली के हैदराबाद हाउस में सर्गेई इवानोव से मुलाकात की।');
    assert.equal(before[0].place?.entityId, 'Q-delhi');
    const dateline = run('नई दिल्ली, 3 मार्च। राजनाथ सिंह ने हैदराबाद हाउस में सर्गेई इवानोव से मुलाकात की।');
    assert.equal(dateline[0].place?.entityId, 'Q-delhi');
  });

  it('a planned meeting without a place of its own is in the dateline city', () => {
    const ms = run('बीजिंग: राजनाथ सिंह ने सोमवार को वांग ली से मुलाकात की। मंगलवार को सिंह करीम अहमद से मिलेंगे।');
    const planned = find(ms, 'Q-ahmed+Q-singh');
    assert.equal(planned?.status, 'planned');
    assert.equal(planned?.place?.entityId, 'Q-beijing');
  });

  it('"वे X जाएंगे, जहां ... बैठक": the destination is the place of the planned meeting', () => {
    const ms = run('नई दिल्ली, 3 मार्च। राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात की। शुक्रवार को वे आगरा जाएंगे, जहां करीम अहमद के साथ उनकी बैठक प्रस्तावित है।');
    const planned = find(ms, 'Q-ahmed+Q-singh');
    assert.equal(planned?.status, 'planned');
    assert.equal(planned?.place?.entityId, 'Q-agra');
  });
});

describe('meetings: datelines the tagger did not cover', () => {
  it('"बिश्केक, 12 जून।" and "काहिरा/दमिश्क, 3 मार्च 2025 (एजेंसी)।" with untagged places', () => {
    const a = run('बिश्केक, 12 जून। राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात की।');
    assert.equal(a[0].place?.name, 'बिश्केक');
    const b = run('काहिरा/दमिश्क, 3 मार्च 2025 (एजेंसी)। राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात की।');
    assert.equal(b[0].place?.name, 'काहिरा');
  });

  it('an upper-case English dateline after a headline ("CAIRO:"), named in title case', () => {
    const ms = run('Singh in Egypt\nCAIRO: Rajnath Singh met Sergei Ivanov on Sunday.');
    assert.equal(ms[0].place?.name, 'Cairo');
  });

  it('no dateline from a sentence that opens with a name and a date, nor from "BREAKING:"', () => {
    assert.equal(run('नरेंद्र मोदी, 15 अगस्त को लाल किले से बोलेंगे। राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात की।')[0].place, undefined);
    assert.equal(run('BREAKING: Rajnath Singh met Sergei Ivanov.')[0].place, undefined);
  });
});

describe('meetings: places written around the meeting', () => {
  it('"X के लिए रवाना होंगे, जहां उनकी मुलाकात ...": the destination', () => {
    const ms = run('नई दिल्ली, 3 मार्च। राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात की। सोमवार को वे आगरा के लिए रवाना होंगे, जहां उनकी मुलाकात करीम अहमद से होगी।');
    const planned = find(ms, 'Q-ahmed+Q-singh');
    assert.equal(planned?.status, 'planned');
    assert.equal(planned?.place?.entityId, 'Q-agra');
  });

  it('"<शहर का नाम> शहर जाएंगे": a generic "शहर" between the name and the verb', () => {
    const ms = run('नई दिल्ली, 3 मार्च। राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात की। रविवार को वे आगरा शहर जाएंगे, जहां वह करीम अहमद से मुलाकात करेंगे।');
    assert.equal(find(ms, 'Q-ahmed+Q-singh')?.place?.entityId, 'Q-agra');
  });

  it('"बैठक में X में आए भूकंप पर चर्चा हुई": a place where something happened is not the venue', () => {
    const ms = run('नई दिल्ली, 3 मार्च। राजनाथ सिंह ने सर्गेई इवानोव के साथ बैठक की। इवानोव के साथ बैठक में बीजिंग में आए भूकंप के बाद राहत पर चर्चा हुई।');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-singh']);
    assert.equal(ms[0].place?.entityId, 'Q-delhi');
  });

  it('"<देश> की राजधानी <शहर> जाएंगे": a capital the tagger missed is the place', () => {
    const ms = run('राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात की। शुक्रवार को वे रूस की राजधानी कज़ान जाएंगे, जहां करीम अहमद के साथ उनकी बैठक प्रस्तावित है।');
    const planned = find(ms, 'Q-ahmed+Q-singh');
    assert.equal(planned?.place?.name, 'कज़ान');
  });

  it('a dateline place the tagger covered only in part ("रियो डी जनेरियो, 28 अप्रैल")', () => {
    const ents: TestEntity[] = [...MORE, { id: 'Q-rio', label: 'LOCATION', names: ['रियो'], attrs: { type: 'city', country: 'BR' } }];
    const text = 'ब्रिक्स बैठक में जयशंकर की मुलाकातें\nरियो डी जनेरियो, 28 अप्रैल 2025। एस जयशंकर ने ली मिन से मुलाकात की।';
    const ms = extractMeetings([{ id: 'a.txt', text, analysis: analyze(text, ents) }]);
    assert.equal(ms[0].place?.entityId, 'Q-rio');
    assert.equal(ms[0].place?.name, 'रियो डी जनेरियो');
  });
});

describe('meetings: participants that generalise', () => {
  it('"दोनों रक्षा मंत्रियों" are the two defence ministers, not the last meeting\'s pair', () => {
    const ms = run('सर्गेई इवानोव अगले हफ्ते राजनाथ सिंह के साथ बैठक करेंगे। इवानोव एस जयशंकर से भी मुलाकात करेंगे। इससे पहले दोनों रक्षा मंत्रियों ने बीजिंग में मुलाकात की थी।');
    const past = ms.filter((m) => m.status === 'past').map(pair);
    assert.deepEqual(past, ['Q-ivanov+Q-singh']);
  });

  it('two on each side ("X और Y ने A और B के साथ बातचीत की") is one meeting of four', () => {
    const ms = run('राजनाथ सिंह और एस जयशंकर ने सर्गेई इवानोव और दिमित्री पेत्रोव के साथ बातचीत की।');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-jaishankar+Q-petrov+Q-singh']);
  });

  it('English 2+2: "X and Y held talks with A and B" is one meeting of four', () => {
    const ms = run('Rajnath Singh and S Jaishankar held talks with Sergei Ivanov and Dmitry Petrov in New Delhi.');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-jaishankar+Q-petrov+Q-singh']);
    assert.equal(ms[0].place?.entityId, 'Q-delhi');
  });

  it('a trilateral: "X, Y और Z की त्रिपक्षीय बैठक" is one meeting of three', () => {
    assert.deepEqual(pairs(run('राजनाथ सिंह, सर्गेई इवानोव और वांग ली की त्रिपक्षीय बैठक मॉस्को में हुई।')), ['Q-ivanov+Q-singh+Q-wang']);
  });

  it('"X और Y के बीच बैठक हुई, जिसमें दोनों ने ...": the pair, not the earlier meeting\'s people', () => {
    const ms = run('राजनाथ सिंह और एस जयशंकर ने सर्गेई इवानोव और दिमित्री पेत्रोव के साथ बातचीत की। वार्ता से पहले सिंह और इवानोव के बीच अलग से बैठक हुई, जिसमें दोनों ने समझौते पर चर्चा की।');
    assert.ok(find(ms, 'Q-ivanov+Q-singh'), pairs(ms).join(' '));
  });

  it('a bare role phrase is the home-country official with that role, not the previous subject', () => {
    const ms = run('एस जयशंकर ने पार्क जून से मुलाकात की। करीम अहमद ने कहा कि सहयोग बढ़ेगा। विदेश मंत्री ने इसी दिन ली मिन और टैन सू के साथ भी अलग-अलग बैठकें कीं।');
    assert.deepEqual(pairs(ms), ['Q-jaishankar+Q-lee', 'Q-jaishankar+Q-park', 'Q-jaishankar+Q-tan']);
  });

  it('उन्होंने with a rank before the counterpart ("ब्रिगेडियर जनरल")', () => {
    const ms = run('राजनाथ सिंह ने कहा कि संबंध मजबूत हैं। सबसे पहले उन्होंने उज्बेकिस्तान के रक्षा मंत्री ब्रिगेडियर जनरल करीम अहमद से मुलाकात की।');
    assert.deepEqual(pairs(ms), ['Q-ahmed+Q-singh']);
  });

  it('a title alone is not a participant ("प्रिंस")', () => {
    const ms = run('राजनाथ सिंह ने प्रिंस करीम अहमद के साथ बैठक की।');
    assert.deepEqual(pairs(ms), ['Q-ahmed+Q-singh']);
  });

  it('"उनकी मुलाकात Y से होगी": a planned meeting of the running subject', () => {
    const ms = run('राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात की। रविवार को वे बीजिंग जाएंगे, जहां उनकी मुलाकात वांग ली से होगी।');
    const planned = find(ms, 'Q-singh+Q-wang');
    assert.equal(planned?.status, 'planned');
    assert.equal(planned?.place?.entityId, 'Q-beijing');
  });
});

describe('meetings: subjects and objects', () => {
  it('"उन्होंने A और B से भी मुलाकात की": one meeting per counterpart, the pronoun is not one of them', () => {
    const ms = run('राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात की। इसके अलावा उन्होंने करीम अहमद और वांग ली से भी मुलाकात की।');
    assert.deepEqual(pairs(ms), ['Q-ahmed+Q-singh', 'Q-ivanov+Q-singh', 'Q-singh+Q-wang']);
  });

  it('"X की <देश> के <पद> Y के साथ बैठक हुई": X meets Y', () => {
    assert.deepEqual(pairs(run('राजनाथ सिंह की रूस के रक्षा मंत्री सर्गेई इवानोव के साथ बैठक हुई।')), ['Q-ivanov+Q-singh']);
  });

  it('"X अगले सप्ताह Y जाएंगे, जहां वे Z से मिलेंगे": वे is the name opening the sentence, not the running subject', () => {
    const ms = run('सर्गेई इवानोव ने कहा कि संबंध अच्छे हैं। इस बीच राजनाथ सिंह अगले सप्ताह बीजिंग जाएंगे, जहां वे वांग ली से मिलेंगे।');
    assert.deepEqual(pairs(ms), ['Q-singh+Q-wang']);
    assert.equal(ms[0].status, 'planned');
    assert.equal(ms[0].place?.entityId, 'Q-beijing');
  });

  it('a bare role phrase prefers the Indian office holder over a foreign running subject with the same role', () => {
    const ms = run('एस जयशंकर और पार्क जून की बैठक हुई। जयशंकर ने कहा कि संबंध अच्छे हैं। पार्क जून ने भी यही कहा। विदेश मंत्री ने टैन सू से भी अलग से मुलाकात की।');
    assert.ok(find(ms, 'Q-jaishankar+Q-tan'), pairs(ms).join(' '));
    assert.equal(find(ms, 'Q-park+Q-tan'), undefined);
  });

  it('... but stays with a foreign running subject the article is mostly about', () => {
    const ms = run('पार्क जून ने टैन सू से मुलाकात की। पार्क जून ने कहा कि एस जयशंकर से भी बात होगी। पार्क जून ने कहा कि संबंध अच्छे हैं। विदेश मंत्री ने ली मिन से भी अलग से मुलाकात की।');
    assert.ok(find(ms, 'Q-lee+Q-park'), pairs(ms).join(' '));
  });

  it('a building named by its kind ("साउथ ब्लॉक") is a venue: the dateline city is reported', () => {
    const ents: TestEntity[] = [...MORE, { id: 'Q-sb', label: 'LOCATION', names: ['साउथ ब्लॉक'] }];
    const text = 'नई दिल्ली, 3 मार्च। राजनाथ सिंह ने साउथ ब्लॉक में सर्गेई इवानोव से मुलाकात की।';
    const ms = extractMeetings([{ id: 'a.txt', text, analysis: analyze(text, ents) }]);
    assert.equal(ms[0].place?.entityId, 'Q-delhi');
  });

  it('"मोदी सरकार ने ..." does not make Modi the subject of a later उन्होंने', () => {
    assert.deepEqual(run('नरेंद्र मोदी सरकार ने नई नीति बनाई। उन्होंने सर्गेई इवानोव से मुलाकात की।'), []);
  });

  it('"Y भारत आएंगे और X से मुलाकात करेंगे": planned, in the country of the visit', () => {
    const ms = run('सर्गेई इवानोव अगले महीने भारत आएंगे और राजनाथ सिंह से मुलाकात करेंगे।');
    assert.equal(ms[0].status, 'planned');
    assert.equal(ms[0].place?.entityId, 'Q-india');
  });
});

describe('meetings: lists of counterparts', () => {
  it('"A, B और C के रक्षा मंत्रियों से मुलाकात की": one meeting per country\'s minister named in the article', () => {
    const ms = run('राजनाथ सिंह ने उज्बेकिस्तान, चीन और रूस के रक्षा मंत्रियों से मुलाकात की। करीम अहमद, वांग ली और सर्गेई इवानोव सम्मेलन में मौजूद थे।');
    assert.deepEqual(pairs(ms), ['Q-ahmed+Q-singh', 'Q-ivanov+Q-singh', 'Q-singh+Q-wang']);
  });

  it('"A और B से मिले" with no subject in reach: the counterparts do not meet each other', () => {
    const ms = run('सम्मेलन में द्विपक्षीय मुलाकातें, चीन और रूस के रक्षा मंत्रियों से मिले। वांग ली और सर्गेई इवानोव सम्मेलन में मौजूद थे।');
    assert.equal(find(ms, 'Q-ivanov+Q-wang'), undefined);
  });
});

describe('meetings: planned forms', () => {
  const cases = [
    'राजनाथ सिंह की सर्गेई इवानोव से मुलाकात होनी है।',
    'राजनाथ सिंह सर्गेई इवानोव से मिलने जा रहे हैं।',
    'राजनाथ सिंह कल सर्गेई इवानोव से मुलाकात कर सकते हैं।',
    'Rajnath Singh is set to meet Sergei Ivanov in Moscow.',
    'Rajnath Singh is slated to meet Sergei Ivanov.',
    'Rajnath Singh plans to meet Sergei Ivanov.',
  ];
  for (const text of cases) {
    it(text, () => {
      const ms = run(text);
      assert.deepEqual(pairs(ms), ['Q-ivanov+Q-singh']);
      assert.equal(ms[0].status, 'planned');
    });
  }
});

describe('meetings: past meetings written with a noun', () => {
  it('"दोनों नेताओं की पिछली मुलाकात X में हुई थी" after a phone call is a past meeting', () => {
    const ms = extractMeetings([{ id: 'a.txt', text: 'राजनाथ सिंह ने सर्गेई इवानोव से फोन पर बातचीत की। दोनों नेताओं की पिछली मुलाकात मॉस्को में हुई थी।', analysis: analyze('राजनाथ सिंह ने सर्गेई इवानोव से फोन पर बातचीत की। दोनों नेताओं की पिछली मुलाकात मॉस्को में हुई थी।', MORE) }]);
    assert.equal(ms.length, 1);
    assert.equal(ms[0].status, 'past');
    assert.equal(ms[0].place?.entityId, 'Q-moscow');
  });

  it('"इससे पहले दोनों रक्षा मंत्रियों ने ... मुलाकात की थी": past, beside the planned one', () => {
    const ms = run('सर्गेई इवानोव अगले हफ्ते राजनाथ सिंह के साथ बैठक करेंगे। इससे पहले दोनों रक्षा मंत्रियों ने बीजिंग में मुलाकात की थी।');
    const statuses = ms.filter((m) => pair(m) === 'Q-ivanov+Q-singh').map((m) => m.status).sort();
    assert.deepEqual(statuses, ['past', 'planned']);
    assert.equal(ms.find((m) => m.status === 'past')?.place?.entityId, 'Q-beijing');
  });

  it('"दोनों नेताओं" means the two named earlier in the same sentence', () => {
    const ms = run('एस जयशंकर ने वांग ली से मुलाकात की। दिमित्री पेत्रोव ने नरेंद्र मोदी को शुभकामनाएं भेजीं और अपनी यात्रा को याद किया, जब नई दिल्ली में दोनों नेताओं की मुलाकात हुई थी।');
    const past = find(ms, 'Q-modi+Q-petrov');
    assert.equal(past?.status, 'past');
    assert.equal(past?.place?.entityId, 'Q-delhi');
  });

  it('"दोनों नेता इससे पहले X में मिले थे" / "दोनों नेता अगले साल फिर मिलेंगे": past and planned meetings of the pair', () => {
    const past = run('राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात की। दोनों नेता इससे पहले मॉस्को में मिले थे।');
    assert.deepEqual(past.map((m) => m.status).sort(), ['held', 'past']);
    assert.equal(past.find((m) => m.status === 'past')?.place?.entityId, 'Q-moscow');
    const planned = run('राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात की। दोनों नेता अगले साल फिर मिलेंगे।');
    assert.deepEqual(planned.map((m) => m.status).sort(), ['held', 'planned']);
  });

  it('"The two ministers had last met in X": the latest pair of ministers, not the last meeting\'s pair', () => {
    const ms = run('S Jaishankar held talks with Wang Li in Moscow. Jaishankar also called on President Dmitry Petrov. The two ministers had last met in New Delhi.');
    const past = ms.filter((m) => m.status === 'past');
    assert.deepEqual(past.map(pair), ['Q-jaishankar+Q-wang']);
    assert.equal(past[0].place?.entityId, 'Q-delhi');
  });

  it('"परिणाम मिलेंगे" after "दोनों नेताओं ने कहा" is no planned meeting', () => {
    const ms = run('राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात की। दोनों नेताओं ने कहा कि संयुक्त प्रयासों से अच्छे परिणाम मिलेंगे।');
    assert.deepEqual(ms.map((m) => m.status), ['held']);
  });
});

describe('meetings: English forms', () => {
  const cases: [string, string, string][] = [
    ['Rajnath Singh met Sergei Ivanov on the sidelines of the summit in Moscow.', 'Q-ivanov+Q-singh', 'held'],
    ['Rajnath Singh will meet Wang Li next week.', 'Q-singh+Q-wang', 'planned'],
    ['Rajnath Singh held a bilateral meeting with Sergei Ivanov in Moscow.', 'Q-ivanov+Q-singh', 'held'],
    ['Rajnath Singh called on President Dmitry Petrov in Moscow.', 'Q-petrov+Q-singh', 'held'],
    ['Talks between Rajnath Singh and Sergei Ivanov were held in Moscow.', 'Q-ivanov+Q-singh', 'held'],
    ['Rajnath Singh hosted Sergei Ivanov in New Delhi.', 'Q-ivanov+Q-singh', 'held'],
  ];
  for (const [text, expected, status] of cases) {
    it(text, () => {
      const ms = run(text);
      assert.deepEqual(pairs(ms), [expected]);
      assert.equal(ms[0].status, status);
    });
  }

  it('"met X and Y in Moscow": the place after a list of counterparts', () => {
    const ms = run('S Jaishankar met Sergei Ivanov and Wang Li in Moscow.');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-jaishankar', 'Q-jaishankar+Q-wang']);
    for (const m of ms) assert.equal(m.place?.entityId, 'Q-moscow');
  });

  it('"X arrived ... He met Y": a name opening the sentence is the running subject', () => {
    assert.deepEqual(pairs(run('Rajnath Singh arrived in Moscow on Monday. He met Sergei Ivanov and discussed defence cooperation.')), ['Q-ivanov+Q-singh']);
    assert.deepEqual(pairs(run('राजनाथ सिंह बुधवार को मॉस्को पहुंचे। उन्होंने सर्गेई इवानोव से मुलाकात की।')), ['Q-ivanov+Q-singh']);
  });

  it('"X received Y" is a meeting; "received a letter/call from Y" is not', () => {
    assert.deepEqual(pairs(run('Sergei Ivanov received Rajnath Singh in Moscow.')), ['Q-ivanov+Q-singh']);
    assert.deepEqual(run('Rajnath Singh received a letter from Sergei Ivanov.'), []);
    assert.deepEqual(run('Rajnath Singh received a phone call from Sergei Ivanov.'), []);
  });

  it('a list of counterparts: one meeting each', () => {
    const ms = run('Rajnath Singh met Sergei Ivanov, Wang Li and Karim Ahmed separately in Moscow.');
    assert.deepEqual(pairs(ms), ['Q-ahmed+Q-singh', 'Q-ivanov+Q-singh', 'Q-singh+Q-wang']);
  });
});
