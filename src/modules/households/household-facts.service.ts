import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import { buildHouseholdFacts, type HouseholdFacts } from './eligibility-input.js';
import { findFinances, listIncomes } from './household-finances.repository.js';
import { findHousehold, listMembers } from './households.repository.js';
import { employmentStatuses, type EmploymentStatus } from './households.vocabulary.js';

/**
 * Loads what buildHouseholdFacts needs, for the benefits engine (which audits its own reads).
 * Disability and employment come from the members' resident files; for minimal member records
 * (people who never came to the Center) they are unknown (null), never "none".
 */
export async function loadHouseholdFacts(
  trx: Db,
  centerId: string,
  householdId: string,
  when: { asOf: string; taxYear: number },
): Promise<HouseholdFacts> {
  if (!(await findHousehold(trx, centerId, householdId))) throw new AppError('not_found');
  const members = await listMembers(trx, centerId, [householdId]);
  const finances = await findFinances(trx, centerId, householdId, when.taxYear);
  const incomes = finances ? await listIncomes(trx, centerId, householdId, when.taxYear) : [];
  return buildHouseholdFacts({
    householdId,
    asOf: when.asOf,
    taxYear: when.taxYear,
    members: members.map((m) => ({
      memberId: m.id,
      residentId: m.resident_id,
      relationship: m.relationship,
      gender: m.gender,
      birthDate: m.birth_date,
      startDate: m.start_date,
      endDate: m.end_date,
      disabilityPercent: m.disability_percent,
      employmentStatus: toEmploymentStatus(m.employment_status),
    })),
    finances: finances
      ? {
          taxYear: finances.tax_year,
          realEstateValue: Number(finances.real_estate_value),
          deposits: Number(finances.deposits),
          vehiclesValue: Number(finances.vehicles_value),
          rentPaid: Number(finances.rent_paid),
          incomes: incomes.map((i) => ({
            memberId: i.member_id,
            type: i.type,
            amount: Number(i.amount),
          })),
        }
      : null,
  });
}

function toEmploymentStatus(value: string | null): EmploymentStatus | null {
  return employmentStatuses.find((status) => status === value) ?? null;
}
