import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { insertTestResident } from '../../../test/helpers/residents.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { insertProfiledTestResident } from '../../../test/helpers/residents.js';
import { anonymiseResident } from '../gdpr/anonymise.service.js';
import { runEventJobs } from './event-jobs.js';
import { insertTestEvent, seedEventWorld, type EventWorld } from './events.fixtures.js';

let database: TestDatabase;
let testApp: TestApp;
let world: EventWorld;
let other: EventWorld;
let coordinator: TestClient;
let desk: TestClient;
let otherDesk: TestClient;
const HOUR = 3_600_000;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  world = await seedEventWorld(database.db, testApp.keyRing, 'events-staff-a');
  other = await seedEventWorld(database.db, testApp.keyRing, 'events-staff-b');
  coordinator = new TestClient(testApp.app, 'el');
  await coordinator.signIn(world.coordinator, 'events-staff-a');
  desk = new TestClient(testApp.app, 'el');
  await desk.signIn(world.reception, 'events-staff-a');
  otherDesk = new TestClient(testApp.app, 'en');
  await otherDesk.signIn(other.reception, 'events-staff-b');
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

function eventBody(overrides: Record<string, unknown> = {}) {
  const starts = Date.now() + 72 * HOUR;
  return {
    titleEl: 'Εργαστήρι βιογραφικού',
    place: 'Παλαιολόγου 9, Μαρούσι',
    startsAt: new Date(starts).toISOString(),
    endsAt: new Date(starts + 2 * HOUR).toISOString(),
    capacity: 2,
    registrationOpensAt: new Date(Date.now() - HOUR).toISOString(),
    registrationClosesAt: new Date(starts - HOUR).toISOString(),
    ...overrides,
  };
}

async function timelineKinds(residentId: string) {
  const rows = await database.db
    .selectFrom('timeline_entries')
    .select('kind')
    .where('resident_id', '=', residentId)
    .orderBy('occurred_at')
    .execute();
  return rows.map((r) => r.kind).filter((k) => k.startsWith('event.'));
}

describe('managing events', () => {
  it('creates a draft, publishes it at its version, refuses a stale edit and a capacity below the seats given', async () => {
    const created = await coordinator.post('/api/events', eventBody());
    expect(created.statusCode).toBe(201);
    const event = created.json();
    expect(event).toMatchObject({
      status: 'draft',
      seatsTaken: 0,
      version: 1,
      registrationOpen: false,
    });
    expect((await desk.post('/api/events', eventBody())).statusCode).toBe(403);
    const published = await coordinator.post(`/api/events/${event.id}/publish`, { version: 1 });
    expect(published.json()).toMatchObject({
      status: 'published',
      version: 2,
      registrationOpen: true,
    });
    const stale = await coordinator.put(`/api/events/${event.id}`, { ...eventBody(), version: 1 });
    expect(stale.json()).toMatchObject({ code: 'stale_record' });

    for (const name of ['Α', 'Β']) {
      await desk.post(`/api/events/${event.id}/registrations`, {
        name,
        phone: `69123456${name === 'Α' ? 11 : 12}`,
      });
    }
    const lower = await coordinator.put(`/api/events/${event.id}`, {
      ...eventBody({ capacity: 1 }),
      version: 2,
    });
    expect(lower.statusCode).toBe(400);
    expect(lower.json().errors[0]).toMatchObject({ field: 'body.capacity' });
    expect(lower.json().errors[0].message).toContain('(2)');
  });

  it('names wrong times and a missing place in the caller language', async () => {
    const starts = eventBody().startsAt;
    const answer = await coordinator.post('/api/events', {
      ...eventBody({ endsAt: starts, place: '' }),
    });
    expect(answer.statusCode).toBe(400);
    const fields = answer.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(['body.endsAt', 'body.place']);
    expect(answer.json().errors[1].message).toContain('τόπο');
  });

  it('raising the capacity offers the new seat to the first in line', async () => {
    const event = await insertTestEvent(database.db, world.center.id, { capacity: 1 });
    await desk.post(`/api/events/${event.id}/registrations`, {
      name: 'Πρώτη',
      email: 'a1@example.gr',
    });
    const waiting = (
      await desk.post(`/api/events/${event.id}/registrations`, {
        name: 'Δεύτερη',
        email: 'a2@example.gr',
      })
    ).json();
    expect(waiting).toMatchObject({ status: 'waitlisted', position: 1 });
    const raised = await coordinator.put(`/api/events/${event.id}`, {
      ...eventBody({ capacity: 2 }),
      titleEl: event.title_el,
      version: event.version,
    });
    expect(raised.json()).toMatchObject({ capacity: 2, seatsTaken: 2, waitlisted: 0 });
    const list = (await desk.get(`/api/events/${event.id}/registrations`)).json();
    expect(list.items.map((r: { status: string }) => r.status)).toEqual(['registered', 'offered']);
  });
});

