import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { assignSplits, parseRatios, seededRandom } from '../../../../src/core/formats';

describe('train/dev/test split by document', () => {
  const ids = Array.from({ length: 100 }, (_, i) => `doc-${String(i).padStart(3, '0')}.txt`);

  it('is deterministic for a seed, independent of input order, and differs between seeds', () => {
    const a = assignSplits(ids, [0.8, 0.1, 0.1], 42);
    const b = assignSplits([...ids].reverse(), [0.8, 0.1, 0.1], 42);
    assert.deepEqual([...a.entries()].sort(), [...b.entries()].sort());
    const c = assignSplits(ids, [0.8, 0.1, 0.1], 43);
    assert.notDeepEqual([...a.entries()].sort(), [...c.entries()].sort());
  });

  it('puts every document in exactly one split with the requested sizes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 60 }), fc.integer(), fc.tuple(fc.nat(10), fc.nat(10), fc.nat(10)).filter(([x, y, z]) => x + y + z > 0), (docs, seed, [x, y, z]) => {
        const ratios = parseRatios(`${x},${y},${z}`);
        const m = assignSplits(docs, ratios, seed);
        assert.equal(m.size, docs.length);
        const counts = { train: 0, dev: 0, test: 0 };
        for (const s of m.values()) counts[s]++;
        ratios.forEach((r, i) => {
          const n = counts[(['train', 'dev', 'test'] as const)[i]];
          assert.ok(Math.abs(n - r * docs.length) < 1 + 1e-9, `split ${i}: ${n} vs ${r * docs.length}`);
          if (r === 0) assert.equal(n, 0);
        });
      }),
    );
  });

  it('parses ratios and rejects bad ones', () => {
    assert.deepEqual(parseRatios('80,10,10'), [0.8, 0.1, 0.1]);
    assert.deepEqual(parseRatios('0.9,0.1'), [0.9, 0.1, 0]);
    assert.throws(() => parseRatios('a,b,c'), /non-negative/);
    assert.throws(() => parseRatios('0,0,0'), /zero/);
    assert.throws(() => parseRatios('1'), /2 or 3/);
  });

  it('the PRNG is in [0, 1) and seed-dependent', () => {
    const r = seededRandom(7);
    const xs = Array.from({ length: 1000 }, r);
    assert.ok(xs.every((x) => x >= 0 && x < 1));
    assert.ok(Math.abs(xs.reduce((a, b) => a + b) / xs.length - 0.5) < 0.05);
    assert.notEqual(seededRandom(8)(), seededRandom(7)());
  });
});
