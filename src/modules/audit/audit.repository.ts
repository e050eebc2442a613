import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import {
  computeEntryHash,
  GENESIS_HASH,
  type AuditContent,
  type ChainedAuditEntry,
} from './audit-chain.js';

export type NewAuditEntry = Omit<AuditContent, 'seq' | 'at'>;

/**
 * Appends to the Center's chain inside the caller's transaction. The advisory lock serialises
 * appends per Center until commit, so two transactions can never chain onto the same row.
 */
export async function appendAuditEntry(
  trx: Db,
  entry: NewAuditEntry,
  at = new Date(),
): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${'audit_log:' + entry.centerId}, 0))`.execute(
    trx,
  );
  const last = await trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('center_id', '=', entry.centerId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const content: AuditContent = { ...entry, seq: last ? Number(last.seq) + 1 : 1, at };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await trx
    .insertInto('audit_log')
    .values({
      center_id: content.centerId,
      seq: content.seq,
      at: content.at,
      actor_id: content.actorId,
      actor_role: content.actorRole,
      action: content.action,
      entity: content.entity,
      record_id: content.recordId,
      ip: content.ip,
      reason: content.reason,
      details: content.details === null ? null : JSON.stringify(content.details),
      prev_hash: prevHash,
      hash: computeEntryHash(prevHash, content),
    })
    .execute();
}

export async function listAuditEntries(
  db: Db,
  centerId: string,
  page: { beforeSeq?: number; limit: number },
) {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('staff as s', (join) =>
      join.onRef('s.center_id', '=', 'a.center_id').onRef('s.id', '=', 'a.actor_id'),
    )
    .select([
      'a.seq',
      'a.at',
      'a.actor_role',
      'a.action',
      'a.entity',
      'a.record_id',
      'a.ip',
      'a.reason',
      's.display_name as actor_name',
    ])
    .where('a.center_id', '=', centerId);
  if (page.beforeSeq !== undefined) query = query.where('a.seq', '<', String(page.beforeSeq));
  return query.orderBy('a.seq', 'desc').limit(page.limit).execute();
}

export async function listCentersWithAudit(db: Db): Promise<{ id: string; slug: string }[]> {
  return db.selectFrom('centers').select(['id', 'slug']).orderBy('slug').execute();
}

export async function readChainBatch(
  db: Db,
  centerId: string,
  afterSeq: number,
  limit: number,
): Promise<ChainedAuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('seq', '>', String(afterSeq))
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    centerId: row.center_id,
    seq: Number(row.seq),
    at: row.at,
    actorId: row.actor_id,
    actorRole: row.actor_role,
    action: row.action,
    entity: row.entity,
    recordId: row.record_id,
    ip: row.ip,
    reason: row.reason,
    details: row.details,
    prevHash: row.prev_hash,
    hash: row.hash,
  }));
}
