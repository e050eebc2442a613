import type { Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { NotificationsTable } from '../counseling/counseling.tables.js';

export type NotificationRow = Selectable<NotificationsTable>;

export async function insertNotifications(
  db: Db,
  centerId: string,
  recipientIds: readonly string[],
  notice: { kind: string; details: Record<string, unknown> },
): Promise<void> {
  if (recipientIds.length === 0) return;
  await db
    .insertInto('notifications')
    .values(
      recipientIds.map((recipientId) => ({
        center_id: centerId,
        recipient_id: recipientId,
        kind: notice.kind,
        details: JSON.stringify(notice.details),
      })),
    )
    .execute();
}

export function listNotificationsOf(
  db: Db,
  centerId: string,
  recipientId: string,
  limit: number,
): Promise<NotificationRow[]> {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('recipient_id', '=', recipientId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Marks read once (the first time counts); someone else's notification matches nothing. */
export async function markNotificationRead(
  db: Db,
  centerId: string,
  recipientId: string,
  id: string,
): Promise<NotificationRow | undefined> {
  return db
    .updateTable('notifications')
    .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(new Date())) }))
    .where('center_id', '=', centerId)
    .where('recipient_id', '=', recipientId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}
