import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import {
  insertNotifications,
  listNotificationsOf,
  markNotificationRead,
  type NotificationRow,
} from './notifications.repository.js';
import type { NotificationView } from './notifications.schemas.js';

const LIST_LIMIT = 100;

/**
 * The one way a module notifies staff, inside its own transaction: the notice exists exactly when
 * what it announces was committed. `details` must carry identifiers and reasons, never content.
 */
export async function notifyStaff(
  trx: Db,
  centerId: string,
  recipientIds: readonly string[],
  notice: { kind: string; details: Record<string, unknown> },
): Promise<void> {
  await insertNotifications(trx, centerId, recipientIds, notice);
}

export async function listMyNotifications(db: Db, actor: Actor): Promise<NotificationView[]> {
  if (!actor.staffId) throw new AppError('not_signed_in');
  const rows = await listNotificationsOf(db, actor.centerId, actor.staffId, LIST_LIMIT);
  return rows.map(presentNotification);
}

export async function readNotification(
  db: Db,
  actor: Actor,
  id: string,
): Promise<NotificationView> {
  if (!actor.staffId) throw new AppError('not_signed_in');
  const row = await markNotificationRead(db, actor.centerId, actor.staffId, id);
  if (!row) throw new AppError('not_found');
  return presentNotification(row);
}

function presentNotification(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
    details: row.details,
  };
}
