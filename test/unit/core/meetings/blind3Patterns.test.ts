/**
 * Patterns reported on the third blind set (eval-holdout2), written as new sentences: English talks
 * ("held bilateral talks", "after talks with", "talks between"), the English future before the verb,
 * a past meeting inside "when" after an earlier visit, video conferences, the next summit of a pair.
 */
import * as assert from 'node:assert/strict';
import { extractMeetings } from '../../../../src/core/meetings';
import type { Meeting } from '../../../../src/core/model';
import { analyze, pair, PEOPLE, type TestEntity } from './helpers';

const ENTITIES: TestEntity[] = [
  ...PEOPLE,
  { id: 'Q-modi', label: 'PERSON', names: ['Narendra Modi'], attrs: { role: 'prime minister', country: 'IN' } },
  { id: 'Q-tokyo', label: 'LOCATION', names: ['टोक्यो', 'Tokyo'], attrs: { type: 'city', country: 'JP' } },
];

function run(text: string, includeCalls = false): Meeting[] {
  return extractMeetings([{ id: 'a.txt', text, analysis: analyze(text, ENTITIES) }], { includeCalls });
}
const pairs = (ms: Meeting[]): string[] => ms.map(pair).sort();
const summary = (ms: Meeting[]): string[] => ms.map((m) => `${pair(m)} ${m.status}`).sort();

describe('meetings (blind set 3 patterns): English talks', () => {
  it('"X and Y held bilateral talks in <city>": one meeting, held there', () => {
    const ms = run('Rajnath Singh and Sergei Ivanov held bilateral talks in Moscow on Monday.');
    assert.deepEqual(summary(ms), ['Q-ivanov+Q-singh held']);
    assert.equal(ms[0].place?.entityId, 'Q-moscow');
  });

  it('"After talks with X in <city>, Y said": Y is the other side', () => {
    const ms = run('After talks with Sergei Ivanov in Moscow, Rajnath Singh said the partnership was strong.');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-singh']);
    assert.equal(ms[0].place?.entityId, 'Q-moscow');
  });

  it('"The Singh-Ivanov talks in <city>", "X sat down with Y": meetings; bare "talks" after no names is none', () => {
    const ms = run('The Rajnath Singh-Sergei Ivanov talks in Moscow focused on energy.');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-singh']);
    assert.equal(ms[0].place?.entityId, 'Q-moscow');
    assert.deepEqual(pairs(run('Rajnath Singh sat down with Sergei Ivanov in Moscow on Monday.')), ['Q-ivanov+Q-singh']);
    assert.deepEqual(run('Rajnath Singh and Sergei Ivanov said that talks on the border would continue.'), []);
  });

  it('"<reporter> said talks between X and Y ...": only X and Y meet', () => {
    const ms = run('S Jaishankar said talks between Rajnath Singh and Sergei Ivanov were held in Moscow.');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-singh']);
  });
});

describe('meetings (blind set 3 patterns): status', () => {
  it('English future before the verb: "will travel to <city> ... for the annual summit with Y" is planned, there', () => {
    const ms = run('Dmitry Petrov will travel to New Delhi in December for the annual summit with Narendra Modi.');
    assert.deepEqual(summary(ms), ['Q-modi+Q-petrov planned']);
    assert.equal(ms[0].place?.entityId, 'Q-delhi');
  });

  it('"X last visited India in <year>, when he met Y" is a past meeting', () => {
    const ms = run('Dmitry Petrov last visited India in 2019, when he met Narendra Modi.');
    assert.deepEqual(summary(ms), ['Q-modi+Q-petrov past']);
  });

  it('a meeting "when he met" without an earlier visit stays held', () => {
    const ms = run('Dmitry Petrov arrived in New Delhi on Monday, when he met Narendra Modi.');
    assert.deepEqual(summary(ms), ['Q-modi+Q-petrov held']);
  });

  it('talks by video conference are a call, not a meeting (Hindi and English)', () => {
    for (const text of ['सिंह ने मंगलवार को वीडियो कॉन्फ्रेंस के जरिए इवानोव के साथ वार्ता की।', 'Rajnath Singh held talks with Sergei Ivanov via video conference on Tuesday.']) {
      assert.deepEqual(run(text), [], text);
      assert.deepEqual(summary(run(text, true)), ['Q-ivanov+Q-singh call'], text);
    }
  });
});

