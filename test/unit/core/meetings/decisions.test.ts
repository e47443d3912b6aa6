import * as assert from 'node:assert/strict';
import { extractMeetings } from '../../../../src/core/meetings';
import {
  activeMeetings, applyDecisions, emptyDecisionFile, matchOf, parseDecisions, recordDecision, serializeDecisions,
  type MeetingDecision,
} from '../../../../src/core/meetings/decisions';
import type { Meeting } from '../../../../src/core/model';
import { analyze, pair } from './helpers';

const A = 'राजनाथ सिंह ने मॉस्को में सर्गेई इवानोव से मुलाकात की। सिंह ने वांग ली से भी मुलाकात की।';
const B = 'राजनाथ सिंह और सर्गेई इवानोव के बीच मॉस्को में बैठक हुई।';

function extract(texts: Record<string, string> = { 'a.txt': A, 'b.txt': B }): Meeting[] {
  return extractMeetings(Object.entries(texts).map(([id, text]) => ({ id, text, analysis: analyze(text) })));
}
const byPair = (ms: Meeting[], p: string): Meeting => {
  const m = ms.find((x) => pair(x) === p);
  assert.ok(m, `meeting ${p} in ${ms.map(pair).join(', ')}`);
  return m;
};

describe('meetings: decisions file', () => {
  it('serialises deterministically: sorted decisions, sorted keys, trailing newline; parse gives them back', () => {
    const d1: MeetingDecision = { kind: 'reject', meeting: 'm-b', author: 'asha', time: '2025-01-02T00:00:00Z' };
    const d2: MeetingDecision = { kind: 'edit', meeting: 'm-a', fields: { status: 'past', place: { name: 'मॉस्को' } } };
    const one = serializeDecisions({ ...emptyDecisionFile(), decisions: [d1, d2] });
    const two = serializeDecisions({ ...emptyDecisionFile(), decisions: [d2, d1] });
    assert.equal(one, two);
    assert.ok(one.endsWith('}\n'));
    assert.ok(one.indexOf('"m-a"') < one.indexOf('"m-b"'));
    assert.match(one, /"format": "news-annotator-meetings"/);
    assert.match(one, /"offsets": "codepoint"/);
    const parsed = parseDecisions(one);
    assert.deepEqual(parsed.errors, []);
    assert.equal(serializeDecisions(parsed.file!), one);
  });

  it('reports invalid JSON and a wrong format without a file (so it is never overwritten)', () => {
    const bad = parseDecisions('{"format": "news-annotator-meetings", "version": 1, "decisions": [');
    assert.equal(bad.file, undefined);
    assert.match(bad.errors[0], /not valid JSON/);
    assert.equal(parseDecisions('{"format":"other","version":1,"decisions":[]}').file, undefined);
    assert.equal(parseDecisions('{"format":"news-annotator-meetings","version":9,"decisions":[]}').file, undefined);
    assert.deepEqual(parseDecisions('').file?.decisions, []);
  });

  it('an invalid decision is reported and kept verbatim, never dropped', () => {
    const text = JSON.stringify({ format: 'news-annotator-meetings', version: 1, decisions: [
      { kind: 'reject', meeting: 'm-1' }, { kind: 'explode', meeting: 'm-2' }, { kind: 'edit', meeting: 'm-3', fields: { colour: 'red' } },
    ] });
    const r = parseDecisions('\ufeff' + text);
    assert.equal(r.file?.decisions.length, 1);
    assert.equal(r.errors.length, 2);
    assert.match(r.errors[0], /decision 2: unknown kind 'explode'/);
    assert.match(r.errors[1], /decision 3: unknown edit field 'colour'/);
    const again = parseDecisions(serializeDecisions(r.file!));
    assert.equal(again.file?.unparsed?.length, 2);
    assert.equal(again.file?.decisions.length, 1);
  });

  it('recordDecision replaces the earlier decision on the same meeting and merges edits', () => {
    let f = emptyDecisionFile();
    f = recordDecision(f, { kind: 'reject', meeting: 'm-1' });
    f = recordDecision(f, { kind: 'confirm', meeting: 'm-1' });
    f = recordDecision(f, { kind: 'edit', meeting: 'm-1', fields: { status: 'past' } });
    f = recordDecision(f, { kind: 'edit', meeting: 'm-1', fields: { place: { name: 'कज़ान' } } });
    assert.deepEqual(f.decisions.map((d) => d.kind), ['edit', 'confirm']);
    const edit = f.decisions[0];
    assert.ok(edit.kind === 'edit');
    assert.deepEqual(edit.fields, { status: 'past', place: { name: 'कज़ान' } });
  });
});

