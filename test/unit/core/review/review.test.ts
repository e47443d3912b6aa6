import * as assert from 'node:assert/strict';
import type { EntitySpan, Meeting } from '../../../../src/core/model';
import {
  compareMeetingSources, matchSourceMeetings, sharedEntities, sharedSteps, takeFieldFromSource, takeFieldText, variantKey,
} from '../../../../src/core/review';

function span(text: string, needle: string, label: string, entityId?: string, from = 0, extra: Partial<EntitySpan> = {}): EntitySpan {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `'${needle}' not in text`);
  return { start, end: start + needle.length, text: needle, label, entityId, source: 'auto', status: 'suggested', confidence: 0.9, ...extra };
}

describe('review: shared entities', () => {
  const L = 'राजनाथ सिंह ने आंद्रेई बेलौसोव से मॉस्को में मुलाकात की। बेलौसोव ने कहा। Recent: दिल्ली';
  const R = 'रक्षा मंत्री राजनाथ सिंह और बेलोसोव की बैठक मॉस्को में हुई। सिंह ने कहा। पुतिन भी थे।';
  const left = [
    span(L, 'राजनाथ सिंह', 'PERSON', 'Q-singh'),
    span(L, 'आंद्रेई बेलौसोव', 'PERSON', 'Q-belousov'),
    span(L, 'मॉस्को', 'LOCATION', 'Q-moscow'),
    span(L, 'बेलौसोव', 'PERSON', 'Q-belousov', L.indexOf('की।')),
    span(L, 'दिल्ली', 'LOCATION', 'Q-delhi', 0, { inBoilerplate: true }),
  ];
  const right: EntitySpan[] = [
    span(R, 'राजनाथ सिंह', 'PERSON', 'Q-singh'),
    span(R, 'बेलोसोव', 'PERSON', 'Q-belousov'),
    span(R, 'मॉस्को', 'LOCATION', 'Q-moscow'),
    span(R, 'सिंह', 'PERSON', 'Q-singh', R.indexOf('हुई')),
    span(R, 'पुतिन', 'PERSON', 'Q-putin'),
    { start: 5, end: 5, text: '', label: 'LOCATION', entityId: 'Q-delhi', source: 'auto', status: 'suggested', confidence: 1 }, // empty: ignored
  ];

  it('finds entities both sides mention by id, even spelled differently, in left reading order', () => {
    const shared = sharedEntities(left, right);
    assert.deepEqual(shared.map((e) => e.entityId), ['Q-singh', 'Q-belousov', 'Q-moscow']);
    const bel = shared[1];
    assert.deepEqual(bel.leftSpellings, ['आंद्रेई बेलौसोव', 'बेलौसोव']);
    assert.deepEqual(bel.rightSpellings, ['बेलोसोव']);
    assert.equal(bel.spelledDifferently, true);
    assert.equal(shared[2].spelledDifferently, false);
    // boilerplate mention of Delhi on the left is not shared
    assert.ok(!shared.some((e) => e.entityId === 'Q-delhi'));
  });

  it('matches unlinked spans by label and loose spelling', () => {
    assert.equal(variantKey('बेलौसोव'), variantKey('बेलोसोव'));
    assert.notEqual(variantKey('बेलोसोव'), variantKey('पुतिन'));
    assert.equal(variantKey('Belousov'), variantKey('BELOUSOV'));
    const shared = sharedEntities([span(L, 'बेलौसोव', 'PERSON')], [span(R, 'बेलोसोव', 'PERSON'), span(R, 'पुतिन', 'PERSON')]);
    assert.equal(shared.length, 1);
    assert.equal(shared[0].key, `PERSON|${variantKey('बेलोसोव')}`);
    // same spelling key but another label is another entity
    assert.equal(sharedEntities([span(L, 'मॉस्को', 'LOCATION')], [span(R, 'मॉस्को', 'ORG')]).length, 0);
  });

  it('steps pair mentions of the same entity in left reading order', () => {
    const steps = sharedSteps(sharedEntities(left, right));
    assert.deepEqual(steps.map((s) => [s.left.text, s.right.text]), [
      ['राजनाथ सिंह', 'राजनाथ सिंह'],
      ['राजनाथ सिंह', 'सिंह'], // the right's second Singh mention, with the left's only one
      ['आंद्रेई बेलौसोव', 'बेलोसोव'],
      ['मॉस्को', 'मॉस्को'],
      ['बेलौसोव', 'बेलोसोव'],
    ]);
    for (const s of steps) {
      assert.equal(L.slice(s.left.start, s.left.end), s.left.text);
      assert.equal(R.slice(s.right.start, s.right.end), s.right.text);
    }
  });
});

function meeting(id: string, over: Partial<Meeting>): Meeting {
  return { id, participants: [], topics: [], status: 'held', confidence: 0.8, mentions: [], ...over };
}