describe('meetings (blind set 3 patterns): the next summit of a pair', () => {
  it('"दोनों नेताओं ने कहा कि अगला वार्षिक शिखर सम्मेलन ... भारत में होगा": a planned meeting of the pair', () => {
    const ms = run('मोदी और दिमित्री पेत्रोव ने मंगलवार को मॉस्को में वार्ता की। दोनों नेताओं ने कहा कि अगला वार्षिक शिखर सम्मेलन अगले साल भारत में होगा।');
    assert.deepEqual(summary(ms), ['Q-modi+Q-petrov held', 'Q-modi+Q-petrov planned']);
    assert.equal(ms.find((m) => m.status === 'planned')?.place?.entityId, 'Q-india');
  });

  it('a summit of a group ("एससीओ के वार्षिक शिखर सम्मेलन", "the annual summit of the SCO") pairs nobody', () => {
    assert.deepEqual(run('सिंह और इवानोव अगले महीने एससीओ के वार्षिक शिखर सम्मेलन में भाग लेंगे।'), []);
    assert.deepEqual(run('Rajnath Singh and Sergei Ivanov will attend the annual summit of the SCO.'), []);
  });

  it('the next summit with no meeting before it stands for nobody', () => {
    assert.deepEqual(run('अगला वार्षिक शिखर सम्मेलन अगले साल भारत में होगा।'), []);
  });
});

