import type { Db } from '../../../db/connection.js';
import { buildHouseholdFacts, type HouseholdFacts } from '../../households/eligibility-input.js';
import { listMembers, type MemberRow } from '../../households/households.repository.js';
import { employmentStatuses } from '../../households/households.vocabulary.js';
import { listFinancesOf, listIncomesOf } from './outreach.repository.js';

type FinancesBatchRow = Awaited<ReturnType<typeof listFinancesOf>>[number];
type IncomeBatchRow = Awaited<ReturnType<typeof listIncomesOf>>[number];

/**
 * HouseholdFacts of many households with three set-based queries (members, finances, incomes),
 * built exactly as loadHouseholdFacts builds one — re-screening 100,000 households cannot afford
 * three queries per household.
 */
export async function loadHouseholdFactsBatch(
  db: Db,
  centerId: string,
  householdIds: readonly string[],
  when: { asOf: string; taxYear: number },
): Promise<HouseholdFacts[]> {
  const ids = [...householdIds];
  const [members, finances, incomes] = await Promise.all([
    listMembers(db, centerId, ids),
    listFinancesOf(db, centerId, ids, when.taxYear),
    listIncomesOf(db, centerId, ids, when.taxYear),
  ]);
  const membersOf = groupBy(members, (m) => m.household_id);
  const financesOf = new Map(finances.map((f) => [f.household_id, f]));
  const incomesOf = groupBy(incomes, (i) => i.household_id);
  return ids.map((householdId) =>
    buildHouseholdFacts({
      householdId,
      asOf: when.asOf,
      taxYear: when.taxYear,
      members: (membersOf.get(householdId) ?? []).map(memberSource),
      finances: financesSource(financesOf.get(householdId), incomesOf.get(householdId) ?? []),
    }),
  );
}

function memberSource(m: MemberRow) {
  return {
    memberId: m.id,
    residentId: m.resident_id,
    relationship: m.relationship,
    gender: m.gender,
    birthDate: m.birth_date,
    startDate: m.start_date,
    endDate: m.end_date,
    disabilityPercent: m.disability_percent,
    employmentStatus: employmentStatuses.find((s) => s === m.employment_status) ?? null,
  };
}

function financesSource(row: FinancesBatchRow | undefined, incomes: readonly IncomeBatchRow[]) {
  if (!row) return null;
  return {
    taxYear: row.tax_year,
    realEstateValue: Number(row.real_estate_value),
    deposits: Number(row.deposits),
    vehiclesValue: Number(row.vehicles_value),
    rentPaid: Number(row.rent_paid),
    incomes: incomes.map((i) => ({
      memberId: i.member_id,
      type: i.type,
      amount: Number(i.amount),
    })),
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
