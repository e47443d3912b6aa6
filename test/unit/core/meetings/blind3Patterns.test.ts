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
