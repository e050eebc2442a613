import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { indicatorRowKeys, indicatorTableIds, participantInRow } from './indicator-tables.js';
import type { ParticipantFacts } from './indicators.js';
import { monthWithin } from './period.js';
import { axisLabels, channelLabels, requestOutcomeLabels } from './report-labels.js';
import {
  runReportQuery,
  toNumber,
  type DrillRow,
  type ParticipantRow,
  type ReportScope,
} from './reports.repository.js';
import type { DrillResult } from './reports.schemas.js';
import { resolveScope, type PeriodQuery } from './reports.service.js';

export interface DrillQuery extends PeriodQuery {
  table: string;
  row: string;
  page?: number;
  pageSize?: number;
}

const requestDimensions: Record<string, string> = {
  requests_by_axis: 'axis',
  requests_by_channel: 'channel',
  requests_by_outcome: 'outcome',
  requests_by_staff: 'staff',
};

/**
 * The residents behind one number of the report, one page in name order. Names are personal data:
 * the read and its audit entry (which residents were listed, never their names) commit together.
 * Counseling, cases and the other services have no list here by design: the list of who had
 * counseling is not a report's to give.
 */
export async function drillReport(db: Db, actor: Actor, query: DrillQuery): Promise<DrillResult> {
  return db.transaction().execute(async (trx) => {
    const scope = await resolveScope(trx, actor, query);
    const page = {
      limit: query.pageSize ?? 50,
      offset: ((query.page ?? 1) - 1) * (query.pageSize ?? 50),
    };
    const result = await readDrill(trx, scope, query.table, query.row, page);
    await recordAudit(trx, actor, {
      action: 'report.drill',
      entity: 'report',
      details: {
        table: query.table,
        row: query.row,
        from: scope.period.from,
        to: scope.period.to,
        filters: scope.filters,
        total: result.total,
        residentIds: result.items.map((i) => i.residentId),
      },
    });
    return result;
  });
}

async function readDrill(
  trx: Db,
  scope: ReportScope,
  table: string,
  rowKey: string,
  page: { limit: number; offset: number },
): Promise<DrillResult> {
  if (table === 'residents_served') {
    const kind = { new: 'new', returning: 'returning', total: 'all' }[rowKey];
    if (!kind) throw badRow();
    return pageOf(await runReportQuery<DrillRow>(trx, 'drill-served', scope, { kind, ...page }));
  }
  if (table === 'activity_by_month') {
    const period = rowKey === 'total' ? scope.period : monthOfPeriod(rowKey, scope);
    const rows = await runReportQuery<DrillRow>(
      trx,
      'drill-served',
      { ...scope, period },
      {
        kind: 'all',
        ...page,
      },
    );
    return pageOf(rows);
  }
  const dimension = requestDimensions[table];
  if (dimension) {
    if (rowKey !== 'total' && !isRequestRow(dimension, rowKey)) throw badRow();
    const rows = await runReportQuery<DrillRow>(trx, 'drill-requests', scope, {
      dimension: rowKey === 'total' ? 'total' : dimension,
      key: rowKey,
      ...page,
    });
    return pageOf(rows);
  }
  if (indicatorTableIds.includes(table)) {
    if (rowKey !== 'total' && !indicatorRowKeys(table).includes(rowKey)) throw badRow();
    const participants = await runReportQuery<ParticipantRow>(trx, 'drill-participants', scope);
    const chosen = participants.filter(
      (p) => rowKey === 'total' || participantInRow(table, rowKey, factsOf(p)),
    );
    return {
      total: chosen.length,
      items: chosen.slice(page.offset, page.offset + page.limit).map((p) => ({
        residentId: p.resident_id,
        name: `${p.surname} ${p.given_name}`,
        servedOn: p.served_on,
      })),
    };
  }
  throw new AppError('validation_failed', {
    fieldErrors: [{ field: 'querystring.table', rule: 'invalid' }],
  });
}

const requestRowKeys: Record<string, Record<string, unknown>> = {
  axis: axisLabels,
  channel: channelLabels,
  outcome: requestOutcomeLabels,
};

/** A row the requests table can have: a known axis, channel or outcome, or a staff member's id. */
function isRequestRow(dimension: string, rowKey: string): boolean {
  const known = requestRowKeys[dimension];
  if (known) return Object.hasOwn(known, rowKey);
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(rowKey);
}

function monthOfPeriod(rowKey: string, scope: ReportScope) {
  if (!/^\d{4}-\d{2}$/.test(rowKey)) throw badRow();
  const period = monthWithin(rowKey, scope.period);
  if (!period) throw badRow();
  return period;
}

function badRow(): AppError {
  return new AppError('validation_failed', {
    fieldErrors: [{ field: 'querystring.row', rule: 'invalid' }],
  });
}

function pageOf(rows: DrillRow[]): DrillResult {
  return {
    total: toNumber(rows[0]?.total),
    items: rows
      .filter((r) => r.resident_id !== null)
      .map((r) => ({
        residentId: r.resident_id ?? '',
        name: `${r.surname ?? ''} ${r.given_name ?? ''}`.trim(),
        servedOn: r.served_on ?? '',
      })),
  };
}

function factsOf(p: ParticipantRow): ParticipantFacts {
  return {
    gender: p.gender,
    ageAtEntry: p.age_at_entry,
    employmentStatus: p.employment_status,
    educationLevel: p.education_level,
    disabilityPercent: p.disability_percent,
    nationality: p.nationality,
    esf: p.esf,
  };
}
