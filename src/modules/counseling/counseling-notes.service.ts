import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import { openText, sealText, type KeyRing } from '../../lib/crypto.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { notifyStaff } from '../notifications/notifications.service.js';
import { presentNote } from './counseling.presenter.js';
import {
  breakGlassReasonProblem,
  breakGlassRecipients,
  canBreakGlass,
  canReadNote,
  canWriteNote,
} from './counseling.policy.js';
import {
  listActiveCoordinatorIds,
  listParticipants,
  findSealedNote,
  updateSealedNote,
  type SealedNoteRow,
} from './counseling.repository.js';
import type { NoteView, UpdateNoteBody } from './counseling.schemas.js';
import { grantedStaffIds, readerOf } from './counseling.service.js';

/**
 * Sealed notes: opened only for their author and grantees, every opening audited in the same
 * transaction that reads the ciphertext, so no read can happen without its record.
 */
export async function readNote(
  db: Db,
  keyRing: KeyRing,
  actor: Actor,
  sessionId: string,
): Promise<NoteView> {
  const reader = readerOf(actor);
  return db.transaction().execute(async (trx) => {
    const row = await requireNote(trx, actor.centerId, sessionId);
    const granteeIds = await grantedStaffIds(trx, actor.centerId, sessionId);
    if (!canReadNote(reader, { authorId: row.author_id, granteeIds })) {
      throw new AppError('sealed');
    }
    await recordAudit(trx, actor, {
      action: 'counseling.note.read',
      entity: 'counseling_session',
      recordId: sessionId,
    });
    return presentNote(row, openNote(row, keyRing));
  });
}

export async function writeNote(
  db: Db,
  keyRing: KeyRing,
  actor: Actor,
  sessionId: string,
  input: UpdateNoteBody,
): Promise<NoteView> {
  const reader = readerOf(actor);
  return db.transaction().execute(async (trx) => {
    const current = await requireNote(trx, actor.centerId, sessionId, 'update');
    if (!canWriteNote(reader, { authorId: current.author_id, granteeIds: [] })) {
      throw new AppError('sealed');
    }
    if (current.version !== input.version) {
      throw new AppError('stale_record', { field: 'body.version' });
    }
    const updated = await updateSealedNote(
      trx,
      actor.centerId,
      sessionId,
      input.version,
      sealText(input.text, keyRing),
    );
    if (!updated) throw new AppError('stale_record', { field: 'body.version' });
    await recordAudit(trx, actor, {
      action: 'counseling.note.update',
      entity: 'counseling_session',
      recordId: sessionId,
      details: { version: updated.version },
    });
    return presentNote(updated, input.text);
  });
}

/**
 * Emergency access to any note of the Center (risk to life, a court order, the author away):
 * allowed to clinical roles with a written reason, which goes to the audit log and to every
 * active coordinator and the author, in the same transaction as the read.
 */
export async function breakGlass(
  db: Db,
  keyRing: KeyRing,
  actor: Actor,
  sessionId: string,
  reason: string,
): Promise<NoteView> {
  const reader = readerOf(actor);
  if (!canBreakGlass(reader.role)) throw new AppError('forbidden');
  const problem = breakGlassReasonProblem(reason);
  if (problem) throw new AppError('validation_failed', { fieldErrors: [problem] });
  const trimmed = reason.trim();
  return db.transaction().execute(async (trx) => {
    const row = await requireNote(trx, actor.centerId, sessionId);
    await recordAudit(trx, actor, {
      action: 'counseling.note.break_glass',
      entity: 'counseling_session',
      recordId: sessionId,
      reason: trimmed,
    });
    const coordinators = await listActiveCoordinatorIds(trx, actor.centerId);
    // The resident's id (never a name) lets the coordinator open the file from the alert.
    const [participant] = await listParticipants(trx, actor.centerId, [sessionId]);
    await notifyStaff(
      trx,
      actor.centerId,
      breakGlassRecipients(coordinators, row.author_id, reader.staffId),
      {
        kind: 'counseling.break_glass',
        details: {
          sessionId,
          residentId: participant?.resident_id ?? null,
          staffId: reader.staffId,
          role: reader.role,
          reason: trimmed,
        },
      },
    );
    return presentNote(row, openNote(row, keyRing));
  });
}

async function requireNote(
  trx: Db,
  centerId: string,
  sessionId: string,
  lock: 'none' | 'update' = 'none',
): Promise<SealedNoteRow> {
  const row = await findSealedNote(trx, centerId, sessionId, lock);
  if (!row) throw new AppError('not_found');
  return row;
}

function openNote(row: SealedNoteRow, keyRing: KeyRing): string | null {
  return row.note_sealed === null ? null : openText(row.note_sealed, keyRing);
}
