import type { CooperationBenchContext } from '../cooperation.js';
import type { Measurement } from '../lib/report.js';

/** The referrals part of `npm run bench -- cooperation` (owned by the referrals module). */
export async function referralMeasurements(ctx: CooperationBenchContext): Promise<Measurement[]> {
  void ctx;
  return [];
}
