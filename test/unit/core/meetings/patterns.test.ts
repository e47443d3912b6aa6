import * as assert from 'node:assert/strict';
import { extractMeetings } from '../../../../src/core/meetings';
import type { Meeting, Zone } from '../../../../src/core/model';
import { analyze, pair } from './helpers';

function run(text: string, zones: Zone[] = [], id = 'a.txt', includeCalls = false): Meeting[] {
  return extractMeetings([{ id, text, analysis: analyze(text, undefined, zones) }], { includeCalls });
}
const pairs = (ms: Meeting[]): string[] => ms.map(pair).sort();

describe('meetings: Hindi argument patterns', () => {
  it('X ने Y से मुलाकात की, with the place of the sentence', () => {
    const ms = run('रक्षा मंत्री राजनाथ सिंह ने मॉस्को में रूस के रक्षा मंत्री सर्गेई इवानोव से मुलाकात की।');
    assert.deepEqual(pairs(ms), ['Q-ivanov+Q-singh']);
    assert.equal(ms[0].status, 'held');
    assert.equal(ms[0].place?.entityId, 'Q-moscow');
    assert.equal(ms[0].mentions.length, 1);
    assert.equal(ms[0].mentions[0].start, 0);
  });

  it('a nationality is not a place ("रूस के रक्षा मंत्री")', () => {
    const ms = run('राजनाथ सिंह ने रूस के रक्षा मंत्री सर्गेई इवानोव से मुलाकात की।');
    assert.equal(ms.length, 1);
    assert.equal(ms[0].place, undefined);
  });

  it('headline forms: X की Y से मुलाकात; Y से मिले X; X-Y मुलाकात', () => {
    assert.deepEqual(pairs(run('राजनाथ सिंह की सर्गेई इवानोव से मुलाकात')), ['Q-ivanov+Q-singh']);
    assert.deepEqual(pairs(run('रूस के राष्ट्रपति दिमित्री पेत्रोव से मिले रक्षा मंत्री राजनाथ सिंह, बोले- दोस्ती गहरी')), ['Q-petrov+Q-singh']);
    assert.deepEqual(pairs(run('सिंह-इवानोव मुलाकात: रक्षा सहयोग पर जोर')), ['Q-ivanov+Q-singh']);
  });

  it('X और Y के बीच बैठक; X ने Y के साथ ... बातचीत की; X और Y ने बातचीत की', () => {
    assert.deepEqual(pairs(run('नई दिल्ली में राजनाथ सिंह और सर्गेई इवानोव के बीच बैठक हुई।')), ['Q-ivanov+Q-singh']);
    assert.deepEqual(pairs(run('सिंह ने इवानोव के साथ रक्षा सहयोग पर विस्तृत बातचीत की।')), ['Q-ivanov+Q-singh']);
    assert.deepEqual(pairs(run('सिंह और इवानोव ने क्षेत्रीय सुरक्षा पर बातचीत की।')), ['Q-ivanov+Q-singh']);
  });

  it('"X ने Y के साथ ... चर्चा की" reports talks; "X ने Y से बात की" alone does not', () => {
    assert.deepEqual(pairs(run('राजनाथ सिंह ने सर्गेई इवानोव के साथ रक्षा सहयोग पर चर्चा की।')), ['Q-ivanov+Q-singh']);
    assert.deepEqual(run('राजनाथ सिंह ने सर्गेई इवानोव से बात की।'), []);
  });

  it('"Y से मुलाकात के बाद X ने कहा": the subject after the trigger, not the one of the sentence before', () => {
    const text = 'एस जयशंकर ने वांग ली से मुलाकात की। सर्गेई इवानोव से मुलाकात के बाद राजनाथ सिंह ने कहा कि संबंध मजबूत हैं।';
    assert.deepEqual(pairs(run(text)), ['Q-ivanov+Q-singh', 'Q-jaishankar+Q-wang']);
  });

  it('lists of counterparts: one meeting per counterpart', () => {
    const ms = run('सिंह ने उज्बेकिस्तान के रक्षा मंत्री करीम अहमद, चीन के रक्षा मंत्री वांग ली और एस जयशंकर से भी मुलाकात की।');
    assert.deepEqual(pairs(ms), ['Q-ahmed+Q-singh', 'Q-jaishankar+Q-singh', 'Q-singh+Q-wang']);
    const ms2 = run('सिंह ने करीम अहमद और वांग ली के साथ अलग-अलग द्विपक्षीय बैठकें कीं।');
    assert.deepEqual(pairs(ms2), ['Q-ahmed+Q-singh', 'Q-singh+Q-wang']);
    const ms3 = run('सिंह ने करीम अहमद और वांग ली के साथ अलग-अलग बैठक की।');
    assert.deepEqual(pairs(ms3), ['Q-ahmed+Q-singh', 'Q-singh+Q-wang']);
    // Without "अलग-अलग": one meeting of the three.
    assert.deepEqual(pairs(run('सिंह ने करीम अहमद और वांग ली के साथ बैठक की।')), ['Q-ahmed+Q-singh+Q-wang']);
  });

  it('role phrases resolve to the person named in the article: अपने रूसी समकक्ष', () => {
    const text = 'राजनाथ सिंह ने अपने रूसी समकक्ष से मुलाकात की। रूस के रक्षा मंत्री सर्गेई इवानोव ने सहयोग की बात कही।';
    assert.deepEqual(pairs(run(text)), ['Q-ivanov+Q-singh']);
  });

  it('role resolution needs the country: an unknown counterpart gives no meeting', () => {
    assert.deepEqual(run('राजनाथ सिंह ने अपने चीनी समकक्ष से मुलाकात की।'), []);
  });

  it('उन्होंने and a missing subject resolve to the subject of the sentences before', () => {
    const ms = run('राजनाथ सिंह ने मॉस्को में सर्गेई इवानोव से मुलाकात की। उन्होंने वांग ली के साथ भी बातचीत की। इससे पहले करीम अहमद से मुलाकात की।');
    assert.deepEqual(pairs(ms), ['Q-ahmed+Q-singh', 'Q-ivanov+Q-singh', 'Q-singh+Q-wang']);
  });

  it('दोनों नेताओं and यह बैठक add mentions to the meeting just reported, not new meetings', () => {
    const text = 'राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात की। दोनों नेताओं ने एस-400 की आपूर्ति पर चर्चा की। यह बैठक 21वें अंतर सरकारी आयोग सत्र के दौरान हुई।';
    const ms = run(text);
    assert.equal(ms.length, 1);
    assert.equal(ms[0].mentions.length, 3);
    assert.deepEqual(ms[0].topics.map((t) => t.name), ['एस-400']);
    assert.match(ms[0].occasion?.name ?? '', /21वें/);
  });

  it('nukta spellings: precomposed क़ and क + nukta both trigger', () => {
    const pre = 'सिंह ने इवानोव से मुला\u0958ात की।';
    const dec = 'सिंह ने इवानोव से मुला\u0915\u093cात की।';
    assert.deepEqual(pairs(run(pre)), ['Q-ivanov+Q-singh']);
    assert.deepEqual(pairs(run(dec)), ['Q-ivanov+Q-singh']);
  });

  it('gifts, "together" and "found" are not meetings', () => {
    assert.deepEqual(run('सिंह ने इवानोव को मधुबनी पेंटिंग भेंट की।'), []);
    assert.deepEqual(run('भारत और रूस सिंह के साथ मिलकर काम करेंगे।'), []);
    assert.deepEqual(run('सिंह के घर मिले हजारों दस्तावेज।'), []);
    assert.deepEqual(run('सिंह ने कैबिनेट बैठक में फैसला लिया।'), []);
  });
});

