import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { adjudicate, compareAnnotations, spanPrf, type AgreementSpan } from '../../../../src/core/agreement';
import { overlapFinder } from '../../../../src/core/agreement/spans';

const LABELS = ['PERSON', 'ORG', 'LOCATION'];
const spanArb = fc.record({ start: fc.integer({ min: 0, max: 60 }), len: fc.integer({ min: 1, max: 12 }), label: fc.constantFrom(...LABELS) })
  .map(({ start, len, label }): AgreementSpan => ({ start, end: start + len, label }));
const setArb = fc.array(spanArb, { maxLength: 25 });

describe('agreement: properties on random span sets', () => {
  it('overlapFinder finds exactly the overlapping spans', () => {
    fc.assert(fc.property(setArb, spanArb, (spans, q) => {
      const brute = spans.map((s, i) => (s.start < q.end && s.end > q.start ? i : -1)).filter((i) => i >= 0).sort((a, b) => a - b);
      assert.deepEqual(overlapFinder(spans)(q).sort((a, b) => a - b), brute);
    }));
  });

  it('every span is accounted for once: agreed + paired + one-sided', () => {
    fc.assert(fc.property(setArb, setArb, (left, right) => {
      const { agreed, disagreements } = compareAnnotations(left, right);
      const lUsed = agreed.length + disagreements.filter((d) => d.left).length;
      const rUsed = agreed.length + disagreements.filter((d) => d.right).length;
      assert.equal(lUsed, left.length);
      assert.equal(rUsed, right.length);
      for (const d of disagreements) if (d.left && d.right) assert.ok(d.left.start < d.right.end && d.right.start < d.left.end, 'paired spans overlap');
    }));
  });

  it('exact tp <= overlap tp; F1 symmetric; identical sets agree perfectly', () => {
    fc.assert(fc.property(setArb, setArb, (left, right) => {
      const e = spanPrf(left, right, 'exact');
      const o = spanPrf(left, right, 'overlap');
      assert.ok(e.overall.tp <= o.overall.tp);
      assert.ok(Math.abs(o.overall.f1 - spanPrf(right, left, 'overlap').overall.f1) < 1e-12);
      assert.equal(spanPrf(left, left, 'exact').overall.f1, 1);
    }));
  });

  it('adjudicating every disagreement for one side reproduces that side (as a set)', () => {
    fc.assert(fc.property(setArb, setArb, (left, right) => {
      const key = (s: AgreementSpan) => `${s.start}-${s.end}:${s.label}`;
      const uniq = (xs: AgreementSpan[]) => [...new Set(xs.map(key))].sort();
      assert.deepEqual(uniq(adjudicate(left, right, {}, 'right').spans), uniq(right));
      assert.deepEqual(uniq(adjudicate(left, right, {}, 'left').spans), uniq(left));
    }));
  });
});
