import { median, round, type Measurement, type Outcome } from './lib/report.js';
import { createTarget, startServer, type Target } from './lib/server.js';

const RESTARTS = 3;

/**
 * `npm start` to ready: ms from spawning the server to the first 200 from /ready. The first run
 * on a fresh DATA_DIR includes initdb, migrations and the first-run Center and administrator; the
 * normal case is a later start on the same data.
 */
export async function startup(): Promise<Outcome> {
  const target = await createTarget();
  try {
    const measurements: Measurement[] = [];
    const first = await startOnce(target);
    if (target.embedded) {
      measurements.push({
        metric: 'startup_first_run',
        value: round(first, 0),
        unit: 'ms',
        notes: 'fresh DATA_DIR: initdb, migrations, first-run Center and administrator',
      });
    }
    const restarts: number[] = [];
    for (let i = 0; i < RESTARTS; i++) restarts.push(await startOnce(target));
    measurements.push({
      metric: 'startup',
      value: round(median(restarts), 0),
      unit: 'ms',
      notes: `median of ${RESTARTS} starts on existing data (${restarts.map((ms) => round(ms, 0)).join(', ')} ms)`,
    });
    return { database: target.database, measurements };
  } finally {
    await target.dispose();
  }
}

async function startOnce(target: Target): Promise<number> {
  const server = await startServer(target);
  await server.stop();
  return server.startupMs;
}
