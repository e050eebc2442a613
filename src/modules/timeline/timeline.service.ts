import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { findResidentById } from '../residents/residents.repository.js';
import { insertTimelineEntry, listTimelineEntries } from './timeline.repository.js';

/**
 * The one way a module puts something on a resident's timeline, inside its own transaction.
 * `details` must hold only what every reader of the file may see (never note content).
 */
export async function addTimelineEntry(
  trx: Db,
  actor: Actor,
  entry: {
    residentId: string;
    kind: string;
    occurredAt?: Date;
    sourceId?: string | null;
    caseId?: string | null;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await insertTimelineEntry(trx, {
    centerId: actor.centerId,
    actorId: actor.staffId,
    occurredAt: entry.occurredAt ?? new Date(),
    ...entry,
  });
}

export async function readTimeline(
  db: Db,
  actor: Actor,
  residentId: string,
  page: { before?: string; limit: number },
) {
  return db.transaction().execute(async (trx) => {
    if (!(await findResidentById(trx, actor.centerId, residentId))) throw new AppError('not_found');
    const rows = await listTimelineEntries(trx, actor.centerId, residentId, {
      before: decodeCursor(page.before),
      limit: page.limit,
    });
    await recordAudit(trx, actor, {
      action: 'resident.timeline.read',
      entity: 'resident',
      recordId: residentId,
    });
    const items = rows.map((row) => ({
      id: row.id,
      occurredAt: row.occurred_at.toISOString(),
      kind: row.kind,
      sourceId: row.source_id,
      caseId: row.case_id,
      actorName: row.actor_name ?? null,
      details: row.details,
    }));
    const last = rows.at(-1);
    const nextBefore =
      rows.length === page.limit && last ? `${last.occurred_at.toISOString()}_${last.id}` : null;
    return { items, nextBefore };
  });
}

function decodeCursor(cursor: string | undefined): { occurredAt: Date; id: string } | undefined {
  if (!cursor) return undefined;
  const [at, id] = cursor.split('_');
  const occurredAt = new Date(at ?? '');
  if (!id || Number.isNaN(occurredAt.getTime())) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'querystring.before', rule: 'invalid' }],
    });
  }
  return { occurredAt, id };
}
