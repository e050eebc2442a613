import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextTotpCode } from './helpers/app.js';

/**
 * The real `main` as a separate process on the embedded database: what happens on a second start
 * and after a crash. DATABASE_URL is removed from the child's environment on purpose.
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kt-process-'));
chmodSync(dataDir, 0o755);
const port = 20_000 + Math.floor(Math.random() * 20_000);
const env = {
  ...process.env,
  DATABASE_URL: '',
  DATA_DIR: dataDir,
  PORT: String(port),
  EMBEDDED_PG_PORT: String(port + 1),
  LOG_LEVEL: 'warn',
};
const base = `http://127.0.0.1:${port}`;

interface Running {
  child: ChildProcess;
  output: () => string;
}

function startServer(): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Koinotita is running')) {
        clearInterval(timer);
        resolve({ child, output: () => output });
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`server exited with ${code}: ${output}`));
    });
  });
}

function runToExit(): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/** A small browser: cookies and the CSRF header, over real HTTP. */
class HttpClient {
  private cookies = new Map<string, string>();
  async call(method: string, url: string, body?: unknown) {
    const headers: Record<string, string> = {
      cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const csrf = this.cookies.get('kt_csrf');
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    const response = await fetch(base + url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const [name = '', value = ''] = pair.split('=');
      this.cookies.set(name, value);
    }
    return {
      status: response.status,
      json: (await response.json().catch(() => null)) as Record<string, unknown>,
    };
  }
}

let first: Running;
let admin: HttpClient;

beforeAll(async () => {
  first = await startServer();
  const oneTimePassword = /one-time password:\s+(\S+)/.exec(first.output())?.[1];
  admin = new HttpClient();
  await admin.call('GET', '/api/auth/csrf');
  await admin.call('POST', '/api/auth/login', { username: 'admin', password: oneTimePassword });
  await admin.call('POST', '/api/auth/password', {
    currentPassword: oneTimePassword,
    newPassword: 'Ασφαλής κωδικός διαχειριστή',
  });
  const { json } = await admin.call('GET', '/api/auth/totp/enrollment');
  const enrolled = await admin.call('POST', '/api/auth/totp/enrollment', {
    code: await nextTotpCode(String(json.secret)),
  });
  expect(enrolled.json.stage).toBe('active');
}, 60_000);

afterAll(() => {
  first?.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the server process', () => {
  it('refuses a second start on the same DATA_DIR with a clear message, and the first keeps working', async () => {
    const second = await runToExit();
    expect(second.code).toBe(1);
    expect(second.output).toContain(`Koinotita is already running with DATA_DIR=${dataDir}`);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  }, 60_000);

  it('keeps every acknowledged write after being killed with SIGKILL mid-writes', async () => {
    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (worker: number) => {
      for (let i = 0; !stop; i++) {
        const username = `w${worker}-${i}`;
        const response = await admin
          .call('POST', '/api/staff', {
            username,
            displayName: `Εργαζόμενος ${i}`,
            role: 'reception',
          })
          .catch(() => null);
        if (response?.status === 201) acknowledged.push(username);
        if (!response) return;
      }
    };
    const writers = [1, 2, 3, 4].map(writer);
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    // Kill the app and its database as a power cut would: no chance to flush or shut down.
    const postmasterPid = Number(
      readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    first.child.kill('SIGKILL');
    process.kill(postmasterPid, 'SIGKILL');
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(5);

    first = await startServer();
    const password = readFileSync(path.join(dataDir, 'secrets', 'pg-password'), 'utf8').trim();
    const client = new pg.Client({
      connectionString: `postgres://postgres:${password}@127.0.0.1:${port + 1}/koinotita`,
    });
    await client.connect();
    try {
      const { rows } = await client.query<{ username: string }>(
        'SELECT username FROM staff WHERE username = ANY($1)',
        [acknowledged],
      );
      expect(rows.map((r) => r.username).sort()).toEqual([...acknowledged].sort());
    } finally {
      await client.end();
    }
  }, 90_000);

  it('shuts down cleanly on SIGTERM, stopping its database', async () => {
    const exited = new Promise<number | null>((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'koinotita.pid'))).toBe(false);
  }, 30_000);
});
