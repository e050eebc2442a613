import { describe, expect, it } from 'vitest';
import { addDays } from './time.js';
import {
  closingMinutes,
  greekPublicHolidays,
  isClosedDay,
  type CalendarOverride,
} from './holidays.js';

/** Domain §4: the movable feasts 2025–2030 (Orthodox Easter E; E−48, E−2, E−1, E+1, E+50). */
const movable: [number, string, string, string, string, string][] = [
  [2025, '03-03', '04-18', '04-20', '04-21', '06-09'],
  [2026, '02-23', '04-10', '04-12', '04-13', '06-01'],
  [2027, '03-15', '04-30', '05-02', '05-03', '06-21'],
  [2028, '02-28', '04-14', '04-16', '04-17', '06-05'],
  [2029, '02-19', '04-06', '04-08', '04-09', '05-28'],
  [2030, '03-11', '04-26', '04-28', '04-29', '06-17'],
];
const fixed = ['01-01', '01-06', '03-25', '05-01', '08-15', '10-28', '12-25', '12-26'];

describe('greekPublicHolidays', () => {
  it.each(movable)(
    '%i matches the table of domain §4',
    (year, clean, friday, easter, monday, spirit) => {
      const days = greekPublicHolidays(year).map((h) => h.day);
      // Μεγάλο Σάββατο (E−1): public services are closed, the library leaves it out.
      const holySaturday = addDays(`${year}-${easter}`, -1);
      const expected = [
        ...fixed.map((d) => `${year}-${d}`),
        ...[clean, friday, easter, monday, spirit].map((d) => `${year}-${d}`),
        holySaturday,
      ];
      for (const day of expected) expect(days).toContain(day);
      // Nothing else but Pentecost Sunday (a Sunday anyway).
      expect(days.filter((d) => !expected.includes(d))).toHaveLength(1);
    },
  );

  it('names the days in Greek and English, Clean Monday included', () => {
    const byName = new Map(greekPublicHolidays(2026).map((h) => [h.nameEl, h]));
    expect(byName.get('Καθαρά Δευτέρα')).toMatchObject({
      day: '2026-02-23',
      nameEn: 'Clean Monday',
    });
    expect(byName.get('Μεγάλο Σάββατο')).toMatchObject({
      day: '2026-04-11',
      nameEn: 'Holy Saturday',
    });
    expect(byName.get('Αγίου Πνεύματος')?.nameEn).toBe('Whit Monday');
  });

  it('treats Holy Thursday as a normal day', () => {
    expect(isClosedDay('2026-04-09', [], [])).toBeNull();
    expect(isClosedDay('2026-04-10', [], [])).toBe('holiday');
  });
});

describe('isClosedDay and closingMinutes', () => {
  // 2024: 1/5 fell in Holy Week and was moved to Tue 7/5 by ministerial decision.
  const movedMayDay: CalendarOverride[] = [
    { day: '2024-05-01', kind: 'working_day' },
    { day: '2024-05-07', kind: 'holiday', nameEl: 'Εργατική Πρωτομαγιά (μεταφορά)' },
  ];
  const closures = [{ startsOn: '2026-08-10', endsOn: '2026-08-14', reason: 'Απολύμανση' }];

  it.each([
    ['2024-05-01', movedMayDay, null],
    ['2024-05-07', movedMayDay, 'holiday'],
    ['2026-05-01', [], 'holiday'],
    ['2026-08-10', [], 'closure'],
    ['2026-08-14', [], 'closure'],
    ['2026-08-17', [], null],
    ['2026-12-24', [], null],
  ] as const)('%s → %s', (day, overrides, expected) => {
    expect(isClosedDay(day, overrides, closures)).toBe(expected);
  });

  it('closes two hours early on 24/12 and 31/12, or when an override says so', () => {
    expect(closingMinutes('2026-12-24', 16 * 60, [])).toBe(14 * 60);
    expect(closingMinutes('2026-12-31', 16 * 60, [])).toBe(14 * 60);
    expect(closingMinutes('2026-12-23', 16 * 60, [])).toBe(16 * 60);
    const short: CalendarOverride[] = [{ day: '2026-04-09', kind: 'short_day', closesAt: 13 * 60 }];
    expect(closingMinutes('2026-04-09', 16 * 60, short)).toBe(13 * 60);
  });
});
