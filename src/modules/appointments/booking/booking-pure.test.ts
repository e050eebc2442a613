import { describe, expect, it } from 'vitest';
import { renderCalendar } from './booking-ics.js';
import { composeMail } from './booking-mail.js';
import { formatSlot, localDayInterval, localWeekInterval } from './booking-time.js';
import { canonicalJson, requestHash } from './request-hash.js';

describe('request hash', () => {
  it('ignores property order and undefined members, but not values', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: undefined } })).toBe('{"a":{"d":[1,2]},"b":1}');
    expect(requestHash('r', { a: 1, b: 2 })).toBe(requestHash('r', { b: 2, a: 1 }));
    expect(requestHash('r', { a: 1 })).not.toBe(requestHash('r', { a: 2 }));
    expect(requestHash('r', { a: 1 })).not.toBe(requestHash('s', { a: 1 }));
  });
});

describe('agenda periods in Athens', () => {
  it.each([
    [
      'an ordinary winter day',
      '2026-01-15',
      '2026-01-14T22:00:00.000Z',
      '2026-01-15T22:00:00.000Z',
    ],
    [
      'the 23-hour spring day',
      '2026-03-29',
      '2026-03-28T22:00:00.000Z',
      '2026-03-29T21:00:00.000Z',
    ],
    [
      'the 25-hour autumn day',
      '2026-10-25',
      '2026-10-24T21:00:00.000Z',
      '2026-10-25T22:00:00.000Z',
    ],
  ])('%s', (_label, day, from, to) => {
    const period = localDayInterval(day, 'Europe/Athens');
    expect([period.from.toISOString(), period.to.toISOString()]).toEqual([from, to]);
  });

  it('takes the Monday-to-Sunday week of any of its days', () => {
    const fromSunday = localWeekInterval('2026-03-08', 'Europe/Athens');
    const fromMonday = localWeekInterval('2026-03-02', 'Europe/Athens');
    expect(fromSunday).toEqual(fromMonday);
    expect(fromMonday.from.toISOString()).toBe('2026-03-01T22:00:00.000Z');
    expect(fromMonday.to.toISOString()).toBe('2026-03-08T22:00:00.000Z');
  });
});

describe('calendar files', () => {
  it('writes UTC times whatever the process zone', () => {
    const ics = renderCalendar([
      {
        uid: 'a@koinotita',
        title: 'Συνάντηση',
        startsAt: new Date('2026-01-05T08:00:00Z'),
        endsAt: new Date('2026-01-05T08:30:00Z'),
      },
    ]);
    expect(ics).toContain('DTSTART:20260105T080000Z');
    expect(ics).toContain('DTEND:20260105T083000Z');
    expect(ics).toContain('SUMMARY:Συνάντηση');
  });
});

describe('e-mails', () => {
  const facts = {
    zone: 'Europe/Athens',
    centerName: 'Κέντρο Κοινότητας',
    typeName: 'Ενημέρωση',
    staffName: 'Α. Παππά',
    startsAt: new Date('2026-01-05T08:00:00Z'),
    links: { cancel: 'https://k.example/c', move: 'https://k.example/m' },
  };

  it('tells the time in the Center’s zone and the reader’s language, with the links', () => {
    const el = composeMail('appointment.confirmed', { ...facts, language: 'el' });
    expect(el.subject).toBe(
      `Επιβεβαίωση ραντεβού: ${formatSlot(facts.startsAt, facts.zone, 'el')}`,
    );
    expect(el.subject).toContain('10:00');
    expect(el.body).toContain('Ακύρωση: https://k.example/c');
    const en = composeMail('appointment.confirmed', { ...facts, language: 'en' });
    expect(en.subject).toContain('5 January 2026');
    expect(en.body).toContain('Change the time: https://k.example/m');
  });
});