describe('meetings: status, calls and boilerplate', () => {
  it('future tense is planned, pluperfect is past', () => {
    assert.equal(run('सर्गेई इवानोव गुरुवार को राजनाथ सिंह के साथ अहम बैठक करेंगे।')[0]?.status, 'planned');
    assert.equal(run('पिछले साल सिंह ने इवानोव से मुलाकात की थी।')[0]?.status, 'past');
  });

  it('a future verb in a clause after "कहा कि" does not make the meeting planned', () => {
    assert.equal(run('राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात के बाद कहा कि सहयोग बढ़ेगा और समझौता होगा।')[0]?.status, 'held');
  });

  it('X ने Y की मेजबानी की / X ने Y का स्वागत किया', () => {
    assert.deepEqual(pairs(run('दिमित्री पेत्रोव ने मॉस्को में राजनाथ सिंह की मेजबानी की।')), ['Q-petrov+Q-singh']);
    assert.deepEqual(pairs(run('राजनाथ सिंह ने हवाई अड्डे पर सर्गेई इवानोव का स्वागत किया।')), ['Q-ivanov+Q-singh']);
  });

  it('phone calls are left out, or kept with status call', () => {
    const text = 'राजनाथ सिंह ने सर्गेई इवानोव से फोन पर बातचीत की।';
    assert.deepEqual(run(text), []);
    const calls = run(text, [], 'a.txt', true);
    assert.equal(calls.length, 1);
    assert.equal(calls[0].status, 'call');
  });

  it('nothing from boilerplate zones', () => {
    const body = 'खेल की खबर आई।\n';
    const teaser = 'राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात की।';
    const text = body + teaser;
    assert.deepEqual(run(text, [{ start: body.length, end: text.length, kind: 'recent-posts' }]), []);
    assert.equal(run(text).length, 1);
  });
});