describe('meetings (blind set 3 patterns): one person, several spellings', () => {
  const UNLINKED: TestEntity[] = [
    ...ENTITIES,
    { label: 'PERSON', names: ['अनातोली नोसाती', 'नोसाती'], attrs: { role: 'defence minister', country: 'MD' } },
    { label: 'PERSON', names: ['Anatolie Nosatii', 'Nosatii'], attrs: { role: 'defence minister', country: 'MD' } },
  ];
  const runWith = (text: string, entities: TestEntity[]): Meeting[] => extractMeetings([{ id: 'a.txt', text, analysis: analyze(text, entities) }]);

  it('an unknown name written in Devanagari and in Latin is one participant: one meeting, not two', () => {
    const ms = runWith('राजनाथ सिंह ने सोमवार को नई दिल्ली में अनातोली नोसाती से मुलाकात की। Rajnath Singh met Anatolie Nosatii in New Delhi on Monday. Nosatii later said ties would grow.', UNLINKED);
    assert.equal(ms.length, 1, ms.map(pair).join(', '));
    assert.equal(ms[0].participants.length, 2);
    assert.equal(ms[0].mentions.length, 2);
  });

  it('two spellings of an unknown name in one script ("अनातोली नोसाती", "अनातोलि नोसाटी") are one participant', () => {
    const variants: TestEntity[] = [...UNLINKED, { label: 'PERSON', names: ['अनातोलि नोसाटी'], attrs: { role: 'defence minister', country: 'MD' } }];
    const ms = runWith('राजनाथ सिंह ने सोमवार को अनातोली नोसाती से मुलाकात की। राजनाथ सिंह और अनातोलि नोसाटी ने रक्षा सहयोग पर बातचीत की।', variants);
    assert.equal(ms.length, 1, ms.map((m) => m.participants.map((p) => p.name).join('+')).join(', '));
  });

  it('different names in two scripts stay two people', () => {
    const other: TestEntity[] = [...UNLINKED, { label: 'PERSON', names: ['Ion Ceban'], attrs: { role: 'mayor', country: 'MD' } }];
    const ms = runWith('राजनाथ सिंह ने सोमवार को अनातोली नोसाती से मुलाकात की। Rajnath Singh also met Ion Ceban on Monday.', other);
    assert.equal(ms.length, 2);
  });

  const SINGHS: TestEntity[] = [
    ...ENTITIES.filter((e) => e.id !== 'Q-singh'),
    { id: 'Q-singh', label: 'PERSON', names: ['राजनाथ सिंह'], attrs: { role: 'defence minister', country: 'IN' } },
    { id: 'Q-apsingh', label: 'PERSON', names: ['अमर प्रीत सिंह'], attrs: { role: 'air chief', country: 'IN' } },
    { label: 'PERSON', names: ['सिंह'] },
  ];

  it('a bare surname is the person of that surname named last before it, not the first one of the article', () => {
    // Both Singhs known (linked); the bare "सिंह" is not.
    const ms = runWith('राजनाथ सिंह ने सोमवार को इवानोव से मुलाकात की। वायुसेना प्रमुख अमर प्रीत सिंह मंगलवार को मॉस्को पहुंचे। सिंह ने बुधवार को पेत्रोव से मुलाकात की।', SINGHS);
    const names = ms.map((m) => m.participants.map((p) => p.name).sort().join(' + ')).sort();
    assert.deepEqual(names, ['अमर प्रीत सिंह + पेत्रोव', 'इवानोव + राजनाथ सिंह']);
  });

  it("the tagger's coreference (attrs.corefName) decides a bare surname", () => {
    const text = 'अमर प्रीत सिंह मंगलवार को मॉस्को पहुंचे। राजनाथ सिंह ने सोमवार को इवानोव से मुलाकात की। सिंह ने बुधवार को पेत्रोव से मुलाकात की।';
    const analysis = analyze(text, SINGHS);
    const bare = analysis.entities.filter((e) => e.text === 'सिंह');
    assert.equal(bare.length, 1);
    bare[0].attrs = { corefName: 'अमर प्रीत सिंह' };
    const ms = extractMeetings([{ id: 'a.txt', text, analysis }]);
    const names = ms.map((m) => m.participants.map((p) => p.name).sort().join(' + ')).sort();
    assert.deepEqual(names, ['अमर प्रीत सिंह + पेत्रोव', 'इवानोव + राजनाथ सिंह']);
  });
});

describe('meetings (blind set 3 patterns): places', () => {
  const PLACES: TestEntity[] = [
    ...ENTITIES,
    { id: 'Q-arctic', label: 'LOCATION', names: ['आर्कटिक', 'Arctic'], attrs: { type: 'region' } },
    { id: 'Q-kailash', label: 'LOCATION', names: ['कैलाश मानसरोवर'], attrs: { type: 'region', country: 'CN' } },
  ];
  const runWith = (text: string): Meeting[] => extractMeetings([{ id: 'a.txt', text, analysis: analyze(text, PLACES) }]);

  it('"NEW DELHI: X, who is in <city> for the SCO meeting, met Y": the city, not the dateline', () => {
    const ms = runWith('NEW DELHI: Rajnath Singh, who is in Moscow for the SCO meeting, met Sergei Ivanov on Monday.');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-singh']);
    assert.equal(ms[0].place?.entityId, 'Q-moscow');
  });

  it('a subject named right after an English dateline carries to "He met ..."; the visit, not the dateline, is the place', () => {
    const ms = runWith('NEW DELHI: Rajnath Singh is on a three-day visit to Russia. He met Sergei Ivanov on Friday.');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-singh']);
    assert.equal(ms[0].place?.entityId, 'Q-russia');
  });

  it('a region that is a subject of the talks is not the place ("आर्कटिक पर भी चर्चा", "cooperation in the Arctic")', () => {
    const hi = runWith('मॉस्को। सिंह ने सोमवार को इवानोव से मुलाकात की। दोनों नेताओं ने आर्कटिक पर भी चर्चा की।');
    assert.deepEqual(pairs(hi), ['Q-ivanov+Q-singh']);
    assert.equal(hi[0].place?.entityId, 'Q-moscow');
    const en = runWith('Rajnath Singh and Sergei Ivanov held talks on cooperation in the Arctic on Monday.');
    assert.deepEqual(pairs(en), ['Q-ivanov+Q-singh']);
    assert.equal(en[0].place, undefined);
  });

  it('a pilgrimage whose resumption is discussed is neither the place nor a visit ("कैलाश मानसरोवर यात्रा की बहाली पर बातचीत")', () => {
    const ms = runWith('वांग ली और एस जयशंकर ने कैलाश मानसरोवर यात्रा की बहाली पर बातचीत की।');
    assert.deepEqual(pairs(ms), ['Q-jaishankar+Q-wang']);
    assert.equal(ms[0].place, undefined);
    const agreed = runWith('बीजिंग। एस जयशंकर ने वांग ली से मुलाकात की। दोनों पक्ष कैलाश मानसरोवर यात्रा को फिर से शुरू करने पर सहमत हुए।');
    assert.equal(agreed[0].place?.entityId, 'Q-beijing');
  });
});

