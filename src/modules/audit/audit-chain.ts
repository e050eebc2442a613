import { sha256Hex } from '../../lib/crypto.js';

/**
 * The audit log is one hash chain per Center: hash(n) = SHA-256(hash(n-1) ‖ canonical content of
 * row n). Changing, removing or reordering any row breaks the chain from that row on.
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  centerId: string;
  seq: number;
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entity: string;
  recordId: string | null;
  ip: string | null;
  reason: string | null;
  details: Record<string, unknown> | null;
}

export interface ChainedAuditEntry extends AuditContent {
  prevHash: string;
  hash: string;
}

export function computeEntryHash(prevHash: string, entry: AuditContent): string {
  const content = [
    entry.centerId,
    entry.seq,
    entry.at.toISOString(),
    entry.actorId,
    entry.actorRole,
    entry.action,
    entry.entity,
    entry.recordId,
    entry.ip,
    entry.reason,
    entry.details,
  ];
  return sha256Hex(`${prevHash}\n${canonicalJson(content)}`);
}

export type ChainBreak = { seq: number; problem: 'gap' | 'prev_hash_mismatch' | 'hash_mismatch' };

/**
 * Checks one batch of consecutive entries, continuing from the previous batch's last seq/hash.
 * Returns the first broken entry, or null.
 */
export function findChainBreak(
  entries: readonly ChainedAuditEntry[],
  previous: { seq: number; hash: string },
): ChainBreak | null {
  let expectedSeq = previous.seq + 1;
  let expectedPrev = previous.hash;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) return { seq: expectedSeq, problem: 'gap' };
    if (entry.prevHash !== expectedPrev) return { seq: entry.seq, problem: 'prev_hash_mismatch' };
    if (computeEntryHash(entry.prevHash, entry) !== entry.hash) {
      return { seq: entry.seq, problem: 'hash_mismatch' };
    }
    expectedSeq += 1;
    expectedPrev = entry.hash;
  }
  return null;
}

/** JSON with object keys sorted at every depth: PostgreSQL's jsonb does not keep key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
