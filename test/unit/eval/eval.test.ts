import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The scorer is a plain ES module script (scripts/eval.mjs); its exported functions are loaded at run time.
// dist/test/unit/eval -> repo root
const ROOT = join(__dirname, '..', '..', '..', '..');

interface Span { start: number; end: number; label: string; text?: string }
interface Counts { tp: number; fp: number; fn: number }
interface Scorer {
  prf(tp: number, fp: number, fn: number): Counts & { precision: number; recall: number; f1: number };
  matchSpans(gold: Span[], pred: Span[], mode: 'exact' | 'overlap'): { pairs: [Span, Span][]; missed: Span[]; spurious: Span[] };
  countByLabel(gold: Span[], pred: Span[], mode: 'exact' | 'overlap'): Record<string, Counts>;
  normName(s: string): string;
  participantsMatch(gold: string[], pred: Set<string>[]): boolean;
  matchMeetings(
    gold: { participants: string[]; place: string | null; status: string }[],
    pred: { participants: Set<string>[]; place: Set<string> | null; status: string }[],
  ): Counts & { placeKnown: number; placeRight: number };
}

const s = (start: number, end: number, label: string): Span => ({ start, end, label });
const names = (...n: string[]) => new Set(n.map((x) => x.toLowerCase()));

describe('eval scorer arithmetic (scripts/eval.mjs)', () => {
  let ev: Scorer;
  before(async () => {
    ev = (await import(pathToFileURL(join(ROOT, 'scripts', 'eval.mjs')).href)) as Scorer;
  });

  it('computes precision, recall and F1, with 0 for empty denominators', () => {
    const r = ev.prf(3, 1, 2);
    assert.equal(r.precision, 0.75);
    assert.equal(r.recall, 0.6);
    assert.ok(Math.abs(r.f1 - (2 * 0.75 * 0.6) / 1.35) < 1e-12);
    assert.deepEqual([ev.prf(0, 0, 0).precision, ev.prf(0, 0, 0).recall, ev.prf(0, 0, 0).f1], [0, 0, 0]);
    assert.equal(ev.prf(0, 2, 0).precision, 0);
  });

  it('exact matching needs the same label and the same span', () => {
    const gold = [s(0, 5, 'PERSON'), s(10, 15, 'LOCATION')];
    const pred = [s(0, 5, 'PERSON'), s(10, 14, 'LOCATION'), s(10, 15, 'ORG')];
    const c = ev.countByLabel(gold, pred, 'exact');
    assert.deepEqual(c.PERSON, { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(c.LOCATION, { tp: 0, fp: 1, fn: 1 });
    assert.deepEqual(c.ORG, { tp: 0, fp: 1, fn: 0 });
    assert.deepEqual(c._all, { tp: 1, fp: 2, fn: 1 });
  });

  it('overlap matching is one-to-one, prefers exact pairs, and touching spans do not overlap', () => {
    // two predictions overlap one gold span: one matches, the other is a false positive
    const c = ev.countByLabel([s(0, 10, 'PERSON')], [s(0, 4, 'PERSON'), s(5, 10, 'PERSON')], 'overlap');
    assert.deepEqual(c.PERSON, { tp: 1, fp: 1, fn: 0 });
    // a wide prediction over two gold spans matches only one
    const w = ev.countByLabel([s(0, 4, 'LOCATION'), s(5, 9, 'LOCATION')], [s(0, 9, 'LOCATION')], 'overlap');
    assert.deepEqual(w.LOCATION, { tp: 1, fp: 0, fn: 1 });
    // the exact pair wins over a larger overlap that would leave the exact gold span unmatched
    const m = ev.matchSpans([s(0, 10, 'DATE'), s(8, 12, 'DATE')], [s(8, 12, 'DATE'), s(0, 9, 'DATE')], 'overlap');
    assert.equal(m.pairs.length, 2);
    assert.ok(m.pairs.some(([g, p]) => g.start === 8 && p.start === 8));
    // end-exclusive: [0,5) and [5,9) do not intersect
    assert.deepEqual(ev.countByLabel([s(0, 5, 'ORG')], [s(5, 9, 'ORG')], 'overlap').ORG, { tp: 0, fp: 1, fn: 1 });
  });

  it('normalises names: case, accents, dots and spacing', () => {
    assert.equal(ev.normName('Sébastien  Lecornu'), 'sebastien lecornu');
    assert.equal(ev.normName('S. Jaishankar'), ev.normName('s jaishankar'));
    assert.notEqual(ev.normName('Wang Yi'), ev.normName('Wang'));
  });

  it('matches participant sets one-to-one, whatever the order', () => {
    assert.ok(ev.participantsMatch(['Rajnath Singh', 'Pete Hegseth'], [names('pete hegseth', 'हेगसेथ'), names('rajnath singh')]));
    assert.ok(!ev.participantsMatch(['Rajnath Singh', 'Pete Hegseth'], [names('rajnath singh'), names('rajnath singh')]));
    assert.ok(!ev.participantsMatch(['A B', 'C D'], [names('a b'), names('c d'), names('e f')]));
  });

  it('meeting precision/recall ignore calls, count duplicates, and score the place over matched meetings with a gold place', () => {
    const gold = [
      { participants: ['A', 'B'], place: 'Delhi', status: 'held' },
      { participants: ['A', 'C'], place: null, status: 'planned' },
      { participants: ['A', 'D'], place: 'Paris', status: 'past' },
    ];
    const pred = [
      { participants: [names('b'), names('a')], place: names('delhi', 'दिल्ली'), status: 'held' },
      { participants: [names('a'), names('b')], place: null, status: 'held' }, // duplicate: false positive
      { participants: [names('a'), names('c')], place: names('x'), status: 'planned' },
      { participants: [names('a'), names('d')], place: null, status: 'call' }, // calls are not meetings
    ];
    const r = ev.matchMeetings(gold, pred);
    assert.deepEqual([r.tp, r.fp, r.fn], [2, 1, 1]);
    assert.deepEqual([r.placeRight, r.placeKnown], [1, 1]);
  });

  it('the gold files are up to date with their sources and internally consistent', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'test', 'fixtures', 'eval', 'generate.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr + r.stdout);
  });
});
