import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/helpers/database.js';
import {
  at,
  seedBookingWorld,
  weekendDay,
  workingDay,
  type BookingWorld,
} from './booking.fixtures.js';

let database: TestDatabase;
let testApp: TestApp;
let world: BookingWorld;
let other: BookingWorld;
let resident: TestClient;
let english: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  world = await seedBookingWorld(database.db, testApp.keyRing, 'booking-a');
  other = await seedBookingWorld(database.db, testApp.keyRing, 'booking-b');
  resident = new TestClient(testApp.app, 'el');
  await resident.get('/api/auth/csrf');
  english = new TestClient(testApp.app, 'en');
  await english.get('/api/auth/csrf');
});

afterAll(async () => {
  await testApp.app.close();
  await database.drop();
});

function book(
  client: TestClient,
  body: Record<string, unknown>,
  key = randomUUID(),
  center = 'booking-a',
) {
  return client.request({
    method: 'POST',
    url: `/api/public/appointments?center=${center}`,
    payload: body,
    headers: { 'idempotency-key': key },
  });
}

const person = {
  name: 'Μαρία Παπαδοπούλου',
  phone: '6912345678',
  email: 'maria@example.gr',
  consent: true,
};

async function countRows(table: 'appointments' | 'outbox_messages', centerId: string) {
  const row = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('center_id', '=', centerId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('public booking', () => {
  it('books a free slot, confirms it with signed links and queues the e-mail with its .ics', async () => {
    const startsAt = at(workingDay(3), '09:00');
    const response = await book(resident, {
      typeId: world.typeId,
      startsAt,
      ...person,
      reason: 'ΚΕΑ',
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      startsAt,
      status: 'booked',
      staff: { displayName: 'Δοκιμή social_worker' },
      type: { id: world.typeId, name: { el: 'Ενημέρωση για επιδόματα' } },
    });
    expect(body.cancelUrl).toMatch(new RegExp(`/book/cancel/${body.id}\\?token=`));
    expect(body.moveUrl).toMatch(new RegExp(`/book/move/${body.id}\\?token=`));
    const mail = await database.db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('center_id', '=', world.center.id)
      .executeTakeFirstOrThrow();
    expect(mail).toMatchObject({
      kind: 'appointment.confirmed',
      to: 'maria@example.gr',
      sent_at: null,
    });
    expect(mail.subject).toContain('Επιβεβαίωση ραντεβού');
    expect(mail.body).toContain(body.cancelUrl);
    expect(mail.ics).toContain(`DTSTART:${startsAt.replace(/[-:]/g, '').slice(0, 15)}Z`);
    const stored = await database.db
      .selectFrom('appointments')
      .selectAll()
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      contact_phone: '+306912345678',
      reason: 'ΚΕΑ',
      resident_id: null,
    });
  });

  it('lets exactly one of fifty concurrent bookings of one slot through', async () => {
    const startsAt = at(workingDay(4), '10:00');
    const before = await countRows('outbox_messages', world.center.id);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        book(resident, { typeId: world.typeId, startsAt, ...person, name: `Δημότης ${i}` }),
      ),
    );
    const codes = responses.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(49);
    for (const refused of responses.filter((r) => r.statusCode === 409)) {
      const problem = refused.json();
      expect(problem).toMatchObject({ code: 'slot_taken', title: 'Η ώρα μόλις κλείστηκε' });
      expect(problem.alternatives.length).toBeGreaterThan(0);
      expect(problem.alternatives[0].startsAt).not.toBe(startsAt);
    }
    const active = await database.db
      .selectFrom('appointments')
      .select('id')
      .where('center_id', '=', world.center.id)
      .where('starts_at', '=', new Date(startsAt))
      .execute();
    expect(active).toHaveLength(1);
    // One e-mail, from the winner: the 49 rolled back their outbox rows with their bookings.
    expect(await countRows('outbox_messages', world.center.id)).toBe(before + 1);
  });

  it('lets exactly one of fifty bookings over real connections through', async () => {
    const address = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    const csrf = resident.cookies.get('kt_csrf') ?? '';
    const startsAt = at(workingDay(4), '13:00');
    const codes = await Promise.all(
      Array.from({ length: 50 }, () =>
        fetch(`${address}/api/public/appointments?center=booking-a`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': randomUUID(),
            'x-csrf-token': csrf,
            cookie: `kt_csrf=${csrf}`,
          },
          body: JSON.stringify({ typeId: world.typeId, startsAt, ...person }),
        }).then((r) => r.status),
      ),
    );
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(49);
  });

  it('offers the nearest free slots first when the slot is taken', async () => {
    const day = workingDay(5);
    expect(
      (await book(resident, { typeId: world.typeId, startsAt: at(day, '11:00'), ...person }))
        .statusCode,
    ).toBe(201);
    const refused = await book(english, {
      typeId: world.typeId,
      startsAt: at(day, '11:00'),
      ...person,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().title).toBe('That time was just taken');
    const starts = refused.json().alternatives.map((a: { startsAt: string }) => a.startsAt);
    expect(starts.slice(0, 2).sort()).toEqual([at(day, '10:30'), at(day, '11:30')]);
  });

  it('replays the same answer for the same key and body, and books once', async () => {
    const key = randomUUID();
    const body = { typeId: world.typeId, startsAt: at(workingDay(6), '09:30'), ...person };
    const before = await countRows('appointments', world.center.id);
    const [first, second] = await Promise.all([
      book(resident, body, key),
      book(resident, body, key),
    ]);
    const third = await book(resident, body, key);
    expect([first.statusCode, second.statusCode, third.statusCode]).toEqual([201, 201, 201]);
    expect(second.json()).toEqual(first.json());
    expect(third.json()).toEqual(first.json());
    expect(await countRows('appointments', world.center.id)).toBe(before + 1);
  });

  it('refuses a key reused with another body (422) and changes nothing', async () => {
    const key = randomUUID();
    const day = workingDay(6);
    expect(
      (await book(resident, { typeId: world.typeId, startsAt: at(day, '12:00'), ...person }, key))
        .statusCode,
    ).toBe(201);
    const before = await countRows('appointments', world.center.id);
    const reused = await book(
      english,
      { typeId: world.typeId, startsAt: at(day, '12:30'), ...person },
      key,
    );
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({
      code: 'idempotency_key_reused',
      field: 'headers.idempotency-key',
    });
    expect(await countRows('appointments', world.center.id)).toBe(before);
  });

  it('requires the Idempotency-Key header and the CSRF cookie', async () => {
    const body = { typeId: world.typeId, startsAt: at(workingDay(7), '09:00'), ...person };
    const noKey = await resident.post('/api/public/appointments', body);
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().errors[0]).toMatchObject({ field: 'headers.idempotency-key' });
    const stranger = new TestClient(testApp.app);
    expect((await book(stranger, body)).json().code).toBe('csrf_failed');
  });

  it.each([
    ['el', 'past', 'body.startsAt', 'Η ώρα του ραντεβού έχει ήδη περάσει.'],
    ['en', 'past', 'body.startsAt', 'The time of the appointment has already passed.'],
    ['el', 'outside hours', 'body.startsAt', 'Η ώρα είναι εκτός του ωραρίου εξυπηρέτησης.'],
    ['en', 'weekend', 'body.startsAt', 'The time is outside the service hours.'],
    ['el', 'holiday', 'body.startsAt', 'Το Κέντρο είναι κλειστό λόγω αργίας εκείνη την ημέρα.'],
    ['en', 'absence', 'body.staffId', 'The staff member is absent at that time.'],
  ])(
    'refuses a slot (%s, %s) naming the field, changing nothing',
    async (lang, kind, field, message) => {
      const client = lang === 'el' ? resident : english;
      const day = workingDay(20);
      const startsAt = {
        past: at(workingDay(-10), '10:00'),
        'outside hours': at(day, '17:00'),
        weekend: at(weekendDay(10), '10:00'),
        holiday: at(workingDay(25), '10:00'),
        absence: at(workingDay(30), '10:00'),
      }[kind];
      if (kind === 'holiday') {
        await database.db
          .insertInto('calendar_overrides')
          .values({
            center_id: world.center.id,
            day: workingDay(25),
            kind: 'holiday',
            name_el: 'Τοπική εορτή',
            name_en: 'Local feast',
          })
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      if (kind === 'absence') {
        await database.db
          .insertInto('staff_absences')
          .values({
            center_id: world.center.id,
            staff_id: world.providers[0]?.staff.id ?? '',
            starts_at: new Date(at(workingDay(30), '08:00')),
            ends_at: new Date(at(workingDay(30), '16:00')),
          })
          .execute();
      }
      const before = await countRows('appointments', world.center.id);
      const mails = await countRows('outbox_messages', world.center.id);
      const staffId = kind === 'absence' ? world.providers[0]?.staff.id : undefined;
      const refused = await book(client, { typeId: world.typeId, startsAt, staffId, ...person });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'validation_failed', field, detail: message });
      expect(await countRows('appointments', world.center.id)).toBe(before);
      expect(await countRows('outbox_messages', world.center.id)).toBe(mails);
    },
  );

  it('refuses an unknown type, a type not offered to the public, and a missing contact', async () => {
    const startsAt = at(workingDay(8), '09:00');
    const unknown = await book(english, { typeId: randomUUID(), startsAt, ...person });
    expect(unknown.json()).toMatchObject({
      code: 'validation_failed',
      detail: 'The appointment type does not exist or takes no bookings.',
    });
    const hidden = await seedBookingWorld(database.db, testApp.keyRing, 'booking-hidden', {
      typePublic: false,
    });
    const notPublic = await book(
      resident,
      { typeId: hidden.typeId, startsAt, ...person },
      randomUUID(),
      'booking-hidden',
    );
    expect(notPublic.json().detail).toBe('Ο τύπος ραντεβού δεν υπάρχει ή δεν δέχεται κρατήσεις.');
    const noContact = await book(resident, {
      typeId: world.typeId,
      startsAt,
      name: 'Κάποιος',
      consent: true,
    });
    expect(noContact.statusCode).toBe(400);
    expect(noContact.json()).toMatchObject({
      field: 'body.phone',
      detail: expect.stringContaining('τηλέφωνο ή ηλεκτρονικό'),
    });
    const noConsent = await book(resident, {
      typeId: world.typeId,
      startsAt,
      ...person,
      consent: false,
    });
    expect(noConsent.json().field).toBe('body.consent');
  });

  it('picks the first free provider when none is asked for', async () => {
    const two = await seedBookingWorld(database.db, testApp.keyRing, 'booking-two', {
      providers: 2,
    });
    const startsAt = at(workingDay(9), '09:00');
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        book(resident, { typeId: two.typeId, startsAt, ...person }, randomUUID(), 'booking-two'),
      ),
    );
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(2);
    expect(responses.filter((r) => r.statusCode === 409)).toHaveLength(3);
  });

  it('keeps Centers apart: a type of another Center is unknown here', async () => {
    const startsAt = at(workingDay(10), '09:00');
    const crossed = await book(resident, { typeId: other.typeId, startsAt, ...person });
    expect(crossed.statusCode).toBe(400);
    expect(await countRows('appointments', other.center.id)).toBe(0);
  });
});