describe('meetings (blind set 3 patterns): clauses and places of earlier and later meetings', () => {
  it('"मोदी ने कहा कि दोनों नेता अक्टूबर में <city> में फिर मिलेंगे": the reported clause has its own subject', () => {
    const ms = run('मोदी और दिमित्री पेत्रोव ने मंगलवार को नई दिल्ली में वार्ता की। मोदी ने कहा कि दोनों नेता अक्टूबर में मॉस्को में फिर मिलेंगे।');
    assert.deepEqual(summary(ms), ['Q-modi+Q-petrov held', 'Q-modi+Q-petrov planned']);
    assert.equal(ms.find((m) => m.status === 'planned')?.place?.entityId, 'Q-moscow');
  });

  it('a speaker before "कि" still meets the person after it ("पेत्रोव ने कहा कि मोदी से मिलकर खुशी हुई")', () => {
    const ms = run('दिमित्री पेत्रोव ने कहा कि मोदी से मिलकर उन्हें खुशी हुई।');
    assert.deepEqual(pairs(ms), ['Q-modi+Q-petrov']);
  });

  it('"<city> में हुए <forum> के दौरान भी मिले थे": the city of the forum is where they met before', () => {
    const ms = run('मोदी और पेत्रोव ने मंगलवार को नई दिल्ली में वार्ता की। दोनों नेता इससे पहले 2019 में मॉस्को में हुए आर्थिक मंच के दौरान भी मिले थे।');
    const past = ms.find((m) => m.status === 'past');
    assert.ok(past, summary(ms).join(', '));
    assert.equal(past.place?.entityId, 'Q-moscow');
  });

  it('"<city> में हुए हमले" is still no meeting place', () => {
    const ms = run('सिंह ने मंगलवार को इवानोव से मुलाकात की और मॉस्को में हुए हमले की निंदा की।');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-singh']);
    assert.equal(ms[0].place, undefined);
  });

  it('the city someone arrived in before the first meeting beats the reporter\'s dateline', () => {
    const ms = run('NEW DELHI: Rajnath Singh arrived in Moscow on Tuesday. Singh held talks with Sergei Ivanov.');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-singh']);
    assert.equal(ms[0].place?.entityId, 'Q-moscow');
    const planned = run('सिंह अगले सप्ताह मॉस्को जाएंगे। वहां उनके इवानोव से मिलने की संभावना है।');
    assert.deepEqual(summary(planned), ['Q-ivanov+Q-singh planned']);
    assert.equal(planned[0].place?.entityId, 'Q-moscow');
  });

  it('"X invited Y ... for the next annual summit": planned, also when the sentence has another trigger', () => {
    const ms = run('Narendra Modi invited Dmitry Petrov to India for the next annual summit.');
    assert.deepEqual(summary(ms), ['Q-modi+Q-petrov planned']);
    const both = run('मोदी और दिमित्री पेत्रोव ने मॉस्को में वार्ता की। वार्ता के बाद दोनों नेताओं ने कहा कि अगला वार्षिक शिखर सम्मेलन अगले साल भारत में होगा।');
    assert.deepEqual(summary(both), ['Q-modi+Q-petrov held', 'Q-modi+Q-petrov planned']);
    assert.equal(both.find((m) => m.status === 'planned')?.place?.entityId, 'Q-india');
    assert.equal(both.find((m) => m.status === 'held')?.place?.entityId, 'Q-moscow');
  });
});

