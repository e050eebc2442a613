import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../lib/app-error.js';
import type { StoredResponse } from './booking.tables.js';
import {
  claimIdempotencyKey,
  findIdempotencyKey,
  storeIdempotentResponse,
} from './idempotency.repository.js';
import { requestHash } from './request-hash.js';

export interface IdempotentCall {
  centerId: string;
  key: string;
  route: string;
  body: unknown;
}

/** The statements the work runs first and last inside its transaction. */
export interface IdempotencySteps {
  claim: (trx: Db) => Promise<void>;
  store: (trx: Db, response: StoredResponse) => Promise<void>;
}

const UNIQUE_VIOLATION = '23505';

/**
 * Runs a public POST once per key: the same key with the same body gets the first answer again;
 * with another body, 422. The key is claimed in the work's own transaction, so a retry racing
 * the first attempt waits for it and then replays its answer, and a failed attempt leaves no key.
 */
export async function runOnce(
  db: Db,
  call: IdempotentCall,
  work: (steps: IdempotencySteps) => Promise<StoredResponse>,
): Promise<StoredResponse> {
  const hash = requestHash(call.route, call.body);
  const earlier = await replay(db, call, hash);
  if (earlier) return earlier;
  try {
    return await work({
      claim: (trx) => claimIdempotencyKey(trx, call.centerId, call.key, hash),
      store: (trx, response) => storeIdempotentResponse(trx, call.centerId, call.key, response),
    });
  } catch (error) {
    if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION) throw error;
    const answer = await replay(db, call, hash);
    if (!answer) throw error;
    return answer;
  }
}

async function replay(
  db: Db,
  call: IdempotentCall,
  hash: string,
): Promise<StoredResponse | undefined> {
  const row = await findIdempotencyKey(db, call.centerId, call.key);
  if (!row) return undefined;
  if (row.request_hash !== hash) {
    throw new AppError('idempotency_key_reused', { field: 'headers.idempotency-key' });
  }
  return row.response ?? undefined;
}
