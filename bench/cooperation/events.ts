import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { CooperationBenchContext } from '../cooperation.js';
import { round, type Measurement } from '../lib/report.js';

const SEATS = 20;
const RACERS = 50;
const ROUNDS = 5;

/**
 * The events part of `npm run bench -- cooperation`: rounds of 50 distinct people registering
 * at once over HTTP for an event of 20 seats. `event_overbooked` is the most registrations
 * holding a seat beyond the capacity in any round (must be 0: the database's CHECK refuses the
 * 21st); `event_register_per_s` is how many registrations a second the race got through.
 */
export async function eventMeasurements(ctx: CooperationBenchContext): Promise<Measurement[]> {
  const csrf = await csrfToken(ctx.server.url);
  let overbooked = 0;
  let waitlistedWrong = 0;
  let registered = 0;
  let elapsedMs = 0;
  for (let round_ = 0; round_ < ROUNDS; round_ += 1) {
    const eventId = await seedEvent(ctx);
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        register(ctx.server.url, csrf, eventId, {
          name: `Συμμετέχων ${round_}-${i}`,
          email: `racer${round_}-${i}@example.gr`,
          consent: true,
        }),
      ),
    );
    elapsedMs += performance.now() - started;
    const failed = answers.filter((a) => a !== 201);
    if (failed.length > 0) throw new Error(`registrations answered ${failed.join(', ')}`);
    const counts = await ctx.client.query<{ seated: string; waiting: string; seats_taken: number }>(
      `SELECT count(*) FILTER (WHERE r.status IN ('registered', 'attended', 'offered')) AS seated,
              count(*) FILTER (WHERE r.status = 'waitlisted') AS waiting,
              min(e.seats_taken) AS seats_taken
       FROM event_registrations r JOIN events e ON e.center_id = r.center_id AND e.id = r.event_id
       WHERE r.center_id = $1 AND r.event_id = $2`,
      [ctx.centerId, eventId],
    );
    const seated = Number(counts.rows[0]?.seated ?? 0);
    overbooked = Math.max(overbooked, seated - SEATS);
    waitlistedWrong += Math.abs(Number(counts.rows[0]?.waiting ?? 0) - (RACERS - SEATS));
    registered += RACERS;
  }
  return [
    {
      metric: 'event_overbooked',
      value: overbooked,
      unit: 'registrations',
      notes: `${ROUNDS} rounds of ${RACERS} concurrent public registrations for ${SEATS} seats; waitlist miscounts: ${waitlistedWrong}`,
    },
    {
      metric: 'event_register_per_s',
      value: round((registered / elapsedMs) * 1000),
      unit: 'registrations/s',
      notes: `${RACERS} at once over HTTP, each with its e-mail queued in the outbox`,
    },
  ];
}

async function seedEvent(ctx: CooperationBenchContext): Promise<string> {
  const now = Date.now();
  const startsAt = new Date(now + 7 * 24 * 3_600_000);
  const row = await ctx.client.query<{ id: string }>(
    `INSERT INTO events (center_id, title_el, place, starts_at, ends_at, capacity, status,
                         registration_opens_at, registration_closes_at)
     VALUES ($1, 'Ενημέρωση (benchmark)', 'Αίθουσα', $2, $3, $4, 'published', $5, $2)
     RETURNING id`,
    [
      ctx.centerId,
      startsAt,
      new Date(startsAt.getTime() + 2 * 3_600_000),
      SEATS,
      new Date(now - 3_600_000),
    ],
  );
  const id = row.rows[0]?.id;
  if (!id) throw new Error('event insert returned no row');
  return id;
}

async function register(
  baseUrl: string,
  csrf: string,
  eventId: string,
  body: Record<string, unknown>,
): Promise<number> {
  const response = await fetch(`${baseUrl}/api/public/events/${eventId}/registrations`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
      'x-csrf-token': csrf,
      cookie: `kt_csrf=${csrf}`,
    },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

async function csrfToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/csrf`);
  const body = (await response.json()) as { csrfToken?: string };
  if (!body.csrfToken) throw new Error('GET /api/auth/csrf gave no token');
  return body.csrfToken;
}