describe('meetings: English patterns', () => {
  it('X met Y in Moscow; X held talks with Y; X and Y co-chaired', () => {
    const a = run('Rajnath Singh met Sergei Ivanov in Moscow on Tuesday.');
    assert.deepEqual(pairs(a), ['Q-ivanov+Q-singh']);
    assert.equal(a[0].place?.entityId, 'Q-moscow');
    assert.deepEqual(pairs(run('Rajnath Singh held talks with Wang Li.')), ['Q-singh+Q-wang']);
    assert.deepEqual(pairs(run('Rajnath Singh and Sergei Ivanov co-chaired the 21st session.')), ['Q-ivanov+Q-singh']);
    assert.equal(run('Rajnath Singh will meet Sergei Ivanov.')[0]?.status, 'planned');
  });
});

describe('meetings: place and date from the article', () => {
  it('dateline city when the sentence has none; the city in the sentence wins', () => {
    assert.equal(run('नई दिल्ली। सिंह ने इवानोव से मुलाकात की।')[0]?.place?.entityId, 'Q-delhi');
    assert.equal(run('मॉस्को/नई दिल्ली। सिंह ने इवानोव से मुलाकात की।')[0]?.place?.entityId, 'Q-moscow');
    assert.equal(run('मॉस्को/नई दिल्ली। सिंह ने नई दिल्ली में इवानोव से मुलाकात की।')[0]?.place?.entityId, 'Q-delhi');
  });

  it('date from the sentence; weekday resolved against an embedded tweet date', () => {
    const a = run('सिंह ने 10 दिसंबर 2024 को इवानोव से मुलाकात की।');
    assert.equal(a[0].date?.value, '2024-12-10');
    const text = 'सिंह ने मंगलवार को इवानोव से मुलाकात की।\nGlad to meet my friend.\n— Rajnath Singh (@rajnathsingh) December 12, 2024';
    const b = run(text);
    assert.equal(b.length, 1);
    assert.equal(b[0].date?.value, '2024-12-10');
    assert.equal(b[0].date?.weekday, 2);
  });

  it('a dateline with a date dates the article: the weekday of a planned meeting resolves forward', () => {
    const ms = run('नई दिल्ली, 10 दिसंबर 2024 (भाषा) सर्गेई इवानोव गुरुवार को राजनाथ सिंह से मुलाकात करेंगे।');
    assert.equal(ms.length, 1);
    assert.equal(ms[0].status, 'planned');
    assert.equal(ms[0].date?.value, '2024-12-12');
  });

  it('"मुलाकात के दौरान X ने Y को ..." adds a mention to the meeting of X and Y', () => {
    const ms = run('सिंह ने करीम अहमद और वांग ली के साथ अलग-अलग द्विपक्षीय बैठकें कीं। मुलाकात के दौरान सिंह ने अहमद को भारत आने का न्योता दिया।', [], 'a.txt');
    const withAhmed = ms.find((m) => pair(m) === 'Q-ahmed+Q-singh');
    assert.equal(withAhmed?.mentions.length, 2);
  });

  it('a held meeting without a date takes the article date', () => {
    const text = 'सिंह ने इवानोव से मुलाकात की।\n— Rajnath Singh (@rajnathsingh) December 10, 2024';
    assert.equal(run(text)[0]?.date?.value, '2024-12-10');
  });
});

