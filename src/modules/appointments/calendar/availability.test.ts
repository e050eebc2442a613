import { describe, expect, it } from 'vitest';
import {
  computeFreeSlots,
  slotRejection,
  type AvailabilityInput,
  type StaffCalendar,
} from './availability.js';

const tz = 'Europe/Athens';
const at = (iso: string) => new Date(iso).getTime();
const hours = (h: number, m = 0) => h * 60 + m;
const weekdays = [1, 2, 3, 4, 5];

function staff(id: string, extra: Partial<StaffCalendar> = {}): StaffCalendar {
  return {
    staffId: id,
    weekly: weekdays.map((weekday) => ({ weekday, starts: hours(8), ends: hours(16) })),
    changes: [],
    absences: [],
    busy: [],
    ...extra,
  };
}

function input(overrides: Partial<AvailabilityInput> = {}): AvailabilityInput {
  return {
    type: {
      durationMinutes: 30,
      bufferMinutes: 0,
      minNoticeMinutes: 60,
      maxDaysAhead: 400,
      dailyCap: null,
    },
    staff: [staff('a')],
    center: {
      timeZone: tz,
      openingHours: weekdays.map((weekday) => ({ weekday, opens: hours(8), closes: hours(16) })),
      overrides: [],
      closures: [],
    },
    from: '2026-03-02',
    to: '2026-03-02',
    now: at('2026-01-01T10:00:00Z'),
    ...overrides,
  };
}

const isoStarts = (i: AvailabilityInput) =>
  computeFreeSlots(i).map((s) => new Date(s.startsAt).toISOString().slice(11, 16));

describe('computeFreeSlots', () => {
  it('offers 16 half-hour slots on a normal Monday, 08:00–16:00 Athens (UTC+2)', () => {
    const starts = isoStarts(input());
    expect(starts).toHaveLength(16);
    expect(starts[0]).toBe('06:00');
    expect(starts.at(-1)).toBe('13:30');
  });

  it('steps by duration + buffer and lets the last slot end at closing time', () => {
    const i = input({ type: { ...input().type, durationMinutes: 45, bufferMinutes: 15 } });
    expect(isoStarts(i)).toEqual([
      '06:00',
      '07:00',
      '08:00',
      '09:00',
      '10:00',
      '11:00',
      '12:00',
      '13:00',
    ]);
  });

  it('is right across the daylight-saving changes (last Sundays of March and October)', () => {
    // Friday before and Monday after 2026-03-29 (UTC+2 → UTC+3); a Sunday-opening Center too.
    const everyDay = [1, 2, 3, 4, 5, 6, 7];
    const center = {
      ...input().center,
      openingHours: everyDay.map((weekday) => ({ weekday, opens: hours(8), closes: hours(16) })),
    };
    const sundayStaff = staff('a', {
      weekly: everyDay.map((weekday) => ({ weekday, starts: hours(8), ends: hours(16) })),
    });
    const spring = computeFreeSlots(
      input({ from: '2026-03-27', to: '2026-03-30', center, staff: [sundayStaff] }),
    );
    const firstOf = (day: string) =>
      new Date(spring.find((s) => s.day === day)?.startsAt ?? 0).toISOString();
    expect(firstOf('2026-03-28')).toBe('2026-03-28T06:00:00.000Z');
    expect(firstOf('2026-03-29')).toBe('2026-03-29T05:00:00.000Z');
    expect(firstOf('2026-03-30')).toBe('2026-03-30T05:00:00.000Z');
    expect(spring.filter((s) => s.day === '2026-03-29')).toHaveLength(16);

    const autumn = computeFreeSlots(
      input({ from: '2026-10-24', to: '2026-10-26', center, staff: [sundayStaff] }),
    );
    const lastOn = (day: string) =>
      new Date(autumn.filter((s) => s.day === day).at(-1)?.endsAt ?? 0).toISOString();
    expect(lastOn('2026-10-24')).toBe('2026-10-24T13:00:00.000Z');
    expect(lastOn('2026-10-25')).toBe('2026-10-25T14:00:00.000Z');
    expect(autumn.filter((s) => s.day === '2026-10-25')).toHaveLength(16);
  });

  it('leaves out an absence in the middle of the day', () => {
    const absent = staff('a', {
      absences: [{ startsAt: at('2026-03-02T08:00:00Z'), endsAt: at('2026-03-02T09:15:00Z') }],
    });
    const starts = isoStarts(input({ staff: [absent] }));
    expect(starts).not.toContain('08:00');
    expect(starts).not.toContain('09:00');
    // The next slot starts when the absence ends, off the half-hour grid.
    expect(starts).toContain('09:15');
    expect(starts).toContain('07:30');
  });

  it('skips an appointment including its buffer, and continues after it', () => {
    const booked = staff('a', {
      busy: [{ startsAt: at('2026-03-02T06:00:00Z'), endsAt: at('2026-03-02T06:40:00Z') }],
    });
    expect(isoStarts(input({ staff: [booked] })).slice(0, 2)).toEqual(['06:40', '07:10']);
  });

  it('has nothing on closures, holidays, a moved May Day and weekends', () => {
    const closures = [{ startsOn: '2026-03-02', endsOn: '2026-03-03', reason: 'Απεργία' }];
    expect(computeFreeSlots(input({ center: { ...input().center, closures } }))).toEqual([]);
    // Καθαρά Δευτέρα 2026 (23/2), Μ. Παρασκευή 2026 (10/4), a Saturday.
    for (const day of ['2026-02-23', '2026-04-10', '2026-03-07']) {
      expect(computeFreeSlots(input({ from: day, to: day }))).toEqual([]);
    }
    // 2027: 1/5 is Μ. Σάββατο; the ministry moves May Day, say to Tue 4/5.
    const moved = {
      ...input().center,
      overrides: [{ day: '2027-05-04', kind: 'holiday' as const, nameEl: 'Πρωτομαγιά' }],
    };
    const may = computeFreeSlots(
      input({
        from: '2027-05-03',
        to: '2027-05-05',
        center: moved,
        now: at('2027-04-01T00:00:00Z'),
      }),
    );
    expect([...new Set(may.map((s) => s.day))]).toEqual(['2027-05-05']);
  });

  it('closes two hours early on 24/12', () => {
    const dec = input({ from: '2026-12-24', to: '2026-12-24', now: at('2026-12-01T00:00:00Z') });
    const slots = computeFreeSlots(dec);
    expect(slots).toHaveLength(12);
    expect(new Date(slots.at(-1)?.endsAt ?? 0).toISOString()).toBe('2026-12-24T12:00:00.000Z');
  });

  it('follows one-off changes: a day off, or other hours', () => {
    const changed = staff('a', {
      changes: [
        { day: '2026-03-02', starts: null, ends: null },
        { day: '2026-03-03', starts: hours(12), ends: hours(18) },
      ],
    });
    const slots = computeFreeSlots(input({ staff: [changed], to: '2026-03-03' }));
    expect(slots.every((s) => s.day === '2026-03-03')).toBe(true);
    // Clipped to the Center's 16:00 closing.
    expect(slots).toHaveLength(8);
  });

  it('respects the minimum notice and the booking window', () => {
    const now = at('2026-03-02T07:10:00Z'); // 09:10 in Athens
    const starts = isoStarts(input({ now, to: '2026-03-02' }));
    expect(starts[0]).toBe('08:30'); // 10:30 local: 10:00 is less than an hour away
    const window = input({
      now,
      to: '2026-04-30',
      type: { ...input().type, maxDaysAhead: 30 },
    });
    const days = computeFreeSlots(window).map((s) => s.day);
    expect(days.at(-1)).toBe('2026-04-01');
  });

  it('offers no slots on a day whose daily cap is reached', () => {
    const capped = input({
      to: '2026-03-03',
      type: { ...input().type, dailyCap: 3 },
      takenPerDay: new Map([['2026-03-02', 3]]),
    });
    expect(new Set(computeFreeSlots(capped).map((s) => s.day))).toEqual(new Set(['2026-03-03']));
  });

  it('merges staff in time order', () => {
    const slots = computeFreeSlots(input({ staff: [staff('b'), staff('a')] }));
    expect(slots.slice(0, 2).map((s) => s.staffId)).toEqual(['a', 'b']);
    expect(slots).toHaveLength(32);
  });
});

