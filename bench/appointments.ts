import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { addDays, isoWeekday, localToInstant } from '../src/modules/appointments/calendar/time.js';
import { bookingMeasurements } from './appointments-booking.js';
import { createRng } from './generate/random.js';
import { percentile, round, type Measurement, type Outcome } from './lib/report.js';
import { createTarget, startServer, type RunningServer } from './lib/server.js';

const STAFF = 20;
const APPOINTMENTS = 100_000;
const PAST_DAYS = 730;
const FUTURE_DAYS = 90;
// A p95 of 50 samples is the third-worst value: 200 samples after a real warm-up give a stable one.
const WARM_UP = 20;
const RUNS = 200;
const BATCH = 5_000;
const TZ = 'Europe/Athens';

/** What the appointments benchmark shares with the booking part (raceAndThroughput). */
export interface AppointmentsBenchContext {
  server: RunningServer;
  client: pg.Client;
  centerId: string;
  staffIds: string[];
  typeId: string;
  /** A future day with free slots for every staff member (no seeded appointments that day). */
  freeDay: string;
}

/**
 * Booking's measurements (`booking_race_winners`, `book_per_s`) go here: src/modules/appointments
 * /booking fills this in. It runs after availability on the same seeded Center.
 */
async function raceAndThroughput(ctx: AppointmentsBenchContext): Promise<Measurement[]> {
  return bookingMeasurements({
    url: ctx.server.url,
    typeId: ctx.typeId,
    staffIds: ctx.staffIds,
    days: [ctx.freeDay],
  });
}

/**
 * Availability of one public type across 20 staff for a month, on a Center holding 100,000 past
 * and future appointments (budget p95 ≤ 20 ms), through the public HTTP API, sequential.
 */
export async function appointments(): Promise<Outcome> {
  const target = await createTarget();
  try {
    // Bookings come from one address here: lift the public per-IP limit for the measurement.
    const server = await startServer(target, { PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE: '1000000' });
    const client = new pg.Client({ connectionString: server.dbUrl });
    await client.connect();
    try {
      const started = performance.now();
      const ctx = await seed(server, client);
      console.error(
        `Seeded ${APPOINTMENTS} appointments in ${round((performance.now() - started) / 1000)} s`,
      );
      const durations = await timeMonthViews(server.url, ctx.typeId);
      const notes = `${STAFF} staff Mon–Fri 08:00–16:00, ${APPOINTMENTS} appointments over ${PAST_DAYS} days back and ${FUTURE_DAYS} ahead; GET /api/public/availability for next month, ${RUNS} sequential after ${WARM_UP} warm-up; p50 ${round(percentile(durations, 50))} ms`;
      return {
        database: target.database,
        measurements: [
          {
            metric: 'availability_month_ms',
            value: round(percentile(durations, 95)),
            unit: 'ms',
            notes,
          },
          ...(await raceAndThroughput(ctx)),
        ],
      };
    } finally {
      await client.end();
      await server.stop();
    }
  } finally {
    await target.dispose();
  }
}

function firstOfNextMonth(): { from: string; to: string } {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

async function timeMonthViews(url: string, typeId: string): Promise<number[]> {
  const { from, to } = firstOfNextMonth();
  const path = `${url}/api/public/availability?typeId=${typeId}&from=${from}&to=${to}`;
  const durations: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i += 1) {
    const t0 = performance.now();
    const response = await fetch(path);
    const body = (await response.json()) as { days?: { freeSlots: number }[] };
    const ms = performance.now() - t0;
    if (response.status !== 200 || !body.days) {
      throw new Error(`GET availability: ${response.status} ${JSON.stringify(body)}`);
    }
    if (i === 0) {
      const free = body.days.reduce((sum, d) => sum + d.freeSlots, 0);
      console.error(`Month ${from}..${to}: ${free} free slots`);
    }
    if (i >= WARM_UP) durations.push(ms);
  }
  return durations;
}

async function seed(server: RunningServer, client: pg.Client): Promise<AppointmentsBenchContext> {
  const center = await client.query<{ id: string }>(
    'SELECT id FROM centers ORDER BY created_at LIMIT 1',
  );
  const centerId = center.rows[0]?.id;
  if (!centerId) throw new Error('No Center: did the first run happen?');
  const staff = await client.query<{ id: string }>(
    `INSERT INTO staff (center_id, username, display_name, role, password_hash, must_change_password)
     SELECT $1, 'benchstaff' || n, 'Λειτουργός ' || n, 'social_worker', 'not-a-hash', false
     FROM generate_series(1, ${STAFF}) AS n RETURNING id`,
    [centerId],
  );
  const staffIds = staff.rows.map((r) => r.id);
  await client.query(
    `INSERT INTO staff_weekly_hours (center_id, staff_id, weekday, starts, ends)
     SELECT $1, s, d, '08:00', '16:00' FROM unnest($2::uuid[]) AS s, generate_series(1, 5) AS d`,
    [centerId, staffIds],
  );
  const type = await client.query<{ id: string }>(
    `INSERT INTO appointment_types (center_id, name_el, name_en, duration_minutes, buffer_minutes,
       mode, public, max_days_ahead, provider_roles)
     VALUES ($1, 'Ενημέρωση για παροχές', 'Benefits information', 30, 0, 'in_person', true, 90,
       '{social_worker}') RETURNING id`,
    [centerId],
  );
  const typeId = type.rows[0]?.id ?? '';

  // Every half-hour slot of every working day, then a random ~half of them booked: no overlaps.
  const today = new Date().toISOString().slice(0, 10);
  const freeDay = nextWeekday(addDays(today, 7));
  const slots: number[] = [];
  for (
    let day = addDays(today, -PAST_DAYS);
    day <= addDays(today, FUTURE_DAYS);
    day = addDays(day, 1)
  ) {
    if (isoWeekday(day) > 5 || day === freeDay) continue;
    const opens = localToInstant(day, 8 * 60, TZ);
    for (let i = 0; i < 16; i += 1) slots.push(opens + i * 1_800_000);
  }
  const rng = createRng(2026);
  const chosen: [number, number][] = [];
  const share = APPOINTMENTS / (slots.length * STAFF);
  for (const start of slots) {
    for (let s = 0; s < STAFF && chosen.length < APPOINTMENTS; s += 1) {
      if (rng() < share * 1.02) chosen.push([start, s]);
    }
  }
  const nowMs = Date.now();
  for (let i = 0; i < chosen.length; i += BATCH) {
    const batch = chosen.slice(i, i + BATCH);
    await client.query(
      `INSERT INTO appointments (center_id, type_id, staff_id, starts_at, ends_at, blocked_until, status,
         contact_name)
       SELECT $1, $2, staff_id, starts_at, starts_at + interval '30 minutes',
         starts_at + interval '30 minutes', status, 'Δημότης'
       FROM unnest($3::uuid[], $4::timestamptz[], $5::text[]) AS t(staff_id, starts_at, status)`,
      [
        centerId,
        typeId,
        batch.map(([, s]) => staffIds[s]),
        batch.map(([t]) => new Date(t).toISOString()),
        batch.map(([t]) => (t < nowMs ? 'completed' : 'booked')),
      ],
    );
  }
  await client.query('ANALYZE appointments');
  return { server, client, centerId, staffIds, typeId, freeDay };
}

function nextWeekday(day: string): string {
  let d = day;
  while (isoWeekday(d) > 5) d = addDays(d, 1);
  return d;
}
