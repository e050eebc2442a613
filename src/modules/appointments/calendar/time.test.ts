import { describe, expect, it } from 'vitest';
import { addDays, instantToLocal, isoWeekday, localToInstant, zoneOffsetMs } from './time.js';

const athens = 'Europe/Athens';
const at = (iso: string) => new Date(iso).getTime();

describe('Athens local time ↔ UTC', () => {
  it.each([
    // Winter (UTC+2), the spring change day 2026-03-29 (03:00 → 04:00), summer (UTC+3).
    ['2026-03-28', 8 * 60, '2026-03-28T06:00:00.000Z'],
    ['2026-03-29', 2 * 60 + 59, '2026-03-29T00:59:00.000Z'],
    ['2026-03-29', 4 * 60, '2026-03-29T01:00:00.000Z'],
    ['2026-03-29', 8 * 60, '2026-03-29T05:00:00.000Z'],
    ['2026-03-30', 8 * 60, '2026-03-30T05:00:00.000Z'],
    // The autumn change 2026-10-25 (04:00 → 03:00): 03:30 happens twice, the first one counts.
    ['2026-10-24', 16 * 60, '2026-10-24T13:00:00.000Z'],
    ['2026-10-25', 3 * 60 + 30, '2026-10-25T00:30:00.000Z'],
    ['2026-10-25', 8 * 60, '2026-10-25T06:00:00.000Z'],
    ['2026-10-26', 8 * 60, '2026-10-26T06:00:00.000Z'],
  ])('%s %i min → %s', (day, minutes, iso) => {
    expect(new Date(localToInstant(day, minutes, athens)).toISOString()).toBe(iso);
    expect(instantToLocal(at(iso), athens)).toEqual({ day, minutes });
  });

  it('resolves a time skipped in spring to the hour after', () => {
    expect(new Date(localToInstant('2026-03-29', 3 * 60 + 30, athens)).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('knows the offsets and the days', () => {
    expect(zoneOffsetMs(at('2026-01-15T10:00:00Z'), athens)).toBe(2 * 3_600_000);
    expect(zoneOffsetMs(at('2026-07-15T10:00:00Z'), athens)).toBe(3 * 3_600_000);
    expect(instantToLocal(at('2026-06-30T21:30:00Z'), athens).day).toBe('2026-07-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(isoWeekday('2026-10-26')).toBe(1);
  });
});
