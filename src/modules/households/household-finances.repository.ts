import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { HouseholdFinancesTable, HouseholdIncomesTable } from './households.tables.js';

export type FinancesRow = Selectable<HouseholdFinancesTable>;
export type IncomeRow = Selectable<HouseholdIncomesTable>;

export function findFinances(
  db: Db,
  centerId: string,
  householdId: string,
  taxYear: number,
): Promise<FinancesRow | undefined> {
  return db
    .selectFrom('household_finances')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('household_id', '=', householdId)
    .where('tax_year', '=', taxYear)
    .executeTakeFirst();
}

export function listIncomes(
  db: Db,
  centerId: string,
  householdId: string,
  taxYear: number,
): Promise<IncomeRow[]> {
  return db
    .selectFrom('household_incomes')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('household_id', '=', householdId)
    .where('tax_year', '=', taxYear)
    .orderBy('member_id')
    .orderBy('type')
    .execute();
}

/** Inserts the year's first record; undefined if someone else inserted it meanwhile. */
export function insertFinances(
  db: Db,
  values: Insertable<HouseholdFinancesTable>,
): Promise<FinancesRow | undefined> {
  return db
    .insertInto('household_finances')
    .values(values)
    .onConflict((oc) => oc.columns(['center_id', 'household_id', 'tax_year']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export interface FinancesValues {
  real_estate_value: number;
  deposits: number;
  vehicles_value: number;
  rent_paid: number;
  notes: string | null;
}

/** Updates only from the version the caller read; undefined when it changed meanwhile. */
export function updateFinances(
  db: Db,
  key: { centerId: string; householdId: string; taxYear: number; version: number },
  values: FinancesValues,
): Promise<FinancesRow | undefined> {
  return db
    .updateTable('household_finances')
    .set((eb) => ({
      ...values,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('center_id', '=', key.centerId)
    .where('household_id', '=', key.householdId)
    .where('tax_year', '=', key.taxYear)
    .where('version', '=', key.version)
    .returningAll()
    .executeTakeFirst();
}

/** A year's incomes are replaced as a whole, as the form sends them. */
export async function replaceIncomes(
  db: Db,
  key: { centerId: string; householdId: string; taxYear: number },
  incomes: { memberId: string; type: IncomeRow['type']; amount: number }[],
): Promise<void> {
  await db
    .deleteFrom('household_incomes')
    .where('center_id', '=', key.centerId)
    .where('household_id', '=', key.householdId)
    .where('tax_year', '=', key.taxYear)
    .execute();
  if (incomes.length === 0) return;
  await db
    .insertInto('household_incomes')
    .values(
      incomes.map((income) => ({
        center_id: key.centerId,
        household_id: key.householdId,
        tax_year: key.taxYear,
        member_id: income.memberId,
        type: income.type,
        amount: income.amount,
      })),
    )
    .execute();
}
