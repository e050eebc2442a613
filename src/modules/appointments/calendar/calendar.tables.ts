import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, UpdatedAt } from '../../../db/types.js';

/** PostgreSQL `date` as YYYY-MM-DD text (see src/db/connection.ts). */
type DateText = ColumnType<string, string, string>;
/** PostgreSQL `time` as HH:MM:SS text; HH:MM accepted on write. */
type TimeText = ColumnType<string, string, string>;

export type AppointmentMode = 'in_person' | 'phone' | 'video';
export type AppointmentStatus = 'booked' | 'checked_in' | 'completed' | 'no_show' | 'cancelled';
export type CalendarOverrideKind = 'holiday' | 'working_day' | 'short_day';

export interface AppointmentTypesTable {
  center_id: string;
  id: Generated<string>;
  name_el: string;
  name_en: string;
  duration_minutes: number;
  buffer_minutes: Generated<number>;
  mode: AppointmentMode;
  public: Generated<boolean>;
  min_notice_minutes: Generated<number>;
  max_days_ahead: Generated<number>;
  daily_cap: number | null;
  /** Staff of these roles provide the type, besides those listed in appointment_type_providers. */
  provider_roles: Generated<string[]>;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AppointmentTypeProvidersTable {
  center_id: string;
  type_id: string;
  staff_id: string;
}

export interface StaffWeeklyHoursTable {
  center_id: string;
  id: Generated<string>;
  staff_id: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  starts: TimeText;
  ends: TimeText;
}

export interface StaffAbsencesTable {
  center_id: string;
  id: Generated<string>;
  staff_id: string;
  starts_at: Date;
  ends_at: Date;
  reason: string | null;
  created_at: CreatedAt;
}

/** Both times null = off that day; otherwise the rows of a day replace its weekly hours. */
export interface StaffScheduleChangesTable {
  center_id: string;
  id: Generated<string>;
  staff_id: string;
  day: DateText;
  starts: ColumnType<string | null, string | null, string | null>;
  ends: ColumnType<string | null, string | null, string | null>;
  reason: string | null;
}

export interface CenterClosuresTable {
  center_id: string;
  id: Generated<string>;
  starts_on: DateText;
  ends_on: DateText;
  reason: string;
}

export interface CalendarOverridesTable {
  center_id: string;
  id: Generated<string>;
  day: DateText;
  kind: CalendarOverrideKind;
  closes_at: ColumnType<string | null, string | null, string | null>;
  name_el: string;
  name_en: string;
}

/**
 * Filled by booking (src/modules/appointments/booking). `blocked_until` = `ends_at` + the type's
 * buffer at booking time: the exclusion constraint `appointments_no_double_booking` refuses two
 * active (booked, checked_in) appointments of one staff member whose [starts_at, blocked_until)
 * overlap.
 */
export interface AppointmentsTable {
  center_id: string;
  id: Generated<string>;
  type_id: string;
  staff_id: string;
  resident_id: string | null;
  starts_at: Date;
  ends_at: Date;
  blocked_until: Date;
  status: Generated<AppointmentStatus>;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  reason: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  version: Generated<number>;
}

/** Row types of this module's tables (joined into `Database` in src/db/types.ts). */
export interface CalendarTables {
  appointment_types: AppointmentTypesTable;
  appointment_type_providers: AppointmentTypeProvidersTable;
  staff_weekly_hours: StaffWeeklyHoursTable;
  staff_absences: StaffAbsencesTable;
  staff_schedule_changes: StaffScheduleChangesTable;
  center_closures: CenterClosuresTable;
  calendar_overrides: CalendarOverridesTable;
  appointments: AppointmentsTable;
}
