import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { round, type Measurement, type Outcome } from './lib/report.js';
import { createTarget, sleep, startServer } from './lib/server.js';

const LIGHT_REQUESTS = 20;
const IDLE_MS = 5_000;

/** Resident memory of the server process once started, lightly used, then idle for 5 s. */
export async function rssIdle(): Promise<Outcome> {
  const target = await createTarget();
  try {
    const server = await startServer(target);
    try {
      for (let i = 0; i < LIGHT_REQUESTS; i++) {
        const response = await fetch(`${server.url}${i % 2 === 0 ? '/' : '/api/public/center'}`);
        await response.arrayBuffer();
      }
      await sleep(IDLE_MS);
      const measurements: Measurement[] = [
        {
          metric: 'rss_idle',
          value: round((await memoryKiB(server.pid)).rss / 1024),
          unit: 'MiB',
          notes: `VmRSS of the node process after ${LIGHT_REQUESTS} requests (/, /api/public/center) and ${IDLE_MS / 1000} s idle`,
        },
      ];
      if (target.embedded) {
        const pids = await clusterPids(path.join(server.dataDir, 'pg'));
        let rss = 0;
        let pss = 0;
        for (const pid of pids) {
          const memory = await memoryKiB(pid);
          rss += memory.rss;
          pss += memory.pss;
        }
        measurements.push({
          metric: 'rss_idle_postgres',
          value: round(rss / 1024),
          unit: 'MiB',
          notes: `informational: sum of VmRSS of ${pids.length} embedded PostgreSQL processes (shared memory counted in each); sum of Pss ${round(pss / 1024)} MiB`,
        });
      }
      return { database: target.database, measurements };
    } finally {
      await server.stop();
    }
  } finally {
    await target.dispose();
  }
}

async function memoryKiB(pid: number): Promise<{ rss: number; pss: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN);
  if (!Number.isFinite(rss)) throw new Error(`No VmRSS for process ${pid}`);
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
  const pss = Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0);
  return { rss, pss };
}

/** The postmaster (first line of postmaster.pid) and its children. */
async function clusterPids(clusterDir: string): Promise<number[]> {
  const postmaster = Number(
    (await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0],
  );
  if (!Number.isInteger(postmaster)) throw new Error(`No postmaster pid under ${clusterDir}`);
  const pids = [postmaster];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const status = await readFile(`/proc/${entry}/status`, 'utf8').catch(() => '');
    if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) === postmaster) pids.push(Number(entry));
  }
  return pids;
}
