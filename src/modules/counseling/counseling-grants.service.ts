import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { findStaffById } from '../staff/staff.repository.js';
import { canManageGrants, granteeProblem } from './counseling.policy.js';
import { deleteGrant, insertGrant, lockSessionAuthor } from './counseling.repository.js';
import type { SessionView } from './counseling.schemas.js';
import { presentSessions, readerOf, requireSession } from './counseling.service.js';

/** The author lets a clinical colleague read the note (never write it, never pass it on). */
export async function grantNoteAccess(
  db: Db,
  actor: Actor,
  sessionId: string,
  staffId: string,
): Promise<SessionView> {
  const reader = readerOf(actor);
  return db.transaction().execute(async (trx) => {
    const authorId = await lockAsAuthor(trx, actor, sessionId);
    const grantee = await findStaffById(trx, actor.centerId, staffId);
    if (!grantee) {
      throw new AppError('validation_failed', {
        fieldErrors: [{ field: 'body.staffId', rule: 'invalid' }],
      });
    }
    if (granteeProblem(grantee, authorId)) {
      throw new AppError('validation_failed', {
        fieldErrors: [{ field: 'body.staffId', rule: 'grantee_not_allowed' }],
      });
    }
    const added = await insertGrant(trx, {
      centerId: actor.centerId,
      sessionId,
      staffId,
      grantedBy: reader.staffId,
    });
    if (added) {
      await recordAudit(trx, actor, {
        action: 'counseling.note.grant',
        entity: 'counseling_session',
        recordId: sessionId,
        details: { staffId },
      });
    }
    return presentOne(trx, actor, sessionId);
  });
}

export async function revokeNoteAccess(
  db: Db,
  actor: Actor,
  sessionId: string,
  staffId: string,
): Promise<SessionView> {
  return db.transaction().execute(async (trx) => {
    await lockAsAuthor(trx, actor, sessionId);
    if (await deleteGrant(trx, actor.centerId, sessionId, staffId)) {
      await recordAudit(trx, actor, {
        action: 'counseling.note.revoke',
        entity: 'counseling_session',
        recordId: sessionId,
        details: { staffId },
      });
    }
    return presentOne(trx, actor, sessionId);
  });
}

async function lockAsAuthor(trx: Db, actor: Actor, sessionId: string): Promise<string> {
  const authorId = await lockSessionAuthor(trx, actor.centerId, sessionId);
  if (!authorId) throw new AppError('not_found');
  if (!canManageGrants(readerOf(actor), { authorId, granteeIds: [] })) {
    throw new AppError('sealed');
  }
  return authorId;
}

async function presentOne(trx: Db, actor: Actor, sessionId: string): Promise<SessionView> {
  const rows = [await requireSession(trx, actor.centerId, sessionId)];
  const [view] = await presentSessions(trx, readerOf(actor), actor.centerId, rows);
  if (!view) throw new AppError('internal');
  return view;
}
