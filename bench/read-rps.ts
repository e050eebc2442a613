import autocannon, { type Result } from 'autocannon';
import { createAccount, signIn } from './lib/accounts.js';
import { round, type Outcome } from './lib/report.js';
import { createTarget, startServer } from './lib/server.js';

const PATH = '/api/center/settings';
const CONNECTIONS = 8;
const WARM_UP_S = 2;
const DURATION_S = 10;

/** Throughput and latency of an authenticated read, closed loop (autocannon, 8 connections). */
export async function readRps(): Promise<Outcome> {
  const target = await createTarget();
  try {
    const server = await startServer(target);
    try {
      const account = await createAccount(server.dbUrl, 'reception');
      const { cookie } = await signIn(server.url, account);
      const options = {
        url: `${server.url}${PATH}`,
        connections: CONNECTIONS,
        headers: { cookie },
      };
      assertAllOk(await autocannon({ ...options, duration: WARM_UP_S }), 'warm-up');
      const result = await autocannon({ ...options, duration: DURATION_S });
      assertAllOk(result, 'run');
      const notes = `GET ${PATH} as reception, ${CONNECTIONS} connections, ${DURATION_S} s after ${WARM_UP_S} s warm-up, ${result.requests.total} requests`;
      return {
        database: target.database,
        measurements: [
          { metric: 'read_rps', value: round(result.requests.average, 0), unit: 'req/s', notes },
          { metric: 'read_p50_ms', value: result.latency.p50, unit: 'ms', notes },
          { metric: 'read_p97_5_ms', value: result.latency.p97_5, unit: 'ms', notes },
          { metric: 'read_p99_ms', value: result.latency.p99, unit: 'ms', notes },
        ],
      };
    } finally {
      await server.stop();
    }
  } finally {
    await target.dispose();
  }
}

function assertAllOk(result: Result, phase: string): void {
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0 || result['2xx'] === 0) {
    throw new Error(
      `read_rps ${phase}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts, ${result['2xx']} 2xx`,
    );
  }
}
