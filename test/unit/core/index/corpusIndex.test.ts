import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../../../src/core/index/corpusIndex';
import { reviewState } from '../../../../src/core/index/articleEntry';
import type { Meeting } from '../../../../src/core/model';
import { entry, fakeAnalyze } from './fixtures';

const A = 'Intro.\n[PERSON:Rajnath Singh] meets [PERSON:Vladimir Putin] in [LOCATION:Moscow] on [DATE:2024-12-10].\nOther news.';
const B = 'Report.\n[PERSON:Vladimir Putin] meets [PERSON:Rajnath Singh] in [LOCATION:Kremlin] on [DATE:2024-12-10].';
const C = '[PERSON:Rajnath Singh] meets [PERSON:Andrei Belousov] in [LOCATION:Qingdao].\n[PERSON:Rajnath Singh] will meet nobody.';

/** The id of the meeting whose sources are exactly `docs`. */
function idOf(index: CorpusIndex, ...docs: string[]): string {
  const m = index.meetings().find((x) => [...new Set(x.mentions.map((y) => y.document))].sort().join() === docs.sort().join());
  assert.ok(m, `a meeting reported by ${docs.join(', ')}`);
  return m.id;
}

describe('core/index CorpusIndex', () => {
  it('merges the same meeting reported by two articles, keeping both sources and the disagreement', () => {
    const index = new CorpusIndex();
    const change = index.upsert([entry('a.txt', A), entry('b.txt', B), entry('c.txt', C)]);
    assert.equal(index.meetings().length, 2);
    assert.deepEqual(change.meetingsAdded.sort(), [idOf(index, 'c.txt'), idOf(index, 'a.txt', 'b.txt')].sort());
    const moscow = index.meeting(idOf(index, 'a.txt', 'b.txt'))!;
    assert.deepEqual([...new Set(moscow.mentions.map((m) => m.document))], ['a.txt', 'b.txt']);
    assert.equal(moscow.participants.length, 2);
    assert.deepEqual(moscow.disagreements?.place?.map((v) => [v.value, v.sources]).sort(), [['Kremlin', ['b.txt']], ['Moscow', ['a.txt']]]);
    assert.equal(moscow.disagreements?.date, undefined, 'both sources agree on the date');
  });

  it('re-indexing one article reports only the meetings it touches', () => {
    const index = new CorpusIndex();
    index.upsert([entry('a.txt', A), entry('b.txt', B), entry('c.txt', C)]);
    const belousov = idOf(index, 'c.txt');
    const before = index.meeting(belousov);
    const moscowBefore = idOf(index, 'a.txt', 'b.txt');
    const change = index.upsert([entry('b.txt', B.replace('Kremlin', 'Moscow'))]);
    const moscowAfter = idOf(index, 'a.txt', 'b.txt');
    assert.deepEqual(change.articles, ['b.txt']);
    // The merged id is the smallest report id: b's report id changed with its place.
    assert.deepEqual([...change.meetingsChanged, ...change.meetingsAdded, ...change.meetingsRemoved].sort(), [...new Set([moscowBefore, moscowAfter])].sort());
    assert.equal(index.meeting(moscowAfter)!.disagreements, undefined);
    assert.equal(index.meeting(belousov), before, 'untouched meeting object is kept');
  });

  it('an unchanged re-index reports no meeting change', () => {
    const index = new CorpusIndex();
    index.upsert([entry('a.txt', A), entry('b.txt', B)]);
    const change = index.upsert([entry('a.txt', A, undefined, 2)]);
    assert.deepEqual(change.meetingsChanged, []);
    assert.deepEqual(change.articles, ['a.txt']);
  });

  it('removing an article removes meetings only it reported and counts the rest down', () => {
    const index = new CorpusIndex();
    index.upsert([entry('a.txt', A), entry('b.txt', B), entry('c.txt', C)]);
    const belousov = idOf(index, 'c.txt');
    const change = index.remove(['c.txt', 'missing.txt']);
    assert.deepEqual(change.meetingsRemoved, [belousov]);
    assert.deepEqual(change.articles, ['c.txt']);
    const singh = index.entities.entity('PERSON', 'Q-rajnath-singh')!;
    assert.equal(singh.mentionCount, 2);
    assert.deepEqual([...singh.articles.keys()].sort(), ['a.txt', 'b.txt']);
    assert.equal(index.entities.entity('PERSON', 'Q-andrei-belousov'), undefined);
    assert.equal(index.entities.entity('LOCATION', 'text:LOCATION:qingdao'), undefined);
  });

  it('folds an entity merged into another into it (setEntityResolver), and keeps counting right afterwards', () => {
    const index = new CorpusIndex();
    index.upsert([entry('a.txt', A), entry('b.txt', B), entry('c.txt', C)]);
    const belousovBefore = index.entities.entity('PERSON', 'Q-andrei-belousov')!.mentionCount;
    const singhBefore = index.entities.entity('PERSON', 'Q-rajnath-singh')!.mentionCount;
    assert.ok(belousovBefore > 0);
    const change = index.setEntityResolver((id) => (id === 'Q-andrei-belousov' ? 'Q-rajnath-singh' : id));
    assert.ok(change.labels.includes('PERSON'));
    assert.equal(index.entities.entity('PERSON', 'Q-andrei-belousov'), undefined);
    const folded = index.entities.entity('PERSON', 'Q-rajnath-singh')!;
    assert.equal(folded.mentionCount, singhBefore + belousovBefore);
    assert.equal(folded.entityId, 'Q-rajnath-singh');
    assert.equal(index.entities.keyOf({ entityId: 'Q-andrei-belousov', text: 'x', label: 'PERSON' }), 'Q-rajnath-singh');
    // later updates use the same grouping: removing an article takes its mentions off the folded entity
    const total = folded.mentionCount;
    const inC = folded.articles.get('c.txt')!;
    assert.ok(inC > 0);
    index.remove(['c.txt']);
    const after = index.entities.entity('PERSON', 'Q-rajnath-singh')!;
    assert.equal(after.mentionCount, total - inC);
    assert.equal(after.articles.has('c.txt'), false);
    // undo: the identity resolver splits them again
    index.setEntityResolver((id) => id);
    assert.equal(index.entities.entity('PERSON', 'Q-rajnath-singh')!.articles.has('c.txt'), false);
  });

  it('counts entity mentions and articles per canonical entity', () => {
    const index = new CorpusIndex();
    index.upsert([entry('a.txt', A), entry('b.txt', B), entry('c.txt', C)]);
    const singh = index.entities.entity('PERSON', 'Q-rajnath-singh')!;
    assert.equal(singh.mentionCount, 4);
    assert.equal(singh.articles.size, 3);
    assert.equal(singh.articles.get('c.txt'), 2);
    assert.deepEqual(index.entities.labels().sort(), ['DATE', 'LOCATION', 'PERSON']);
  });

  it('human annotations replace suggestions: rejected spans drop out, review state follows', () => {
    const spans = fakeAnalyze(C).entities.map((s) => ({ ...s }));
    spans[1].status = 'rejected';
    spans[0].status = 'accepted';
    const index = new CorpusIndex();
    index.upsert([entry('c.txt', C, { spans })]);
    const e = index.article('c.txt')!;
    assert.equal(e.mentions.length, spans.length - 1);
    assert.equal(e.pending, spans.length - 2);
    assert.equal(reviewState(e), 'pending');
    assert.equal(index.entities.entity('PERSON', 'Q-andrei-belousov'), undefined);
    assert.equal(reviewState(entry('a.txt', A)), 'notStarted');
    const change = index.setDone('c.txt', true);
    assert.deepEqual(change.articles, ['c.txt']);
    assert.equal(reviewState(index.article('c.txt')!), 'done');
  });

  it('applies decisions and reports meetings they change, add or remove', () => {
    const index = new CorpusIndex();
    index.upsert([entry('a.txt', A), entry('c.txt', C)]);
    const belousov = idOf(index, 'c.txt');
    const putin = idOf(index, 'a.txt');
    const reject = (id: string) => (ms: Meeting[]) => ms.filter((m) => m.id !== id);
    let change = index.setDecisions(reject(belousov));
    assert.deepEqual(change.meetingsRemoved, [belousov]);
    assert.equal(index.meetings().length, 1);
    const confirm = (ms: Meeting[]) => ms.map((m) => (m.id === putin ? { ...m, review: { state: 'confirmed' as const } } : m));
    change = index.setDecisions(confirm);
    assert.deepEqual(change.meetingsAdded, [belousov]);
    assert.deepEqual(change.meetingsChanged, [putin]);
    // With decisions active, an article update still reports just what moved.
    change = index.upsert([entry('b.txt', B.replace('Kremlin', 'Moscow'))]);
    assert.deepEqual(change.meetingsChanged, [putin]);
    assert.deepEqual(change.meetingsAdded, []);
    assert.equal(index.meeting(putin)!.review?.state, 'confirmed');
  });

  it('gives bad input an error entry instead of throwing', () => {
    const index = new CorpusIndex();
    index.upsert([entry('bin.txt', 'abc\u0000def'), entry('empty.txt', '')]);
    assert.match(index.article('bin.txt')!.error!, /binary/);
    assert.equal(index.article('empty.txt')!.error, undefined);
    assert.equal(index.article('empty.txt')!.mentions.length, 0);
    assert.equal(index.meetings().length, 0);
  });
});
