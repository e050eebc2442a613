import type { Db } from '../../db/connection.js';
import type { Actor } from '../auth/actor.js';
import {
  buildAppointmentsTable,
  buildMonthTable,
  buildRequestTables,
  buildServedTable,
} from './activity-tables.js';
import { buildIndicatorTables } from './indicator-tables.js';
import { definitionsVersion } from './indicators.js';
import { monthsOf, resolvePeriod } from './period.js';
import { inReportTurn } from './report-gate.js';
import { exportSnapshot, inReportSnapshot, inSharedSnapshot } from './report-snapshot.js';
import {
  findCenterTimeZone,
  runReportQuery,
  toNumber,
  type AppointmentsRow,
  type ApplicationsRow,
  type CasesRow,
  type CounselingRow,
  type EventsRow,
  type ReferralsRow,
  type ReportScope,
  type RequestsRow,
  type ServedRow,
  type StaffNameRow,
} from './reports.repository.js';
import type { PeriodReport, ReportFilters } from './report-types.js';
import { buildApplicationTables } from './application-tables.js';
import { buildCaseTables, buildCounselingTable } from './case-tables.js';
import { buildEventsTable, buildReferralTables } from './cooperation-tables.js';

export interface PeriodQuery {
  from?: string;
  to?: string;
  axis?: string;
  channel?: string;
  staffId?: string;
}

export function filtersOf(query: PeriodQuery): ReportFilters {
  return {
    axis: query.axis ?? null,
    channel: query.channel ?? null,
    staffId: query.staffId ?? null,
  };
}

/** The scope of a report: the caller's Center (never the request's), the period, the filters. */
export async function resolveScope(
  trx: Db,
  actor: Actor,
  query: PeriodQuery,
): Promise<ReportScope> {
  const timeZone = await findCenterTimeZone(trx, actor.centerId);
  return {
    centerId: actor.centerId,
    period: resolvePeriod(query, timeZone),
    filters: filtersOf(query),
  };
}

/**
 * The whole report of a period: every table and every ESF+ indicator. It takes three connections
 * (readReportRows), so reports take turns (report-gate.ts) instead of exhausting the pool.
 */
export async function buildPeriodReport(
  db: Db,
  actor: Actor,
  query: PeriodQuery,
): Promise<PeriodReport> {
  return inReportTurn(db, () =>
    inReportSnapshot(db, async (trx) => {
      const scope = await resolveScope(trx, actor, query);
      return assembleReport(scope, await readReportRows(db, trx, scope));
    }),
  );
}

/**
 * Three parts side by side, in one snapshot: the residents served (the heaviest) on this
 * transaction; the new participants' indicators and everything else on two more connections.
 */
async function readReportRows(db: Db, trx: Db, scope: ReportScope) {
  const snapshot = await exportSnapshot(trx);
  const [served, participants, rest] = await Promise.all([
    runReportQuery<ServedRow>(trx, 'served', scope),
    inSharedSnapshot(db, snapshot, (other) =>
      runReportQuery<ServedRow>(other, 'participants', scope),
    ),
    inSharedSnapshot(db, snapshot, async (other) => ({
      requests: await runReportQuery<RequestsRow>(other, 'requests', scope),
      staff: await runReportQuery<StaffNameRow>(other, 'staff-names', scope),
      cases: await runReportQuery<CasesRow>(other, 'cases', scope),
      counseling: await runReportQuery<CounselingRow>(other, 'counseling', scope),
      applications: await runReportQuery<ApplicationsRow>(other, 'applications', scope),
      referrals: await runReportQuery<ReferralsRow>(other, 'referrals', scope),
      appointments: await runReportQuery<AppointmentsRow>(other, 'appointments', scope),
      events: await runReportQuery<EventsRow>(other, 'events', scope),
    })),
  ]);
  return { served: [...served, ...participants], ...rest };
}

function assembleReport(
  scope: ReportScope,
  rows: Awaited<ReturnType<typeof readReportRows>>,
): PeriodReport {
  const { period, filters } = scope;
  const servedUnique = toNumber(rows.served.find((r) => r.section === 'served')?.n);
  const newResidents = rows.served
    .filter((r) => r.section === 'entered')
    .reduce((sum, r) => sum + toNumber(r.n), 0);
  const requests = toNumber(rows.requests.find((r) => r.dimension === 'total')?.n);
  const months = monthsOf(period.from, period.to);
  const monthTable = buildMonthTable(months, rows.served, rows.requests, servedUnique, requests);
  const cases = buildCaseTables(rows.cases);
  const counseling = buildCounselingTable(rows.counseling);
  const referrals = buildReferralTables(rows.referrals);
  const appointments = buildAppointmentsTable(rows.appointments);
  const events = buildEventsTable(rows.events);
  return {
    period: { from: period.from, to: period.to },
    filters,
    generatedAt: new Date().toISOString(),
    definitionsVersion,
    timeZone: period.timeZone,
    headline: {
      servedUnique,
      newResidents,
      returningResidents: servedUnique - newResidents,
      requests,
      casesOpened: cases.opened,
      casesClosed: cases.closed,
      counselingSessions: counseling.sessions,
      referrals: referrals.made,
      appointments: appointments.held,
      noShowRate: appointments.noShowRate,
      eventParticipants: events.participants,
    },
    trend: monthTable.rows.map((r) => ({
      month: r.key,
      servedUnique: r.values.served_unique ?? 0,
      requests: r.values.requests ?? 0,
    })),
    tables: [
      buildServedTable(servedUnique, newResidents),
      monthTable,
      ...buildRequestTables(rows.requests, rows.staff),
      ...cases.tables,
      counseling.table,
      ...buildApplicationTables(rows.applications),
      ...referrals.tables,
      appointments.table,
      events.table,
      ...buildIndicatorTables(rows.served),
    ],
  };
}