describe('moving an event', () => {
  it('tells the people registered the new time and reminds them again before the new date', async () => {
    const startsAt = new Date(Date.now() + 20 * HOUR);
    const event = await insertTestEvent(database.db, world.center.id, {
      capacity: 1,
      starts_at: startsAt,
      registration_closes_at: new Date(startsAt.getTime() - HOUR),
    });
    const seated = (
      await desk.post(`/api/events/${event.id}/registrations`, {
        name: 'Καθισμένη',
        email: 'moved1@example.gr',
      })
    ).json();
    await desk.post(`/api/events/${event.id}/registrations`, {
      name: 'Σε αναμονή',
      email: 'moved2@example.gr',
    });
    // Registered inside the reminder window: the confirmation was the reminder.
    const remindedAt = async () =>
      (
        await database.db
          .selectFrom('event_registrations')
          .select('reminded_at')
          .where('id', '=', seated.id)
          .executeTakeFirstOrThrow()
      ).reminded_at;
    expect(await remindedAt()).not.toBeNull();

    const newStart = Date.now() + 72 * HOUR;
    const moved = await coordinator.put(`/api/events/${event.id}`, {
      ...eventBody({ capacity: 1 }),
      startsAt: new Date(newStart).toISOString(),
      endsAt: new Date(newStart + 2 * HOUR).toISOString(),
      registrationClosesAt: new Date(newStart - HOUR).toISOString(),
      version: event.version,
    });
    expect(moved.statusCode).toBe(200);
    expect(await remindedAt()).toBeNull();
    const mails = async (to: string) =>
      database.db
        .selectFrom('outbox_messages')
        .selectAll()
        .where('to', '=', to)
        .orderBy('created_at')
        .execute();
    const toSeated = await mails('moved1@example.gr');
    expect(toSeated.map((m) => m.kind)).toEqual(['event.confirmation', 'event.rescheduled']);
    expect(toSeated[1]!.subject).toContain('Αλλαγή ώρας');
    expect(toSeated[1]!.ics).toContain('BEGIN:VEVENT');
    const toWaiting = await mails('moved2@example.gr');
    expect(toWaiting.map((m) => m.kind)).toEqual(['event.waitlisted', 'event.rescheduled']);
    expect(toWaiting[1]!.ics).toBeNull();

    await runEventJobs(
      database.db,
      { hoursBefore: 24, keyRing: testApp.keyRing },
      new Date(newStart - 23 * HOUR),
    );
    expect((await mails('moved1@example.gr')).map((m) => m.kind)).toEqual([
      'event.confirmation',
      'event.rescheduled',
      'event.reminder',
    ]);
  });
});

