import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import type { DocumentStorage } from '../documents/storage.js';
import { deleteStoredFiles, eraseResident } from './anonymise.service.js';
import { retentionCutoff } from './retention.js';
import { listFilesDueForRetention, withRetentionLock } from './retention.repository.js';

export interface RetentionResult {
  anonymised: number;
  /** Due, but kept because a case is still open. */
  skippedOpenCase: number;
}

/**
 * Anonymises every file past its retention period (see retention.ts). Each file in its own
 * transaction, so one refusal does not stop the rest; running it twice changes nothing more.
 */
export async function runRetention(
  db: Db,
  options: { now: Date; retentionYears: number; storage?: DocumentStorage },
): Promise<RetentionResult> {
  const result: RetentionResult = { anonymised: 0, skippedOpenCase: 0 };
  const due = await listFilesDueForRetention(
    db,
    retentionCutoff(options.now, options.retentionYears),
  );
  for (const file of due) {
    // The system acts, not a person: the audit row has no actor and gives the reason.
    const actor: Actor = { centerId: file.center_id, staffId: null, role: null, ip: null };
    try {
      const { documentIds } = await db
        .transaction()
        .execute((trx) => eraseResident(trx, actor, file.id, 'retention'));
      if (options.storage) await deleteStoredFiles(options.storage, file.center_id, documentIds);
      result.anonymised += 1;
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'erasure_refused')) throw error;
      if (error.params.reason === 'open_case') result.skippedOpenCase += 1;
    }
  }
  return result;
}

/** The same, but only if no other process is running it now (null when one is). */
export function runRetentionExclusively(
  db: Db,
  options: { now: Date; retentionYears: number; storage?: DocumentStorage },
): Promise<RetentionResult | null> {
  return withRetentionLock(db, () => runRetention(db, options));
}