describe('meetings (blind set 3 patterns): gatherings and separate bilaterals', () => {
  it('"X and Y attended the SCO Council meeting": no meeting of the two', () => {
    assert.deepEqual(run('Rajnath Singh and Sergei Ivanov attended the SCO Council meeting in Moscow on Monday.'), []);
    // a meeting with someone after the gathering word still counts
    assert.deepEqual(pairs(run('Rajnath Singh attended a meeting with Sergei Ivanov in Moscow.')), ['Q-ivanov+Q-singh']);
  });

  it('"X और Y ने एससीओ की बैठक में हिस्सा लिया": attendees of a multilateral gathering are not paired', () => {
    assert.deepEqual(run('सिंह और इवानोव ने सोमवार को मॉस्को में एससीओ की बैठक में हिस्सा लिया।'), []);
    // a bilateral body's meeting of its two co-chairs still counts
    assert.deepEqual(pairs(run('सिंह और इवानोव ने सोमवार को मॉस्को में अंतर-सरकारी आयोग की बैठक में हिस्सा लिया।')), ['Q-ivanov+Q-singh']);
  });

  it('"शिखर सम्मेलन से इतर A और B के साथ बैठक" with leaders of two other countries: two bilaterals', () => {
    const ms = run('मोदी ने सोमवार को शिखर सम्मेलन से इतर इवानोव और वांग ली के साथ बैठक की।');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-modi', 'Q-modi+Q-wang']);
  });

  it('a trilateral on the sidelines stays one meeting of three', () => {
    const ms = run('मोदी ने सोमवार को शिखर सम्मेलन से इतर इवानोव और वांग ली के साथ त्रिपक्षीय बैठक की।');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-modi+Q-wang']);
  });

  it('"X is in <city> for the summit. X held talks with Y": the city, not the dateline', () => {
    const ms = run('NEW DELHI: Rajnath Singh is in Moscow for the SCO summit. Singh held talks with Sergei Ivanov on Sunday.');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-singh']);
    assert.equal(ms[0].place?.entityId, 'Q-moscow');
  });
});

describe('meetings (blind set 3 patterns): names written with initials', () => {
  it('"एयर चीफ मार्शल ए.पी. सिंह ने ... से मुलाकात की": the splitter\'s cut after the initials is joined and the name is a participant', () => {
    const text = 'एयर चीफ मार्शल ए.पी. सिंह ने सोमवार को मॉस्को में इवानोव से मुलाकात की।';
    const analysis = analyze(text, ENTITIES);
    // as a sentence splitter that takes the initials' dots for full stops would cut it
    const cut = text.indexOf('पी.') + 3;
    analysis.sentences = [{ start: 0, end: cut, paragraph: 0 }, { start: cut + 1, end: text.length, paragraph: 0 }];
    const ms = extractMeetings([{ id: 'a.txt', text, analysis }]);
    assert.equal(ms.length, 1);
    assert.deepEqual(ms[0].participants.map((p) => p.name).sort(), ['इवानोव', 'ए.पी. सिंह']);
    assert.equal(ms[0].place?.entityId, 'Q-moscow');
  });

  it('a sentence ending in a short word and a full stop is not joined to the next ("... की. सिंह ...")', () => {
    const text = 'इवानोव मॉस्को पहुंचे की. सिंह ने कहा कि संबंध अच्छे हैं।';
    const analysis = analyze(text, ENTITIES);
    const cut = text.indexOf('की.') + 3;
    analysis.sentences = [{ start: 0, end: cut, paragraph: 0 }, { start: cut + 1, end: text.length, paragraph: 0 }];
    assert.deepEqual(extractMeetings([{ id: 'a.txt', text, analysis }]), []);
  });
});

