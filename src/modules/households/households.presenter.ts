import type { FinancesRow, IncomeRow } from './household-finances.repository.js';
import type { HouseholdRow, MemberRow } from './households.repository.js';
import type { FinancesView, HouseholdView } from './households.schemas.js';

export function presentHousehold(household: HouseholdRow, members: MemberRow[]): HouseholdView {
  return {
    id: household.id,
    version: household.version,
    members: members
      .filter((m) => m.household_id === household.id)
      .map((m) => ({
        id: m.id,
        residentId: m.resident_id,
        surname: m.surname,
        givenName: m.given_name,
        birthDate: m.birth_date,
        gender: m.gender,
        relationship: m.relationship,
        startDate: m.start_date,
        endDate: m.end_date,
      })),
    createdAt: household.created_at.toISOString(),
  };
}

/** A year with nothing recorded reads as zeros at version 0, so the form can create it. */
export function presentFinances(
  taxYear: number,
  finances: FinancesRow | undefined,
  incomes: IncomeRow[],
): FinancesView {
  return {
    taxYear,
    version: finances?.version ?? 0,
    incomes: incomes.map((i) => ({
      memberId: i.member_id,
      type: i.type,
      amount: Number(i.amount),
    })),
    realEstateValue: Number(finances?.real_estate_value ?? 0),
    deposits: Number(finances?.deposits ?? 0),
    vehiclesValue: Number(finances?.vehicles_value ?? 0),
    rentPaid: Number(finances?.rent_paid ?? 0),
    notes: finances?.notes ?? null,
  };
}
