import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../../src/core/analyze';
import { KnowledgeBase } from '../../../../src/core/kb/knowledgeBase';
import { analyze, ENTITIES, pairs } from './helpers';

const people = (text: string) => pairs(text).filter(([l]) => l === 'PERSON').map(([, t]) => t);

describe('ner: people after more roles, tweet signatures, initials and generic words', () => {
  it('finds a name after governor, senior fellow, analyst and expert cues (Hindi)', () => {
    const p = people('समारा क्षेत्र के गवर्नर दिमित्री अज़ारोव भी मौजूद थे। थिंक टैंक की वरिष्ठ फेलो कविता मेनन ने कहा। रक्षा विश्लेषक अनिल नायर ने कहा।');
    assert.ok(p.includes('दिमित्री अज़ारोव'), p.join(' | '));
    assert.ok(p.includes('कविता मेनन'), p.join(' | '));
    assert.ok(p.includes('अनिल नायर'), p.join(' | '));
  });

  it('finds a name after English roles and titles, with the title outside the span', () => {
    const p = people('Lord Harwick of the defence committee spoke. Senior fellow Ananya Krishnan and analyst Mikhail Orlov agreed. MP Tom Haverford asked.');
    assert.ok(p.includes('Harwick') && !p.some((x) => x.startsWith('Lord')), p.join(' | '));
    assert.ok(p.includes('Ananya Krishnan') && p.includes('Mikhail Orlov') && p.includes('Tom Haverford'), p.join(' | '));
  });

  it('takes the name after an apposition that ends in a comma', () => {
    const p = people("India's High Commissioner to the United Kingdom, Vivek Raman, said the visit mattered.");
    assert.deepEqual(p, ['Vivek Raman']);
  });

  it('does not take a place after an apposition for a name when no comma follows the name', () => {
    const p = people('The Governor of the province, which borders the sea, is away.');
    assert.deepEqual(p, []);
  });

  it('keeps initials outside the three-word limit', () => {
    assert.ok(people('नौसेना के प्रवक्ता कमांडर वी.एस. राम मोहन ने बताया।').includes('वी.एस. राम मोहन'));
  });

  it('finds the author of a tweet signature', () => {
    assert.ok(people('भारत के साथ साझेदारी मजबूत है।\n— Anita Deshpande (@anitad) March 3, 2025').includes('Anita Deshpande'));
    assert.ok(people('सहयोग जारी रहेगा।\n— सुरेश कालरा (@skalra) 4 मई 2025').includes('सुरेश कालरा'));
  });

  it('does not take generic nouns before an organisation word for a person', () => {
    const p = people('सरकारी परमाणु निगम के प्रमुख ने कहा कि परमाणु ऊर्जा पर काम जारी है।');
    assert.deepEqual(p, []);
  });

  it('does not take a rank-like role word itself, or a place after Sir, for a name', () => {
    assert.deepEqual(people('जहाज के ऑफिसर कमांडिंग ने आदेश दिया।'), []);
    assert.deepEqual(people('Patrols were stepped up in Sir Creek this week.'), []);
  });

  it('links spelling variants of a name part: nukta, ट/त and ो/े', () => {
    const p = people('गवर्नर इगोर फ़ोमिन ने कहा। फोमिन ने कहा कि उद्योग बढ़ेगा। उप प्रधानमंत्री यूरी त्रुत्नेव आए। ट्रुटनेव ने बात की। राजदूत अलेक्सेई लिखाचेव ने कहा। लिखाचोव ने बताया।');
    assert.ok(p.includes('फोमिन') && p.includes('ट्रुटनेव') && p.includes('लिखाचोव'), p.join(' | '));
  });

  it('never takes a name particle alone for a person, and joins a repeated name over it', () => {
    const p = people('यूएई के मंत्री सैफ़ अल मज़रूई ने कहा। बाद में सैफ़ अल मज़रूई ने हस्ताक्षर किए और अल रोज़ा समूह से मिले।');
    assert.ok(!p.includes('अल'), p.join(' | '));
    assert.deepEqual(p.filter((x) => x === 'सैफ़ अल मज़रूई').length, 2, p.join(' | '));
  });

  it('keeps a tweet author in the signature line as content, not boilerplate', () => {
    const text = 'रक्षा सहयोग पर दोनों देशों के बीच लंबी बातचीत हुई और कई समझौतों पर सहमति बनी, जिसकी जानकारी मंत्री ने दी।\n\n— Anita Deshpande (@anitad) March 3, 2025\n';
    const e = analyze(text).find((x) => x.label === 'PERSON' && x.text === 'Anita Deshpande');
    assert.ok(e, 'author found');
    assert.ok(!e.inBoilerplate, 'author not flagged as boilerplate');
  });

  it('keeps initials with the name: before a surname, before a found name, and as a middle initial', () => {
    const p = people('बैठक में ए.के. सिंह और जे.पी. यादव मौजूद थे। ब्रह्मोस के प्रमुख जयंत आर. कुलकर्णी ने कहा। बाद में जयंत आर. कुलकर्णी ने दौरा किया।');
    assert.ok(p.includes('ए.के. सिंह') && p.includes('जे.पी. यादव'), p.join(' | '));
    assert.deepEqual(p.filter((x) => x === 'जयंत आर. कुलकर्णी').length, 2, p.join(' | '));
  });

  it('does not run a name into a month, and takes ली as the start of an East Asian name', () => {
    const p = people('ओमान के सुल्तान हैसम दिसंबर 2023 में आए थे। चीनी प्रधानमंत्री ली फंग के साथ बात हुई।');
    assert.ok(p.includes('हैसम') && p.includes('ली फंग'), p.join(' | '));
  });

  it('takes a two-word name closed by a postposition after an expert\'s title, but not a common word', () => {
    assert.ok(people('रक्षा विश्लेषक विजय शंकर ने कहा कि यह सही है।').includes('विजय शंकर'));
    assert.deepEqual(people('कई विश्लेषक मानते हैं कि यह सही है।'), []);
  });

  it('does not link a name word that names a place before a place noun', () => {
    const text = 'राज्यपाल व्लादिमीर ओसिपोव ने कहा। व्लादिमीर क्षेत्र में नया संयंत्र खुला।';
    assert.ok(!people(text).includes('व्लादिमीर'), people(text).join(' | '));
  });

  it('finds names after envoys, advisers and chief designers, and not after adjectives before निगम/खान', () => {
    const p = people('राष्ट्रपति के विशेष दूत यूरी ओरलोव ने कहा। डिज़ाइन ब्यूरो के मुख्य डिज़ाइनर मिखाइल स्त्रेलेत्स ने बताया। राष्ट्रीय खनिज विकास निगम ने कहा। कोयला खान में हादसा हुआ।');
    assert.deepEqual(p, ['यूरी ओरलोव', 'मिखाइल स्त्रेलेत्स']);
  });

  it('finds a name by a surname from across India', () => {
    const p = people('इस मौके पर अनिरुद्ध भट्टाचार्य और Priya Shetty भी मौजूद थे।');
    assert.deepEqual(p, ['अनिरुद्ध भट्टाचार्य', 'Priya Shetty']);
  });

  it('takes a first name that is also a known place when a surname and a postposition follow a strong cue', () => {
    const kb = new KnowledgeBase([...ENTITIES, { id: 'place/mathura', label: 'LOCATION', name: { hi: 'मथुरा', en: 'Mathura' }, aliases: [], attrs: { country: 'IN', type: 'city' } }]);
    const e = analyzeDocument('कमांडर मथुरा वशिष्ठ ने कहा। विदेश मंत्री मथुरा पहुंचे। प्रधानमंत्री मथुरा लौटे।', { kb }).entities;
    assert.deepEqual(e.map((x) => [x.label, x.text]), [['PERSON', 'मथुरा वशिष्ठ'], ['LOCATION', 'मथुरा'], ['LOCATION', 'मथुरा']]);
  });

  it('takes a name set off by commas right after a role', () => {
    assert.deepEqual(people('भारत के उच्चायुक्त, अमित वशिष्ठ, ने कहा। राजदूत, जो कल आए, ने कहा।'), ['अमित वशिष्ठ']);
  });
});
