import { describe, expect, it } from 'vitest';
import {
  attendanceTime,
  canRecordAttendance,
  eventInputErrors,
  isRegistrationOpen,
  isWithinReminderWindow,
  offerExpiry,
  personKey,
} from './event-rules.js';

const at = (iso: string) => new Date(iso);

describe('personKey', () => {
  it.each([
    [{ email: ' Maria@Example.GR ', phone: '6912345678' }, 'email:maria@example.gr'],
    [{ phone: '+306912345678' }, 'phone:6912345678'],
    [{ phone: '691 234 5678' }, 'phone:6912345678'],
    [{ email: '', phone: '2101234567' }, 'phone:2101234567'],
    [{ residentId: 'r-1' }, 'resident:r-1'],
  ])('%o → %s', (who, key) => {
    expect(personKey(who)).toBe(key);
  });

  it('needs some way to tell the person', () => {
    expect(() => personKey({})).toThrow();
  });
});

describe('isRegistrationOpen', () => {
  const window = {
    status: 'published' as const,
    registration_opens_at: at('2026-03-01T08:00:00Z'),
    registration_closes_at: at('2026-03-10T08:00:00Z'),
  };
  it.each([
    ['2026-03-01T07:59:59Z', false],
    ['2026-03-01T08:00:00Z', true],
    ['2026-03-10T07:59:59Z', true],
    ['2026-03-10T08:00:00Z', false],
  ])('at %s → %s', (now, open) => {
    expect(isRegistrationOpen(window, at(now))).toBe(open);
  });
  it('is closed for drafts and cancelled events inside the window', () => {
    const now = at('2026-03-05T00:00:00Z');
    expect(isRegistrationOpen({ ...window, status: 'draft' }, now)).toBe(false);
    expect(isRegistrationOpen({ ...window, status: 'cancelled' }, now)).toBe(false);
  });
});

describe('offerExpiry', () => {
  const now = at('2026-03-05T10:00:00Z');
  it('holds the seat offer_hours from now', () => {
    expect(offerExpiry(now, 24, at('2026-03-09T10:00:00Z'))).toEqual(at('2026-03-06T10:00:00Z'));
  });
  it('never past the start', () => {
    expect(offerExpiry(now, 24, at('2026-03-05T12:00:00Z'))).toEqual(at('2026-03-05T12:00:00Z'));
  });
  it('offers nothing once the event has started', () => {
    expect(offerExpiry(now, 24, now)).toBeNull();
    expect(offerExpiry(now, 24, at('2026-03-05T09:00:00Z'))).toBeNull();
  });
});

describe('isWithinReminderWindow', () => {
  const starts = at('2026-03-06T10:00:00Z');
  it.each([
    ['2026-03-05T09:59:59Z', false],
    ['2026-03-05T10:00:00Z', true],
    ['2026-03-06T09:00:00Z', true],
  ])('at %s → %s', (now, inside) => {
    expect(isWithinReminderWindow(starts, at(now), 24)).toBe(inside);
  });
});

describe('canRecordAttendance', () => {
  // 09:00 in Athens on 6 March 2026 (UTC+2).
  const starts = at('2026-03-06T07:00:00Z');
  it.each([
    ['2026-03-05T21:59:59Z', false], // 23:59:59 the evening before, Athens
    ['2026-03-05T22:00:00Z', true], // midnight of the day, Athens
    ['2026-03-08T10:00:00Z', true], // a paper sheet entered later
  ])('at %s → %s', (now, allowed) => {
    expect(canRecordAttendance(starts, at(now), 'Europe/Athens')).toBe(allowed);
  });
});

describe('attendanceTime', () => {
  const starts = at('2026-12-30T16:00:00Z');
  const ends = at('2026-12-30T18:00:00Z');
  it('is the moment of a check-in during the event', () => {
    expect(attendanceTime(at('2026-12-30T16:20:00Z'), starts, ends)).toEqual(
      at('2026-12-30T16:20:00Z'),
    );
  });
  it('is the end for a paper sheet typed in the next month', () => {
    expect(attendanceTime(at('2027-01-05T09:00:00Z'), starts, ends)).toEqual(ends);
  });
  it('is the start for a check-in at the door before it begins', () => {
    expect(attendanceTime(at('2026-12-30T15:40:00Z'), starts, ends)).toEqual(starts);
  });
});

describe('eventInputErrors', () => {
  const good = {
    startsAt: at('2026-03-06T10:00:00Z'),
    endsAt: at('2026-03-06T12:00:00Z'),
    registrationOpensAt: at('2026-03-01T00:00:00Z'),
    registrationClosesAt: at('2026-03-06T09:00:00Z'),
    place: 'Αίθουσα',
    onlineUrl: null,
  };
  it('accepts a sound event', () => {
    expect(eventInputErrors(good)).toEqual([]);
  });
  it('names each wrong field', () => {
    const rules = eventInputErrors({
      ...good,
      endsAt: good.startsAt,
      registrationClosesAt: at('2026-03-07T00:00:00Z'),
      place: null,
    }).map((e) => `${e.field}:${e.rule}`);
    expect(rules).toEqual([
      'body.endsAt:time_order',
      'body.registrationClosesAt:closes_after_event',
      'body.place:place_or_link_required',
    ]);
  });
  it('wants the window to close after it opens', () => {
    expect(
      eventInputErrors({ ...good, registrationOpensAt: good.registrationClosesAt })[0],
    ).toMatchObject({ field: 'body.registrationClosesAt', rule: 'date_order' });
  });
});
