import type { ColumnType, Generated } from 'kysely';
import type { UpdatedAt } from '../../db/types.js';
import type { CaseOutcome, CaseStatus, GoalStatus } from './cases.vocabulary.js';

/**
 * A case's current assessment lives in `assessment_*` columns (one per case, revised in place,
 * each revision audited); its plan is `plan_review_date` plus one `case_goals` row per goal.
 */
export interface CasesTable {
  center_id: string;
  id: Generated<string>;
  resident_id: string;
  household_id: string | null;
  topics: string[];
  status: Generated<CaseStatus>;
  outcome: CaseOutcome | null;
  assigned_worker_id: string | null;
  assessment_needs: string | null;
  assessment_strengths: string | null;
  assessment_risks: string | null;
  assessment_updated_at: Date | null;
  plan_review_date: ColumnType<string | null, string | null, string | null>;
  plan_updated_at: Date | null;
  opened_at: Generated<Date>;
  closed_at: Date | null;
  created_by: string | null;
  version: Generated<number>;
  updated_at: UpdatedAt;
}

export interface CaseTeamTable {
  center_id: string;
  case_id: string;
  staff_id: string;
}

export interface CaseGoalsTable {
  center_id: string;
  id: Generated<string>;
  case_id: string;
  position: number;
  description: string;
  target_date: ColumnType<string | null, string | null, string | null>;
  status: GoalStatus;
}

/** Row types of this module's tables (joined into `Database` in src/db/types.ts). */
export interface CasesTables {
  cases: CasesTable;
  case_team: CaseTeamTable;
  case_goals: CaseGoalsTable;
}