describe('review: meeting fields per source', () => {
  const singh = { entityId: 'Q-singh', name: 'राजनाथ सिंह', role: 'रक्षा मंत्री' };
  const putin = { entityId: 'Q-putin', name: 'व्लादिमीर पुतिन' };
  const modi = { entityId: 'Q-modi', name: 'नरेंद्र मोदी' };
  const merged = meeting('m1', {
    participants: [singh, putin],
    place: { entityId: 'Q-moscow', name: 'मॉस्को' },
    date: { text: '10 दिसंबर 2024', value: '2024-12-10', precision: 'day' },
    mentions: [
      { document: 'a.txt', start: 0, end: 50, text: 'x' },
      { document: 'b.txt', start: 100, end: 160, text: 'y' },
      { document: 'a.txt', start: 60, end: 90, text: 'z' },
    ],
  });
  const inA = meeting('a1', { participants: [singh, putin], place: { entityId: 'Q-moscow', name: 'मॉस्को' }, mentions: [{ document: 'a.txt', start: 10, end: 40, text: '' }] });
  const inB = meeting('b1', {
    participants: [{ ...singh, name: 'सिंह' }, putin, modi],
    place: { entityId: 'Q-kremlin', name: 'क्रेमलिन' },
    date: { text: 'December 10, 2024', value: '2024-12-10', precision: 'day' },
    mentions: [{ document: 'b.txt', start: 120, end: 150, text: '' }],
  });
  const other = meeting('o1', { mentions: [{ document: 'b.txt', start: 400, end: 450, text: '' }] });

  it('matches each source to its own extraction by overlapping mentions', () => {
    const per = matchSourceMeetings(merged, [other, inB, inA]);
    assert.equal(per['a.txt']?.id, 'a1');
    assert.equal(per['b.txt']?.id, 'b1');
  });

  it('marks a date in one source only, different places and extra participants', () => {
    const c = compareMeetingSources(merged, { 'a.txt': inA, 'b.txt': inB });
    assert.deepEqual(c.sources, ['a.txt', 'b.txt']);
    assert.equal(c.firstMention['a.txt']?.start, 0);
    const by = Object.fromEntries(c.fields.map((f) => [f.field, f]));
    assert.equal(by.date.state, 'missing');
    assert.deepEqual(by.date.values.map((v) => v.items.map((i) => i.display)), [[], ['December 10, 2024 (2024-12-10)']]);
    assert.equal(by.place.state, 'different');
    assert.equal(by.participants.state, 'extra');
    const bParts = by.participants.values[1].items;
    assert.deepEqual(bParts.map((i) => [i.display, i.inAllSources]), [['सिंह (रक्षा मंत्री)', true], ['व्लादिमीर पुतिन', true], ['नरेंद्र मोदी', false]]);
    assert.equal(by.status.state, 'same');
    assert.equal(by.topics.state, 'same');
    assert.equal(c.differences, 3);
  });

  it('uses the merged meeting’s disagreements as per-source values', () => {
    const m = { ...merged, disagreements: { place: [{ value: 'मॉस्को', sources: ['a.txt'] }, { value: 'क्रेमलिन', sources: ['b.txt'] }] } };
    const c = compareMeetingSources(m);
    const place = c.fields.find((f) => f.field === 'place')!;
    assert.equal(place.state, 'different');
    assert.deepEqual(place.values.map((v) => v.items[0].display), ['मॉस्को', 'क्रेमलिन']);
    // without disagreements and per-source meetings every source reports the merged value
    assert.equal(compareMeetingSources(merged).differences, 0);
  });

  it('takes a field from one source into the merged meeting and marks it edited', () => {
    const m = { ...merged, disagreements: { place: [{ value: 'x', sources: ['a.txt'] }] } };
    const t = takeFieldFromSource(m, 'participants', inB, { author: 'ann' });
    assert.deepEqual(t.participants.map((p) => p.entityId), ['Q-singh', 'Q-putin', 'Q-modi']);
    assert.equal(t.review?.state, 'edited');
    assert.equal(t.review?.author, 'ann');
    assert.deepEqual(merged.participants.map((p) => p.entityId), ['Q-singh', 'Q-putin'], 'input unchanged');
    const p = takeFieldFromSource(m, 'place', inB);
    assert.equal(p.place?.name, 'क्रेमलिन');
    assert.equal(p.disagreements, undefined);
    const d = takeFieldFromSource(merged, 'date', inA);
    assert.equal(d.date, undefined);
    assert.equal(takeFieldText(merged, 'place', 'क्रेमलिन').place?.name, 'क्रेमलिन');
    assert.throws(() => takeFieldText(merged, 'status', 'maybe'), /unknown meeting status/);
  });
});
