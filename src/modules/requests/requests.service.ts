import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { findResidentById } from '../residents/residents.repository.js';
import { addTimelineEntry } from '../timeline/timeline.service.js';
import {
  countRequests,
  insertRequest,
  listRequests,
  topSubjects,
  type RequestListRow,
} from './requests.repository.js';
import type { ListRequestsQuery, LogRequestBody, RequestView } from './requests.schemas.js';

/** Clocks of desk computers drift; a request "a minute from now" is still now. */
const CLOCK_SKEW_MS = 5 * 60_000;
const SUGGESTED_SUBJECTS = 20;

/**
 * Logs a request at the desk: one insert, one timeline entry, one audit row. Without a resident
 * it is an anonymous information request, which still counts in the statistics. An outcome of
 * `case_opened` records what happened; the case itself is opened separately.
 */
export async function logRequest(
  db: Db,
  actor: Actor,
  input: LogRequestBody,
): Promise<RequestView> {
  const staffId = actor.staffId;
  if (!staffId) throw new AppError('not_signed_in');
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : new Date();
  if (occurredAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'body.occurredAt', rule: 'date_in_future' }],
    });
  }
  return db.transaction().execute(async (trx) => {
    const residentId = input.residentId ?? null;
    if (residentId && !(await findResidentById(trx, actor.centerId, residentId))) {
      throw new AppError('not_found', { field: 'body.residentId' });
    }
    const { id } = await insertRequest(trx, {
      center_id: actor.centerId,
      resident_id: residentId,
      occurred_at: occurredAt,
      channel: input.channel,
      axis: input.axis,
      subject: input.subject.trim(),
      outcome: input.outcome,
      duration_minutes: input.durationMinutes,
      notes: input.notes ?? null,
      staff_id: staffId,
    });
    await recordAudit(trx, actor, { action: 'request.log', entity: 'request', recordId: id });
    if (residentId) {
      await addTimelineEntry(trx, actor, {
        residentId,
        kind: 'request.logged',
        occurredAt,
        sourceId: id,
        details: {
          axis: input.axis,
          channel: input.channel,
          subject: input.subject.trim(),
          outcome: input.outcome,
        },
      });
    }
    const [row] = await listRequests(trx, actor.centerId, { id }, { offset: 0, limit: 1 });
    if (!row) throw new AppError('internal');
    return presentRequest(row);
  });
}

export async function findRequests(db: Db, actor: Actor, query: ListRequestsQuery) {
  return db.transaction().execute(async (trx) => {
    const filter = { residentId: query.residentId, from: query.from, to: query.to };
    const rows = await listRequests(trx, actor.centerId, filter, {
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    const total = await countRequests(trx, actor.centerId, filter);
    await recordAudit(trx, actor, {
      action: 'request.list',
      entity: 'request',
      recordId: query.residentId ?? null,
      details: { from: query.from ?? null, to: query.to ?? null, count: rows.length },
    });
    return { items: rows.map(presentRequest), total };
  });
}

export async function suggestSubjects(db: Db, actor: Actor): Promise<string[]> {
  return topSubjects(db, actor.centerId, SUGGESTED_SUBJECTS);
}

function presentRequest(row: RequestListRow): RequestView {
  return {
    id: row.id,
    residentId: row.resident_id,
    residentName: row.resident_name,
    occurredAt: row.occurred_at.toISOString(),
    channel: row.channel,
    axis: row.axis,
    subject: row.subject,
    outcome: row.outcome,
    durationMinutes: row.duration_minutes,
    notes: row.notes,
    staff: { id: row.staff_id, displayName: row.staff_name },
  };
}
