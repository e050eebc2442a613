import type { ColumnType, Generated } from 'kysely';
import type { ApplicationsTables } from '../modules/applications/applications.tables.js';
import type { BookingTables } from '../modules/appointments/booking/booking.tables.js';
import type { CalendarTables } from '../modules/appointments/calendar/calendar.tables.js';
import type { CatalogTables } from '../modules/benefits/catalog/catalog.tables.js';
import type { ScreeningTables } from '../modules/benefits/screening/screening.tables.js';
import type { CasesTables } from '../modules/cases/cases.tables.js';
import type { DirectoryTables } from '../modules/directory/directory.tables.js';
import type { EventsTables } from '../modules/events/events.tables.js';
import type { ReferralsTables } from '../modules/referrals/referrals.tables.js';
import type { ReportsTables } from '../modules/reports/reports.tables.js';
import type { CounselingTables } from '../modules/counseling/counseling.tables.js';
import type { DocumentsTables } from '../modules/documents/documents.tables.js';
import type { GdprTables } from '../modules/gdpr/gdpr.tables.js';
import type { HouseholdsTables } from '../modules/households/households.tables.js';
import type { RequestsTables } from '../modules/requests/requests.tables.js';
import type { ResidentsExtraTables } from '../modules/residents/residents.tables.js';
import type { TimelineTables } from '../modules/timeline/timeline.tables.js';

/** Row types of the database, as Kysely sees them. Never returned to API clients as they are. */
export type CreatedAt = ColumnType<Date, Date | undefined, never>;
export type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

export interface OpeningHoursRow {
  weekday: number;
  opens: string;
  closes: string;
}

export interface CentersTable {
  id: Generated<string>;
  slug: string;
  name_el: string;
  name_en: string;
  municipality_el: string;
  municipality_en: string;
  street: string;
  street_number: string;
  postcode: string;
  city_el: string;
  city_en: string;
  phones: string[];
  email: string | null;
  website: string | null;
  opening_hours: ColumnType<OpeningHoursRow[], string, string>;
  by_appointment: boolean;
  timezone: Generated<string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export type Role =
  | 'administrator'
  | 'coordinator'
  | 'social_worker'
  | 'psychologist'
  | 'reception'
  | 'partner'
  | 'auditor';

export interface StaffTable {
  center_id: string;
  id: Generated<string>;
  username: string;
  display_name: string;
  email: string | null;
  role: Role;
  status: Generated<'active' | 'disabled'>;
  password_hash: string;
  must_change_password: Generated<boolean>;
  password_changed_at: Date | null;
  totp_secret_sealed: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: ColumnType<string | null, number | null, number | null>;
  failed_attempts: Generated<number>;
  locked_until: Date | null;
  last_sign_in_at: Date | null;
  /** The organization of a `partner` account (0015); null for every other role. */
  partner_organization_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export type SessionStage = 'password_change' | 'totp_enroll' | 'totp' | 'active';

export interface SessionsTable {
  center_id: string;
  token_hash: string;
  staff_id: string;
  stage: SessionStage;
  csrf_token: string;
  ip: string | null;
  created_at: CreatedAt;
  last_seen_at: Date;
  expires_at: Date;
}

export interface AuditLogTable {
  center_id: string;
  seq: ColumnType<string, number, never>;
  at: Date;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity: string;
  record_id: string | null;
  ip: string | null;
  reason: string | null;
  details: ColumnType<Record<string, unknown> | null, string | null, never>;
  prev_hash: string;
  hash: string;
}

export interface ResidentsTable {
  center_id: string;
  id: Generated<string>;
  surname: string;
  given_name: string;
  father_name: string | null;
  mother_name: string | null;
  birth_date: ColumnType<string | null, string | null, string | null>;
  gender: 'male' | 'female' | 'other' | null;
  amka: string | null;
  afm: string | null;
  mobile_phone: string | null;
  email: string | null;
  street: string | null;
  street_number: string | null;
  postcode: string | null;
  nationality: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  // From 0004-residents-registry: all optional on insert.
  phone: ColumnType<string | null, string | null | undefined, string | null>;
  id_number: ColumnType<string | null, string | null | undefined, string | null>;
  area: ColumnType<string | null, string | null | undefined, string | null>;
  languages: ColumnType<string[], string[] | undefined, string[]>;
  marital_status: ColumnType<string | null, string | null | undefined, string | null>;
  employment_status: ColumnType<string | null, string | null | undefined, string | null>;
  education_level: ColumnType<number | null, number | null | undefined, number | null>;
  disability_percent: ColumnType<number | null, number | null | undefined, number | null>;
  esf: ColumnType<Record<string, string>, string | undefined, string>;
  latin_surname: ColumnType<string | null, string | null | undefined, string | null>;
  latin_given_name: ColumnType<string | null, string | null | undefined, string | null>;
  search_tokens: ColumnType<string[], string[] | undefined, string[]>;
  search_text: ColumnType<string, string | undefined, string>;
  version: ColumnType<number, number | undefined, number>;
  merged_into: ColumnType<string | null, string | null | undefined, string | null>;
  merged_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  merge_reason: ColumnType<string | null, string | null | undefined, string | null>;
  anonymised_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/**
 * All tables. Each feature module declares its own tables in `<module>.tables.ts`; this interface
 * joins them so one Kysely instance (and one transaction) reaches every table.
 */
export interface Database
  extends
    TimelineTables,
    ResidentsExtraTables,
    HouseholdsTables,
    CasesTables,
    RequestsTables,
    CounselingTables,
    DocumentsTables,
    GdprTables,
    CatalogTables,
    ScreeningTables,
    ApplicationsTables,
    CalendarTables,
    BookingTables,
    DirectoryTables,
    ReferralsTables,
    EventsTables,
    ReportsTables {
  centers: CentersTable;
  staff: StaffTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  residents: ResidentsTable;
}
