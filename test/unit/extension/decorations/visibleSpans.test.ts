import * as assert from 'node:assert/strict';
import { groupForDecoration, type AnnotationSpan } from '../../../../src/core/annotations';
import { decorationWindow, groupVisible, spansInWindow, WINDOW_MARGIN_CHARS } from '../../../../src/extension/decorations/visibleSpans';

function span(start: number, end: number, label: string, status: AnnotationSpan['status'], extra: Partial<AnnotationSpan> = {}): AnnotationSpan {
  return { start, end, label, text: 'x'.repeat(end - start), source: 'manual', status, context: { before: '', after: '' }, ...extra };
}

describe('decorations: spans in the visible window', () => {
  const spans = [
    span(0, 5, 'PERSON', 'accepted'),
    span(10, 400, 'ORG', 'suggested'), // long span starting before the window, reaching into it
    span(95, 100, 'LOCATION', 'accepted'), // touches the window start
    span(150, 160, 'PERSON', 'suggested', { inBoilerplate: true }),
    span(170, 175, 'DATE', 'rejected'),
    span(200, 210, 'PERSON', 'accepted'), // touches the window end
    span(180, 185, 'LOCATION', 'accepted', { orphan: true }),
    span(300, 310, 'ORG', 'accepted'),
  ];

  it('keeps exactly the spans overlapping or touching the window, in order', () => {
    const got = spansInWindow(spans, { start: 100, end: 200 });
    assert.deepEqual(got.map((s) => s.start), [10, 95, 150, 170, 200, 180]);
    assert.equal(spansInWindow(spans, undefined), spans);
    assert.deepEqual(spansInWindow(spans, { start: 500, end: 600 }), []);
  });

  it('groups like the core does after filtering: every key present, rejected/orphans left out, boilerplate dimmed', () => {
    const window = { start: 100, end: 200 };
    const got = groupVisible(spans, 'dim', window);
    const all = groupForDecoration(spans, 'dim');
    assert.deepEqual([...got.keys()], [...all.keys()]);
    for (const [key, list] of all) {
      assert.deepEqual(got.get(key), list.filter((s) => s.end >= window.start && s.start <= window.end), key);
    }
    assert.deepEqual(got.get('PERSON|suggested|dim')!.map((s) => s.start), [150]);
    assert.deepEqual(got.get('ORG|suggested|normal')!.map((s) => s.start), [10]);
    assert.equal([...got.values()].flat().length, 4);
  });
});

describe('decorations: the decorated window', () => {
  it('takes the margin lines, capped to WINDOW_MARGIN_CHARS beyond the visible part', () => {
    assert.deepEqual(decorationWindow(1000, 2000, 0, 9000), { start: 0, end: 9000 });
    assert.deepEqual(decorationWindow(100_000, 110_000, 0, 400_000), { start: 100_000 - WINDOW_MARGIN_CHARS, end: 110_000 + WINDOW_MARGIN_CHARS });
  });
});
