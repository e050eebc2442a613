import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createDb, type Db } from '../src/db/connection.js';
import {
  addDays,
  isoWeekday,
  localDayOf,
  localToInstant,
} from '../src/modules/appointments/calendar/time.js';
import { publicHolidayOn } from '../src/modules/appointments/calendar/holidays.js';
import { findFirstCenter } from '../src/modules/centers/centers.repository.js';
import { createAccount } from './lib/accounts.js';
import { round, type Measurement, type Outcome } from './lib/report.js';
import { createTarget, startServer } from './lib/server.js';

const RACERS = 50;
const PROVIDERS = 10;
const BOOKINGS = 400;
const CONCURRENCY = 8;
const ZONE = 'Europe/Athens';

/**
 * Booking over real HTTP connections against the real server: 50 concurrent public bookings of
 * one slot (exactly one must win: `booking_race_winners`), then `book_per_s`, the throughput of
 * public bookings of distinct slots (8 connections, each with its own Idempotency-Key).
 */
/**
 * Booking over real HTTP connections against the real server: 50 concurrent public bookings of
 * one staff member's slot (exactly one must win: `booking_race_winners`), then `book_per_s`, the
 * throughput of public bookings of distinct slots (8 connections, each with its own
 * Idempotency-Key). Run on its own (`npm run bench -- appointments-booking`, a small Center) and
 * from bench/appointments.ts's `raceAndThroughput` (the Center with 100,000 appointments).
 */
export async function appointmentsBooking(): Promise<Outcome> {
  const target = await createTarget();
  try {
    // Bookings come from one address here: lift the public per-IP limit for the measurement.
    const server = await startServer(target, { PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE: '1000000' });
    try {
      const { typeId, staffIds } = await seedCalendar(server.dbUrl);
      const days = workingDays(2, 40);
      return {
        database: target.database,
        measurements: await bookingMeasurements({ url: server.url, typeId, staffIds, days }),
      };
    } finally {
      await server.stop();
    }
  } finally {
    await target.dispose();
  }
}

export interface BookingBenchInput {
  url: string;
  typeId: string;
  staffIds: readonly string[];
  /** Working days with every slot free; the race takes 09:00 of the first. */
  days: readonly string[];
}

export async function bookingMeasurements(input: BookingBenchInput): Promise<Measurement[]> {
  const { url, typeId, staffIds, days } = input;
  const csrf = await csrfCookie(url);
  const post = (startsAt: Date, staffId?: string) =>
    fetch(`${url}/api/public/appointments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': randomUUID(),
        'x-csrf-token': csrf,
        cookie: `kt_csrf=${csrf}`,
      },
      body: JSON.stringify({
        typeId,
        startsAt: startsAt.toISOString(),
        ...(staffId ? { staffId } : {}),
        name: 'Δημότης Δοκιμής',
        email: 'bench@example.gr',
        consent: true,
      }),
    }).then(async (r) => ({ status: r.status, body: await r.text() }));

  const raceSlot = new Date(localToInstant(days[0] ?? '', 9 * 60, ZONE));
  // One staff member's slot: without a staffId each provider would take one of the racers.
  const race = await Promise.all(Array.from({ length: RACERS }, () => post(raceSlot, staffIds[0])));
  const winners = race.filter((r) => r.status === 201).length;
  const taken = race.filter((r) => r.status === 409 && r.body.includes('"alternatives"')).length;
  if (winners + taken !== RACERS) {
    const other = race.find((r) => r.status !== 201 && r.status !== 409);
    throw new Error(`race: unexpected answer ${other?.status} ${other?.body.slice(0, 300)}`);
  }

  const slots = distinctSlots(days, staffIds)
    .filter((s) => !(s.startsAt.getTime() === raceSlot.getTime() && s.staffId === staffIds[0]))
    .slice(0, BOOKINGS);
  let next = 0;
  let failure: string | null = null;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < slots.length; i = next++) {
        const slot = slots[i];
        if (!slot) break;
        const answer = await post(slot.startsAt, slot.staffId);
        if (answer.status !== 201) failure ??= `${answer.status} ${answer.body.slice(0, 300)}`;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (failure) throw new Error(`throughput: a booking failed: ${failure}`);
  return [
    {
      metric: 'booking_race_winners',
      value: winners,
      unit: 'count',
      notes: `${RACERS} concurrent POST /api/public/appointments of one staff member's slot over HTTP; ${taken} answered 409 slot_taken with alternatives`,
    },
    {
      metric: 'book_per_s',
      value: round(slots.length / seconds, 0),
      unit: 'req/s',
      notes: `${slots.length} public bookings of distinct slots (${staffIds.length} staff), ${CONCURRENCY} connections, each with outbox e-mail, audit and idempotency key`,
    },
  ];
}

async function seedCalendar(dbUrl: string): Promise<{ typeId: string; staffIds: string[] }> {
  for (let i = 0; i < PROVIDERS; i++) await createAccount(dbUrl, 'social_worker');
  const db: Db = createDb(dbUrl, { maxConnections: 1 });
  try {
    const center = await findFirstCenter(db);
    if (!center) throw new Error('No Center in the database');
    const staff = await db
      .selectFrom('staff')
      .select('id')
      .where('center_id', '=', center.id)
      .where('role', '=', 'social_worker')
      .execute();
    const type = await db
      .insertInto('appointment_types')
      .values({
        center_id: center.id,
        name_el: 'Ενημέρωση',
        name_en: 'Information',
        duration_minutes: 30,
        mode: 'in_person',
        public: true,
        min_notice_minutes: 0,
        max_days_ahead: 365,
        provider_roles: ['social_worker'],
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('staff_weekly_hours')
      .values(
        staff.flatMap((s) =>
          [1, 2, 3, 4, 5].map((weekday) => ({
            center_id: center.id,
            staff_id: s.id,
            weekday,
            starts: '08:00',
            ends: '16:00',
          })),
        ),
      )
      .execute();
    return { typeId: type.id, staffIds: staff.map((s) => s.id) };
  } finally {
    await db.destroy();
  }
}

async function csrfCookie(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/csrf`);
  const body = (await response.json()) as { csrfToken?: string };
  if (!body.csrfToken) throw new Error('GET /api/auth/csrf gave no token');
  return body.csrfToken;
}

function workingDays(after: number, count: number): string[] {
  const days: string[] = [];
  let day = addDays(localDayOf(Date.now(), ZONE), after);
  while (days.length < count) {
    if (isoWeekday(day) <= 5 && !publicHolidayOn(day)) days.push(day);
    day = addDays(day, 1);
  }
  return days;
}

function distinctSlots(days: readonly string[], staffIds: readonly string[]) {
  return days.flatMap((day) =>
    Array.from(
      { length: 16 },
      (_, i) => new Date(localToInstant(day, 8 * 60 + i * 30, ZONE)),
    ).flatMap((startsAt) => staffIds.map((staffId) => ({ startsAt, staffId }))),
  );
}
