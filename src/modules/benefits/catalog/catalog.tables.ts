import type { ColumnType } from 'kysely';
import type { UpdatedAt } from '../../../db/types.js';
import type { MunicipalProgramCode } from './municipal-criteria.js';

/** numeric(12,2): read as exact decimal text, written from numbers. */
type Money = ColumnType<string, number | string, number | string>;

/** A Center's own criteria for one municipal program (absent: the example defaults apply). */
export interface BenefitProgramCriteriaTable {
  center_id: string;
  program: MunicipalProgramCode;
  income_limit_base: ColumnType<string | null, number | string | null, number | string | null>;
  income_limit_per_dependant: Money;
  disability_bonus: Money;
  min_age: number | null;
  requires_residence: boolean;
  active: boolean;
  version: ColumnType<number, number | undefined, number>;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

/** Row types of this module's tables (joined into `Database` in src/db/types.ts). */
export interface CatalogTables {
  benefit_program_criteria: BenefitProgramCriteriaTable;
}
