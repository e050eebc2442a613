import { createAccount, signIn } from './lib/accounts.js';
import { median, percentile, round, type Outcome } from './lib/report.js';
import { createTarget, startServer } from './lib/server.js';

const SIGN_INS = 30;

/** One sign-in over HTTP (csrf GET + login POST, argon2id check, session, audit), sequentially. */
export async function login(): Promise<Outcome> {
  const target = await createTarget();
  try {
    // The login rate limit (20/min by default) would stop the run after 20 sign-ins.
    const server = await startServer(target, { LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });
    try {
      const account = await createAccount(server.dbUrl, 'reception');
      const times: number[] = [];
      for (let i = 0; i < SIGN_INS; i++) {
        const signedIn = await signIn(server.url, account);
        if (signedIn.stage !== 'active')
          throw new Error(`Sign-in ended at stage ${signedIn.stage}`);
        times.push(signedIn.ms);
      }
      const notes = `${SIGN_INS} sequential sign-ins of a reception account (GET /api/auth/csrf + POST /api/auth/login)`;
      return {
        database: target.database,
        measurements: [
          { metric: 'login', value: round(median(times)), unit: 'ms', notes: `median of ${notes}` },
          {
            metric: 'login_p95',
            value: round(percentile(times, 95)),
            unit: 'ms',
            notes: `p95 of ${notes}`,
          },
        ],
      };
    } finally {
      await server.stop();
    }
  } finally {
    await target.dispose();
  }
}
