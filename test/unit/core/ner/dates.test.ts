import * as assert from 'node:assert/strict';
import { findDates } from '../../../../src/core/ner/dates';
import { analyze } from './helpers';

const dates = (t: string, documentDate?: string) => findDates(t, { documentDate }).map((d) => [d.text, d.date]);

describe('ner/dates', () => {
  it('reads Hindi and English full dates with variant spellings and Devanagari digits', () => {
    assert.deepEqual(dates('10 दिसंबर 2024 को'), [['10 दिसंबर 2024', { precision: 'day', value: '2024-12-10' }]]);
    assert.deepEqual(dates('6 दिसम्बर, 2021 को'), [['6 दिसम्बर, 2021', { precision: 'day', value: '2021-12-06' }]]);
    assert.deepEqual(dates('December 10, 2024'), [['December 10, 2024', { precision: 'day', value: '2024-12-10' }]]);
    assert.deepEqual(dates('१५ अक्तूबर २०२४ को'), [['१५ अक्तूबर २०२४', { precision: 'day', value: '2024-10-15' }]]);
    assert.deepEqual(dates('3 फ़रवरी 2025'), [['3 फ़रवरी 2025', { precision: 'day', value: '2025-02-03' }]]);
  });

  it('reads ranges, months and years in date context', () => {
    assert.deepEqual(dates('10-11 दिसंबर को'), [['10-11 दिसंबर', { precision: 'range', value: '--12-10', endValue: '--12-11' }]]);
    assert.deepEqual(dates('दिसंबर 2024 में'), [['दिसंबर 2024', { precision: 'month', value: '2024-12' }]]);
    assert.deepEqual(dates('2021–2031 तक'), [['2021–2031', { precision: 'range', value: '2021', endValue: '2031' }]]);
    assert.deepEqual(dates('2024 में चुनाव'), [['2024', { precision: 'year', value: '2024' }]]);
    assert.deepEqual(dates('जुलाई में मुलाकात'), [['जुलाई', { precision: 'month', value: '--07' }]]);
  });

  it('never reads ordinals, counts or amounts as dates', () => {
    assert.deepEqual(dates('21वें सत्र और 22वीं बैठक'), []);
    assert.deepEqual(dates('2024 लोग और 10-साल का समझौता, 60-70% उपकरण'), []);
    // a date never spans a line break or a run of spaces
    assert.deepEqual(dates('10\nदिसंबर'), []);
    assert.deepEqual(dates(`10${' '.repeat(50)}दिसंबर`), []);
  });

  it('resolves weekdays and relative words against the document date', () => {
    assert.deepEqual(dates('शुक्रवार को', '2024-12-10'), [['शुक्रवार', { precision: 'weekday', weekday: 5, value: '2024-12-06' }]]);
    assert.deepEqual(dates('आज', '2024-12-10'), [['आज', { precision: 'relative', value: '2024-12-10' }]]);
    assert.deepEqual(dates('Monday'), [['Monday', { precision: 'weekday', weekday: 1 }]]);
  });

  it('resolves weekdays against the article date in analyzeDocument, forward in future-tense sentences', () => {
    const future = analyze('रक्षा मंत्री गुरुवार को बैठक करेंगे।', '2025-12-03').find((e) => e.label === 'DATE')!;
    assert.deepEqual(future.date, { precision: 'weekday', weekday: 4, value: '2025-12-04' });
    const past = analyze('शुक्रवार को बैठक हुई। 10 दिसंबर को फिर मिले।', '2024-12-10').filter((e) => e.label === 'DATE');
    assert.deepEqual(past.map((e) => e.date?.value), ['2024-12-06', '2024-12-10']);
  });
});
