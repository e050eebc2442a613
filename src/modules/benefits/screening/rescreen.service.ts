import type { Db } from '../../../db/connection.js';
import { centerToday } from '../../households/households.repository.js';
import { eligibilityChanges } from './eligibility-changes.js';
import { loadHouseholdFactsBatch } from './household-facts-batch.js';
import {
  listEligibilityOf,
  upsertEligibility,
  type EligibilityRow,
} from './outreach.repository.js';
import type { RulesEngine } from './rules-engine.js';

export interface RescreenResult {
  screened: number;
  written: number;
  newlyEligible: number;
}

/** Income declared this year is last year's: a screening reads the previous tax year by default. */
export function defaultTaxYear(asOf: string): number {
  return Number(asOf.slice(0, 4)) - 1;
}

/**
 * Re-screens a batch of households in one transaction: facts with three queries, the engine in
 * process, the previous verdicts with one query and the changed ones with one statement.
 */
export async function rescreenHouseholds(
  db: Db,
  engine: RulesEngine,
  batch: { centerId: string; householdIds: readonly string[]; now?: Date; asOf?: string },
): Promise<RescreenResult> {
  const now = batch.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const asOf = batch.asOf ?? (await centerToday(trx, batch.centerId));
    const when = { asOf, taxYear: defaultTaxYear(asOf) };
    const [facts, previous, municipal] = await Promise.all([
      loadHouseholdFactsBatch(trx, batch.centerId, batch.householdIds, when),
      listEligibilityOf(trx, batch.centerId, [...batch.householdIds]),
      engine.loadMunicipal(trx, batch.centerId),
    ]);
    const previousOf = new Map<string, EligibilityRow[]>();
    for (const row of previous) {
      previousOf.set(row.household_id, [...(previousOf.get(row.household_id) ?? []), row]);
    }
    const version = engine.version;
    const writes = facts.flatMap((household) => {
      const verdicts = engine.screen(engine.inputFromFacts(household), municipal);
      const before = previousOf.get(household.householdId) ?? [];
      return eligibilityChanges(household.householdId, before, verdicts, version, now);
    });
    await upsertEligibility(trx, batch.centerId, writes, version, now);
    return {
      screened: facts.length,
      written: writes.length,
      newlyEligible: writes.filter((w) => w.firstEligibleAt?.getTime() === now.getTime()).length,
    };
  });
}
