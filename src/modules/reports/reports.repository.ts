import { CompiledQuery } from 'kysely';
import type { Db } from '../../db/connection.js';
import { vulnerableGroups } from './indicators.js';
import { monthsOf, monthStarts } from './period.js';
import { bindParameters, reportQuery, type ReportQueryName } from './report-sql.js';
import type { ReportFilters, ReportPeriod } from './report-types.js';

/** The values every report query may name (sql/*.sql); each file binds the ones it uses. */
export interface ReportScope {
  centerId: string;
  period: ReportPeriod;
  filters: ReportFilters;
}

function scopeValues(scope: ReportScope): Record<string, unknown> {
  return {
    center_id: scope.centerId,
    from: scope.period.fromInstant,
    until: scope.period.untilInstant,
    from_day: scope.period.from,
    to_day: scope.period.to,
    tz: scope.period.timeZone,
    axis: scope.filters.axis,
    channel: scope.filters.channel,
    staff_id: scope.filters.staffId,
    questions: vulnerableGroups.map((g) => g.question),
    months: monthsOf(scope.period.from, scope.period.to),
    month_starts: monthStarts(scope.period),
  };
}

export async function runReportQuery<Row>(
  db: Db,
  name: ReportQueryName,
  scope: ReportScope,
  extra: Record<string, unknown> = {},
): Promise<Row[]> {
  const query = reportQuery(name);
  const parameters = bindParameters(query, { ...scopeValues(scope), ...extra });
  const result = await db.executeQuery<Row>(CompiledQuery.raw(query.text, parameters));
  return result.rows;
}

export async function findCenterTimeZone(db: Db, centerId: string): Promise<string> {
  const query = reportQuery('center-timezone');
  const result = await db.executeQuery<{ timezone: string }>(
    CompiledQuery.raw(query.text, bindParameters(query, { center_id: centerId })),
  );
  return result.rows[0]?.timezone ?? 'Europe/Athens';
}

// Row shapes of the queries (PostgreSQL's bigint and numeric arrive as text).
export type Count = string | number;
export type Decimal = string | number | null;

export interface ServedRow {
  section: string;
  key: string | null;
  gender: string | null;
  detail: string | null;
  n: Count;
}
export interface RequestsRow {
  dimension: 'axis' | 'channel' | 'outcome' | 'staff' | 'month' | 'total';
  key: string | null;
  n: Count;
}
export interface CasesRow {
  section: 'opened' | 'closed';
  outcome: string | null;
  n: Count;
  median_days: Decimal;
}
export interface CounselingRow {
  kind: string | null;
  sessions: Count;
  participants: Count;
}
export interface ApplicationsRow {
  section: 'created' | 'decided';
  benefit: string;
  outcome: string;
  n: Count;
  amount: Decimal;
}
export interface ReferralsRow {
  section: 'destination' | 'status' | 'first_answer' | 'closure';
  key: string | null;
  label: string | null;
  n: Count;
  completed: Count | null;
  delivered: Count | null;
  median_days: Decimal;
}
export interface AppointmentsRow {
  status: string;
  n: Count;
}
export interface EventsRow {
  id: string;
  title_el: string;
  title_en: string;
  capacity: number;
  registered: Count;
  attended: Count;
}
export interface StaffNameRow {
  id: string;
  display_name: string;
}
export interface DrillRow {
  total: Count;
  resident_id: string | null;
  surname: string | null;
  given_name: string | null;
  served_on: string | null;
}
export interface ParticipantRow {
  resident_id: string;
  surname: string;
  given_name: string;
  served_on: string;
  gender: string | null;
  age_at_entry: number | null;
  employment_status: string | null;
  education_level: number | null;
  disability_percent: number | null;
  nationality: string | null;
  esf: Record<string, string>;
}

export function toNumber(value: Count | Decimal | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

export function toNullableNumber(value: Decimal | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}
