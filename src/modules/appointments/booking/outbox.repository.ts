import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { OutboxMessagesTable } from './booking.tables.js';

/**
 * Queues an e-mail inside the caller's transaction: it exists only if the booking commits, and
 * the worker that sends it (item 7) runs after the commit, never inside it.
 */
export async function enqueueMail(
  db: Db,
  message: Omit<Insertable<OutboxMessagesTable>, 'id' | 'created_at' | 'sent_at' | 'attempts'>,
): Promise<void> {
  await db.insertInto('outbox_messages').values(message).execute();
}
