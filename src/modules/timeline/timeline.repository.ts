import type { Db } from '../../db/connection.js';

export interface NewTimelineEntry {
  centerId: string;
  residentId: string;
  occurredAt: Date;
  kind: string;
  sourceId?: string | null;
  caseId?: string | null;
  actorId?: string | null;
  details?: Record<string, unknown>;
}

export async function insertTimelineEntry(db: Db, entry: NewTimelineEntry): Promise<void> {
  await db
    .insertInto('timeline_entries')
    .values({
      center_id: entry.centerId,
      resident_id: entry.residentId,
      occurred_at: entry.occurredAt,
      kind: entry.kind,
      source_id: entry.sourceId ?? null,
      case_id: entry.caseId ?? null,
      actor_id: entry.actorId ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

/** Newest first; the cursor is the last row's (occurred_at, id). */
export async function listTimelineEntries(
  db: Db,
  centerId: string,
  residentId: string,
  page: { before?: { occurredAt: Date; id: string }; limit: number },
) {
  let query = db
    .selectFrom('timeline_entries as t')
    .leftJoin('staff as s', (join) =>
      join.onRef('s.center_id', '=', 't.center_id').onRef('s.id', '=', 't.actor_id'),
    )
    .select([
      't.id',
      't.occurred_at',
      't.kind',
      't.source_id',
      't.case_id',
      't.details',
      's.display_name as actor_name',
    ])
    .where('t.center_id', '=', centerId)
    .where('t.resident_id', '=', residentId);
  const before = page.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([
        eb('t.occurred_at', '<', before.occurredAt),
        eb.and([eb('t.occurred_at', '=', before.occurredAt), eb('t.id', '<', before.id)]),
      ]),
    );
  }
  return query.orderBy('t.occurred_at', 'desc').orderBy('t.id', 'desc').limit(page.limit).execute();
}

/** When two files are merged, the surviving file takes the other's history. */
export async function moveTimelineEntries(
  db: Db,
  centerId: string,
  fromResidentId: string,
  toResidentId: string,
): Promise<number> {
  const result = await db
    .updateTable('timeline_entries')
    .set({ resident_id: toResidentId })
    .where('center_id', '=', centerId)
    .where('resident_id', '=', fromResidentId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
