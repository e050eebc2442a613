import { sql, type Selectable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { HouseholdEligibilityTable, OutreachStateTable } from './screening.tables.js';

export function listFinancesOf(db: Db, centerId: string, householdIds: string[], taxYear: number) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('household_finances')
    .select([
      'household_id',
      'tax_year',
      'real_estate_value',
      'deposits',
      'vehicles_value',
      'rent_paid',
    ])
    .where('center_id', '=', centerId)
    .where('household_id', 'in', householdIds)
    .where('tax_year', '=', taxYear)
    .execute();
}

export function listIncomesOf(db: Db, centerId: string, householdIds: string[], taxYear: number) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('household_incomes')
    .select(['household_id', 'member_id', 'type', 'amount'])
    .where('center_id', '=', centerId)
    .where('household_id', 'in', householdIds)
    .where('tax_year', '=', taxYear)
    .orderBy('household_id')
    .orderBy('member_id')
    .orderBy('type')
    .execute();
}

export type EligibilityRow = Selectable<HouseholdEligibilityTable>;

export function listEligibilityOf(
  db: Db,
  centerId: string,
  householdIds: string[],
): Promise<EligibilityRow[]> {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('household_eligibility')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('household_id', 'in', householdIds)
    .execute();
}

export interface EligibilityWrite {
  householdId: string;
  benefit: string;
  status: EligibilityRow['status'];
  amount: number | null;
  amountPeriod: EligibilityRow['amount_period'];
  firstEligibleAt: Date | null;
}

/** One statement for a whole batch (arrays unnested), whatever its size. */
export async function upsertEligibility(
  db: Db,
  centerId: string,
  rows: readonly EligibilityWrite[],
  version: string,
  screenedAt: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    INSERT INTO household_eligibility (center_id, household_id, benefit, status, amount,
      amount_period, rules_version, screened_at, first_eligible_at)
    SELECT ${centerId}::uuid, h, b, s, a, p, ${version}, ${screenedAt.toISOString()}::timestamptz, f
    FROM unnest(${rows.map((r) => r.householdId)}::uuid[], ${rows.map((r) => r.benefit)}::text[],
      ${rows.map((r) => r.status)}::text[], ${rows.map((r) => r.amount)}::numeric[],
      ${rows.map((r) => r.amountPeriod)}::text[],
      ${rows.map((r) => r.firstEligibleAt?.toISOString() ?? null)}::timestamptz[])
      AS t(h, b, s, a, p, f)
    ON CONFLICT (center_id, household_id, benefit) DO UPDATE SET
      status = excluded.status, amount = excluded.amount, amount_period = excluded.amount_period,
      rules_version = excluded.rules_version, screened_at = excluded.screened_at,
      first_eligible_at = excluded.first_eligible_at
  `.execute(db);
}

export function findOutreachState(
  db: Db,
  centerId: string,
): Promise<Selectable<OutreachStateTable> | undefined> {
  return db
    .selectFrom('outreach_state')
    .selectAll()
    .where('center_id', '=', centerId)
    .forUpdate()
    .executeTakeFirst();
}

export async function saveOutreachState(
  db: Db,
  state: { centerId: string; rulesVersion: string; fullAsOf: string; changesSeenUntil: Date },
): Promise<void> {
  const values = {
    rules_version: state.rulesVersion,
    full_as_of: state.fullAsOf,
    changes_seen_until: state.changesSeenUntil,
    updated_at: new Date(),
  };
  await db
    .insertInto('outreach_state')
    .values({ center_id: state.centerId, ...values })
    .onConflict((oc) => oc.column('center_id').doUpdateSet(values))
    .execute();
}

export function listCenterIds(db: Db): Promise<string[]> {
  return db
    .selectFrom('centers')
    .select('id')
    .execute()
    .then((rows) => rows.map((r) => r.id));
}

export async function listAllHouseholdIds(db: Db, centerId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('households')
    .select('id')
    .where('center_id', '=', centerId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Households with anything the engine reads changed after `since`: the household (members added
 * or left bump its version), a membership, a tax year's finances, or a member's resident file.
 * Incomes are replaced together with their finances, which moves the finances' updated_at.
 */
export async function listHouseholdIdsChangedSince(
  db: Db,
  centerId: string,
  since: Date,
): Promise<string[]> {
  const result = await sql<{ id: string }>`
    SELECT id FROM households WHERE center_id = ${centerId} AND updated_at > ${since}
    UNION
    SELECT household_id FROM household_members WHERE center_id = ${centerId} AND updated_at > ${since}
    UNION
    SELECT household_id FROM household_finances WHERE center_id = ${centerId} AND updated_at > ${since}
    UNION
    SELECT m.household_id FROM household_members m
      JOIN residents r ON r.center_id = m.center_id AND r.id = m.resident_id
      WHERE m.center_id = ${centerId} AND r.updated_at > ${since}
  `.execute(db);
  return result.rows.map((r) => r.id);
}

export async function databaseNow(db: Db): Promise<Date> {
  const result = await sql<{ now: Date }>`SELECT clock_timestamp() AS now`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('no clock');
  return row.now;
}

export async function applicationsTableExists(db: Db): Promise<boolean> {
  const result = await sql<{ exists: boolean }>`
    SELECT to_regclass('applications') IS NOT NULL AS exists
  `.execute(db);
  return result.rows[0]?.exists ?? false;
}

export interface NewlyEligibleRow {
  resident_id: string;
  surname: string;
  given_name: string;
  phone: string | null;
  benefit: string;
  since: Date;
}

/**
 * Registered residents currently living in a household that became eligible for a benefit on or
 * after `since` (and still is), who have no application for that benefit.
 */
export async function listNewlyEligible(
  db: Db,
  centerId: string,
  query: { since: Date; today: string; withApplications: boolean; limit: number },
): Promise<NewlyEligibleRow[]> {
  const noApplication = query.withApplications
    ? sql`AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.center_id = e.center_id
        AND a.resident_id = m.resident_id AND a.benefit = e.benefit)`
    : sql``;
  const result = await sql<NewlyEligibleRow>`
    SELECT m.resident_id, r.surname, r.given_name,
      coalesce(r.mobile_phone, r.phone) AS phone, e.benefit, e.first_eligible_at AS since
    FROM household_eligibility e
    JOIN household_members m ON m.center_id = e.center_id AND m.household_id = e.household_id
      AND m.resident_id IS NOT NULL AND m.start_date <= ${query.today}::date
      AND (m.end_date IS NULL OR m.end_date > ${query.today}::date)
    JOIN residents r ON r.center_id = m.center_id AND r.id = m.resident_id
      AND r.merged_into IS NULL AND r.anonymised_at IS NULL
    WHERE e.center_id = ${centerId} AND e.status = 'eligible'
      AND e.first_eligible_at >= ${query.since}
      ${noApplication}
    ORDER BY e.first_eligible_at DESC, r.surname, r.given_name, e.benefit
    LIMIT ${query.limit}
  `.execute(db);
  return result.rows;
}