describe('meetings: applyDecisions survives re-extraction', () => {
  it('rejected stays rejected, edited fields stay edited, confirmed stays confirmed', () => {
    const first = extract();
    const iv = byPair(first, 'Q-ivanov+Q-singh');
    const wang = byPair(first, 'Q-singh+Q-wang');
    const decisions: MeetingDecision[] = [
      { kind: 'reject', meeting: wang.id, match: matchOf(wang), author: 'asha' },
      { kind: 'edit', meeting: iv.id, match: matchOf(iv), fields: { status: 'past', date: { text: '10 दिसंबर', value: '2024-12-10', precision: 'day' } } },
      { kind: 'confirm', meeting: iv.id },
    ];
    const file = parseDecisions(serializeDecisions({ ...emptyDecisionFile(), decisions })).file!;
    const out = applyDecisions(extract(), file.decisions);
    const iv2 = byPair(out, 'Q-ivanov+Q-singh');
    assert.equal(iv2.status, 'past');
    assert.equal(iv2.date?.value, '2024-12-10');
    assert.equal(iv2.review?.state, 'edited');
    assert.equal(byPair(out, 'Q-singh+Q-wang').review?.state, 'rejected');
    assert.equal(byPair(out, 'Q-singh+Q-wang').review?.author, 'asha');
    assert.deepEqual(activeMeetings(out).map(pair).sort(), ['Q-ivanov+Q-singh']);
  });

  it('a decision finds its meeting by participants and documents when the id changed', () => {
    const first = extract({ 'a.txt': A });
    const iv = byPair(first, 'Q-ivanov+Q-singh');
    // New article with a date: the merged meeting's id changes.
    const more = extract({ 'a.txt': A, 'c.txt': 'राजनाथ सिंह ने 10 दिसंबर 2024 को मॉस्को में सर्गेई इवानोव से मुलाकात की।' });
    assert.notEqual(byPair(more, 'Q-ivanov+Q-singh').id, iv.id);
    const out = applyDecisions(more, [{ kind: 'reject', meeting: iv.id, match: matchOf(iv) }]);
    assert.equal(byPair(out, 'Q-ivanov+Q-singh').review?.state, 'rejected');
    const unresolved: MeetingDecision[] = [];
    applyDecisions(more, [{ kind: 'reject', meeting: 'm-gone' }], { onUnresolved: (d) => unresolved.push(d) });
    assert.equal(unresolved.length, 1);
  });

  it('a meeting created by hand stays, with code-point offsets converted to UTF-16', () => {
    const text = '😀 सिंह ने इवानोव से मुलाकात की।';
    const manual: Meeting = {
      id: 'manual-1', participants: [{ entityId: 'Q-singh', name: 'सिंह' }, { entityId: 'Q-x', name: 'एक्स' }], topics: [], status: 'held', confidence: 1,
      mentions: [{ document: 'e.txt', start: 2, end: 6, text: 'सिंह' }],
    };
    const out = applyDecisions(extract(), [{ kind: 'create', meeting: manual }], { textOf: (d) => (d === 'e.txt' ? text : undefined) });
    const m = out.find((x) => x.id === 'manual-1');
    assert.equal(m?.review?.state, 'manual');
    assert.equal(text.slice(m!.mentions[0].start, m!.mentions[0].end), 'सिंह');
  });

  it('merge joins two meetings; split moves mentions into a new meeting', () => {
    const ms = extract();
    const iv = byPair(ms, 'Q-ivanov+Q-singh');
    const wang = byPair(ms, 'Q-singh+Q-wang');
    const merged = applyDecisions(ms, [{ kind: 'merge', meetings: [iv.id, wang.id], into: iv.id }]);
    assert.equal(merged.length, ms.length - 1);
    const m = merged.find((x) => x.id === iv.id)!;
    assert.deepEqual(m.participants.map((p) => p.entityId).sort(), ['Q-ivanov', 'Q-singh', 'Q-wang']);
    assert.equal(m.mentions.length, iv.mentions.length + wang.mentions.length);

    const bMention = iv.mentions.find((x) => x.document === 'b.txt')!;
    const split = applyDecisions(ms, [{ kind: 'split', meeting: iv.id, parts: [{ id: 'm-split-b', mentions: [{ document: 'b.txt', start: bMention.start, end: bMention.end }] }] }]);
    const part = split.find((x) => x.id === 'm-split-b')!;
    assert.deepEqual(part.mentions.map((x) => x.document), ['b.txt']);
    assert.ok(split.find((x) => x.id === iv.id)!.mentions.every((x) => x.document === 'a.txt'));
  });

  it('parts split off can be merged back later, and a merge can be split again (replayed in the order made)', () => {
    const ms = extract();
    const iv = byPair(ms, 'Q-ivanov+Q-singh');
    const bMention = iv.mentions.find((x) => x.document === 'b.txt')!;
    const split: MeetingDecision = { kind: 'split', meeting: iv.id, time: '2026-01-01T10:00:00Z', parts: [{ id: 'm-split-b', mentions: [{ document: 'b.txt', start: bMention.start, end: bMention.end }] }] };
    const mergeBack: MeetingDecision = { kind: 'merge', meetings: [iv.id, 'm-split-b'], into: iv.id, time: '2026-01-01T11:00:00Z' };
    const out = applyDecisions(ms, [mergeBack, split]);
    assert.equal(out.length, ms.length, 'the split part is merged back');
    assert.equal(out.find((x) => x.id === 'm-split-b'), undefined);
    assert.equal(out.find((x) => x.id === iv.id)!.mentions.length, iv.mentions.length);
    // the other way round: merged first, then split again
    const wang = byPair(ms, 'Q-singh+Q-wang');
    const wMention = wang.mentions[0];
    const merge: MeetingDecision = { kind: 'merge', meetings: [iv.id, wang.id], into: iv.id, time: '2026-01-02T10:00:00Z' };
    const splitAgain: MeetingDecision = { kind: 'split', meeting: iv.id, time: '2026-01-02T11:00:00Z', parts: [{ id: 'm-wang-again', mentions: [{ document: wMention.document, start: wMention.start, end: wMention.end }] }] };
    const out2 = applyDecisions(ms, [splitAgain, merge]);
    assert.ok(out2.find((x) => x.id === 'm-wang-again'), 'the merged meeting is split again');
    assert.equal(out2.length, ms.length);
  });
});
