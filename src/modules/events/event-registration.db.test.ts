import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/connection.js';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { runEventJobs } from './event-jobs.js';
import { lockEvent } from './events.repository.js';
import { insertTestEvent, seedEventWorld, type EventWorld } from './events.fixtures.js';

let database: TestDatabase;
let testApp: TestApp;
let world: EventWorld;
let greek: TestClient;
let english: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  world = await seedEventWorld(database.db, testApp.keyRing, 'events-a');
  greek = new TestClient(testApp.app, 'el');
  await greek.get('/api/auth/csrf');
  english = new TestClient(testApp.app, 'en');
  await english.get('/api/auth/csrf');
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

function register(
  eventId: string,
  body: Record<string, unknown>,
  options: { client?: TestClient; key?: string } = {},
) {
  return (options.client ?? greek).request({
    method: 'POST',
    url: `/api/public/events/${eventId}/registrations?center=events-a`,
    payload: { consent: true, ...body },
    headers: { 'idempotency-key': options.key ?? randomUUID() },
  });
}

const person = (i: number) => ({ name: `Δημότης ${i}`, email: `person${i}@example.gr` });

async function registrationsOf(eventId: string) {
  return database.db
    .selectFrom('event_registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy('arrival')
    .execute();
}

async function seatsTaken(eventId: string) {
  const row = await database.db
    .selectFrom('events')
    .select('seats_taken')
    .where('id', '=', eventId)
    .executeTakeFirstOrThrow();
  return row.seats_taken;
}

async function outboxTo(to: string) {
  return database.db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('to', '=', to)
    .orderBy('created_at')
    .execute();
}

describe('public registration under concurrency', () => {
  it('seats exactly 20 of 50 concurrent registrations and waitlists the rest in arrival order', async () => {
    const event = await insertTestEvent(database.db, world.center.id, { capacity: 20 });
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => register(event.id, person(i))),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const answers = responses.map((r) =>
      r.json<{ id: string; status: string; position: number | null }>(),
    );
    expect(answers.filter((a) => a.status === 'registered')).toHaveLength(20);
    expect(answers.filter((a) => a.status === 'waitlisted')).toHaveLength(30);

    const rows = await registrationsOf(event.id);
    expect(await seatsTaken(event.id)).toBe(20);
    // Arrival = the order the transactions took the event's row lock: the first 20 arrivals hold
    // the seats, everyone after them waits, and the places told to each person follow arrival.
    expect(rows.slice(0, 20).every((r) => r.status === 'registered')).toBe(true);
    expect(rows.slice(20).every((r) => r.status === 'waitlisted')).toBe(true);
    const told = new Map(answers.map((a) => [a.id, a.position]));
    expect(rows.slice(20).map((r) => told.get(r.id))).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
    // Each got the matching e-mail: a confirmation with .ics, or the waitlist notice.
    const seated = rows[0]!;
    const [confirmation] = await outboxTo(seated.email!);
    expect(confirmation).toMatchObject({ kind: 'event.confirmation', sent_at: null });
    expect(confirmation!.ics).toContain('BEGIN:VEVENT');
    expect(confirmation!.body).toContain(`/events/registration/${seated.id}?token=`);
    const waiting = rows[20]!;
    const [notice] = await outboxTo(waiting.email!);
    expect(notice).toMatchObject({ kind: 'event.waitlisted', ics: null });
    expect(notice!.body).toContain('θέση 1');
  });

  it('decides in the order requests reached the event: the first three of eight get the seats', async () => {
    const event = await insertTestEvent(database.db, world.center.id, { capacity: 3 });
    const locker = createDb(database.url, { maxConnections: 2 });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked: () => void = () => undefined;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    // Someone is changing the event's registrations: each request queues behind, one by one.
    const holder = locker.transaction().execute(async (trx) => {
      await lockEvent(trx, world.center.id, event.id);
      locked();
      await held;
    });
    await lockTaken;
    const waiting = async () => {
      const { rows } = await sql<{ n: string }>`
        SELECT count(*) AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(locker);
      return Number(rows[0]?.n ?? 0);
    };
    const pending: Promise<{ statusCode: number; json: () => unknown }>[] = [];
    for (let i = 0; i < 8; i += 1) {
      pending.push(register(event.id, { name: `Σειρά ${i}`, phone: `69100000${10 + i}` }));
      await expect.poll(waiting, { timeout: 10_000, interval: 20 }).toBe(i + 1);
    }
    release();
    await holder;
    await locker.destroy();
    const answers = (await Promise.all(pending)).map(
      (r) => r.json() as { status: string; position: number | null },
    );
    expect(answers.map((a) => a.status)).toEqual([
      'registered',
      'registered',
      'registered',
      ...Array(5).fill('waitlisted'),
    ]);
    expect(answers.map((a) => a.position)).toEqual([null, null, null, 1, 2, 3, 4, 5]);
  });
});

describe('bad input changes nothing', () => {
  it('refuses the same person twice (e-mail in any case, or the same phone written otherwise)', async () => {
    const event = await insertTestEvent(database.db, world.center.id, { capacity: 5 });
    expect((await register(event.id, { name: 'Άννα', email: 'Anna@Example.gr' })).statusCode).toBe(
      201,
    );
    const again = await register(event.id, { name: 'Άννα Κ.', email: 'anna@example.gr' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'already_registered' });
    expect(again.json().detail).toContain('έχει ήδη εγγραφεί');
    expect((await register(event.id, { name: 'Νίκος', phone: '691 234 5670' })).statusCode).toBe(
      201,
    );
    const byPhone = await register(
      event.id,
      { name: 'Νίκος', phone: '+306912345670' },
      { client: english },
    );
    expect(byPhone.statusCode).toBe(409);
    expect(byPhone.json().detail).toContain('already registered');
    expect(await registrationsOf(event.id)).toHaveLength(2);
    expect(await seatsTaken(event.id)).toBe(2);
  });

  it('refuses registration before opening, after closing, for drafts and cancelled events', async () => {
    const past = new Date(Date.now() - 60_000);
    const closed = await insertTestEvent(database.db, world.center.id, {
      registration_opens_at: new Date(Date.now() - 3_600_000),
      registration_closes_at: past,
    });
    const answer = await register(closed.id, person(100), { client: english });
    expect(answer.statusCode).toBe(409);
    expect(answer.json()).toMatchObject({ code: 'registration_closed' });
    expect(answer.json().detail).toMatch(/not open/);
    const notYet = await insertTestEvent(database.db, world.center.id, {
      registration_opens_at: new Date(Date.now() + 3_600_000),
    });
    expect((await register(notYet.id, person(101))).json()).toMatchObject({
      code: 'registration_closed',
    });
    const cancelled = await insertTestEvent(database.db, world.center.id, { status: 'cancelled' });
    expect((await register(cancelled.id, person(102))).json()).toMatchObject({
      code: 'registration_closed',
    });
    const draft = await insertTestEvent(database.db, world.center.id, { status: 'draft' });
    expect((await register(draft.id, person(103))).statusCode).toBe(404);
    for (const e of [closed, notYet, cancelled, draft])
      expect(await registrationsOf(e.id)).toEqual([]);
  });

  it('requires consent and a way to reach the person, naming the field', async () => {
    const event = await insertTestEvent(database.db, world.center.id);
    const noConsent = await register(event.id, { ...person(110), consent: false });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().errors[0].field).toBe('body.consent');
    const noContact = await register(event.id, { name: 'Χωρίς στοιχεία' });
    expect(noContact.statusCode).toBe(400);
    expect(noContact.json().errors[0]).toMatchObject({ field: 'body.phone' });
    expect(await registrationsOf(event.id)).toEqual([]);
  });

  it('answers a retry with the same Idempotency-Key once, without registering twice', async () => {
    const event = await insertTestEvent(database.db, world.center.id);
    const key = randomUUID();
    const [a, b] = await Promise.all([
      register(event.id, person(120), { key }),
      register(event.id, person(120), { key }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().id).toBe(b.json().id);
    expect(await registrationsOf(event.id)).toHaveLength(1);
  });
});

describe('the waitlist moves', () => {
  it('offers a freed seat to the first in line, who takes it through the e-mailed link', async () => {
    const event = await insertTestEvent(database.db, world.center.id, {
      capacity: 1,
      offer_hours: 24,
    });
    const first = (await register(event.id, person(200))).json<{ cancelUrl: string; id: string }>();
    const second = (await register(event.id, person(201))).json<{ id: string; position: number }>();
    const third = (await register(event.id, person(202))).json<{ id: string; position: number }>();
    expect([second.position, third.position]).toEqual([1, 2]);

    const cancelToken = new URL(first.cancelUrl).searchParams.get('token');
    const cancelled = await greek.post(`/api/public/event-registrations/${first.id}/cancel`, {
      token: cancelToken,
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    const rows = await registrationsOf(event.id);
    expect(rows.map((r) => r.status)).toEqual(['cancelled', 'offered', 'waitlisted']);
    expect(await seatsTaken(event.id)).toBe(1);
    const [offer] = (await outboxTo('person201@example.gr')).filter(
      (m) => m.kind === 'event.offer',
    );
    const offerLink = /(\S+\/events\/offer\/\S+)/.exec(offer!.body)?.[1] ?? '';
    const token = new URL(offerLink).searchParams.get('token');
    const view = await greek.get(
      `/api/public/event-registrations/${second.id}?token=${encodeURIComponent(token!)}`,
    );
    expect(view.json()).toMatchObject({ status: 'offered', event: { id: event.id } });
    const taken = await greek.post(`/api/public/event-registrations/${second.id}/accept`, {
      token,
    });
    expect(taken.statusCode).toBe(200);
    expect(taken.json()).toMatchObject({ status: 'registered' });
    expect((await outboxTo('person201@example.gr')).map((m) => m.kind)).toEqual([
      'event.waitlisted',
      'event.offer',
      'event.confirmation',
    ]);
    // A forged token is refused and changes nothing.
    const forged = await greek.post(`/api/public/event-registrations/${third.id}/accept`, {
      token,
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json()).toMatchObject({ code: 'link_invalid' });
  });

  it('offers the seat by SMS to a person who left only a phone, and by nothing else', async () => {
    const event = await insertTestEvent(database.db, world.center.id, { capacity: 1 });
    const first = (await register(event.id, person(250))).json<{ cancelUrl: string; id: string }>();
    const waiting = await register(event.id, { name: 'Μόνο τηλέφωνο', phone: '694 123 4567' });
    expect(waiting.json()).toMatchObject({ status: 'waitlisted' });
    // Waitlisted with a phone only: nothing is sent yet (no e-mail, and no SMS but the offer).
    expect(await outboxTo('+306941234567')).toEqual([]);

    const token = new URL(first.cancelUrl).searchParams.get('token');
    await greek.post(`/api/public/event-registrations/${first.id}/cancel`, { token });
    const messages = await outboxTo('+306941234567');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ kind: 'event.offer', channel: 'sms', ics: null });
    expect(messages[0]!.body).toMatch(/ελευθερώθηκε θέση/);
    const link = /(\S+\/events\/offer\/\S+)/.exec(messages[0]!.body)?.[1] ?? '';
    const taken = await greek.post(
      `/api/public/event-registrations/${waiting.json<{ id: string }>().id}/accept`,
      { token: new URL(link).searchParams.get('token') },
    );
    expect(taken.json()).toMatchObject({ status: 'registered' });
  });

  it('expires an unanswered offer and passes the seat to the next in line', async () => {
    const event = await insertTestEvent(database.db, world.center.id, {
      capacity: 1,
      offer_hours: 2,
    });
    const first = (await register(event.id, person(300))).json<{ cancelUrl: string; id: string }>();
    const second = (await register(event.id, person(301))).json<{ id: string }>();
    const third = (await register(event.id, person(302))).json<{ id: string }>();
    const token = new URL(first.cancelUrl).searchParams.get('token');
    await greek.post(`/api/public/event-registrations/${first.id}/cancel`, { token });
    const settings = {
      hoursBefore: 24,
      keyRing: testApp.keyRing,
      publicUrl: 'https://kentro.example.gr',
    };
    // An hour later the offer still holds; three hours later it has lapsed.
    await runEventJobs(database.db, settings, new Date(Date.now() + 3_600_000));
    expect((await registrationsOf(event.id)).map((r) => r.status)).toEqual([
      'cancelled',
      'offered',
      'waitlisted',
    ]);
    await runEventJobs(database.db, settings, new Date(Date.now() + 3 * 3_600_000));
    const rows = await registrationsOf(event.id);
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      [first.id, 'cancelled'],
      [second.id, 'expired'],
      [third.id, 'offered'],
    ]);
    expect(await seatsTaken(event.id)).toBe(1);
    const offers = (await outboxTo('person302@example.gr')).filter((m) => m.kind === 'event.offer');
    expect(offers).toHaveLength(1);
    expect(offers[0]!.body).toContain('https://kentro.example.gr/events/offer/');
    // The late click on the lapsed offer is told so.
    const lateLink = (await outboxTo('person301@example.gr')).find(
      (m) => m.kind === 'event.offer',
    )!;
    const lateToken = new URL(
      /(\S+\/events\/offer\/\S+)/.exec(lateLink.body)![1]!,
    ).searchParams.get('token');
    const late = await greek.post(`/api/public/event-registrations/${second.id}/accept`, {
      token: lateToken,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'offer_expired' });
  });

  it('after the start a freed seat is not taken by a newcomer while someone waits', async () => {
    const now = Date.now();
    const event = await insertTestEvent(database.db, world.center.id, {
      capacity: 1,
      starts_at: new Date(now - 3_600_000),
      ends_at: new Date(now + 3_600_000),
      registration_opens_at: new Date(now - 48 * 3_600_000),
      registration_closes_at: new Date(now + 3_600_000),
    });
    const first = (await register(event.id, person(501))).json();
    const second = (await register(event.id, person(502))).json();
    expect(second).toMatchObject({ status: 'waitlisted', position: 1 });
    const token = new URL(first.cancelUrl).searchParams.get('token');
    await greek.post(`/api/public/event-registrations/${first.id}/cancel`, { token });
    // The event has begun: no offer can be made, the seat stays free for the first waiting.
    expect(await seatsTaken(event.id)).toBe(0);
    const page = await greek.get(`/api/public/events/${event.id}?center=events-a`);
    expect(page.json()).toMatchObject({ seatsLeft: 0, registrationOpen: true });
    const newcomer = await register(event.id, person(503));
    expect(newcomer.statusCode).toBe(201);
    expect(newcomer.json()).toMatchObject({ status: 'waitlisted', position: 2 });
    expect(await seatsTaken(event.id)).toBe(0);
    expect((await registrationsOf(event.id)).map((r) => r.status)).toEqual([
      'cancelled',
      'waitlisted',
      'waitlisted',
    ]);
  });

  it('queues one reminder per registration inside the reminder window, however often it runs', async () => {
    const startsAt = new Date(Date.now() + 30 * 3_600_000);
    const event = await insertTestEvent(database.db, world.center.id, { starts_at: startsAt });
    await register(event.id, person(400));
    const settings = { hoursBefore: 24, keyRing: testApp.keyRing };
    await runEventJobs(database.db, settings, new Date());
    expect((await outboxTo('person400@example.gr')).map((m) => m.kind)).toEqual([
      'event.confirmation',
    ]);
    const inWindow = new Date(startsAt.getTime() - 23 * 3_600_000);
    await runEventJobs(database.db, settings, inWindow);
    await runEventJobs(database.db, settings, inWindow);
    const kinds = (await outboxTo('person400@example.gr')).map((m) => m.kind);
    expect(kinds).toEqual(['event.confirmation', 'event.reminder']);
  });
});