describe('meetings (blind set 3 patterns): earlier meetings referred to', () => {
  const OPEN = 'Narendra Modi held talks with Dmitry Petrov in New Delhi on Friday. ';

  it('"They last met in <city> in October": the pair\'s past meeting there', () => {
    const ms = run(`${OPEN}They last met in Moscow in October.`);
    assert.deepEqual(summary(ms), ['Q-modi+Q-petrov held', 'Q-modi+Q-petrov past']);
    assert.equal(ms.find((m) => m.status === 'past')?.place?.entityId, 'Q-moscow');
  });

  it('"पहली मुलाकात जुलाई में <city> में हुई थी": the pair\'s earlier meeting, not a further mention of today\'s', () => {
    const ms = run('मोदी ने शुक्रवार को नई दिल्ली में दिमित्री पेत्रोव से बातचीत की। यह इस साल दोनों नेताओं की दूसरी मुलाकात है। पहली मुलाकात जुलाई में मॉस्को में हुई थी।');
    assert.deepEqual(summary(ms), ['Q-modi+Q-petrov held', 'Q-modi+Q-petrov past']);
    assert.equal(ms.find((m) => m.status === 'past')?.place?.entityId, 'Q-moscow');
    assert.equal(ms.find((m) => m.status === 'held')?.place?.entityId, 'Q-delhi');
  });

  it('"X, who met Y in <city> last October, arrived in <city2>. Y received X": past there, held in the city arrived in', () => {
    const ms = run('Dmitry Petrov, who met Narendra Modi in Moscow last October, arrived in New Delhi on Thursday. Narendra Modi received Dmitry Petrov at the airport.');
    assert.deepEqual(summary(ms), ['Q-modi+Q-petrov held', 'Q-modi+Q-petrov past']);
    assert.equal(ms.find((m) => m.status === 'past')?.place?.entityId, 'Q-moscow');
    assert.equal(ms.find((m) => m.status === 'held')?.place?.entityId, 'Q-delhi');
  });

  it('"They" with nothing before is nobody', () => {
    assert.deepEqual(run('They last met in Moscow in October.'), []);
  });
});

describe('meetings (blind set 3 patterns): venues abroad and trips still to come', () => {
  const VENUES: TestEntity[] = [
    ...ENTITIES,
    { id: 'Q-kremlin', label: 'LOCATION', names: ['क्रेमलिन', 'Kremlin'], attrs: { type: 'venue', country: 'RU' } },
    { id: 'Q-brasilia', label: 'LOCATION', names: ['ब्रासीलिया'], attrs: { type: 'city', country: 'BR' } },
    { id: 'Q-rio', label: 'LOCATION', names: ['रियो'], attrs: { type: 'city', country: 'BR' } },
  ];
  const runWith = (text: string): Meeting[] => extractMeetings([{ id: 'a.txt', text, analysis: analyze(text, VENUES) }]);

  it('"NEW DELHI: X met Y at the Kremlin": the venue (past its article) in its capital, not the dateline', () => {
    const ms = runWith('NEW DELHI: S Jaishankar met Dmitry Petrov at the Kremlin on Thursday.');
    assert.deepEqual(pairs(ms), ['Q-jaishankar+Q-petrov']);
    assert.equal(ms[0].place?.name, 'Moscow');
    assert.equal(ms[0].place?.venue?.entityId, 'Q-kremlin');
    const hi = runWith('नई दिल्ली। एस जयशंकर ने गुरुवार को क्रेमलिन में दिमित्री पेत्रोव से मुलाकात की।');
    assert.equal(hi[0].place?.name, 'मॉस्को');
  });

  it('a trip still to come ("इसके बाद वे ब्रासीलिया जाएंगे") does not move a held meeting there; it places a planned one', () => {
    const ms = runWith('रियो। मोदी रविवार को रियो पहुंचे। इसके बाद वे ब्रासीलिया जाएंगे। मोदी ने सोमवार को इवानोव से मुलाकात की। मोदी मंगलवार को पेत्रोव से मिलेंगे।');
    assert.deepEqual(summary(ms), ['Q-ivanov+Q-modi held', 'Q-modi+Q-petrov planned']);
    assert.equal(ms.find((m) => m.status === 'held')?.place?.entityId, 'Q-rio');
    assert.equal(ms.find((m) => m.status === 'planned')?.place?.entityId, 'Q-brasilia');
  });
});

