import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createDb } from '../../src/db/connection.js';
import type { Role } from '../../src/db/types.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';
import { findFirstCenter } from '../../src/modules/centers/centers.repository.js';
import { insertStaff } from '../../src/modules/staff/staff.repository.js';

export interface Account {
  username: string;
  password: string;
}

/**
 * A staff account of the first-run Center that can sign in straight away (own password chosen, no
 * second factor: stage 'active' after the password for roles other than administrator).
 */
export async function createAccount(
  dbUrl: string,
  role: Exclude<Role, 'administrator'>,
): Promise<Account> {
  const db = createDb(dbUrl, { maxConnections: 1 });
  try {
    const center = await findFirstCenter(db);
    if (!center) throw new Error('No Center in the database: did the first run happen?');
    const username = `bench${randomBytes(3).toString('hex')}`;
    const password = `bench-${randomBytes(12).toString('base64url')}`;
    await insertStaff(db, {
      center_id: center.id,
      username,
      display_name: `Benchmark ${role}`,
      email: null,
      role,
      password_hash: await hashPassword(password),
      must_change_password: false,
    });
    return { username, password };
  } finally {
    await db.destroy();
  }
}

export interface SignedIn {
  /** `kt_session=...; kt_csrf=...`, ready for a Cookie header. */
  cookie: string;
  csrfToken: string;
  stage: string;
  ms: number;
}

/** Signs in over HTTP as the web app does: GET /api/auth/csrf, then POST /api/auth/login. */
export async function signIn(baseUrl: string, account: Account): Promise<SignedIn> {
  const started = performance.now();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  if (csrfResponse.status !== 200) throw new Error(`GET /api/auth/csrf: ${csrfResponse.status}`);
  await csrfResponse.arrayBuffer();
  const csrf = cookiesOf(csrfResponse).get('kt_csrf');
  if (!csrf) throw new Error('GET /api/auth/csrf set no kt_csrf cookie');

  const loginResponse = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': csrf,
      cookie: `kt_csrf=${csrf}`,
    },
    body: JSON.stringify({ username: account.username, password: account.password }),
  });
  const body = (await loginResponse.json()) as { stage?: string };
  if (loginResponse.status !== 200) {
    throw new Error(`POST /api/auth/login: ${loginResponse.status} ${JSON.stringify(body)}`);
  }
  const ms = performance.now() - started;
  const cookies = cookiesOf(loginResponse);
  const session = cookies.get('kt_session');
  const newCsrf = cookies.get('kt_csrf');
  if (!session || !newCsrf)
    throw new Error('POST /api/auth/login did not set kt_session and kt_csrf');
  return {
    cookie: `kt_session=${session}; kt_csrf=${newCsrf}`,
    csrfToken: newCsrf,
    stage: body.stage ?? 'unknown',
    ms,
  };
}

function cookiesOf(response: Response): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const eq = pair?.indexOf('=') ?? -1;
    if (pair && eq > 0) cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return cookies;
}
