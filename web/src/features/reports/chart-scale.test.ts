import { describe, expect, it } from 'vitest';
import {
  labelStep,
  linePath,
  niceMax,
  scale,
  spread,
  ticksOf,
  truncateLabel,
} from './chart-scale.js';

describe('chart scales', () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [12, 20],
    [40, 50],
    [51, 100],
    [1300, 2000],
  ])('rounds a maximum of %s up to %s', (max, top) => {
    expect(niceMax(max)).toBe(top);
  });

  it.each([
    [1, [0, 1]],
    [2, [0, 1, 2]],
    [5, [0, 1, 2, 3, 4, 5]],
    [10, [0, 2, 4, 6, 8, 10]],
    [20, [0, 5, 10, 15, 20]],
    [50, [0, 10, 20, 30, 40, 50]],
    [2000, [0, 500, 1000, 1500, 2000]],
  ])('puts the gridlines of a chart up to %s at round whole numbers', (top, ticks) => {
    expect(ticksOf(top)).toEqual(ticks);
  });

  it('maps values to lengths, never below zero', () => {
    expect(scale(5, 10, 200)).toBe(100);
    expect(scale(-1, 10, 200)).toBe(0);
    expect(scale(3, 0, 200)).toBe(0);
  });

  it('spreads points across the plot and centres a single one', () => {
    expect(spread(3, 10, 100)).toEqual([10, 60, 110]);
    expect(spread(1, 10, 100)).toEqual([60]);
    expect(spread(0, 10, 100)).toEqual([]);
  });

  it('draws a line through the points', () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 5.55, y: 2 },
      ]),
    ).toBe('M0 10 L5.6 2');
  });

  it('labels every month up to twelve, then every other or third', () => {
    expect(labelStep(12, 12)).toBe(1);
    expect(labelStep(24, 12)).toBe(2);
    expect(labelStep(36, 12)).toBe(3);
  });

  it('shortens long labels with an ellipsis, counting Greek letters as one', () => {
    expect(truncateLabel('Παροχές', 10)).toBe('Παροχές');
    expect(truncateLabel('Συνεργασία με υπηρεσίες', 12)).toBe('Συνεργασία…');
  });
});