describe('meetings: across articles', () => {
  const docA = 'मॉस्को। राजनाथ सिंह ने मॉस्को में सर्गेई इवानोव से मुलाकात की।';
  const docB = 'राजनाथ सिंह और सर्गेई इवानोव के बीच मॉस्को में बैठक हुई। दोनों नेताओं ने एस-400 पर चर्चा की।';
  const docC = 'राजनाथ सिंह ने बीजिंग में सर्गेई इवानोव से मुलाकात की।';

  it('same participants and place: one meeting with mentions from both articles', () => {
    const ms = extractMeetings([{ id: 'a.txt', text: docA, analysis: analyze(docA) }, { id: 'b.txt', text: docB, analysis: analyze(docB) }]);
    assert.equal(ms.length, 1);
    assert.deepEqual([...new Set(ms[0].mentions.map((m) => m.document))], ['a.txt', 'b.txt']);
    assert.equal(ms[0].mentions.length, 3);
  });

  it('another city is another meeting', () => {
    const ms = extractMeetings([{ id: 'a.txt', text: docA, analysis: analyze(docA) }, { id: 'c.txt', text: docC, analysis: analyze(docC) }]);
    assert.equal(ms.length, 2);
    assert.notEqual(ms[0].id, ms[1].id);
  });

  it('same occasion, different dates: merged, and the disagreement is recorded', () => {
    const x = 'सिंह ने 21वें अंतर सरकारी आयोग सत्र के दौरान 10 दिसंबर 2024 को इवानोव से मुलाकात की।';
    const y = 'सिंह ने 21वें अंतर सरकारी आयोग सत्र के दौरान 11 दिसंबर 2024 को इवानोव से मुलाकात की।';
    const ms = extractMeetings([{ id: 'x.txt', text: x, analysis: analyze(x) }, { id: 'y.txt', text: y, analysis: analyze(y) }]);
    assert.equal(ms.length, 1);
    const dates = ms[0].disagreements?.date ?? [];
    assert.deepEqual(dates.map((d) => [d.value, d.sources]).sort(), [['2024-12-10', ['x.txt']], ['2024-12-11', ['y.txt']]]);
  });

  it('ids are stable: the same input gives the same ids, a new article does not change the others', () => {
    const docs = [{ id: 'a.txt', text: docA, analysis: analyze(docA) }, { id: 'c.txt', text: docC, analysis: analyze(docC) }];
    const first = extractMeetings(docs).map((m) => m.id).sort();
    const again = extractMeetings(docs).map((m) => m.id).sort();
    assert.deepEqual(again, first);
    const more = extractMeetings([...docs, { id: 'b.txt', text: docB, analysis: analyze(docB) }]).map((m) => m.id).sort();
    assert.deepEqual(more, first);
    assert.ok(first.every((id) => /^m-[0-9a-f]{12}$/.test(id)));
  });

  it('bad input: empty text and an empty analysis give no meetings and no error', () => {
    assert.deepEqual(extractMeetings([{ id: 'e.txt', text: '', analysis: { zones: [], sentences: [], entities: [] } }]), []);
    assert.deepEqual(extractMeetings([{ id: 'f.txt', text: '\ufeff\r\nकुछ नहीं।\r\n', analysis: { zones: [], sentences: [], entities: [] } }]), []);
  });
});

describe('meetings: things that are not meetings', () => {
  it('denied, cancelled or refused meetings', () => {
    assert.deepEqual(run('राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात नहीं की।'), []);
    assert.deepEqual(run('राजनाथ सिंह और सर्गेई इवानोव के बीच होने वाली बैठक रद्द कर दी गई।'), []);
    assert.deepEqual(run('Rajnath Singh refused to meet Sergei Ivanov.'), []);
  });

  it('English: "talks about" and a call received are not meetings', () => {
    assert.deepEqual(run('Rajnath Singh talks about Sergei Ivanov in his new book.'), []);
    assert.deepEqual(run('Rajnath Singh received a call from Sergei Ivanov.'), []);
  });

  it('"X से मिली जानकारी" is information received, not a meeting', () => {
    assert.deepEqual(run('राजनाथ सिंह ने कहा कि सर्गेई इवानोव से मिली जानकारी के आधार पर कदम उठाया गया।'), []);
  });

  it('an EVENT that is a war or a topic is not the occasion', () => {
    const text = 'राजनाथ सिंह ने सर्गेई इवानोव से मुलाकात की। दोनों नेताओं ने यूक्रेन युद्ध पर चर्चा की।';
    const a = analyze(text);
    const at = text.indexOf('यूक्रेन युद्ध');
    a.entities.push({ start: at, end: at + 'यूक्रेन युद्ध'.length, label: 'EVENT', text: 'यूक्रेन युद्ध', source: 'auto', status: 'suggested', confidence: 0.9 });
    a.entities.sort((x, y) => x.start - y.start);
    const ms = extractMeetings([{ id: 'a.txt', text, analysis: a }]);
    assert.equal(ms.length, 1);
    assert.equal(ms[0].occasion, undefined);
    assert.equal(ms[0].mentions.length, 2);
  });
});

