import { describe, it, expect } from 'vitest';
import {
  buildWeightedTable,
  createRng,
  intBetween,
  logNormal,
  normal,
  pick,
  weightedPick,
} from './random.js';

function draw(seed: number | string, count: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => rng());
}

describe('createRng', () => {
  it.each([1, 42, 'demo'])('repeats the same sequence for seed %s', (seed) => {
    expect(draw(seed, 100)).toEqual(draw(seed, 100));
  });

  it('gives different sequences for different seeds', () => {
    expect(draw(1, 10)).not.toEqual(draw(2, 10));
    expect(draw('demo', 10)).not.toEqual(draw('bench', 10));
  });

  it('stays in [0, 1) with a mean near one half', () => {
    const values = draw(7, 100_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });
});

describe('intBetween', () => {
  it('hits both ends and nothing outside', () => {
    const rng = createRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) seen.add(intBetween(rng, 1, 6));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('pick and weightedPick', () => {
  it('picks only listed items and refuses an empty list', () => {
    const rng = createRng(4);
    for (let i = 0; i < 100; i++) expect(['a', 'b', 'c']).toContain(pick(rng, ['a', 'b', 'c']));
    expect(() => pick(rng, [])).toThrow(RangeError);
  });

  it('follows the weights and skips zero weights', () => {
    const rng = createRng(5);
    const table = buildWeightedTable<'often' | 'never' | 'seldom'>([
      ['often', 3],
      ['never', 0],
      ['seldom', 1],
    ]);
    const counts = { often: 0, never: 0, seldom: 0 };
    for (let i = 0; i < 40_000; i++) counts[weightedPick(rng, table)]++;
    expect(counts.never).toBe(0);
    expect(counts.often / counts.seldom).toBeGreaterThan(2.8);
    expect(counts.often / counts.seldom).toBeLessThan(3.2);
  });

  it('refuses a table without positive weights', () => {
    expect(() => buildWeightedTable([['x', 0]])).toThrow(RangeError);
  });
});

describe('normal and logNormal', () => {
  it('normal has the requested mean and standard deviation', () => {
    const rng = createRng(6);
    const values = Array.from({ length: 50_000 }, () => normal(rng, 10, 2));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeCloseTo(2, 1);
  });

  it('logNormal is positive, has the requested median and a long right tail', () => {
    const rng = createRng(8);
    const values = Array.from({ length: 50_000 }, () => logNormal(rng, 9000, 0.5));
    values.sort((a, b) => a - b);
    const median = values[values.length / 2] ?? 0;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(values[0]).toBeGreaterThan(0);
    expect(median / 9000).toBeGreaterThan(0.97);
    expect(median / 9000).toBeLessThan(1.03);
    expect(mean).toBeGreaterThan(median);
  });
});
