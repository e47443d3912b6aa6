import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../../../src/core/index/corpusIndex';
import type { Meeting } from '../../../../src/core/model';
import { entry } from './fixtures';

const ARTICLES: [string, string][] = [
  ['a.txt', '[PERSON:Rajnath Singh] meets [PERSON:Vladimir Putin] in [LOCATION:Moscow] on [DATE:2024-12-10].'],
  ['b.txt', 'x\n[PERSON:Vladimir Putin] meets [PERSON:Rajnath Singh] in [LOCATION:Moscow].'],
  ['c.txt', '[PERSON:Rajnath Singh] meets [PERSON:Vladimir Putin] in [LOCATION:Delhi] on [DATE:2021-12-06].'],
  ['d.txt', '[PERSON:Rajnath Singh] meets [PERSON:Vladimir Putin] in [LOCATION:Delhi] on [DATE:2021-12].'],
  ['e.txt', '[PERSON:Rajnath Singh] meets [PERSON:Andrei Belousov] in [LOCATION:Qingdao] on [DATE:2025-06-26].'],
  ['f.txt', '[PERSON:Andrei Belousov] meets [PERSON:Rajnath Singh] in [LOCATION:Qingdao] on [DATE:2025-06-26].\nmore'],
];

function snapshot(index: CorpusIndex): string[] {
  return index.meetings()
    .map((m: Meeting) => `${m.id}:${[...new Set(m.mentions.map((x) => x.document))].sort().join(',')}:${m.place?.name ?? ''}:${m.date?.value ?? ''}`)
    .sort();
}

describe('core/index incremental meeting clusters', () => {
  it('merges an undated report into the dated meeting of the same place, keeps other years apart', () => {
    const index = new CorpusIndex();
    index.upsert(ARTICLES.map(([p, t]) => entry(p, t)));
    const s = snapshot(index);
    assert.equal(s.length, 3, s.join('\n'));
    assert.ok(s.some((x) => x.includes(':a.txt,b.txt:Moscow:2024-12-10')), s.join('\n'));
    assert.ok(s.some((x) => x.includes(':c.txt,d.txt:Delhi:2021-12-06')), 'a month date joins the day date of that month');
    assert.ok(s.some((x) => x.includes(':e.txt,f.txt:Qingdao:2025-06-26')));
  });

  it('gives the same meetings whatever order articles arrive or change in', () => {
    const reference = new CorpusIndex();
    reference.upsert(ARTICLES.map(([p, t]) => entry(p, t)));
    const expected = snapshot(reference);
    const orders = [[5, 4, 3, 2, 1, 0], [2, 0, 4, 1, 5, 3], [1, 3, 5, 0, 2, 4]];
    for (const order of orders) {
      const index = new CorpusIndex();
      for (const i of order) index.upsert([entry(...ARTICLES[i])]);
      assert.deepEqual(snapshot(index), expected, `order ${order.join(',')}`);
      // Re-index every article one by one (new objects, same content): nothing changes.
      for (const i of order) {
        const change = index.upsert([entry(ARTICLES[i][0], ARTICLES[i][1], undefined, 9)]);
        assert.deepEqual([change.meetingsAdded, change.meetingsRemoved, change.meetingsChanged], [[], [], []], `re-index ${ARTICLES[i][0]}`);
      }
      assert.deepEqual(snapshot(index), expected);
    }
  });

  it('removing the article that linked two reports splits them again', () => {
    const index = new CorpusIndex();
    index.upsert(ARTICLES.map(([p, t]) => entry(p, t)));
    const change = index.remove(['a.txt']);
    const s = snapshot(index);
    assert.ok(s.some((x) => x.includes(':b.txt:Moscow:')), s.join('\n'));
    assert.equal(change.meetingsAdded.length + change.meetingsChanged.length + change.meetingsRemoved.length > 0, true);
    assert.equal(s.length, 3);
  });
});
