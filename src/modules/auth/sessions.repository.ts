import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { SessionsTable, SessionStage } from '../../db/types.js';

export type SessionRow = Selectable<SessionsTable>;

export async function insertSession(
  db: Db,
  values: Insertable<SessionsTable>,
): Promise<SessionRow> {
  return db.insertInto('sessions').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findSession(
  db: Db,
  centerId: string,
  tokenHash: string,
): Promise<SessionRow | undefined> {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(db: Db, centerId: string, tokenHash: string, at: Date) {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: at })
    .where('center_id', '=', centerId)
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function setSessionStage(
  db: Db,
  centerId: string,
  tokenHash: string,
  stage: SessionStage,
) {
  await db
    .updateTable('sessions')
    .set({ stage, last_seen_at: new Date() })
    .where('center_id', '=', centerId)
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Db, centerId: string, tokenHash: string) {
  await db
    .deleteFrom('sessions')
    .where('center_id', '=', centerId)
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSessionsOfStaff(
  db: Db,
  centerId: string,
  staffId: string,
  exceptTokenHash?: string,
) {
  let query = db
    .deleteFrom('sessions')
    .where('center_id', '=', centerId)
    .where('staff_id', '=', staffId);
  if (exceptTokenHash) query = query.where('token_hash', '<>', exceptTokenHash);
  await query.execute();
}

export async function deleteExpiredSessions(db: Db, idleBefore: Date, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', now), eb('last_seen_at', '<', idleBefore)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
