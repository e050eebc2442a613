import type { Db } from '../../db/connection.js';
import { ANONYMOUS_NAME } from '../gdpr/anonymisation-plan.js';
import type { ReminderSettings } from '../messaging/reminder-scheduler.js';
import { mailRegistration } from './event-notices.js';
import { CONTACT_RETENTION_MONTHS } from './event-rules.js';
import { lockEvent } from './events.repository.js';
import { anonymiseLapsedContacts, listEventsWithLapsedOffers } from './registrations.repository.js';
import { lockDueReminders, markReminded } from './reminders.repository.js';
import { expireOffersOf } from './waitlist-offers.js';

const BATCH = 100;

/**
 * Run by the messaging worker's minute tick: expires unanswered waitlist offers (promoting the
 * next in line), queues event reminders, and removes the contact details of non-residents a year
 * after their event. Returns how many rows it changed or queued.
 */
export async function runEventJobs(
  db: Db,
  settings: ReminderSettings,
  now = new Date(),
): Promise<number> {
  const base = { keyRing: settings.keyRing, origin: settings.publicUrl ?? null };
  let changed = 0;
  for (const { center_id, event_id } of await listEventsWithLapsedOffers(db, now, BATCH)) {
    changed += await db.transaction().execute(async (trx) => {
      const event = await lockEvent(trx, center_id, event_id);
      return event ? expireOffersOf(trx, base, event, now) : 0;
    });
  }
  changed += await db.transaction().execute(async (trx) => {
    // SKIP LOCKED: two processes' ticks share the work and never remind anyone twice.
    const due = await lockDueReminders(trx, now, settings.hoursBefore, BATCH);
    for (const { event, registration } of due) {
      await mailRegistration(trx, base, 'event.reminder', event, registration);
      await markReminded(trx, registration.center_id, registration.id, now);
    }
    return due.length;
  });
  const endedBefore = new Date(now);
  endedBefore.setUTCMonth(endedBefore.getUTCMonth() - CONTACT_RETENTION_MONTHS);
  changed += await anonymiseLapsedContacts(db, endedBefore, ANONYMOUS_NAME, BATCH);
  return changed;
}
