import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { CounselingSessionsTable } from './counseling.tables.js';

/**
 * The session without its note: every query that lists or shows sessions selects these columns
 * only, so the ciphertext never even leaves the database on those paths.
 */
export interface SessionRow {
  id: string;
  kind: CounselingSessionsTable['kind'];
  started_at: Date;
  duration_minutes: number;
  case_id: string | null;
  author_id: string;
  author_name: string;
  has_note: boolean;
  version: number;
}

export interface SealedNoteRow {
  id: string;
  author_id: string;
  note_sealed: string | null;
  note_updated_at: Date | null;
  version: number;
}

function sessionsOf(db: Db, centerId: string) {
  return db
    .selectFrom('counseling_sessions as s')
    .innerJoin('staff as a', (join) =>
      join.onRef('a.center_id', '=', 's.center_id').onRef('a.id', '=', 's.author_id'),
    )
    .select((eb) => [
      's.id',
      's.kind',
      's.started_at',
      's.duration_minutes',
      's.case_id',
      's.author_id',
      'a.display_name as author_name',
      eb('s.note_sealed', 'is not', null).$castTo<boolean>().as('has_note'),
      's.version',
    ])
    .where('s.center_id', '=', centerId);
}

export function findSession(db: Db, centerId: string, id: string): Promise<SessionRow | undefined> {
  return sessionsOf(db, centerId).where('s.id', '=', id).executeTakeFirst();
}

export function listSessionsOfResident(
  db: Db,
  centerId: string,
  residentId: string,
): Promise<SessionRow[]> {
  return sessionsOf(db, centerId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('counseling_participants as p')
          .select('p.session_id')
          .whereRef('p.center_id', '=', 's.center_id')
          .whereRef('p.session_id', '=', 's.id')
          .where('p.resident_id', '=', residentId),
      ),
    )
    .orderBy('s.started_at', 'desc')
    .orderBy('s.id', 'desc')
    .execute();
}

/** The caller's own caseload: sessions they wrote or were granted. */
export function listSessionsOfStaff(
  db: Db,
  centerId: string,
  staffId: string,
  limit: number,
): Promise<SessionRow[]> {
  return sessionsOf(db, centerId)
    .where((eb) =>
      eb.or([
        eb('s.author_id', '=', staffId),
        eb.exists(
          eb
            .selectFrom('counseling_note_grants as g')
            .select('g.session_id')
            .whereRef('g.center_id', '=', 's.center_id')
            .whereRef('g.session_id', '=', 's.id')
            .where('g.staff_id', '=', staffId),
        ),
      ]),
    )
    .orderBy('s.started_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * The only query that selects the ciphertext of one note. `lock` holds the row for the rest of
 * the transaction, so note writes, grants and re-sealing of one session never interleave.
 */
export function findSealedNote(
  db: Db,
  centerId: string,
  id: string,
  lock: 'none' | 'update' = 'none',
): Promise<SealedNoteRow | undefined> {
  const query = db
    .selectFrom('counseling_sessions')
    .select(['id', 'author_id', 'note_sealed', 'note_updated_at', 'version'])
    .where('center_id', '=', centerId)
    .where('id', '=', id);
  return (lock === 'update' ? query.forUpdate() : query).executeTakeFirst();
}

/** Locks the session for grant changes; reads the author only, never the note. */
export async function lockSessionAuthor(
  db: Db,
  centerId: string,
  id: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('counseling_sessions')
    .select('author_id')
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row?.author_id;
}

export async function insertSession(
  db: Db,
  values: Insertable<CounselingSessionsTable>,
  residentIds: readonly string[],
): Promise<Selectable<CounselingSessionsTable>> {
  const row = await db
    .insertInto('counseling_sessions')
    .values(values)
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('counseling_participants')
    .values(
      residentIds.map((residentId) => ({
        center_id: values.center_id,
        session_id: row.id,
        resident_id: residentId,
      })),
    )
    .execute();
  return row;
}

/** Optimistic concurrency: the update matches only the version the writer read. */
export function updateSealedNote(
  db: Db,
  centerId: string,
  id: string,
  expectedVersion: number,
  noteSealed: string,
): Promise<SealedNoteRow | undefined> {
  return db
    .updateTable('counseling_sessions')
    .set((eb) => ({
      note_sealed: noteSealed,
      note_updated_at: new Date(),
      version: eb('version', '+', 1),
    }))
    .where('center_id', '=', centerId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning(['id', 'author_id', 'note_sealed', 'note_updated_at', 'version'])
    .executeTakeFirst();
}

export async function listParticipants(
  db: Db,
  centerId: string,
  sessionIds: readonly string[],
): Promise<{ session_id: string; resident_id: string; surname: string; given_name: string }[]> {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom('counseling_participants as p')
    .innerJoin('residents as r', (join) =>
      join.onRef('r.center_id', '=', 'p.center_id').onRef('r.id', '=', 'p.resident_id'),
    )
    .select(['p.session_id', 'p.resident_id', 'r.surname', 'r.given_name'])
    .where('p.center_id', '=', centerId)
    .where('p.session_id', 'in', sessionIds)
    .orderBy('r.surname')
    .orderBy('r.given_name')
    .execute();
}

export async function listGrants(
  db: Db,
  centerId: string,
  sessionIds: readonly string[],
): Promise<{ session_id: string; staff_id: string; display_name: string }[]> {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom('counseling_note_grants as g')
    .innerJoin('staff as st', (join) =>
      join.onRef('st.center_id', '=', 'g.center_id').onRef('st.id', '=', 'g.staff_id'),
    )
    .select(['g.session_id', 'g.staff_id', 'st.display_name'])
    .where('g.center_id', '=', centerId)
    .where('g.session_id', 'in', sessionIds)
    .orderBy('st.display_name')
    .execute();
}

export async function insertGrant(
  db: Db,
  values: { centerId: string; sessionId: string; staffId: string; grantedBy: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto('counseling_note_grants')
    .values({
      center_id: values.centerId,
      session_id: values.sessionId,
      staff_id: values.staffId,
      granted_by: values.grantedBy,
    })
    .onConflict((oc) => oc.columns(['center_id', 'session_id', 'staff_id']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteGrant(
  db: Db,
  centerId: string,
  sessionId: string,
  staffId: string,
): Promise<boolean> {
  const deleted = await db
    .deleteFrom('counseling_note_grants')
    .where('center_id', '=', centerId)
    .where('session_id', '=', sessionId)
    .where('staff_id', '=', staffId)
    .executeTakeFirst();
  return Number(deleted.numDeletedRows) > 0;
}

export async function findExistingResidentIds(
  db: Db,
  centerId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('residents')
    .select('id')
    .where('center_id', '=', centerId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((row) => row.id));
}

export async function listActiveCoordinatorIds(db: Db, centerId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('staff')
    .select('id')
    .where('center_id', '=', centerId)
    .where('role', '=', 'coordinator')
    .where('status', '=', 'active')
    .execute();
  return rows.map((row) => row.id);
}

export async function caseExists(db: Db, centerId: string, caseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('cases')
    .select('id')
    .where('center_id', '=', centerId)
    .where('id', '=', caseId)
    .executeTakeFirst();
  return row !== undefined;
}
