import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, UpdatedAt } from '../../db/types.js';
import type { Gender, IncomeType, Relationship } from './households.vocabulary.js';

/** A calendar date, kept as PostgreSQL's YYYY-MM-DD text (see db/connection.ts). */
type DateColumn = ColumnType<string, string, string>;
/** numeric(12,2): read as exact decimal text, written from numbers. */
type Money = ColumnType<string, number | string | undefined, number | string>;

export interface HouseholdsTable {
  center_id: string;
  id: Generated<string>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface HouseholdMembersTable {
  center_id: string;
  id: Generated<string>;
  household_id: string;
  resident_id: string | null;
  surname: string | null;
  given_name: string | null;
  birth_date: ColumnType<string | null, string | null, string | null>;
  gender: Gender | null;
  amka: string | null;
  relationship: Relationship;
  start_date: DateColumn;
  end_date: ColumnType<string | null, string | null, string | null>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface HouseholdFinancesTable {
  center_id: string;
  household_id: string;
  tax_year: number;
  version: Generated<number>;
  real_estate_value: Money;
  deposits: Money;
  vehicles_value: Money;
  rent_paid: Money;
  notes: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface HouseholdIncomesTable {
  center_id: string;
  id: Generated<string>;
  household_id: string;
  tax_year: number;
  member_id: string;
  type: IncomeType;
  amount: ColumnType<string, number | string, number | string>;
}

/** Row types of this module's tables (joined into `Database` in src/db/types.ts). */
export interface HouseholdsTables {
  households: HouseholdsTable;
  household_members: HouseholdMembersTable;
  household_finances: HouseholdFinancesTable;
  household_incomes: HouseholdIncomesTable;
}
