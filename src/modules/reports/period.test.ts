import { describe, expect, it } from 'vitest';
import { monthsOf, monthWithin, resolvePeriod } from './period.js';

const tz = 'Europe/Athens';

describe('report periods in Athens days', () => {
  it('bounds a winter year at Athens midnights (UTC+2)', () => {
    const period = resolvePeriod({ from: '2025-01-01', to: '2025-12-31' }, tz);
    expect(period.fromInstant.toISOString()).toBe('2024-12-31T22:00:00.000Z');
    expect(period.untilInstant.toISOString()).toBe('2025-12-31T22:00:00.000Z');
  });

  it('bounds a summer month at Athens midnights (UTC+3)', () => {
    const period = resolvePeriod({ from: '2025-07-01', to: '2025-07-31' }, tz);
    expect(period.fromInstant.toISOString()).toBe('2025-06-30T21:00:00.000Z');
    expect(period.untilInstant.toISOString()).toBe('2025-07-31T21:00:00.000Z');
  });

  it('spans the change to summer time in a month of 30 days and 23 hours', () => {
    const march = resolvePeriod({ from: '2025-03-01', to: '2025-03-31' }, tz);
    const hours = (march.untilInstant.getTime() - march.fromInstant.getTime()) / 3_600_000;
    expect(hours).toBe(31 * 24 - 1);
  });

  it('defaults to the current calendar year', () => {
    const period = resolvePeriod({}, tz, new Date('2026-03-15T10:00:00Z'));
    expect([period.from, period.to]).toEqual(['2026-01-01', '2026-12-31']);
    // 23:30 UTC on 31 December is already the new year in Athens.
    const newYear = resolvePeriod({}, tz, new Date('2025-12-31T23:30:00Z'));
    expect(newYear.from).toBe('2026-01-01');
  });

  it('refuses impossible days, backwards periods and periods over ten years', () => {
    expect(() => resolvePeriod({ from: '2025-02-30', to: '2025-03-01' }, tz)).toThrow(
      'validation_failed',
    );
    expect(() => resolvePeriod({ from: '2025-02-01', to: '2025-01-31' }, tz)).toThrow(
      'validation_failed',
    );
    expect(() => resolvePeriod({ from: '2000-01-01', to: '2025-01-01' }, tz)).toThrow(
      'validation_failed',
    );
  });

  it('lists the months a period touches and clips one month to it', () => {
    expect(monthsOf('2024-11-15', '2025-02-03')).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
    const period = resolvePeriod({ from: '2025-01-10', to: '2025-02-20' }, tz);
    expect(monthWithin('2025-02', period)).toMatchObject({ from: '2025-02-01', to: '2025-02-20' });
    expect(monthWithin('2025-03', period)).toBeNull();
  });
});
