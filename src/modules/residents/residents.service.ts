import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { addTimelineEntry } from '../timeline/timeline.service.js';
import {
  refuseDuplicateIdentifiers,
  toDuplicateError,
  warnPossibleDuplicates,
} from './residents.duplicates.js';
import { diffResident } from './residents.changes.js';
import { presentResident } from './residents.presenter.js';
import {
  addSearchTerms,
  findResidentById,
  insertResident,
  insertRevision,
  listRevisions,
  lockResident,
  updateResident,
} from './residents.repository.js';
import type {
  CreateResidentBody,
  ResidentInput,
  ResidentView,
  UpdateResidentBody,
} from './residents.schemas.js';
import { validateResidentInput, type ResidentValues } from './residents.validation.js';

function athensToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(now);
}

function validOrThrow(input: ResidentInput): ResidentValues {
  const outcome = validateResidentInput(input, athensToday());
  if (!outcome.ok) throw new AppError('validation_failed', { fieldErrors: outcome.fieldErrors });
  return outcome.values;
}

export async function registerResident(
  db: Db,
  actor: Actor,
  body: CreateResidentBody,
): Promise<ResidentView> {
  const { confirmNotDuplicate, ...input } = body;
  const values = validOrThrow(input);
  try {
    return await db.transaction().execute(async (trx) => {
      await refuseDuplicateIdentifiers(trx, actor.centerId, values, null);
      if (!confirmNotDuplicate) await warnPossibleDuplicates(trx, actor.centerId, values, null);
      const row = await insertResident(trx, actor.centerId, values);
      await addSearchTerms(trx, actor.centerId, values.search_tokens);
      await recordAudit(trx, actor, {
        action: 'resident.create',
        entity: 'resident',
        recordId: row.id,
        details: confirmNotDuplicate ? { confirmedNotDuplicate: true } : null,
      });
      await addTimelineEntry(trx, actor, { residentId: row.id, kind: 'resident.registered' });
      return presentResident(row);
    });
  } catch (error) {
    throw (await toDuplicateError(db, actor.centerId, values, error)) ?? error;
  }
}

/** Opening a file is a read of personal data: audited, even for merged files. */
export async function readResident(db: Db, actor: Actor, id: string): Promise<ResidentView> {
  return db.transaction().execute(async (trx) => {
    const row = await findResidentById(trx, actor.centerId, id);
    if (!row) throw new AppError('not_found');
    await recordAudit(trx, actor, { action: 'resident.read', entity: 'resident', recordId: id });
    return presentResident(row);
  });
}

/**
 * Rectification (GDPR art. 16): the whole file is replaced, provided nobody saved it since it
 * was read (`version`); the previous values of what changed go to the history.
 */
export async function rectifyResident(
  db: Db,
  actor: Actor,
  id: string,
  body: UpdateResidentBody,
): Promise<ResidentView> {
  const { version, ...input } = body;
  const values = validOrThrow(input);
  try {
    return await db.transaction().execute(async (trx) => {
      const current = await lockResident(trx, actor.centerId, id);
      if (!current) throw new AppError('not_found');
      if (current.version !== version)
        throw new AppError('stale_record', { field: 'body.version' });
      if (current.merged_into !== null) {
        throw new AppError('merge_refused', {
          fieldErrors: [{ field: 'params.id', rule: 'merge_already_merged' }],
        });
      }
      await refuseDuplicateIdentifiers(trx, actor.centerId, values, id);
      const changes = diffResident(current, values);
      if (changes.length === 0) return presentResident(current);
      const row = await updateResident(trx, actor.centerId, id, values, version + 1);
      await insertRevision(trx, {
        centerId: actor.centerId,
        residentId: id,
        version: row.version,
        changedBy: actor.staffId,
        changes,
      });
      await addSearchTerms(trx, actor.centerId, values.search_tokens);
      await recordAudit(trx, actor, {
        action: 'resident.update',
        entity: 'resident',
        recordId: id,
        details: { version: row.version, fields: changes.map((change) => change.field) },
      });
      return presentResident(row);
    });
  } catch (error) {
    throw (await toDuplicateError(db, actor.centerId, values, error)) ?? error;
  }
}

export async function readResidentHistory(db: Db, actor: Actor, id: string) {
  return db.transaction().execute(async (trx) => {
    if (!(await findResidentById(trx, actor.centerId, id))) throw new AppError('not_found');
    const rows = await listRevisions(trx, actor.centerId, id);
    await recordAudit(trx, actor, {
      action: 'resident.history.read',
      entity: 'resident',
      recordId: id,
    });
    return {
      items: rows.map((row) => ({
        version: row.version,
        changedAt: row.changed_at.toISOString(),
        changedBy:
          row.changed_by === null
            ? null
            : { id: row.changed_by, displayName: row.display_name ?? '' },
        changes: row.changes,
      })),
    };
  });
}
