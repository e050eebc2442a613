import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { roleHasPermission } from '../auth/permissions.js';
import { recordAudit } from '../audit/audit.service.js';
import { findHousehold } from '../households/households.repository.js';
import { findResidentById } from '../residents/residents.repository.js';
import { addTimelineEntry } from '../timeline/timeline.service.js';
import { assertAssignable, openVisibleCase } from './case-access.js';
import { caseView } from './case-view.js';
import { canAssignCase, canChangeTeam } from './cases.policy.js';
import { insertCase, listCases, replaceTeam, updateCase } from './cases.repository.js';
import type {
  CaseSummary,
  CaseView,
  CreateCaseBody,
  ListCasesQuery,
  UpdateCaseBody,
} from './cases.schemas.js';

/** Opens a case file; whoever opens it carries it unless a coordinator assigns someone else. */
export async function openCase(db: Db, actor: Actor, input: CreateCaseBody): Promise<CaseView> {
  return db.transaction().execute(async (trx) => {
    if (!(await findResidentById(trx, actor.centerId, input.residentId))) {
      throw new AppError('not_found', { field: 'body.residentId' });
    }
    if (input.householdId && !(await findHousehold(trx, actor.centerId, input.householdId))) {
      throw new AppError('not_found', { field: 'body.householdId' });
    }
    const assignee = input.assignedWorkerId ?? actor.staffId;
    if (assignee !== actor.staffId && !canAssignCase(actor)) throw new AppError('forbidden');
    if (assignee) await assertAssignable(trx, actor.centerId, [assignee], 'body.assignedWorkerId');
    const teamIds = (input.teamIds ?? []).filter((id) => id !== assignee);
    await assertAssignable(trx, actor.centerId, teamIds, 'body.teamIds');
    const row = await insertCase(trx, {
      center_id: actor.centerId,
      resident_id: input.residentId,
      household_id: input.householdId ?? null,
      topics: input.topics,
      assigned_worker_id: assignee,
      created_by: actor.staffId,
    });
    await replaceTeam(trx, actor.centerId, row.id, teamIds);
    await recordAudit(trx, actor, { action: 'case.create', entity: 'case', recordId: row.id });
    await addTimelineEntry(trx, actor, {
      residentId: row.resident_id,
      kind: 'case.opened',
      sourceId: row.id,
      caseId: row.id,
      details: { topics: row.topics, status: row.status },
    });
    return caseView(trx, actor.centerId, row);
  });
}

export async function readCase(db: Db, actor: Actor, id: string): Promise<CaseView> {
  return db.transaction().execute(async (trx) => {
    const { row } = await openVisibleCase(trx, actor, id);
    await recordAudit(trx, actor, { action: 'case.read', entity: 'case', recordId: id });
    return caseView(trx, actor.centerId, row);
  });
}

/** The cases this actor may see: all of the Center's with `cases.read_all`, else their team's. */
export async function findCases(
  db: Db,
  actor: Actor,
  query: ListCasesQuery,
): Promise<CaseSummary[]> {
  const seesAll = actor.role !== null && roleHasPermission(actor.role, 'cases.read_all');
  return db.transaction().execute(async (trx) => {
    const rows = await listCases(trx, actor.centerId, {
      residentId: query.residentId,
      status: query.status,
      teamOf: query.mine || !seesAll ? (actor.staffId ?? undefined) : undefined,
    });
    await recordAudit(trx, actor, {
      action: 'case.list',
      entity: 'case',
      recordId: query.residentId ?? null,
      details: { count: rows.length },
    });
    return rows.map((r) => ({
      id: r.id,
      residentId: r.resident_id,
      residentName: r.resident_name,
      topics: r.topics,
      status: r.status,
      assignedWorker: r.assigned_worker_id
        ? { id: r.assigned_worker_id, displayName: r.assigned_worker_name ?? '' }
        : null,
      openedAt: r.opened_at.toISOString(),
      nextReviewDate: r.next_review_date,
    }));
  });
}

export async function changeCase(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateCaseBody,
): Promise<CaseView> {
  return db.transaction().execute(async (trx) => {
    const { row, teamIds } = await openVisibleCase(trx, actor, id, {
      lock: true,
      version: input.version,
    });
    const access = { assignedWorkerId: row.assigned_worker_id, teamIds };
    const reassigns =
      input.assignedWorkerId !== undefined && input.assignedWorkerId !== row.assigned_worker_id;
    if (reassigns && !canAssignCase(actor)) throw new AppError('forbidden');
    const assignee = input.assignedWorkerId ?? row.assigned_worker_id;
    if (reassigns && assignee) {
      await assertAssignable(trx, actor.centerId, [assignee], 'body.assignedWorkerId');
    }
    const newTeam = input.teamIds?.filter((staffId) => staffId !== assignee);
    if (newTeam && !sameMembers(newTeam, teamIds)) {
      if (!canChangeTeam(actor, access)) throw new AppError('forbidden');
      await assertAssignable(trx, actor.centerId, newTeam, 'body.teamIds');
      await replaceTeam(trx, actor.centerId, id, newTeam);
    }

    const status = input.status ?? row.status;
    const closing = status === 'closed' && row.status !== 'closed';
    const outcome = status === 'closed' ? (input.outcome ?? row.outcome) : null;
    if (status === 'closed' && !outcome) {
      throw new AppError('validation_failed', {
        fieldErrors: [{ field: 'body.outcome', rule: 'required' }],
      });
    }
    if (status !== 'closed' && input.outcome !== undefined) {
      throw new AppError('validation_failed', {
        fieldErrors: [{ field: 'body.outcome', rule: 'only_when_closed' }],
      });
    }
    const updated = await updateCase(trx, actor.centerId, id, input.version, {
      topics: input.topics ?? row.topics,
      status,
      outcome,
      assigned_worker_id: assignee,
      closed_at: status !== 'closed' ? null : closing ? new Date() : row.closed_at,
    });
    if (!updated) throw new AppError('stale_record');
    await recordAudit(trx, actor, {
      action: 'case.update',
      entity: 'case',
      recordId: id,
      details: {
        changed: Object.keys(input).filter((k) => k !== 'version'),
        ...(reassigns ? { assignedWorkerId: assignee } : {}),
      },
    });
    if (status !== row.status) {
      await addTimelineEntry(trx, actor, {
        residentId: row.resident_id,
        kind: status === 'closed' ? 'case.closed' : 'case.status_changed',
        sourceId: id,
        caseId: id,
        details: { topics: updated.topics, status, from: row.status, outcome },
      });
    }
    return caseView(trx, actor.centerId, updated);
  });
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
