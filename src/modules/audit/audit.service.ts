import type { Db } from '../../db/connection.js';
import type { Actor } from '../auth/actor.js';
import { findChainBreak, GENESIS_HASH, type ChainBreak } from './audit-chain.js';
import {
  appendAuditEntry,
  listAuditEntries,
  listCentersWithAudit,
  readChainBatch,
} from './audit.repository.js';

export interface AuditEvent {
  action: string;
  entity: string;
  recordId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown> | null;
}

/**
 * The one way to write the audit log: every write of the system, and every read of a resident's
 * personal data, calls this inside its own transaction, so the record and the audit commit or
 * fail together.
 */
export async function recordAudit(trx: Db, actor: Actor, event: AuditEvent): Promise<void> {
  await appendAuditEntry(trx, {
    centerId: actor.centerId,
    actorId: actor.staffId,
    actorRole: actor.role,
    ip: actor.ip,
    action: event.action,
    entity: event.entity,
    recordId: event.recordId ?? null,
    reason: event.reason ?? null,
    details: event.details ?? null,
  });
}

export async function listAudit(db: Db, actor: Actor, page: { before?: string; limit: number }) {
  const rows = await listAuditEntries(db, actor.centerId, {
    beforeSeq: page.before === undefined ? undefined : Number(page.before),
    limit: page.limit,
  });
  const items = rows.map((row) => ({
    id: String(row.seq),
    at: row.at.toISOString(),
    actorName: row.actor_name ?? null,
    actorRole: row.actor_role,
    action: row.action,
    entity: row.entity,
    recordId: row.record_id,
    ip: row.ip,
    reason: row.reason,
  }));
  const last = items.at(-1);
  return { items, nextBefore: items.length === page.limit && last ? last.id : null };
}

export interface ChainReport {
  centers: { slug: string; entries: number; broken: ChainBreak | null }[];
}

/** Walks every Center's chain in batches; reports the first broken entry of each. */
export async function verifyAuditChains(db: Db, batchSize = 5_000): Promise<ChainReport> {
  const report: ChainReport = { centers: [] };
  for (const center of await listCentersWithAudit(db)) {
    let previous = { seq: 0, hash: GENESIS_HASH };
    let broken: ChainBreak | null = null;
    for (;;) {
      const batch = await readChainBatch(db, center.id, previous.seq, batchSize);
      broken = findChainBreak(batch, previous);
      const last = batch.at(-1);
      if (broken || !last) break;
      previous = { seq: last.seq, hash: last.hash };
    }
    report.centers.push({ slug: center.slug, entries: previous.seq, broken });
  }
  return report;
}
