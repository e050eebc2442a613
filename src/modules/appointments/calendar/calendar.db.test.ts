import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/helpers/database.js';
import { seedCenter, seedStaff, type SeededStaff } from '../../../../test/helpers/fixtures.js';
import type { CenterRow } from '../../centers/centers.repository.js';
import { assertBookable, findFreeSlots } from './availability.service.js';
import { isClosedDay } from './holidays.js';
import { addDays, isoWeekday } from './time.js';

let database: TestDatabase;
let testApp: TestApp;
let center: CenterRow;
let other: CenterRow;
let coordinator: { account: SeededStaff; client: TestClient };
let english: TestClient;
let outsider: TestClient;
let worker: SeededStaff;
let typeId: string;
const now = new Date('2026-03-01T10:00:00Z');

/** A Monday two weeks or more ahead whose week has no public holiday, as ISO days Mon–Sun. */
function quietWeek(): string[] {
  let monday = addDays(new Date().toISOString().slice(0, 10), 14);
  while (isoWeekday(monday) !== 1) monday = addDays(monday, 1);
  const week = (m: string) => [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(m, i));
  while (
    week(monday).some((d) => isClosedDay(d, [], []) || d.endsWith('12-24') || d.endsWith('12-31'))
  ) {
    monday = addDays(monday, 7);
  }
  return week(monday);
}
const week = quietWeek();
/** Midnight UTC of a day plus hours: Athens is UTC+2/+3, so 06:00Z–08:00Z is in opening hours. */
const utc = (day: string, time: string) => `${day}T${time}:00Z`;

async function signedIn(account: SeededStaff, at: CenterRow, language: 'el' | 'en' = 'el') {
  const client = new TestClient(testApp.app, language);
  await client.signIn(account, at.slug);
  return client;
}

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  center = await seedCenter(database.db, 'cal-a');
  other = await seedCenter(database.db, 'cal-b');
  const coordinatorAccount = await seedStaff(database.db, testApp.keyRing, center, 'coordinator');
  coordinator = { account: coordinatorAccount, client: await signedIn(coordinatorAccount, center) };
  english = await signedIn(coordinatorAccount, center, 'en');
  outsider = await signedIn(
    await seedStaff(database.db, testApp.keyRing, other, 'coordinator'),
    other,
  );
  worker = await seedStaff(database.db, testApp.keyRing, center, 'social_worker');
  const hours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts: '08:00', ends: '16:00' }));
  const put = await coordinator.client.put(`/api/staff/${worker.staff.id}/weekly-hours`, { hours });
  expect(put.statusCode).toBe(200);
  const created = await coordinator.client.post('/api/appointment-types', {
    name: { el: 'Πρώτη συνάντηση', en: 'First meeting' },
    durationMinutes: 30,
    mode: 'in_person',
    public: true,
    maxDaysAhead: 365,
    providerIds: [worker.staff.id],
  });
  expect(created.statusCode).toBe(201);
  typeId = created.json().id;
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

describe('calendar settings', () => {
  it('refuses hours outside opening hours or ending before they start, naming the field', async () => {
    const url = `/api/staff/${worker.staff.id}/weekly-hours`;
    const el = await coordinator.client.put(url, {
      hours: [{ weekday: 1, starts: '07:00', ends: '12:00' }],
    });
    expect(el.statusCode).toBe(400);
    expect(JSON.stringify(el.json())).toContain('ωράριο λειτουργίας');
    expect(JSON.stringify(el.json())).toContain('body.hours.0.starts');
    const en = await english.put(url, { hours: [{ weekday: 2, starts: '12:00', ends: '09:00' }] });
    expect(en.statusCode).toBe(400);
    expect(JSON.stringify(en.json())).toContain('The end time must be after the start time.');
    const weekend = await english.put(url, {
      hours: [{ weekday: 6, starts: '09:00', ends: '12:00' }],
    });
    expect(JSON.stringify(weekend.json())).toContain('opening hours');
    const absence = await english.post(`/api/staff/${worker.staff.id}/absences`, {
      startsAt: '2026-03-03T10:00:00Z',
      endsAt: '2026-03-03T09:00:00Z',
    });
    expect(absence.statusCode).toBe(400);
    expect(JSON.stringify(absence.json())).toContain('body.endsAt');
    const badType = await coordinator.client.post('/api/appointment-types', {
      name: { el: 'Χ', en: 'X' },
      durationMinutes: 2,
      mode: 'fax',
    });
    expect(badType.statusCode).toBe(400);
  });

  it('lists a year with Μεγάλο Σάββατο and the Center overrides', async () => {
    const added = await coordinator.client.post('/api/calendar/overrides', {
      day: '2027-05-04',
      kind: 'holiday',
      name: { el: 'Πρωτομαγιά (μεταφορά)', en: 'May Day (moved)' },
    });
    expect(added.statusCode).toBe(201);
    const year = (await coordinator.client.get('/api/calendar?year=2027')).json();
    expect(year.holidays.map((h: { day: string }) => h.day)).toContain('2027-05-01');
    expect(year.overrides[0]).toMatchObject({ day: '2027-05-04', kind: 'holiday' });
    const duplicate = await coordinator.client.post('/api/calendar/overrides', {
      day: '2027-05-04',
      kind: 'short_day',
      closesAt: '13:00',
      name: { el: 'Χ', en: 'X' },
    });
    expect(duplicate.statusCode).toBe(400);
  });
});

