import { spawn, execFile as execFileCb } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

const execFile = promisify(execFileCb);

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const mainJs = path.join(repoRoot, 'dist', 'src', 'server', 'main.js');

/** Compiles the server once per run, so the benchmarks measure the current sources. */
export async function buildServer(): Promise<void> {
  const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    await execFile(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: repoRoot });
  } catch (error) {
    const out = (error as { stdout?: string }).stdout ?? '';
    throw new Error(`Building the server failed:\n${out}`, { cause: error });
  }
}

/**
 * Where one benchmark's server keeps its data: always a fresh DATA_DIR, and with DATABASE_URL set
 * a fresh database on that server (dropped afterwards); otherwise the embedded cluster.
 */
export interface Target {
  embedded: boolean;
  dataDir: string;
  databaseUrl: string | undefined;
  /** `embedded-postgres-18` or `postgresql-<server_version>`, for the results. */
  database: string;
  dispose(): Promise<void>;
}

export async function createTarget(): Promise<Target> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kt-bench-'));
  // The embedded PostgreSQL runs as the `postgres` user when we are root: it must traverse this.
  await chmod(dataDir, 0o755);
  const removeDir = () => rm(dataDir, { recursive: true, force: true });

  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    return {
      embedded: true,
      dataDir,
      databaseUrl: undefined,
      database: 'embedded-postgres-18',
      dispose: removeDir,
    };
  }
  const name = `kt_bench_${randomBytes(6).toString('hex')}`;
  const version = await withClient(adminUrl, async (client) => {
    const shown = await client.query<{ server_version: string }>('SHOW server_version');
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return shown.rows[0]?.server_version.split(' ')[0] ?? 'unknown';
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    embedded: false,
    dataDir,
    databaseUrl: url.toString(),
    database: `postgresql-${version}`,
    dispose: async () => {
      await withClient(adminUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
      );
      await removeDir();
    },
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface RunningServer {
  url: string;
  /** The database the server uses, for seeding accounts directly. */
  dbUrl: string;
  pid: number;
  dataDir: string;
  embeddedPgPort: number;
  /** From spawning the process to the first 200 from /ready. */
  startupMs: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 120_000;
const POLL_MS = 20;

/** Runs the real server (`node dist/src/server/main.js`) on free ports and waits for /ready. */
export async function startServer(
  target: Target,
  extraEnv: Record<string, string> = {},
): Promise<RunningServer> {
  const port = await freePort();
  const embeddedPgPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: target.dataDir,
    EMBEDDED_PG_PORT: String(embeddedPgPort),
    DATABASE_URL: target.databaseUrl ?? '',
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };

  const started = performance.now();
  const child = spawn(process.execPath, [mainJs], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exitCode !== undefined) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await exited;
    clearTimeout(timer);
    if (code !== 0) console.warn(`The server exited with code ${code}:\n${output}`);
  };

  try {
    while (!(await isReady(url))) {
      if (exitCode !== undefined)
        throw new Error(`The server exited with code ${exitCode}:\n${output}`);
      if (performance.now() - started > READY_TIMEOUT_MS) {
        throw new Error(`The server was not ready after ${READY_TIMEOUT_MS} ms:\n${output}`);
      }
      await sleep(POLL_MS);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const startupMs = performance.now() - started;
  if (child.pid === undefined) throw new Error('The server has no pid');

  const dbUrl = target.databaseUrl ?? (await embeddedUrl(target.dataDir, embeddedPgPort));
  return { url, dbUrl, pid: child.pid, dataDir: target.dataDir, embeddedPgPort, startupMs, stop };
}

async function isReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

async function embeddedUrl(dataDir: string, port: number): Promise<string> {
  const password = (await readFile(path.join(dataDir, 'secrets', 'pg-password'), 'utf8')).trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/koinotita`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
