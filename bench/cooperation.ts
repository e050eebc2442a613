import pg from 'pg';
import { directoryMeasurements } from './cooperation/directory.js';
import { eventMeasurements } from './cooperation/events.js';
import { referralMeasurements } from './cooperation/referrals.js';
import type { Measurement, Outcome } from './lib/report.js';
import { createTarget, startServer, type RunningServer } from './lib/server.js';

/** What the three parts of the cooperation benchmark share: one server, one database. */
export interface CooperationBenchContext {
  server: RunningServer;
  /** A direct connection for seeding (not measured). */
  client: pg.Client;
  centerId: string;
}

/**
 * `npm run bench -- cooperation`: `directory_search_p95_ms` over 5,000 services,
 * `referral_create_per_s`, and `event_overbooked` (must be 0) under a 50-way registration race.
 */
export async function cooperation(): Promise<Outcome> {
  const target = await createTarget();
  try {
    // Registrations come from one address here: lift the public per-IP limit for the measurement.
    const server = await startServer(target, { PUBLIC_WRITE_RATE_LIMIT_PER_MINUTE: '1000000' });
    const client = new pg.Client({ connectionString: server.dbUrl });
    await client.connect();
    try {
      const center = await client.query<{ id: string }>(
        'SELECT id FROM centers ORDER BY created_at LIMIT 1',
      );
      const centerId = center.rows[0]?.id;
      if (!centerId) throw new Error('No Center after the first run');
      const ctx: CooperationBenchContext = { server, client, centerId };
      const measurements: Measurement[] = [
        ...(await directoryMeasurements(ctx)),
        ...(await referralMeasurements(ctx)),
        ...(await eventMeasurements(ctx)),
      ];
      return { database: target.database, measurements };
    } finally {
      await client.end();
      await server.stop();
    }
  } finally {
    await target.dispose();
  }
}
