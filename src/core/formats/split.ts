/**
 * Train/dev/test split by document: deterministic for a seed, no document in two splits.
 * Ids are sorted first, so the result depends only on the set of ids, the ratios and the seed.
 */
import { seededRandom } from '../random';

export type SplitName = 'train' | 'dev' | 'test';
export const SPLIT_NAMES: readonly SplitName[] = ['train', 'dev', 'test'];

export { seededRandom };


/** Parse "0.8,0.1,0.1" (or "80,10,10"): three non-negative numbers, normalised to sum 1. */
export function parseRatios(spec: string): [number, number, number] {
  const parts = spec.split(',').map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3) throw new Error(`split '${spec}': give 2 or 3 ratios, e.g. 0.8,0.1,0.1`);
  const nums = parts.map(Number);
  if (nums.some((n) => !Number.isFinite(n) || n < 0)) throw new Error(`split '${spec}': ratios must be non-negative numbers`);
  while (nums.length < 3) nums.push(0);
  const sum = nums[0] + nums[1] + nums[2];
  if (sum <= 0) throw new Error(`split '${spec}': ratios must not all be zero`);
  return [nums[0] / sum, nums[1] / sum, nums[2] / sum];
}

/**
 * Assign each document id to a split. Sizes are floor(n * ratio) with the remainder given to the
 * splits with the largest fractional parts (ties: train, dev, test), so they sum to n.
 */
export function assignSplits(ids: readonly string[], ratios: readonly [number, number, number], seed: number): Map<string, SplitName> {
  const unique = [...new Set(ids)].sort();
  const rnd = seededRandom(seed);
  for (let i = unique.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [unique[i], unique[j]] = [unique[j], unique[i]];
  }
  const n = unique.length;
  const exact = ratios.map((r) => r * n);
  const sizes = exact.map(Math.floor);
  let rest = n - sizes.reduce((a, b) => a + b, 0);
  const order = [0, 1, 2].sort((a, b) => exact[b] - sizes[b] - (exact[a] - sizes[a]) || a - b);
  for (let k = 0; rest > 0; k = (k + 1) % 3) {
    if (ratios[order[k]] > 0) { sizes[order[k]]++; rest--; }
  }
  const out = new Map<string, SplitName>();
  let i = 0;
  SPLIT_NAMES.forEach((name, s) => {
    for (let c = 0; c < sizes[s]; c++) out.set(unique[i++], name);
  });
  return out;
}
