import type { Db } from '../../db/connection.js';
import { openText, sealText, type KeyRing } from '../../lib/crypto.js';
import { recordAudit } from '../audit/audit.service.js';
import {
  lockStaleSealedBatch,
  updateSealedValue,
  type SealedColumn,
} from './key-rotation.repository.js';

export interface ResealReport {
  activeKeyId: string;
  notes: number;
  totpSecrets: number;
}

const columns: { column: SealedColumn; counter: 'notes' | 'totpSecrets' }[] = [
  { column: 'counseling_sessions.note_sealed', counter: 'notes' },
  { column: 'staff.totp_secret_sealed', counter: 'totpSecrets' },
];

/**
 * Key rotation (`npm run keys:rotate`): re-seals every counseling note and every TOTP secret that
 * is not yet under the ring's active key. One transaction per batch, so a run can stop at any
 * point and start again; values already under the active key are skipped, so running it twice
 * changes nothing the second time. Each batch appends one audit row per Center it touched.
 * A value whose key is missing from the ring stops the run (its batch rolls back): the old key
 * must stay in ENCRYPTION_KEYS until this finishes.
 */
export async function resealAll(
  db: Db,
  keyRing: KeyRing,
  options: { batchSize?: number; onBatch?: (report: ResealReport) => void } = {},
): Promise<ResealReport> {
  const batchSize = options.batchSize ?? 500;
  const prefix = `v1:${keyRing.activeKeyId}:`;
  const report: ResealReport = { activeKeyId: keyRing.activeKeyId, notes: 0, totpSecrets: 0 };
  for (const { column, counter } of columns) {
    let after: { centerId: string; id: string } | null = null;
    for (;;) {
      const done: number = await db.transaction().execute(async (trx) => {
        const batch = await lockStaleSealedBatch(trx, column, prefix, after, batchSize);
        const perCenter = new Map<string, number>();
        for (const row of batch) {
          await updateSealedValue(
            trx,
            column,
            row,
            sealText(openText(row.sealed, keyRing), keyRing),
          );
          perCenter.set(row.center_id, (perCenter.get(row.center_id) ?? 0) + 1);
        }
        for (const [centerId, count] of perCenter) {
          await recordAudit(
            trx,
            { centerId, staffId: null, role: null, ip: null },
            {
              action: 'crypto.reseal',
              entity: column.split('.')[0] ?? column,
              details: { column, count, keyId: keyRing.activeKeyId },
            },
          );
        }
        const last = batch.at(-1);
        after = last ? { centerId: last.center_id, id: last.id } : after;
        return batch.length;
      });
      report[counter] += done;
      if (done > 0) options.onBatch?.({ ...report });
      if (done < batchSize) break;
    }
  }
  return report;
}
