import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../lib/app-error.js';
import { randomToken, sha256Hex } from '../../../lib/crypto.js';
import type { Actor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { listAgenda } from './appointments.repository.js';
import { renderCalendar } from './booking-ics.js';
import { findFeedByTokenHash, replaceFeedToken } from './feeds.repository.js';

/** The feed covers a month back (for reference) and half a year ahead. */
const FEED_PAST_DAYS = 30;
const FEED_FUTURE_DAYS = 183;
const DAY_MS = 86_400_000;

/**
 * A new secret feed URL for the signed-in staff member; the previous one stops working. Only
 * the token's hash is stored, so a database dump does not reveal anyone's agenda URL.
 */
export async function createFeedToken(
  db: Db,
  actor: Actor,
  origin: string,
): Promise<{ url: string }> {
  const staffId = actor.staffId;
  if (!staffId) throw new AppError('not_signed_in');
  const token = randomToken(32);
  await db.transaction().execute(async (trx) => {
    await replaceFeedToken(trx, actor.centerId, staffId, sha256Hex(token));
    await recordAudit(trx, actor, {
      action: 'calendar_feed.create',
      entity: 'staff',
      recordId: staffId,
    });
  });
  return { url: `${origin}/api/public/calendar/${token}.ics` };
}

/**
 * The staff member's agenda as iCalendar. Calendar apps keep copies on phones and in clouds,
 * so events carry the type of appointment only: no resident's name, contact or reason.
 */
export async function renderFeed(db: Db, token: string, now = new Date()): Promise<string> {
  const feed = await findFeedByTokenHash(db, sha256Hex(token));
  if (!feed || feed.status !== 'active') throw new AppError('not_found');
  const rows = await listAgenda(db, feed.center_id, {
    from: new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS),
    to: new Date(now.getTime() + FEED_FUTURE_DAYS * DAY_MS),
    staffId: feed.staff_id,
    statuses: ['booked', 'checked_in', 'completed'],
  });
  return renderCalendar(
    rows.map((row) => ({
      uid: `${row.id}@koinotita`,
      title: row.type_name_el,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
    })),
    feed.display_name,
  );
}
