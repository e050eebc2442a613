import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, UpdatedAt } from '../../db/types.js';
import type { BenefitCode } from '../benefits/rules/types.js';
import type { ApplicationStatus, ChecklistItem } from './applications.vocabulary.js';

type CalendarDate = ColumnType<string | null, string | null | undefined, string | null>;

export interface ApplicationsTable {
  center_id: string;
  id: Generated<string>;
  resident_id: string;
  benefit: BenefitCode;
  status: Generated<ApplicationStatus>;
  checklist: ColumnType<ChecklistItem[], string, string>;
  submitted_at: CalendarDate;
  platform: string | null;
  protocol_number: string | null;
  /** numeric(12,2): read as exact decimal text, written from numbers. */
  decision_amount: ColumnType<string | null, number | null | undefined, number | null>;
  decision_reason: string | null;
  decided_at: CalendarDate;
  renewal_due: CalendarDate;
  deadline: CalendarDate;
  assigned_to: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  version: Generated<number>;
}

/** Row types of this module's tables (joined into `Database` in src/db/types.ts). */
export interface ApplicationsTables {
  applications: ApplicationsTable;
}
