import * as assert from 'node:assert/strict';
import { analyze, pairs } from './helpers';

describe('ner/people: cue-based people and coreference', () => {
  it('finds unknown people after roles and ranks, with role and country from apposition', () => {
    const e = analyze('उज्बेकिस्तान के रक्षा मंत्री लेफ्टिनेंट जनरल बखोदिर कुर्बानोव ने कहा।');
    const p = e.find((x) => x.label === 'PERSON')!;
    assert.equal(p.text, 'बखोदिर कुर्बानोव');
    assert.equal(p.method, 'cue');
    assert.equal(p.attrs?.role, 'defence minister');
    assert.equal(p.attrs?.rank, 'lieutenant general');
  });

  it('reads initials written together or spaced after a rank ("डी.के. सुनील", "एस. के. शर्मा", "A.P. Rao")', () => {
    for (const [text, name] of [
      ['मेजर जनरल डी.के. सुनील ने कहा।', 'डी.के. सुनील'],
      ['लेफ्टिनेंट जनरल एस. के. शर्मा मौजूद थे।', 'एस. के. शर्मा'],
      ['Lieutenant General A.P. Rao said so.', 'A.P. Rao'],
    ]) {
      const p = analyze(text).find((x) => x.label === 'PERSON');
      assert.equal(p?.text, name, text);
    }
    // के as a postposition after an initial is not part of the name
    assert.equal(analyze('मेजर जनरल डी. के साथ बैठक हुई।').find((x) => x.label === 'PERSON'), undefined);
  });

  it('takes the country from a KB country or a demonym before the role', () => {
    const a = analyze('रूस के उप प्रधानमंत्री डेनिस मंटुरोव ने कहा').find((x) => x.label === 'PERSON')!;
    assert.equal(a.text, 'डेनिस मंटुरोव');
    assert.equal(a.attrs?.country, 'RU');
    assert.equal(a.attrs?.role, 'deputy prime minister');
    const b = analyze('चीनी रक्षा मंत्री एडमिरल डोंग जून से मुलाकात की').find((x) => x.label === 'PERSON')!;
    assert.equal(b.text, 'डोंग जून');
    assert.equal(b.attrs?.country, 'CN');
    assert.equal(b.attrs?.rank, 'admiral');
  });

  it('adds cue attributes to KB people', () => {
    const p = analyze('रूस के रक्षा मंत्री आंद्रेई बेलोसोव से मिले').find((x) => x.label === 'PERSON')!;
    assert.equal(p.entityId, 'person/belousov');
    assert.equal(p.attrs?.role, 'defence minister');
    assert.equal(p.attrs?.country, 'RU');
  });

  it('stops the name at postpositions, verbs and punctuation', () => {
    assert.deepEqual(pairs('रक्षा मंत्री ने कहा'), []);
    assert.deepEqual(pairs('प्रधानमंत्री कार्यालय ने बताया'), []);
    assert.deepEqual(pairs('President Emmanuel Macron said'), [['PERSON', 'Emmanuel Macron']]);
    assert.deepEqual(pairs('विदेश मंत्री एस जयशंकर के साथ'), [['PERSON', 'एस जयशंकर']]);
  });

  it('links a surname to the one full name in the document', () => {
    const e = analyze('रक्षा मंत्री राजनाथ सिंह मॉस्को गए। सिंह ने कहा कि संबंध मजबूत हैं।');
    const singh = e.filter((x) => x.text === 'सिंह');
    assert.equal(singh.length, 1);
    assert.equal(singh[0].method, 'coref');
    assert.equal(singh[0].entityId, 'person/rajnath');
  });

  it('does not make a bare surname a person without a full name or a cue', () => {
    assert.deepEqual(pairs('सिंह ने कहा कि वह आएंगे।'), []);
  });

  it('leaves a name part that two people share unlinked', () => {
    const e = analyze('मंत्री अजय कुमार और मंत्री विजय कुमार आए। कुमार ने कहा।');
    assert.equal(e.filter((x) => x.text === 'कुमार').length, 0);
  });

  it('knows the roles of everyday news (police, courts, relatives) and keeps a KB role over a vague cue', () => {
    const e = analyze('पुलिस अधीक्षक राकेश वर्मा ने बताया कि आरोपी रमेश यादव को पकड़ा गया। उनकी पत्नी सुनीता देवी ने कहा।');
    assert.deepEqual(e.filter((x) => x.label === 'PERSON').map((x) => [x.text, x.attrs?.role]), [
      ['राकेश वर्मा', 'superintendent of police'], ['रमेश यादव', 'accused'], ['सुनीता देवी', undefined],
    ]);
    const [putin] = analyze('रूसी नेता व्लादिमीर पुतिन ने कहा').filter((x) => x.label === 'PERSON');
    assert.equal(putin.attrs?.role, 'president');
    assert.equal(putin.attrs?.country, 'RU');
  });

  it('asks more of a name after a weak cue (profession, relative, accused)', () => {
    assert.deepEqual(pairs('कोच ने कहा कि खिलाड़ी पूरी तरह फिट हैं और आरोपी विकास फरार है।'), []);
    assert.deepEqual(pairs('कप्तान रोहित शर्मा ने कहा। खेल मंत्री मनसुख मांडविया आए।'), [['PERSON', 'रोहित शर्मा'], ['PERSON', 'मनसुख मांडविया']]);
  });

  it('takes Arabic name particles and the word after them into a cue name, and never ends a name on one', () => {
    assert.deepEqual(pairs('ओमान के विदेश मंत्री सैयद बद्र बिन हमद अल बुसैदी ने कहा।'), [['PERSON', 'सैयद बद्र बिन हमद अल बुसैदी']]);
    assert.deepEqual(pairs('Defence Minister Khalid bin Salman said.'), [['PERSON', 'Khalid bin Salman']]);
    assert.deepEqual(pairs('रक्षा मंत्री अहमद बिन। बैठक हुई।'), [['PERSON', 'अहमद']]);
    // without particles the limit stays three words
    assert.deepEqual(pairs('विदेश मंत्री अहमद हसन अली रज़ा ने कहा।'), [['PERSON', 'अहमद हसन अली']]);
  });

  it('links a hyphen-joined name part to the same person as one span ("बद्र अल-बुसैदी")', () => {
    const e = analyze('ओमान के विदेश मंत्री सैयद बद्र बिन हमद अल बुसैदी ने कहा। बाद में बद्र अल-बुसैदी मस्कट लौटे।');
    assert.deepEqual(e.filter((x) => x.label === 'PERSON').map((x) => [x.text, x.method]), [
      ['सैयद बद्र बिन हमद अल बुसैदी', 'cue'],
      ['बद्र अल-बुसैदी', 'coref'],
    ]);
  });
});
