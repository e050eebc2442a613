import type { Db } from '../../db/connection.js';
import { enqueueMail } from '../appointments/booking/outbox.repository.js';
import type { ReminderSettings } from '../messaging/reminder-scheduler.js';
import { notifyStaff } from '../notifications/notifications.service.js';
import { overdueMail } from './referral-mail.js';
import { destinationName } from './referrals.presenter.js';
import { claimOverdueReferrals, markReminded } from './referral-reminders.repository.js';

/**
 * Run by the messaging worker's minute tick: reminds case workers of overdue referrals (at most
 * once a day per referral), in the app and by e-mail when they have an address. Returns how many
 * reminders were written.
 */
export async function scheduleReferralReminders(
  db: Db,
  settings: ReminderSettings,
  now = new Date(),
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const overdue = await claimOverdueReferrals(trx, now);
    for (const row of overdue) {
      const destination = destinationName(row);
      await notifyStaff(trx, row.center_id, [row.owner_id], {
        kind: 'referral.overdue',
        details: { referralId: row.id, dueOn: row.due_on, destination },
      });
      if (row.owner_email) {
        const url = settings.publicUrl ? `${settings.publicUrl}/staff/referrals/${row.id}` : null;
        const mail = overdueMail({ destination, dueOn: row.due_on, url });
        await enqueueMail(trx, {
          center_id: row.center_id,
          kind: 'referral.overdue',
          to: row.owner_email,
          subject: mail.subject,
          body: mail.body,
          ics: null,
        });
      }
      await markReminded(trx, row.center_id, row.id, now);
    }
    return overdue.length;
  });
}
