import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../../db/types.js';
import type { MunicipalCriteria } from '../catalog/municipal-criteria.js';
import type { ScreeningInput, Verdict, VerdictStatus } from '../rules/types.js';

type DateColumn = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

/** A staff screening as it was: input, verdicts, rules version and municipal criteria used. */
export interface ScreeningsTable {
  center_id: string;
  id: Generated<string>;
  household_id: string;
  as_of: DateColumn;
  tax_year: number;
  rules_version: string;
  input: Json<ScreeningInput>;
  municipal_criteria: Json<Partial<Record<string, MunicipalCriteria>>>;
  verdicts: Json<Verdict[]>;
  created_by: string | null;
  created_at: CreatedAt;
}

/** The latest verdict per household and benefit, kept by the outreach re-screening. */
export interface HouseholdEligibilityTable {
  center_id: string;
  household_id: string;
  benefit: string;
  status: VerdictStatus;
  amount: ColumnType<string | null, number | null, number | null>;
  amount_period: 'month' | 'year' | 'once' | null;
  rules_version: string;
  screened_at: Date;
  first_eligible_at: Date | null;
}

export interface OutreachStateTable {
  center_id: string;
  rules_version: string | null;
  full_as_of: ColumnType<string | null, string | null, string | null>;
  changes_seen_until: ColumnType<Date, Date | undefined, Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

/** Row types of this module's tables (joined into `Database` in src/db/types.ts). */
export interface ScreeningTables {
  screenings: ScreeningsTable;
  household_eligibility: HouseholdEligibilityTable;
  outreach_state: OutreachStateTable;
}