describe('meetings: lessons from unseen articles', () => {
  it('"X और Y के बीच ... बातचीत" does not pull in the running subject', () => {
    const text = 'एस जयशंकर ने सर्गेई इवानोव के साथ बातचीत की। नरेंद्र मोदी और दिमित्री पेत्रोव के बीच हुई बातचीत के बाद यह बैठक हुई।';
    assert.deepEqual(pairs(run(text)), ['Q-ivanov+Q-jaishankar', 'Q-modi+Q-petrov']);
  });

  it('a bare role ("विदेश मंत्री ने") is the subject of the article when the role matches', () => {
    const text = 'एस जयशंकर ने सर्गेई इवानोव के साथ बातचीत की। विदेश मंत्री ने करीम अहमद से भी मुलाकात की।';
    assert.deepEqual(pairs(run(text)), ['Q-ahmed+Q-jaishankar', 'Q-ivanov+Q-jaishankar']);
  });

  it('"मंत्रियों की बैठक" is the occasion, and "X ने Y के साथ ... पर बात की" is talks', () => {
    const ms = run('बीजिंग में जी20 विदेश मंत्रियों की बैठक के दौरान एस जयशंकर ने वांग ली के साथ सीमा के मुद्दों पर बात की।');
    assert.deepEqual(pairs(ms), ['Q-jaishankar+Q-wang']);
    assert.equal(ms[0].occasion?.name, 'जी20 विदेश मंत्रियों की बैठक');
    assert.equal(ms[0].place?.entityId, 'Q-beijing');
  });

  it('"संभावना" makes a meeting planned', () => {
    assert.equal(run('गुरुवार को एस जयशंकर की वांग ली के साथ बैठक होने की संभावना है।')[0]?.status, 'planned');
  });

  it('talks in an article about a phone call are that call', () => {
    const text = 'सिंह ने इवानोव के साथ फोन पर की बातचीत\nराजनाथ सिंह ने मंगलवार को सर्गेई इवानोव के साथ बातचीत की।';
    assert.deepEqual(run(text), []);
    const calls = run(text, [], 'a.txt', true);
    assert.equal(calls.length, 1);
    assert.equal(calls[0].status, 'call');
    assert.equal(calls[0].mentions.length, 2);
    // A meeting in person with the same pair stays a meeting.
    assert.equal(run('सिंह ने इवानोव के साथ फोन पर बातचीत की।\nराजनाथ सिंह ने मंगलवार को सर्गेई इवानोव से मुलाकात की।').length, 1);
  });

  it('a dateline on its own line below the headline', () => {
    const text = 'सिंह ने इवानोव से की मुलाकात\nविज्ञापन\nमॉस्को:\nराजनाथ सिंह ने शुक्रवार को सर्गेई इवानोव से मुलाकात की।';
    assert.equal(run(text)[0]?.place?.entityId, 'Q-moscow');
  });

  it('a dateline with an agency names the place even when the knowledge base does not know it', () => {
    const ms = run('तियानजिन (चीन), एक सितंबर (भाषा) नरेंद्र मोदी ने सोमवार को दिमित्री पेत्रोव के साथ बातचीत की।');
    assert.equal(ms[0]?.place?.name, 'तियानजिन');
    assert.equal(ms[0]?.date?.text, 'सोमवार');
  });

  it('a visit abroad is the place rather than the reporter\'s city', () => {
    const ms = run('नई दिल्ली। नरेंद्र मोदी ने दिमित्री पेत्रोव से मुलाकात की। मोदी रूस की दो दिवसीय आधिकारिक यात्रा पर हैं।');
    assert.equal(ms[0]?.place?.entityId, 'Q-russia');
  });

  it('"Y का X ने ... स्वागत किया": the welcomed person may stand far from the verb', () => {
    assert.deepEqual(pairs(run('नरेंद्र मोदी का दिमित्री पेत्रोव ने मॉस्को में अपने आवास पर एक निजी कार्यक्रम के लिए स्वागत किया।')), ['Q-modi+Q-petrov']);
  });
});

describe('meetings: awkward input', () => {
  it('CRLF, BOM, emoji and NUL bytes: mentions are exact slices of the original text', () => {
    const text = '\ufeffमॉस्को।\r\n😀 राजनाथ सिंह ने 🇮🇳 सर्गेई इवानोव से मुलाकात की।\r\n\u0000\u0001 दोनों नेताओं ने चर्चा की।\r\n';
    const ms = run(text);
    assert.equal(ms.length, 1);
    assert.equal(ms[0].place?.entityId, 'Q-moscow');
    for (const m of ms[0].mentions) assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(ms[0].mentions.length, 2);
  });

  it('a long article of many names and no punctuation gives a result (no error)', () => {
    const unit = 'राजनाथ सिंह और सर्गेई इवानोव और वांग ली ';
    const text = unit.repeat(2000) + 'के बीच बैठक हुई';
    const ms = run(text);
    assert.equal(ms.length, 1);
    assert.deepEqual(ms[0].participants.map((p) => p.entityId).sort(), ['Q-ivanov', 'Q-singh', 'Q-wang']);
  });
});
