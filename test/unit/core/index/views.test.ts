import * as assert from 'node:assert/strict';
import { filterMeetings, formatDate, groupMeetings, meetingLabel, sortMeetings } from '../../../../src/core/index/meetingViews';
import { freshness, parseCache, parseCacheEntry, serializeCache } from '../../../../src/core/index/cache';
import type { Meeting } from '../../../../src/core/model';
import { entry } from './fixtures';

function meeting(id: string, people: string[], date?: string, place?: string): Meeting {
  const m: Meeting = {
    id,
    participants: people.map((n) => ({ entityId: `Q-${n}`, name: n })),
    topics: [],
    status: 'held',
    confidence: 0.5,
    mentions: [{ document: `${id}.txt`, start: 0, end: 1, text: 'x' }],
  };
  if (date) m.date = { text: date, value: date, precision: 'day' };
  if (place) m.place = { name: place };
  return m;
}

describe('core/index meeting views', () => {
  const ms = [
    meeting('a', ['राजनाथ सिंह', 'व्लादिमीर पुतिन'], '2024-12-10', 'Moscow'),
    meeting('b', ['राजनाथ सिंह', 'Andrei Belousov'], '2025-06-26', 'Qingdao'),
    meeting('c', ['Sergei Shoigu']),
  ];

  it('labels a meeting with participants, date and place', () => {
    assert.equal(meetingLabel(ms[0]), 'राजनाथ सिंह – व्लादिमीर पुतिन · 10 Dec 2024 · Moscow');
    assert.equal(meetingLabel(ms[2]), 'Sergei Shoigu');
  });

  it('formats partial dates and falls back to the text', () => {
    assert.equal(formatDate({ value: '2024-12', text: 'दिसंबर 2024' }), 'Dec 2024');
    assert.equal(formatDate({ value: '--12-10', text: '10 दिसंबर' }), '10 Dec');
    assert.equal(formatDate({ text: 'मंगलवार' }), 'मंगलवार');
    assert.equal(formatDate({ value: '2024-13-01', text: 'bad' }), 'bad');
  });

  it('sorts by date newest first with undated last, by participant, by place', () => {
    assert.deepEqual(sortMeetings(ms, 'date').map((m) => m.id), ['b', 'a', 'c']);
    assert.deepEqual(sortMeetings(ms, 'participant').map((m) => m.id), ['c', 'b', 'a'], 'same first participant: tie broken by the full label');
    assert.deepEqual(sortMeetings(ms, 'place').map((m) => m.id), ['a', 'b', 'c']);
  });

  it('groups by participant (a meeting under each participant), by place and by month', () => {
    const byPerson = groupMeetings(ms, 'participant');
    const singh = byPerson.find((g) => g.label === 'राजनाथ सिंह')!;
    assert.deepEqual(singh.meetings.map((m) => m.id), ['b', 'a']);
    assert.equal(byPerson.length, 4);
    assert.deepEqual(groupMeetings(ms, 'date').map((g) => g.label), ['Jun 2025', 'Dec 2024', '?']);
    assert.deepEqual(groupMeetings(ms, 'place').map((g) => g.label), ['Moscow', 'Qingdao', '?']);
  });

  it('filters by every term, case-insensitively, across fields and sources', () => {
    assert.deepEqual(filterMeetings(ms, 'moscow').map((m) => m.id), ['a']);
    assert.deepEqual(filterMeetings(ms, 'राजनाथ  qingdao').map((m) => m.id), ['b']);
    assert.deepEqual(filterMeetings(ms, 'dec 2024').map((m) => m.id), ['a']);
    assert.deepEqual(filterMeetings(ms, 'c.txt').map((m) => m.id), ['c']);
    assert.equal(filterMeetings(ms, '  ').length, 3);
    assert.equal(filterMeetings(ms, 'nowhere').length, 0);
  });
});

describe('core/index cache', () => {
  const entries = [entry('a.txt', '[PERSON:A B] meets [PERSON:C D] in [LOCATION:Delhi].'), entry('b.txt', 'nothing')];

  it('round-trips entries', () => {
    const text = serializeCache('v1', entries);
    assert.deepEqual(parseCache(text, 'v1'), entries);
  });

  it('drops the cache for another analyzer version or a damaged header, and damaged lines only', () => {
    const text = serializeCache('v1', entries);
    assert.equal(parseCache(text, 'v2'), undefined);
    assert.equal(parseCache('{not json\n' + text.split('\n').slice(1).join('\n'), 'v1'), undefined);
    const lines = text.split('\n');
    lines[1] = lines[1].slice(0, 20);
    assert.deepEqual(parseCache(lines.join('\n'), 'v1')!.map((e) => e.path), ['b.txt']);
    assert.equal(parseCacheEntry('{"path":"x"}'), undefined);
  });

  it('decides freshness from mtime and size', () => {
    const s = { path: 'a', sha256: 'h', mtime: 5, size: 10 };
    assert.equal(freshness(s, { mtime: 5, size: 10 }), 'fresh');
    assert.equal(freshness(s, { mtime: 6, size: 10 }), 'needsHash');
    assert.equal(freshness(s, { mtime: 5, size: 11 }), 'stale');
    assert.equal(freshness(undefined, { mtime: 5, size: 10 }), 'stale');
  });
});