describe('the desk', () => {
  it('registers a resident by file, which shows on the timeline, checks them in and undoes it', async () => {
    const residentId = await insertProfiledTestResident(database.db, world.center.id, {
      email: 'eleni.k@example.gr',
    });
    const event = await insertTestEvent(database.db, world.center.id, {
      starts_at: new Date(Date.now() - HOUR),
      ends_at: new Date(Date.now() + HOUR),
      registration_opens_at: new Date(Date.now() - 48 * HOUR),
      registration_closes_at: new Date(Date.now() - 2 * HOUR),
    });
    const registered = await desk.post(`/api/events/${event.id}/registrations`, { residentId });
    expect(registered.statusCode).toBe(201);
    const row = registered.json();
    expect(row).toMatchObject({
      status: 'registered',
      residentId,
      name: 'Ελένη Παπαδοπούλου',
      email: 'eleni.k@example.gr',
    });
    const twice = await desk.post(`/api/events/${event.id}/registrations`, { residentId });
    expect(twice.json()).toMatchObject({ code: 'already_registered' });

    const attend = (attended: boolean) =>
      desk.post(`/api/events/${event.id}/registrations/${row.id}/attendance`, { attended });
    expect((await attend(true)).json()).toMatchObject({ status: 'attended' });
    expect(await timelineKinds(residentId)).toEqual(['event.registered', 'event.attended']);
    expect((await attend(false)).json()).toMatchObject({ status: 'registered', attendedAt: null });
    expect(await timelineKinds(residentId)).toEqual(['event.registered']);
    await attend(true);
    const seats = await database.db
      .selectFrom('events')
      .select('seats_taken')
      .where('id', '=', event.id)
      .executeTakeFirstOrThrow();
    expect(seats.seats_taken).toBe(1);
  });

  it('refuses check-in before the day of the event', async () => {
    const event = await insertTestEvent(database.db, world.center.id, {
      starts_at: new Date(Date.now() + 72 * HOUR),
    });
    const row = (
      await desk.post(`/api/events/${event.id}/registrations`, {
        name: 'Κώστας',
        phone: '6900000001',
      })
    ).json();
    const early = await desk.post(`/api/events/${event.id}/registrations/${row.id}/attendance`, {
      attended: true,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].message).toContain('ημέρα της δράσης');
  });

  it('dates a check-in typed in from a paper sheet weeks later to the end of the event', async () => {
    const startsAt = new Date(Date.now() - 20 * 24 * HOUR);
    const event = await insertTestEvent(database.db, world.center.id, {
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 2 * HOUR),
      registration_opens_at: new Date(startsAt.getTime() - 48 * HOUR),
      registration_closes_at: new Date(startsAt.getTime() - HOUR),
    });
    const residentId = await insertTestResident(database.db, world.center.id, {
      surname: 'Χαρτί',
      givenName: 'Από',
    });
    const row = await database.db
      .insertInto('event_registrations')
      .values({
        center_id: world.center.id,
        event_id: event.id,
        resident_id: residentId,
        name: 'Από το χαρτί',
        phone: '6900000011',
        person_key: 'phone:6900000011',
        source: 'staff',
        status: 'registered',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const attended = await desk.post(`/api/events/${event.id}/registrations/${row.id}/attendance`, {
      attended: true,
    });
    expect(attended.json()).toMatchObject({ status: 'attended' });
    expect(new Date(attended.json().attendedAt)).toEqual(event.ends_at);
    // The resident's timeline places it on the day of the event, not the day it was typed.
    const entry = await database.db
      .selectFrom('timeline_entries')
      .select('occurred_at')
      .where('resident_id', '=', residentId)
      .where('kind', '=', 'event.attended')
      .executeTakeFirstOrThrow();
    expect(entry.occurred_at).toEqual(event.ends_at);
  });

  it('refuses check-in at a cancelled event, naming the registration', async () => {
    const event = await insertTestEvent(database.db, world.center.id, {
      starts_at: new Date(Date.now() - HOUR),
      ends_at: new Date(Date.now() + HOUR),
      registration_opens_at: new Date(Date.now() - 48 * HOUR),
      registration_closes_at: new Date(Date.now() - 2 * HOUR),
    });
    const row = (
      await desk.post(`/api/events/${event.id}/registrations`, {
        name: 'Μαρία',
        phone: '6900000012',
      })
    ).json();
    const cancelled = await coordinator.post(`/api/events/${event.id}/cancel`, {
      version: event.version,
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    const refused = await desk.post(`/api/events/${event.id}/registrations/${row.id}/attendance`, {
      attended: true,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ field: 'registrationId' });
    expect(refused.json().errors[0].message).toContain('ακυρωθεί');
    const list = (await desk.get(`/api/events/${event.id}/registrations`)).json();
    expect(list.items[0]).toMatchObject({ status: 'registered', attendedAt: null });
  });

  it('links a public registration to a resident file, then counts it there', async () => {
    const residentId = await insertProfiledTestResident(database.db, world.center.id, {
      email: 'other@example.gr',
    });
    const event = await insertTestEvent(database.db, world.center.id);
    const row = (
      await desk.post(`/api/events/${event.id}/registrations`, {
        name: 'Γιώργος',
        phone: '6900000002',
      })
    ).json();
    const linked = await desk.post(`/api/events/${event.id}/registrations/${row.id}/resident`, {
      residentId,
    });
    expect(linked.json()).toMatchObject({ residentId, status: 'registered' });
    expect(await timelineKinds(residentId)).toEqual(['event.registered']);
  });

  it('cancels a registration: the seat goes to the waitlist and the resident timeline says so', async () => {
    const residentId = await insertProfiledTestResident(database.db, world.center.id, {
      email: 'c1@example.gr',
    });
    const event = await insertTestEvent(database.db, world.center.id, { capacity: 1 });
    const row = (await desk.post(`/api/events/${event.id}/registrations`, { residentId })).json();
    await desk.post(`/api/events/${event.id}/registrations`, {
      name: 'Επόμενη',
      email: 'next@example.gr',
    });
    const cancelled = await desk.post(`/api/events/${event.id}/registrations/${row.id}/cancel`);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect(await timelineKinds(residentId)).toEqual(['event.registered', 'event.cancelled']);
    const list = (await desk.get(`/api/events/${event.id}/registrations`)).json();
    expect(list.items.map((r: { status: string }) => r.status)).toEqual(['cancelled', 'offered']);
    // The person said yes on the phone: the desk takes the seat for them.
    const offered = list.items[1];
    const confirmed = await desk.post(
      `/api/events/${event.id}/registrations/${offered.id}/confirm`,
    );
    expect(confirmed.json()).toMatchObject({ status: 'registered' });
  });
});

describe('a seat freed after the start', () => {
  it('the desk puts a newcomer behind those waiting; the first waiting who turns up takes it', async () => {
    const event = await insertTestEvent(database.db, world.center.id, {
      capacity: 1,
      starts_at: new Date(Date.now() - HOUR),
      ends_at: new Date(Date.now() + HOUR),
      registration_opens_at: new Date(Date.now() - 48 * HOUR),
      registration_closes_at: new Date(Date.now() - 2 * HOUR),
    });
    const add = (n: number) =>
      desk.post(`/api/events/${event.id}/registrations`, {
        name: `Άτομο ${n}`,
        phone: `69000000${n}`,
      });
    const seated = (await add(31)).json();
    const waiting = (await add(32)).json();
    await desk.post(`/api/events/${event.id}/registrations/${seated.id}/cancel`);
    expect((await add(33)).json()).toMatchObject({ status: 'waitlisted', position: 2 });
    const checkedIn = await desk.post(
      `/api/events/${event.id}/registrations/${waiting.id}/attendance`,
      { attended: true },
    );
    expect(checkedIn.json()).toMatchObject({ status: 'attended' });
  });
});

describe('a lapsed offer confirmed at the desk', () => {
  it('is refused, and the line still moves on to the next person', async () => {
    const event = await insertTestEvent(database.db, world.center.id, { capacity: 1 });
    const ids: string[] = [];
    for (const n of [21, 22, 23]) {
      const answer = await desk.post(`/api/events/${event.id}/registrations`, {
        name: `Άτομο ${n}`,
        phone: `69000000${n}`,
      });
      ids.push(answer.json().id);
    }
    await desk.post(`/api/events/${event.id}/registrations/${ids[0]}/cancel`);
    // The offer lapsed a minute ago and the worker has not swept it yet.
    await database.db
      .updateTable('event_registrations')
      .set({ offer_expires_at: new Date(Date.now() - 60_000) })
      .where('id', '=', ids[1]!)
      .execute();
    const late = await desk.post(`/api/events/${event.id}/registrations/${ids[1]}/confirm`);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'offer_expired' });
    const list = (await desk.get(`/api/events/${event.id}/registrations`)).json();
    expect(list.items.map((r: { status: string }) => r.status)).toEqual([
      'cancelled',
      'expired',
      'offered',
    ]);
  });
});

describe('tenancy', () => {
  it('another Center neither sees nor changes the events or registrations', async () => {
    const event = await insertTestEvent(database.db, world.center.id);
    const row = (
      await desk.post(`/api/events/${event.id}/registrations`, {
        name: 'Ιδιωτικό',
        phone: '6900000003',
      })
    ).json();
    expect((await otherDesk.get(`/api/events/${event.id}`)).statusCode).toBe(404);
    expect((await otherDesk.get(`/api/events/${event.id}/registrations`)).statusCode).toBe(404);
    const list = (await otherDesk.get('/api/events')).json();
    expect(list.items).toEqual([]);
    expect(
      (
        await otherDesk.post(`/api/events/${event.id}/registrations`, {
          name: 'Χ',
          phone: '6900000004',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await otherDesk.post(`/api/events/${event.id}/registrations/${row.id}/cancel`)).statusCode,
    ).toBe(404);
    expect(
      (
        await otherDesk.post(`/api/events/${event.id}/registrations/${row.id}/attendance`, {
          attended: true,
        })
      ).statusCode,
    ).toBe(404);
    const publicOther = await otherDesk.get(`/api/public/events/${event.id}?center=events-staff-b`);
    expect(publicOther.statusCode).toBe(404);
    const still = await database.db
      .selectFrom('event_registrations')
      .select('status')
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(still.status).toBe('registered');
  });
});

describe('personal data', () => {
  it('anonymising a resident removes the name and contact their registrations copied', async () => {
    const residentId = await insertProfiledTestResident(database.db, world.center.id, {
      email: 'gone@example.gr',
    });
    const event = await insertTestEvent(database.db, world.center.id);
    await desk.post(`/api/events/${event.id}/registrations`, { residentId });
    const storage = { delete: async () => undefined } as unknown as Parameters<
      typeof anonymiseResident
    >[1];
    const actor = { centerId: world.center.id, staffId: null, role: null, ip: null };
    await anonymiseResident(database.db, storage, actor, residentId, 'Αίτημα διαγραφής');
    const row = await database.db
      .selectFrom('event_registrations')
      .selectAll()
      .where('resident_id', '=', residentId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      name: 'Ανωνυμοποιημένος',
      email: null,
      phone: null,
      status: 'registered',
    });
    expect(row.person_key).toBe(`anonymised:${row.id}`);
  });

  it('removes contact details of people without a file a year after their event, keeping the count', async () => {
    const longAgo = new Date(Date.now() - 400 * 24 * HOUR);
    const event = await insertTestEvent(database.db, world.center.id, {
      starts_at: longAgo,
      ends_at: new Date(longAgo.getTime() + HOUR),
      registration_opens_at: new Date(longAgo.getTime() - 48 * HOUR),
      registration_closes_at: new Date(longAgo.getTime() - HOUR),
    });
    await database.db
      .insertInto('event_registrations')
      .values({
        center_id: world.center.id,
        event_id: event.id,
        name: 'Παλιά Συμμετέχουσα',
        email: 'old@example.gr',
        person_key: 'email:old@example.gr',
        source: 'public',
        status: 'attended',
        attended_at: longAgo,
      })
      .execute();
    await runEventJobs(database.db, { hoursBefore: 24, keyRing: testApp.keyRing });
    const rows = await database.db
      .selectFrom('event_registrations')
      .selectAll()
      .where('event_id', '=', event.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Ανωνυμοποιημένος', email: null, status: 'attended' });
  });
});
