import type { Db } from '../../../db/connection.js';

/** One feed per staff member: a new token replaces the old one (which stops working). */
export async function replaceFeedToken(
  db: Db,
  centerId: string,
  staffId: string,
  tokenHash: string,
): Promise<void> {
  await db
    .insertInto('staff_calendar_feeds')
    .values({ center_id: centerId, staff_id: staffId, token_hash: tokenHash })
    .onConflict((oc) =>
      oc.columns(['center_id', 'staff_id']).doUpdateSet({ token_hash: tokenHash }),
    )
    .execute();
}

export function findFeedByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('staff_calendar_feeds as f')
    .innerJoin('staff as s', (join) =>
      join.onRef('s.center_id', '=', 'f.center_id').onRef('s.id', '=', 'f.staff_id'),
    )
    .select(['f.center_id', 'f.staff_id', 's.display_name', 's.status'])
    .where('f.token_hash', '=', tokenHash)
    .executeTakeFirst();
}