describe('slotRejection', () => {
  const base = input({ now: at('2026-03-01T10:00:00Z') });
  const check = (iso: string, extra: Partial<AvailabilityInput> & { s?: StaffCalendar } = {}) =>
    slotRejection({ ...base, ...extra, staff: extra.s ?? staff('a') }, at(iso));

  it.each([
    ['2026-03-02T06:00:00Z', null],
    ['2026-02-27T06:00:00Z', 'slot_in_past'],
    ['2026-03-01T10:30:00Z', 'outside_booking_window'],
    ['2026-02-23T06:00:00Z', 'slot_in_past'],
    ['2026-03-25T06:00:00Z', 'holiday'],
    ['2026-03-02T05:30:00Z', 'outside_hours'],
    ['2026-03-02T13:45:00Z', 'outside_hours'],
    ['2026-03-07T08:00:00Z', 'outside_hours'],
  ])('%s → %s', (iso, rule) => {
    expect(check(iso)).toBe(rule);
  });

  it('names absence, a taken slot and the daily cap', () => {
    const range = { startsAt: at('2026-03-02T06:15:00Z'), endsAt: at('2026-03-02T07:00:00Z') };
    expect(check('2026-03-02T06:00:00Z', { s: staff('a', { absences: [range] }) })).toBe(
      'staff_absent',
    );
    expect(check('2026-03-02T06:00:00Z', { s: staff('a', { busy: [range] }) })).toBe('slot_taken');
    const capped = {
      type: { ...base.type, dailyCap: 1 },
      takenPerDay: new Map([['2026-03-02', 1]]),
    };
    expect(check('2026-03-02T06:00:00Z', capped)).toBe('daily_cap_reached');
    const closed = {
      center: {
        ...base.center,
        closures: [{ startsOn: '2026-03-02', endsOn: '2026-03-02', reason: 'x' }],
      },
    };
    expect(check('2026-03-02T06:00:00Z', closed)).toBe('center_closed');
  });
});