describe('meetings (blind set 3 patterns): a history of one pair', () => {
  it('"X और Y के बीच संबंधों ..." then "दोनों नेता <year> में <city> में मिले थे", a hosting in a month of a year, a bilateral: three past meetings', () => {
    const text = 'नई दिल्ली। नरेंद्र मोदी और दिमित्री पेत्रोव के बीच संबंधों का लंबा इतिहास है। मार्च 2016 में दोनों नेता मॉस्को में पहली बार मिले थे। '
      + 'जून 2018 में पेत्रोव बीजिंग आए, जहां मोदी ने उनकी मेज़बानी की। अगस्त 2021 में नई दिल्ली में दोनों नेताओं ने द्विपक्षीय बैठक की।';
    const ms = run(text);
    assert.deepEqual(summary(ms), ['Q-modi+Q-petrov past', 'Q-modi+Q-petrov past', 'Q-modi+Q-petrov past']);
    assert.deepEqual(ms.map((m) => m.place?.entityId).sort(), ['Q-beijing', 'Q-delhi', 'Q-moscow']);
  });

  it('an article with its own date keeps a meeting "in <month> <year>" of that time as held', () => {
    const ms = run('नई दिल्ली, 3 मार्च 2025। मार्च 2025 में सिंह ने मॉस्को में इवानोव से मुलाकात की।');
    assert.deepEqual(summary(ms), ['Q-ivanov+Q-singh held']);
  });
});

describe('meetings (blind set 3 patterns): pairs in a headline', () => {
  it('"<city> में सिंह-वांग ली वार्ता, इवानोव से भी मिले रक्षा मंत्री": two bilaterals, not one meeting of three', () => {
    const ms = run('मॉस्को में सिंह-वांग ली वार्ता, इवानोव से भी मिले रक्षा मंत्री');
    assert.ok(!ms.some((m) => m.participants.length > 2), summary(ms).join(', '));
    assert.ok(pairs(ms).includes('Q-singh+Q-wang'), summary(ms).join(', '));
  });
});

describe('meetings (blind set 3 patterns): who the story follows', () => {
  it('a counterpart reacting ("B ने ... सराहना की") does not become "उनकी" of the next meeting', () => {
    const ms = run('एस जयशंकर ने सोमवार को इवानोव से भेंट की। इवानोव ने भारत की मदद की सराहना की। वांग ली के साथ भी उनकी संक्षिप्त बैठक हुई।');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-jaishankar', 'Q-jaishankar+Q-wang']);
  });

  it('someone outside the last meeting who speaks does take the story', () => {
    const ms = run('एस जयशंकर ने सोमवार को इवानोव से भेंट की। राजनाथ सिंह ने मंगलवार को कहा कि सहयोग बढ़ेगा। वांग ली के साथ भी उनकी बैठक हुई।');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-jaishankar', 'Q-singh+Q-wang']);
  });
});

