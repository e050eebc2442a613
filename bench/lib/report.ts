import { appendFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Measurement {
  metric: string;
  value: number;
  unit: string;
  notes?: string;
}

export interface Machine {
  hostname: string;
  cpuModel: string;
  cores: number;
  memGiB: number;
  node: string;
}

const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    hostname: os.hostname(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
  };
}

/** Prints `BENCH <metric> <value> <unit>` lines and appends them to bench/results/<benchmark>.jsonl. */
export async function report(
  benchmark: string,
  database: string,
  measurements: Measurement[],
): Promise<void> {
  const date = new Date().toISOString();
  const host = machine();
  for (const m of measurements) console.log(`BENCH ${m.metric} ${m.value} ${m.unit}`);
  const lines = measurements.map((m) =>
    JSON.stringify({
      date,
      machine: host,
      database,
      metric: m.metric,
      value: m.value,
      unit: m.unit,
      notes: m.notes ?? '',
    }),
  );
  await mkdir(resultsDir, { recursive: true });
  await appendFile(path.join(resultsDir, `${benchmark}.jsonl`), `${lines.join('\n')}\n`);
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return at(sorted, index);
}

function at(values: number[], index: number): number {
  const value = values[index];
  if (value === undefined) throw new Error(`no value at ${index}`);
  return value;
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? at(sorted, mid) : (at(sorted, mid - 1) + at(sorted, mid)) / 2;
}

/** What one benchmark hands back to bench/run.ts. */
export interface Outcome {
  database: string;
  measurements: Measurement[];
}
