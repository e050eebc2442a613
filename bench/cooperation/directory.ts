import type { CooperationBenchContext } from '../cooperation.js';
import type { Measurement } from '../lib/report.js';

/** The directory part of `npm run bench -- cooperation` (owned by the directory module). */
export async function directoryMeasurements(ctx: CooperationBenchContext): Promise<Measurement[]> {
  void ctx;
  return [];
}
