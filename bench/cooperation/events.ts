import type { CooperationBenchContext } from '../cooperation.js';
import type { Measurement } from '../lib/report.js';

/** The events part of `npm run bench -- cooperation` (owned by the events module). */
export async function eventMeasurements(ctx: CooperationBenchContext): Promise<Measurement[]> {
  void ctx;
  return [];
}