describe('meetings (blind set 3 patterns): headlines, visits and untagged subjects', () => {
  const GULF: TestEntity[] = [
    ...ENTITIES,
    { id: 'Q-oman', label: 'LOCATION', names: ['ओमान'], attrs: { type: 'country', country: 'OM' } },
    { id: 'Q-muscat', label: 'LOCATION', names: ['मस्कट'], attrs: { type: 'city', country: 'OM' } },
    { id: 'Q-duqm', label: 'LOCATION', names: ['दुक्म'], attrs: { type: 'city', country: 'OM' } },
    { label: 'LOCATION', names: ['अल आलम पैलेस'], attrs: { type: 'venue' } },
  ];
  const runWith = (text: string): Meeting[] => extractMeetings([{ id: 'a.txt', text, analysis: analyze(text, GULF) }]);

  it('a headline "<country> दौरा: ..." is not a dateline; the venue is in the visited country\'s main city', () => {
    const ms = runWith('ओमान दौरा: जयशंकर मस्कट पहुंचे\nमस्कट। एस जयशंकर ने रविवार को मस्कट में इवानोव से मुलाकात की। दुक्म बंदरगाह पर चर्चा हुई।\nएस जयशंकर ने अल आलम पैलेस में वांग ली से भेंट की।');
    const wang = ms.find((m) => pair(m) === 'Q-jaishankar+Q-wang');
    assert.ok(wang, summary(ms).join(', '));
    assert.equal(wang.place?.entityId, 'Q-muscat');
    assert.equal(wang.place?.venue?.name, 'अल आलम पैलेस');
  });

  it('"सुल्तान <untagged name> ... आए थे, जब उन्होंने मोदी से मुलाकात की थी": not the running subject\'s meeting', () => {
    const ms = runWith('एस जयशंकर ने रविवार को मस्कट में इवानोव से मुलाकात की। सुल्तान हैसम दिसंबर 2023 में नई दिल्ली आए थे, जब उन्होंने मोदी से मुलाकात की थी।');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-jaishankar']);
  });

  it('"X दिसंबर में आए थे, जब उन्होंने Y से मुलाकात की थी" with X tagged is X\'s past meeting', () => {
    const ms = runWith('एस जयशंकर ने रविवार को मस्कट में इवानोव से मुलाकात की। राष्ट्रपति दिमित्री पेत्रोव दिसंबर 2023 में नई दिल्ली आए थे, जब उन्होंने मोदी से मुलाकात की थी।');
    assert.deepEqual(summary(ms), ['Q-ivanov+Q-jaishankar held', 'Q-modi+Q-petrov past']);
  });
});

describe('meetings (blind set 3 patterns): an object pronoun', () => {
  it('"X ने भी होटल में उनसे मुलाकात की": the visitor the story follows, in the city (not the building) of the meeting before', () => {
    const VENUE: TestEntity[] = [...ENTITIES, { id: 'Q-hh', label: 'LOCATION', names: ['हैदराबाद हाउस'], attrs: { type: 'venue', country: 'IN' } }];
    const text = 'नई दिल्ली। दिमित्री पेत्रोव ने सोमवार को हैदराबाद हाउस में मोदी के साथ वार्ता की। विदेश मंत्री एस जयशंकर ने भी होटल में उनसे मुलाकात की।';
    const ms = extractMeetings([{ id: 'a.txt', text, analysis: analyze(text, VENUE) }]);
    assert.deepEqual(pairs(ms), ['Q-jaishankar+Q-petrov', 'Q-modi+Q-petrov']);
    const j = ms.find((m) => pair(m) === 'Q-jaishankar+Q-petrov');
    assert.equal(j?.place?.entityId, 'Q-delhi');
    assert.equal(j?.place?.venue, undefined);
  });
});
