import type { Db } from '../../../db/connection.js';
import type { StoredResponse } from './booking.tables.js';

export function findIdempotencyKey(db: Db, centerId: string, key: string) {
  return db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'response'])
    .where('center_id', '=', centerId)
    .where('key', '=', key)
    .executeTakeFirst();
}

/**
 * Claims the key first thing in the booking's transaction: a concurrent request with the same
 * key waits on the primary key until this one commits (then replays it) or rolls back (then
 * books itself). Throws the unique violation (23505) when the key was already committed.
 */
export async function claimIdempotencyKey(
  db: Db,
  centerId: string,
  key: string,
  requestHash: string,
): Promise<void> {
  await db
    .insertInto('idempotency_keys')
    .values({ center_id: centerId, key, request_hash: requestHash, response: null })
    .execute();
}

export async function storeIdempotentResponse(
  db: Db,
  centerId: string,
  key: string,
  response: StoredResponse,
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ response: JSON.stringify(response) })
    .where('center_id', '=', centerId)
    .where('key', '=', key)
    .execute();
}

/** Keys are kept a day: long enough for any retry, short enough not to pile up. */
export async function purgeIdempotencyKeys(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', before).execute();
  return Number(result[0]?.numDeletedRows ?? 0);
}
