import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import { sealText, type KeyRing } from '../../lib/crypto.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { findResidentById } from '../residents/residents.repository.js';
import { addTimelineEntry } from '../timeline/timeline.service.js';
import { presentSession } from './counseling.presenter.js';
import { canReadNote, isClinical, type NoteReader } from './counseling.policy.js';
import {
  caseExists,
  findExistingResidentIds,
  findSession,
  insertSession,
  listGrants,
  listParticipants,
  listSessionsOfResident,
  listSessionsOfStaff,
  type SessionRow,
} from './counseling.repository.js';
import type { CreateSessionBody, SessionView } from './counseling.schemas.js';

const MY_SESSIONS_LIMIT = 200;
// Sessions are recorded after they happen; a few minutes allow for clocks that differ.
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function readerOf(actor: Actor): NoteReader {
  if (!actor.staffId || !actor.role) throw new AppError('not_signed_in');
  return { staffId: actor.staffId, role: actor.role };
}

export async function createSession(
  db: Db,
  keyRing: KeyRing,
  actor: Actor,
  input: CreateSessionBody,
): Promise<SessionView> {
  const reader = readerOf(actor);
  if (input.note !== undefined && !isClinical(reader.role)) throw new AppError('forbidden');
  const startedAt = new Date(input.startedAt);
  if (startedAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'body.startedAt', rule: 'date_in_future' }],
    });
  }
  return db.transaction().execute(async (trx) => {
    const known = await findExistingResidentIds(trx, actor.centerId, input.participantResidentIds);
    const unknown = input.participantResidentIds.flatMap((id, index) =>
      known.has(id) ? [] : [{ field: `body.participantResidentIds.${index}`, rule: 'invalid' }],
    );
    if (input.caseId && !(await caseExists(trx, actor.centerId, input.caseId))) {
      unknown.push({ field: 'body.caseId', rule: 'invalid' });
    }
    if (unknown.length > 0) throw new AppError('validation_failed', { fieldErrors: unknown });

    const row = await insertSession(
      trx,
      {
        center_id: actor.centerId,
        kind: input.kind,
        started_at: startedAt,
        duration_minutes: input.durationMinutes,
        case_id: input.caseId ?? null,
        author_id: reader.staffId,
        note_sealed: input.note === undefined ? null : sealText(input.note, keyRing),
        note_updated_at: input.note === undefined ? null : new Date(),
      },
      input.participantResidentIds,
    );
    for (const residentId of input.participantResidentIds) {
      // The timeline shows that counseling happened, to everyone who reads the file: kind and
      // duration only, never a word of the note.
      await addTimelineEntry(trx, actor, {
        residentId,
        kind: 'counseling.session',
        occurredAt: startedAt,
        sourceId: row.id,
        caseId: row.case_id,
        details: { kind: row.kind, durationMinutes: row.duration_minutes },
      });
    }
    await recordAudit(trx, actor, {
      action: 'counseling.session.create',
      entity: 'counseling_session',
      recordId: row.id,
      details: {
        kind: row.kind,
        participants: input.participantResidentIds.length,
        hasNote: row.note_sealed !== null,
      },
    });
    const [view] = await presentSessions(trx, reader, actor.centerId, [
      await requireSession(trx, actor.centerId, row.id),
    ]);
    if (!view) throw new AppError('internal');
    return view;
  });
}

/**
 * That sessions happened, for one resident, or without one the caller's own caseload. Listing a
 * resident's counseling is reading special-category data, so it is audited like a file read.
 */
export async function listSessions(
  db: Db,
  actor: Actor,
  filter: { residentId?: string },
): Promise<SessionView[]> {
  const reader = readerOf(actor);
  return db.transaction().execute(async (trx) => {
    if (filter.residentId && !(await findResidentById(trx, actor.centerId, filter.residentId))) {
      throw new AppError('not_found');
    }
    const rows = filter.residentId
      ? await listSessionsOfResident(trx, actor.centerId, filter.residentId)
      : await listSessionsOfStaff(trx, actor.centerId, reader.staffId, MY_SESSIONS_LIMIT);
    await recordAudit(trx, actor, {
      action: 'counseling.session.list',
      entity: filter.residentId ? 'resident' : 'counseling_session',
      recordId: filter.residentId ?? null,
      details: { count: rows.length },
    });
    return presentSessions(trx, reader, actor.centerId, rows);
  });
}

export async function requireSession(db: Db, centerId: string, id: string): Promise<SessionRow> {
  const row = await findSession(db, centerId, id);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function grantedStaffIds(db: Db, centerId: string, sessionId: string) {
  return (await listGrants(db, centerId, [sessionId])).map((grant) => grant.staff_id);
}

export async function presentSessions(
  db: Db,
  reader: NoteReader,
  centerId: string,
  rows: readonly SessionRow[],
): Promise<SessionView[]> {
  const ids = rows.map((row) => row.id);
  const participants = await listParticipants(db, centerId, ids);
  const grants = await listGrants(db, centerId, ids);
  return rows.map((row) => {
    const granted = grants.filter((grant) => grant.session_id === row.id);
    const isAuthor = row.author_id === reader.staffId;
    return presentSession(row, {
      participants: participants
        .filter((p) => p.session_id === row.id)
        .map((p) => ({ residentId: p.resident_id, name: `${p.surname} ${p.given_name}` })),
      grantedTo: isAuthor
        ? granted.map((grant) => ({ id: grant.staff_id, displayName: grant.display_name }))
        : [],
      canReadNote: canReadNote(reader, {
        authorId: row.author_id,
        granteeIds: granted.map((grant) => grant.staff_id),
      }),
    });
  });
}
