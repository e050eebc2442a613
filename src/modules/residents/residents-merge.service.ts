import type { Updateable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { ResidentsTable } from '../../db/types.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { addTimelineEntry } from '../timeline/timeline.service.js';
import { residentSearchKeys } from './name-keys.js';
import { diffResident, fillFromDuplicate } from './residents.changes.js';
import { presentResident } from './residents.presenter.js';
import {
  addSearchTerms,
  findResidentById,
  insertRevision,
  lockResident,
  type ResidentRow,
} from './residents.repository.js';
import {
  listResidentLinkedTables,
  moveResidentRows,
  setResidentColumns,
} from './residents-merge.repository.js';
import type { MergeResidentBody, ResidentView } from './residents.schemas.js';

function refuse(rule: string, field = 'body.duplicateId', params?: Record<string, string>) {
  return new AppError('merge_refused', {
    fieldErrors: [{ field, rule, ...(params ? { params } : {}) }],
  });
}

/** Both files locked in id order, so two merges of the same pair cannot deadlock. */
async function lockPair(trx: Db, centerId: string, survivorId: string, duplicateId: string) {
  const [first, second] = [survivorId, duplicateId].sort();
  const locked = new Map<string, ResidentRow>();
  for (const id of [first, second]) {
    const row = id === undefined ? undefined : await lockResident(trx, centerId, id);
    if (!row) throw new AppError('not_found');
    locked.set(row.id, row);
  }
  const survivor = locked.get(survivorId);
  const duplicate = locked.get(duplicateId);
  if (!survivor || !duplicate) throw new AppError('not_found');
  return { survivor, duplicate };
}

/**
 * Merges a duplicate file into the surviving one, in one transaction: every row of every
 * table that points at the duplicate moves, the survivor gets the fields it lacked, and the
 * duplicate stays, marked merged, for the record (hidden from search).
 */
export async function mergeResidents(
  db: Db,
  actor: Actor,
  survivorId: string,
  body: MergeResidentBody,
): Promise<ResidentView> {
  if (survivorId === body.duplicateId) throw refuse('merge_same_file');
  await db.transaction().execute(async (trx) => {
    const { survivor, duplicate } = await lockPair(
      trx,
      actor.centerId,
      survivorId,
      body.duplicateId,
    );
    if (survivor.merged_into !== null) throw refuse('merge_already_merged', 'params.id');
    if (duplicate.merged_into !== null) throw refuse('merge_already_merged');

    const moved: Record<string, number> = {};
    for (const table of await listResidentLinkedTables(trx)) {
      const count = await moveRows(trx, table, actor.centerId, duplicate.id, survivor.id);
      if (count > 0) moved[table] = count;
    }

    const filled = fillFromDuplicate(survivor, duplicate);
    // Identifiers are unique per Center: the duplicate hands them over rather than sharing.
    const handedOver: Updateable<ResidentsTable> = {};
    if ('amka' in filled) handedOver.amka = null;
    if ('afm' in filled) handedOver.afm = null;
    await setResidentColumns(trx, actor.centerId, duplicate.id, {
      ...handedOver,
      merged_into: survivor.id,
      merged_at: new Date(),
      merge_reason: body.reason,
      version: duplicate.version + 1,
    });
    const changes = diffResident(survivor, filled);
    if (changes.length > 0) {
      await fillSurvivor(trx, actor, survivor, filled);
      await insertRevision(trx, {
        centerId: actor.centerId,
        residentId: survivor.id,
        version: survivor.version + 1,
        changedBy: actor.staffId,
        changes,
      });
    }
    await recordAudit(trx, actor, {
      action: 'resident.merge',
      entity: 'resident',
      recordId: survivor.id,
      reason: body.reason,
      details: { duplicateId: duplicate.id, moved, filled: changes.map((c) => c.field) },
    });
    await addTimelineEntry(trx, actor, {
      residentId: survivor.id,
      kind: 'resident.merged',
      details: { duplicateId: duplicate.id },
    });
  });
  const merged = await findResidentById(db, actor.centerId, survivorId);
  if (!merged) throw new AppError('not_found');
  return presentResident(merged);
}

async function moveRows(trx: Db, table: string, centerId: string, fromId: string, toId: string) {
  try {
    return await moveResidentRows(trx, table, { centerId, fromId, toId });
  } catch (error) {
    // Both files hold a row that may exist once per resident (e.g. the same household).
    if ((error as { code?: string }).code === '23505') {
      throw refuse('merge_conflict', 'body.duplicateId', { table });
    }
    throw error;
  }
}

async function fillSurvivor(
  trx: Db,
  actor: Actor,
  survivor: ResidentRow,
  filled: ReturnType<typeof fillFromDuplicate>,
): Promise<void> {
  const values = { ...filled } as Updateable<ResidentsTable> & { esf?: unknown };
  if (filled.esf !== undefined) values.esf = JSON.stringify(filled.esf);
  const keys = residentSearchKeys({
    surname: survivor.surname,
    givenName: survivor.given_name,
    fatherName: (filled.father_name as string | undefined) ?? survivor.father_name,
  });
  await setResidentColumns(trx, actor.centerId, survivor.id, {
    ...(values as Updateable<ResidentsTable>),
    search_tokens: keys.tokens,
    search_text: keys.text,
    version: survivor.version + 1,
  });
  await addSearchTerms(trx, actor.centerId, keys.tokens);
}