describe('availability', () => {
  it('gives a month view and a day view, with absences and closures taken out', async () => {
    await coordinator.client.post(`/api/staff/${worker.staff.id}/absences`, {
      startsAt: utc(week[1] ?? '', '07:00'),
      endsAt: utc(week[1] ?? '', '09:00'),
      reason: 'Εκπαίδευση',
    });
    await coordinator.client.post('/api/calendar/closures', {
      startsOn: week[2],
      endsOn: week[2],
      reason: 'Απολύμανση',
    });
    const month = await coordinator.client.get(
      `/api/public/availability?center=cal-a&typeId=${typeId}&from=${week[0]}&to=${week[6]}`,
    );
    expect(month.statusCode).toBe(200);
    const counts = Object.fromEntries(
      month.json().days.map((d: { day: string; freeSlots: number }) => [d.day, d.freeSlots]),
    );
    // Monday full, Tuesday minus the 2 h absence, Wednesday closed, the weekend empty.
    expect(Object.values(counts)).toEqual([16, 12, 0, 16, 16, 0, 0]);
    const day = await coordinator.client.get(`/api/availability?typeId=${typeId}&day=${week[1]}`);
    const starts = day.json().slots.map((s: { startsAt: string }) => s.startsAt);
    expect(starts).not.toContain(new Date(utc(week[1] ?? '', '07:00')).toISOString());
    expect(starts).toContain(new Date(utc(week[1] ?? '', '09:00')).toISOString());
    expect(day.json().slots[0].staffId).toBe(worker.staff.id);
    const tooLong = await english.get(
      `/api/availability?typeId=${typeId}&from=${week[0]}&to=${addDays(week[0] ?? '', 90)}`,
    );
    expect(tooLong.statusCode).toBe(400);
  });

  it('hides staff-only types from the public and other Centers', async () => {
    const internal = await coordinator.client.post('/api/appointment-types', {
      name: { el: 'Εσωτερική', en: 'Internal' },
      durationMinutes: 60,
      mode: 'phone',
      providerRoles: ['social_worker'],
    });
    const internalId = internal.json().id;
    const publicList = (await coordinator.client.get('/api/public/appointment-types?center=cal-a'))
      .json()
      .items.map((t: { id: string }) => t.id);
    expect(publicList).toEqual([typeId]);
    const hidden = await english.get(
      `/api/public/availability?center=cal-a&typeId=${internalId}&day=${week[0]}`,
    );
    expect(hidden.statusCode).toBe(400);
    expect(JSON.stringify(hidden.json())).toContain('does not exist');
    const staffView = await coordinator.client.get(
      `/api/availability?typeId=${internalId}&day=${week[0]}`,
    );
    expect(staffView.json().slots).toHaveLength(8);
    expect(
      (await outsider.get(`/api/availability?typeId=${typeId}&day=${week[0]}`)).statusCode,
    ).toBe(400);
    expect((await outsider.get(`/api/staff/${worker.staff.id}/absences`)).statusCode).toBe(404);
    expect((await outsider.get('/api/appointment-types')).json().items).toEqual([]);
  });

  it('exports findFreeSlots and assertBookable for booking', async () => {
    const slots = await findFreeSlots(database.db, center.id, {
      typeId,
      from: '2026-05-04',
      to: '2026-05-04',
      // A fixed clock: 4/5/2026 is a Monday, 1/5 a holiday.
      now,
    });
    expect(slots).toHaveLength(16);
    const slot = await assertBookable(database.db, center.id, {
      typeId,
      staffId: worker.staff.id,
      startsAt: new Date('2026-05-04T06:00:00Z'),
      now,
    });
    expect(slot.blockedUntil.toISOString()).toBe('2026-05-04T06:30:00.000Z');
    await expect(
      assertBookable(database.db, center.id, {
        typeId,
        staffId: worker.staff.id,
        startsAt: new Date('2026-05-01T06:00:00Z'),
        now,
      }),
    ).rejects.toMatchObject({ fieldErrors: [{ field: 'body.startsAt', rule: 'holiday' }] });
  });

  it('refuses an overlapping appointment in the database itself', async () => {
    const monday = week[0] ?? '';
    const insert = (starts: string, ends: string, blockedUntil: string, status = 'booked') =>
      sql`
        INSERT INTO appointments (center_id, type_id, staff_id, starts_at, ends_at, blocked_until, status)
        VALUES (${center.id}, ${typeId}, ${worker.staff.id}, ${starts}, ${ends}, ${blockedUntil}, ${status})
      `.execute(database.db);
    await insert(utc(monday, '06:00'), utc(monday, '06:30'), utc(monday, '06:40'));
    await expect(
      insert(utc(monday, '06:35'), utc(monday, '07:05'), utc(monday, '07:05')),
    ).rejects.toMatchObject({ constraint: 'appointments_no_double_booking' });
    // Back to back after the buffer is fine, and cancelled ones do not block.
    await insert(utc(monday, '06:40'), utc(monday, '07:10'), utc(monday, '07:10'));
    await insert(utc(monday, '06:00'), utc(monday, '06:30'), utc(monday, '06:30'), 'cancelled');
    const day = await coordinator.client.get(`/api/availability?typeId=${typeId}&day=${monday}`);
    const starts = day.json().slots.map((s: { startsAt: string }) => s.startsAt.slice(11, 16));
    // 06:00–06:40 and 06:40–07:10 (UTC) are taken; the next slot starts where they end.
    expect(starts).not.toContain('06:00');
    expect(starts).not.toContain('06:30');
    expect(starts).toContain('07:10');
    expect(starts).toContain('07:40');
  });
});
