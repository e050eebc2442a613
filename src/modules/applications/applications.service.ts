import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { roleHasPermission } from '../auth/permissions.js';
import { recordAudit } from '../audit/audit.service.js';
import { catalogEntry } from '../benefits/catalog/catalog-data.js';
import { findResidentById } from '../residents/residents.repository.js';
import { addTimelineEntry } from '../timeline/timeline.service.js';
import { applyChanges } from './application-changes.js';
import {
  findApplication,
  findAssignableStaff,
  insertApplication,
  listResidentApplications,
  updateApplication,
  type ApplicationRow,
} from './applications.repository.js';
import type { CreateApplicationBody, UpdateApplicationBody } from './applications.schemas.js';
import { todayAtCenter } from './today.js';

/** Starts an application with the catalog's documents as its checklist. */
export async function startApplication(
  db: Db,
  actor: Actor,
  residentId: string,
  input: CreateApplicationBody,
): Promise<ApplicationRow> {
  return db.transaction().execute(async (trx) => {
    if (!(await findResidentById(trx, actor.centerId, residentId))) throw new AppError('not_found');
    const assignee = input.assignedTo ?? actor.staffId;
    if (assignee) await assertAssignable(trx, actor.centerId, assignee);
    const checklist = catalogEntry(input.benefit).documents.map((d) => ({
      code: d.code,
      done: false,
    }));
    const id = await insertApplication(trx, {
      center_id: actor.centerId,
      resident_id: residentId,
      benefit: input.benefit,
      checklist: JSON.stringify(checklist),
      deadline: input.deadline ?? null,
      assigned_to: assignee,
      notes: input.notes ?? null,
      created_by: actor.staffId,
    });
    if (!id) {
      throw new AppError('conflict', {
        fieldErrors: [{ field: 'body.benefit', rule: 'application_already_open' }],
      });
    }
    await recordAudit(trx, actor, {
      action: 'application.create',
      entity: 'application',
      recordId: id,
      details: { residentId, benefit: input.benefit },
    });
    await addTimelineEntry(trx, actor, {
      residentId,
      kind: 'application.created',
      sourceId: id,
      details: { benefit: input.benefit, status: 'planned' },
    });
    return readRow(trx, actor.centerId, id);
  });
}

export async function findResidentApplications(
  db: Db,
  actor: Actor,
  residentId: string,
): Promise<ApplicationRow[]> {
  return db.transaction().execute(async (trx) => {
    if (!(await findResidentById(trx, actor.centerId, residentId))) throw new AppError('not_found');
    const rows = await listResidentApplications(trx, actor.centerId, residentId);
    await recordAudit(trx, actor, {
      action: 'application.list',
      entity: 'resident',
      recordId: residentId,
      details: { count: rows.length },
    });
    return rows;
  });
}

/** Moves an application along its flow and records what changed; `version` guards edits. */
export async function changeApplication(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateApplicationBody,
): Promise<ApplicationRow> {
  return db.transaction().execute(async (trx) => {
    const row = await findApplication(trx, actor.centerId, id);
    if (!row) throw new AppError('not_found');
    if (row.version !== input.version) throw new AppError('stale_record');
    if (input.assignedTo && input.assignedTo !== row.assigned_to) {
      await assertAssignable(trx, actor.centerId, input.assignedTo);
    }
    const values = applyChanges(row, input, todayAtCenter());
    const to = values.status;
    const updated = await updateApplication(trx, actor.centerId, id, input.version, values);
    if (!updated) throw new AppError('stale_record');
    await recordAudit(trx, actor, {
      action: 'application.update',
      entity: 'application',
      recordId: id,
      details: {
        changed: Object.keys(input).filter((k) => k !== 'version'),
        ...(to !== row.status ? { from: row.status, to } : {}),
      },
    });
    if (to !== row.status) {
      await addTimelineEntry(trx, actor, {
        residentId: row.resident_id,
        kind: 'application.status_changed',
        sourceId: id,
        // No notes, reasons or amounts: every reader of the file sees the timeline.
        details: {
          benefit: row.benefit,
          from: row.status,
          status: to,
          ...(to === 'submitted'
            ? { submittedAt: values.submitted_at, platform: values.platform }
            : {}),
          ...(to === 'approved' || to === 'rejected' ? { decidedAt: values.decided_at } : {}),
        },
      });
    }
    return readRow(trx, actor.centerId, id);
  });
}

async function readRow(trx: Db, centerId: string, id: string): Promise<ApplicationRow> {
  const row = await findApplication(trx, centerId, id);
  if (!row) throw new AppError('not_found');
  return row;
}

/** Applications are carried by active staff who may work on them. */
async function assertAssignable(trx: Db, centerId: string, staffId: string): Promise<void> {
  const staff = await findAssignableStaff(trx, centerId, staffId);
  if (!staff || staff.status !== 'active' || !roleHasPermission(staff.role, 'applications.write')) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'body.assignedTo', rule: 'application_not_assignable' }],
    });
  }
}
