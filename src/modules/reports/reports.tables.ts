import type { ColumnType, Generated } from 'kysely';

/**
 * The ESF+ entry sheet of each participant (migration 0018): the resident's situation copied at
 * their first service, kept by database triggers. Read by reports; written only by triggers.
 */
export interface ReportParticipantsTable {
  center_id: string;
  id: Generated<string>;
  resident_id: string;
  first_served_at: Date;
  recorded_at: ColumnType<Date, Date | undefined, never>;
  complete_until: Date;
  gender: string | null;
  age_at_entry: number | null;
  employment_status: string | null;
  education_level: number | null;
  disability_percent: number | null;
  nationality: string | null;
  esf: ColumnType<Record<string, string>, string | undefined, string>;
}

export interface ReportsTables {
  report_participants: ReportParticipantsTable;
}
