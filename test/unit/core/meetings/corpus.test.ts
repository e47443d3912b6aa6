/**
 * End to end on the sample corpus (../shared/corpus, never copied into the repo): analyzeDocument
 * then extractMeetings over the five articles together.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDocument } from '../../../../src/core/analyze';
import { extractMeetings } from '../../../../src/core/meetings';
import type { Meeting } from '../../../../src/core/model';

const CORPUS = resolve(process.cwd(), '../shared/corpus');

const SINGH = 'person/rajnath-singh';

describe('meetings on the sample corpus', function () {
  let meetings: Meeting[] = [];
  let files: string[] = [];
  let texts = new Map<string, string>();

  before(function () {
    if (!existsSync(CORPUS)) {
      this.skip(); // The sample corpus lives outside the repo; without it there is nothing to check.
    }
    files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
    texts = new Map(files.map((f) => [f, readFileSync(join(CORPUS, f), 'utf8')]));
    meetings = extractMeetings(files.map((f) => ({ id: f, text: texts.get(f) as string, analysis: analyzeDocument(texts.get(f) as string) })));
  });

  const doc = (prefix: string): string => files.find((f) => f.startsWith(prefix)) as string;
  /** Meetings whose participants' ids contain all the given fragments, reported in the given document. */
  function find(fragments: string[], docPrefix: string): Meeting[] {
    return meetings.filter((m) => m.participants.length === fragments.length
      && fragments.every((f) => m.participants.some((p) => p.entityId.includes(f)))
      && m.mentions.some((x) => x.document === doc(docPrefix)));
  }
  const docsOf = (m: Meeting): string[] => [...new Set(m.mentions.map((x) => x.document.slice(0, 3)))].sort();

  it('000: Singh–Shoigu, Singh with the Uzbek, Kazakh and Belarusian ministers and the SCO Secretary-General, Manturov–Jaishankar', () => {
    assert.equal(find(['rajnath', 'shoigu'], '000').length, 1);
    const counterparts = meetings
      .filter((m) => m.participants.length === 2 && m.participants.some((p) => p.entityId === SINGH) && m.mentions.some((x) => x.document === doc('000')))
      .map((m) => m.participants.find((p) => p.entityId !== SINGH)?.country)
      .sort();
    for (const c of ['BY', 'KZ', 'RU', 'UZ']) assert.ok(counterparts.includes(c), `Singh meets a minister from ${c}: ${counterparts.join(',')}`);
    assert.equal(find(['rajnath', 'zhang'], '000').length, 1);
    assert.equal(find(['manturov', 'jaishankar'], '000').length, 1);
  });

  it('001 and 002: Singh–Putin in Moscow is one meeting with mentions from both', () => {
    const putin = find(['rajnath', 'putin'], '001');
    assert.equal(putin.length, 1);
    assert.deepEqual(docsOf(putin[0]), ['001', '002']);
    assert.match(putin[0].place?.name ?? '', /मॉस्को|मास्को|Moscow/);
    assert.equal(putin[0].status, 'held');
    assert.equal(find(['rajnath', 'putin'], '002').length, 1);
  });

  it('001 and 002: Singh–Belousov at the 21st session is one meeting; 004 refers back to it', () => {
    const bel = find(['rajnath', 'belousov'], '001');
    assert.equal(bel.length, 1);
    assert.deepEqual(docsOf(bel[0]), ['001', '002', '004']);
    assert.match(bel[0].occasion?.name ?? '', /21/);
    assert.notEqual(bel[0].status, 'planned');
  });

  it('003: Singh–Belousov in Qingdao and Singh–Dong Jun', () => {
    const q = find(['rajnath', 'belousov'], '003');
    assert.equal(q.length, 1);
    assert.match(q[0].place?.name ?? '', /किंगदाओ|Qingdao/);
    assert.deepEqual(docsOf(q[0]), ['003']);
    assert.ok(q[0].topics.some((t) => /400/.test(t.name)), 'S-400 is a topic');
    assert.equal(find(['rajnath', 'dong'], '003').length, 1);
  });

  it('004: Singh–Belousov in New Delhi, planned', () => {
    const p = meetings.filter((m) => m.status === 'planned' && find(['rajnath', 'belousov'], '004').includes(m));
    assert.equal(p.length, 1);
    assert.match(p[0].place?.name ?? '', /नई दिल्ली|मानेकशॉ|New Delhi/);
    assert.match(p[0].occasion?.name ?? '', /22/);
  });

  it('nothing from the unrelated headlines at the ends of 000, 001 and 004', () => {
    const tails: [string, string][] = [['000', 'Recent Posts'], ['001', 'Latest Articles'], ['004', 'Latest News']];
    for (const [prefix, marker] of tails) {
      const text = texts.get(doc(prefix)) as string;
      const at = text.indexOf(marker);
      assert.ok(at > 0, `${marker} in ${prefix}`);
      const inTail = meetings.flatMap((m) => m.mentions).filter((x) => x.document === doc(prefix) && x.start >= at);
      assert.deepEqual(inTail.map((x) => x.text), []);
    }
  });

  it('every mention is a slice of its article, and ids are unique', () => {
    for (const m of meetings) {
      for (const x of m.mentions) assert.equal(texts.get(x.document)?.slice(x.start, x.end), x.text);
    }
    assert.equal(new Set(meetings.map((m) => m.id)).size, meetings.length);
  });

  it('counts the meetings outside the expected list (reported as false positives)', () => {
    const expected: [string[], string][] = [
      [['rajnath', 'shoigu'], '000'], [['rajnath', 'kurbanov'], '000'], [['rajnath', 'bekbolotov'], '000'], [['rajnath', 'khrenin'], '000'],
      [['rajnath', 'zhang'], '000'], [['manturov', 'jaishankar'], '000'], [['rajnath', 'putin'], '001'], [['rajnath', 'belousov'], '001'],
      [['rajnath', 'belousov'], '003'], [['rajnath', 'dong'], '003'], [['rajnath', 'belousov'], '004'],
    ];
    const matched = new Set<Meeting>();
    let found = 0;
    for (const [fr, d] of expected) {
      const ms = find(fr, d);
      if (ms.length > 0) found++;
      for (const m of ms) matched.add(m);
    }
    const extra = meetings.filter((m) => !matched.has(m));
    console.log(`      sample corpus: ${meetings.length} meetings, ${found}/${expected.length} expected found, ${extra.length} others: ${extra.map((m) => `${m.participants.map((p) => p.name).join('–')} [${m.status}]`).join('; ')}`);
    assert.equal(found, expected.length);
    assert.ok(extra.length <= 3, `at most 3 meetings outside the list, got ${extra.length}`);
  });
});
