import * as assert from 'node:assert/strict';
import { AnnotationHistory, AnnotationSet, countSpans, merge3, suggestionsFromEntities } from '../../../../src/core/annotations';
import { at, edit } from './helpers';

const T = 'राजनाथ सिंह ने मॉस्को में पुतिन से मुलाकात की।';
const WHO = { author: 'tester', time: '2026-01-01T00:00:00Z' };

function withSuggestions(): AnnotationSet {
  const set = new AnnotationSet();
  const p = at(T, 'पुतिन');
  const m = at(T, 'मॉस्को');
  set.mergeSuggestions(
    suggestionsFromEntities([
      { ...p, label: 'PERSON', confidence: 0.9 },
      { ...m, label: 'LOCATION', confidence: 0.9 },
    ]),
  );
  return set;
}

describe('AnnotationSet operations and undo', () => {
  it('tags, retags and untags with author and time; undo restores each step', () => {
    const set = new AnnotationSet();
    const s = at(T, 'राजनाथ सिंह');
    set.tag(s.start, s.end, 'PERSON', s.text, WHO);
    assert.deepEqual(set.spans.map((x) => [x.label, x.status, x.source, x.author]), [['PERSON', 'accepted', 'manual', 'tester']]);
    set.setLabel([set.spans[0]], 'ORG', WHO);
    assert.equal(set.spans[0].label, 'ORG');
    set.removeTags([set.spans[0]], WHO);
    assert.equal(set.spans.length, 0, 'a manual tag is deleted');
    set.undo(T);
    assert.equal(set.spans[0].label, 'ORG');
    set.undo(T);
    assert.equal(set.spans[0].label, 'PERSON');
    set.undo(T);
    assert.equal(set.spans.length, 0);
    assert.equal(set.undo(T), undefined);
  });

  it('accepts and rejects suggestions; removing an automatic tag rejects it', () => {
    const set = withSuggestions();
    const [moscow, putin] = set.spans;
    set.setStatus([moscow], 'accepted', WHO);
    set.removeTags([set.spans.find((s) => s.text === 'पुतिन')!], WHO);
    assert.deepEqual(countSpans(set.spans), { accepted: 1, suggested: 0, rejected: 1, orphans: 0, total: 2 });
    assert.equal(putin.status, 'suggested', 'spans are not mutated');
    // Re-running pre-annotation does not change the decisions.
    const again = withSuggestions();
    set.mergeSuggestions(again.spans);
    assert.deepEqual(set.spans.map((s) => s.status), ['accepted', 'rejected']);
  });

  it('tagging over suggestions replaces overlapping ones (undoable)', () => {
    const set = withSuggestions();
    const s = at(T, 'मॉस्को में पुतिन');
    set.tag(s.start, s.end, 'EVENT', s.text, WHO);
    assert.deepEqual(set.spans.map((x) => x.text), ['मॉस्को में पुतिन']);
    set.undo(T);
    assert.deepEqual(set.spans.map((x) => x.text), ['मॉस्को', 'पुतिन']);
  });

  it('spans deleted by a text edit come back with undo once the text is back', () => {
    const set = withSuggestions();
    const p = T.indexOf('पुतिन');
    const removed = set.applyTextChanges([{ start: p, end: p + 5, text: '' }]);
    assert.equal(removed.length, 1);
    // The user types more text earlier, then restores the deleted word (editor undo).
    const t1 = edit(T, p, p + 5, '');
    set.applyTextChanges([{ start: 0, end: 0, text: 'कल ' }]);
    const t2 = edit(t1, 0, 0, 'कल ');
    set.applyTextChanges([{ start: p + 3, end: p + 3, text: 'पुतिन' }]);
    const t3 = edit(t2, p + 3, p + 3, 'पुतिन');
    set.undo(t3);
    const back = set.spans.find((s) => s.text === 'पुतिन')!;
    assert.equal(t3.slice(back.start, back.end), 'पुतिन');
    assert.equal(back.orphan, undefined);
  });

  it('undo of a tag made before typing removes the right span', () => {
    const set = new AnnotationSet();
    const s = at(T, 'पुतिन');
    set.tag(s.start, s.end, 'PERSON', s.text, WHO);
    set.applyTextChanges([{ start: 0, end: 0, text: 'आज ' }]);
    assert.equal(set.spans[0].start, s.start + 3);
    set.undo(edit(T, 0, 0, 'आज '));
    assert.equal(set.spans.length, 0);
  });

  it('finds next and previous suggestions with wrap-around', () => {
    const set = withSuggestions();
    const [m, p] = set.spans;
    assert.equal(set.nextSuggestion(0, 1), m);
    assert.equal(set.nextSuggestion(m.start, 1), p);
    assert.equal(set.nextSuggestion(p.start, 1), m);
    assert.equal(set.nextSuggestion(p.start, -1), m);
    assert.equal(set.nextSuggestion(m.start, -1), p);
  });

  it('links to an entity, changing label never duplicates a (start, end, label)', () => {
    const set = withSuggestions();
    const p = set.spans.find((s) => s.text === 'पुतिन')!;
    set.link([p], 'Q7747', WHO);
    assert.equal(set.spans.find((s) => s.text === 'पुतिन')!.entityId, 'Q7747');
    const s = set.spans.find((x) => x.text === 'पुतिन')!;
    set.tag(s.start, s.end, 'ORG', s.text, WHO);
    set.setLabel(set.spans.filter((x) => x.text === 'पुतिन'), 'PERSON', WHO);
    const keys = set.spans.map((x) => `${x.start}:${x.end}:${x.label}`);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('history keeps at most its limit of entries', () => {
    const h = new AnnotationHistory(3);
    for (let i = 0; i < 5; i++) h.push({ description: `e${i}`, removed: [], added: [at(T, 'पुतिन')] });
    assert.equal(h.size, 3);
    assert.equal(h.pop()!.description, 'e4');
  });
});

describe('three-way merge of annotation files', () => {
  const p = at(T, 'पुतिन');
  const m = at(T, 'मॉस्को', 'LOCATION');
  const r = at(T, 'राजनाथ सिंह');

  it('takes each side’s own changes, deletions included', () => {
    const base = [p, m];
    const ours = [p, m, r]; // we added r
    const theirs = [{ ...p, status: 'rejected' as const }]; // they rejected p and deleted m
    const got = merge3(base, ours, theirs);
    assert.equal(got.conflicts, 0);
    assert.deepEqual(got.spans.map((s) => [s.text, s.status]), [['राजनाथ सिंह', 'accepted'], ['पुतिन', 'rejected']]);
  });

  it('resolves a conflict by the later decision time', () => {
    const base = [p];
    const ours = [{ ...p, entityId: 'A', time: '2026-01-02T00:00:00Z' }];
    const theirs = [{ ...p, entityId: 'B', time: '2026-01-03T00:00:00Z' }];
    const got = merge3(base, ours, theirs);
    assert.equal(got.conflicts, 1);
    assert.equal(got.spans[0].entityId, 'B');
  });
});

describe('AnnotationSet: edits made outside the editor', () => {
  it('spans in changed text become orphans (kept), others move', () => {
    const set = new AnnotationSet([at(T, 'मॉस्को', 'LOCATION'), at(T, 'पुतिन')]);
    const m = T.indexOf('मॉस्को');
    const changes = [{ start: m, end: m + 'मॉस्को'.length, text: 'दिल्ली' }, { start: 0, end: 0, text: 'आज ' }];
    const t2 = edit(edit(T, m, m + 'मॉस्को'.length, 'दिल्ली'), 0, 0, 'आज ');
    const r = set.applyOutsideChanges(changes, t2);
    assert.equal(r.orphaned, 1);
    assert.equal(set.spans.length, 2);
    const p = set.spans.find((s) => s.text === 'पुतिन')!;
    assert.equal(t2.slice(p.start, p.end), 'पुतिन');
    assert.equal(set.spans.find((s) => s.text === 'मॉस्को')!.orphan, true);
  });

  it('undo after the editor put deleted text back restores the span in place', () => {
    const set = new AnnotationSet([at(T, 'मॉस्को', 'LOCATION')]);
    const m = T.indexOf('मॉस्को');
    set.applyTextChanges([{ start: m + 1, end: m + 3, text: '' }]);
    assert.equal(set.spans.length, 0);
    set.applyTextChanges([{ start: m + 1, end: m + 1, text: T.slice(m + 1, m + 3) }]); // editor undo
    set.undo(T);
    assert.deepEqual(set.spans.map((s) => [s.start, s.end, s.text, !!s.orphan]), [[m, m + 6, 'मॉस्को', false]]);
  });
});
