import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/helpers/database.js';
import { insertTestResident } from '../../../../test/helpers/residents.js';
import { at, seedBookingWorld, workingDay, type BookingWorld } from './booking.fixtures.js';
import { signLink } from './signed-links.js';
import { expireWaitlistOffers, WAITLIST_OFFER_MINUTES } from './waitlist-offers.js';

let database: TestDatabase;
let testApp: TestApp;
let world: BookingWorld;
let other: BookingWorld;
let visitor: TestClient;
let desk: TestClient;
let outsider: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  world = await seedBookingWorld(database.db, testApp.keyRing, 'manage-a');
  other = await seedBookingWorld(database.db, testApp.keyRing, 'manage-b');
  visitor = new TestClient(testApp.app, 'el');
  await visitor.get('/api/auth/csrf');
  desk = new TestClient(testApp.app, 'el');
  await desk.signIn(world.reception, world.center.slug);
  outsider = new TestClient(testApp.app, 'el');
  await outsider.signIn(other.reception, other.center.slug);
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

const person = { name: 'Γιώργος Ιωάννου', email: 'giorgos@example.gr', consent: true };

async function bookPublic(startsAt: string, extra: Record<string, unknown> = {}) {
  const response = await visitor.request({
    method: 'POST',
    url: '/api/public/appointments?center=manage-a',
    payload: { typeId: world.typeId, startsAt, ...person, ...extra },
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; cancelUrl: string; moveUrl: string; startsAt: string };
}

const tokenOf = (url: string) => decodeURIComponent(url.split('token=')[1] ?? '');

async function status(id: string) {
  const row = await database.db
    .selectFrom('appointments')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.status;
}

/** An appointment at an arbitrary instant, as if booked earlier (check-in needs one today). */
async function insertAppointment(startsAt: Date, residentId: string | null = null) {
  const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
  const row = await database.db
    .insertInto('appointments')
    .values({
      center_id: world.center.id,
      type_id: world.typeId,
      staff_id: world.providers[0]?.staff.id ?? '',
      resident_id: residentId,
      starts_at: startsAt,
      ends_at: endsAt,
      blocked_until: endsAt,
      contact_name: 'Επισκέπτης',
      contact_phone: null,
      contact_email: null,
      reason: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('signed links', () => {
  it('shows, cancels and frees the slot; a second cancel changes nothing', async () => {
    const startsAt = at(workingDay(3), '09:00');
    const booked = await bookPublic(startsAt);
    const view = await visitor.get(
      `/api/public/appointments/${booked.id}?token=${encodeURIComponent(tokenOf(booked.cancelUrl))}`,
    );
    expect(view.json()).toMatchObject({ id: booked.id, status: 'booked', cancelUrl: null });
    const cancel = () =>
      visitor.post(`/api/public/appointments/${booked.id}/cancel`, {
        token: tokenOf(booked.cancelUrl),
      });
    expect((await cancel()).json()).toMatchObject({ status: 'cancelled' });
    expect((await cancel()).statusCode).toBe(200);
    const mails = await database.db
      .selectFrom('outbox_messages')
      .select(['kind', 'ics'])
      .where('kind', '=', 'appointment.cancelled')
      .execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.ics).toContain('STATUS:CANCELLED');
    // The slot is free again.
    await bookPublic(startsAt);
  });

  it('refuses forged, expired and misdirected links (403, localized) and changes nothing', async () => {
    const booked = await bookPublic(at(workingDay(3), '10:00'));
    const token = tokenOf(booked.cancelUrl);
    const forged = token.slice(0, -3) + (token.endsWith('AAA') ? 'BBB' : 'AAA');
    const expired = signLink(testApp.keyRing, {
      centerId: world.center.id,
      recordId: booked.id,
      action: 'cancel',
      expiresAt: new Date(Date.now() - 1000),
    });
    const elsewhere = await bookPublic(at(workingDay(3), '10:30'));
    for (const bad of [forged, expired, tokenOf(elsewhere.cancelUrl), tokenOf(booked.moveUrl)]) {
      const refused = await visitor.post(`/api/public/appointments/${booked.id}/cancel`, {
        token: bad,
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({
        code: 'link_invalid',
        title: 'Ο σύνδεσμος δεν ισχύει',
      });
    }
    expect(await status(booked.id)).toBe('booked');
  });

  it('moves through the move link and issues new links', async () => {
    const day = workingDay(4);
    const booked = await bookPublic(at(day, '11:30'));
    const moved = await visitor.post(`/api/public/appointments/${booked.id}/move`, {
      token: tokenOf(booked.moveUrl),
      startsAt: at(day, '13:00'),
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ startsAt: at(day, '13:00') });
    expect(moved.json().cancelUrl).not.toBe(booked.cancelUrl);
    const taken = await bookPublic(at(day, '14:00'));
    const clash = await visitor.post(`/api/public/appointments/${booked.id}/move`, {
      token: tokenOf(booked.moveUrl),
      startsAt: taken.startsAt,
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().code).toBe('slot_taken');
  });
});

describe('staff', () => {
  it('books for a resident, shows it in the day and week agendas, and puts it on the timeline', async () => {
    const residentId = await insertTestResident(database.db, world.center.id, {
      surname: 'Κωνσταντίνου',
      givenName: 'Ελένη',
    });
    const day = workingDay(5);
    const booked = await desk.post('/api/appointments', {
      residentId,
      typeId: world.typeId,
      startsAt: at(day, '11:00'),
    });
    expect(booked.statusCode).toBe(201);
    const agenda = (await desk.get(`/api/appointments?day=${day}`)).json();
    expect(agenda.items).toEqual([
      expect.objectContaining({
        id: booked.json().id,
        resident: { id: residentId, name: 'Κωνσταντίνου Ελένη' },
      }),
    ]);
    const week = (
      await desk.get(`/api/appointments?week=${day}&staffId=${world.providers[0]?.staff.id}`)
    ).json();
    expect(week.items.map((i: { id: string }) => i.id)).toContain(booked.json().id);
    expect((await outsider.get(`/api/appointments?day=${day}`)).json().items).toEqual([]);
    const timeline = (await desk.get(`/api/residents/${residentId}/timeline`)).json();
    expect(timeline.items[0]).toMatchObject({
      kind: 'appointment.booked',
      sourceId: booked.json().id,
    });
    // The resident's file lists their appointments; another Center's staff find no such file.
    const ofResident = (await desk.get(`/api/residents/${residentId}/appointments`)).json();
    expect(ofResident.items.map((i: { id: string }) => i.id)).toEqual([booked.json().id]);
    expect((await outsider.get(`/api/residents/${residentId}/appointments`)).statusCode).toBe(404);
  });

  it('checks an arrival in: request log and timeline entry in one go', async () => {
    const residentId = await insertTestResident(database.db, world.center.id, {
      surname: 'Δημητρίου',
      givenName: 'Νίκος',
    });
    const id = await insertAppointment(new Date(), residentId);
    const checked = await desk.post(`/api/appointments/${id}/check-in`, {});
    expect(checked.statusCode).toBe(200);
    expect(checked.json().status).toBe('checked_in');
    const request = await database.db
      .selectFrom('requests')
      .selectAll()
      .where('resident_id', '=', residentId)
      .executeTakeFirstOrThrow();
    expect(request).toMatchObject({
      channel: 'in_person',
      axis: 'reception',
      subject: 'Ενημέρωση για επιδόματα',
      duration_minutes: 30,
    });
    const timeline = (await desk.get(`/api/residents/${residentId}/timeline`)).json();
    expect(timeline.items[0]).toMatchObject({
      kind: 'appointment.checked_in',
      sourceId: id,
      details: expect.objectContaining({ requestId: request.id }),
    });
    expect((await desk.post(`/api/appointments/${id}/check-in`, {})).statusCode).toBe(400);
  });

  it('refuses check-in on another day, records a no-show after the start, and cancels', async () => {
    const future = await bookPublic(at(workingDay(6), '09:00'));
    const early = await desk.post(`/api/appointments/${future.id}/check-in`, {});
    expect(early.json().detail).toBe('Η άφιξη καταγράφεται μόνο την ημέρα του ραντεβού.');
    const noShowTooSoon = await desk.post(`/api/appointments/${future.id}/no-show`);
    expect(noShowTooSoon.statusCode).toBe(400);
    const past = await insertAppointment(new Date(Date.now() - 2 * 3_600_000));
    expect((await desk.post(`/api/appointments/${past}/no-show`)).json().status).toBe('no_show');
    expect((await outsider.post(`/api/appointments/${future.id}/cancel`)).statusCode).toBe(404);
    expect((await desk.post(`/api/appointments/${future.id}/cancel`)).json().status).toBe(
      'cancelled',
    );
  });

  it('gives a secret calendar feed of one’s agenda, without residents’ names', async () => {
    const provider = new TestClient(testApp.app, 'el');
    await provider.signIn(world.providers[0]!, world.center.slug);
    const booked = await bookPublic(at(workingDay(7), '09:30'));
    const created = await provider.post('/api/appointments/feed-token');
    expect(created.statusCode).toBe(201);
    const path = new URL(created.json().url).pathname;
    const feed = await visitor.get(path);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain('BEGIN:VEVENT');
    expect(feed.body).toContain(`UID:${booked.id}@koinotita`);
    expect(feed.body).not.toContain('Ιωάννου');
    expect(
      (await visitor.get('/api/public/calendar/not-a-real-token-at-all-123.ics')).statusCode,
    ).toBe(404);
    await provider.post('/api/appointments/feed-token');
    expect((await visitor.get(path)).statusCode).toBe(404);
  });
});

describe('waitlist', () => {
  async function join(name: string, day: string) {
    const response = await visitor.request({
      method: 'POST',
      url: '/api/public/waitlist?center=manage-a',
      payload: {
        typeId: world.typeId,
        from: day,
        to: day,
        name,
        email: `${name}@example.gr`,
        consent: true,
      },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(response.statusCode).toBe(201);
    return response.json().id as string;
  }

  async function offerTo(email: string) {
    const mail = await database.db
      .selectFrom('outbox_messages')
      .select('body')
      .where('kind', '=', 'waitlist.offer')
      .where('to', '=', email)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    return mail ? decodeURIComponent(/token=(\S+)/.exec(mail.body)?.[1] ?? '') : null;
  }

  it('offers a freed slot to the first in line, then the next when the offer lapses; accept books', async () => {
    const day = workingDay(12);
    const booked = await bookPublic(at(day, '10:00'));
    const first = await join('proti', day);
    const second = await join('deuteri', day);
    await visitor.post(`/api/public/appointments/${booked.id}/cancel`, {
      token: tokenOf(booked.cancelUrl),
    });
    const entries = () =>
      database.db
        .selectFrom('waitlist')
        .select(['id', 'status'])
        .where('id', 'in', [first, second])
        .orderBy('created_at')
        .execute();
    expect((await entries()).map((e) => e.status)).toEqual(['offered', 'waiting']);
    const firstToken = await offerTo('proti@example.gr');
    expect(firstToken).toBeTruthy();
    // The held slot is not for anyone else meanwhile.
    const grab = await visitor.request({
      method: 'POST',
      url: '/api/public/appointments?center=manage-a',
      payload: { typeId: world.typeId, startsAt: at(day, '10:00'), ...person },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(grab.statusCode).toBe(409);

    const later = new Date(Date.now() + (WAITLIST_OFFER_MINUTES + 1) * 60_000);
    expect(await expireWaitlistOffers(database.db, later, testApp.keyRing)).toBe(1);
    expect((await entries()).map((e) => e.status)).toEqual(['expired', 'offered']);
    const lapsed = await visitor.post(`/api/public/waitlist/${first}/accept`, {
      token: firstToken,
    });
    expect(lapsed.statusCode).toBe(409);
    expect(lapsed.json().code).toBe('offer_expired');

    const secondToken = await offerTo('deuteri@example.gr');
    const accepted = await visitor.post(`/api/public/waitlist/${second}/accept`, {
      token: secondToken,
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toMatchObject({ startsAt: at(day, '10:00'), status: 'booked' });
    expect((await entries()).map((e) => e.status)).toEqual(['expired', 'booked']);
    const again = await visitor.post(`/api/public/waitlist/${second}/accept`, {
      token: secondToken,
    });
    expect(again.json().id).toBe(accepted.json().id);
    const forged = await visitor.post(`/api/public/waitlist/${second}/accept`, {
      token: firstToken,
    });
    expect(forged.statusCode).toBe(403);
  });

  it('refuses a period already over and an unknown type', async () => {
    const response = await visitor.request({
      method: 'POST',
      url: '/api/public/waitlist?center=manage-a',
      payload: {
        typeId: world.typeId,
        from: '2020-01-01',
        to: '2020-01-02',
        name: 'x',
        email: 'x@example.gr',
        consent: true,
      },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(response.json()).toMatchObject({
      field: 'body.to',
      detail: 'Το διάστημα αναμονής έχει ήδη περάσει.',
    });
    expect(
      await database.db.selectFrom('waitlist').select('id').where('name', '=', 'x').execute(),
    ).toEqual([]);
  });
});
