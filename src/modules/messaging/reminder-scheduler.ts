import type { Db } from '../../db/connection.js';
import type { KeyRing } from '../../lib/crypto.js';
import { appointmentLinks } from '../appointments/booking/booking.presenter.js';
import { composeReminder } from './reminder-text.js';
import {
  findDueReminders,
  insertReminders,
  tryScanLock,
  type DueReminder,
  type NewReminder,
} from './reminders.repository.js';

export interface ReminderSettings {
  hoursBefore: number;
  keyRing: KeyRing;
  /** PUBLIC_URL: the portal's origin for cancel links; else where the booking came from, if known. */
  publicUrl?: string | undefined;
}

/**
 * Queues the reminders due at `now` into the outbox, in one transaction under an advisory lock
 * (one scanner across processes). Returns how many were queued; 0 when another process scans.
 */
export async function scheduleReminders(
  db: Db,
  settings: ReminderSettings,
  now = new Date(),
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if (!(await tryScanLock(trx))) return 0;
    const due = await findDueReminders(trx, now, settings.hoursBefore);
    return insertReminders(
      trx,
      due.flatMap((row) => remindersOf(row, settings)),
    );
  });
}

/**
 * The e-mail and/or SMS of one appointment. Appointments do not record the booking's language;
 * only one booked from a waitlist offer does (through the entry), so Greek is the default.
 */
function remindersOf(row: DueReminder, settings: ReminderSettings): NewReminder[] {
  const language = row.language ?? 'el';
  const el = language === 'el';
  const origin = settings.publicUrl ?? row.link_origin ?? null;
  const links = origin ? appointmentLinks({ keyRing: settings.keyRing, origin }, row) : null;
  const text = composeReminder({
    language,
    zone: row.timezone,
    centerName: el ? row.center_name_el : row.center_name_en,
    address: `${row.street} ${row.street_number}, ${row.postcode} ${el ? row.city_el : row.city_en}`,
    phones: row.phones,
    typeName: el ? row.type_name_el : row.type_name_en,
    staffName: row.staff_name,
    startsAt: row.starts_at,
    links: links ? { cancel: links.cancelUrl, move: links.moveUrl } : null,
  });
  const base = {
    centerId: row.center_id,
    appointmentId: row.id,
    appointmentStartsAt: row.starts_at,
    subject: text.subject,
  };
  const reminders: NewReminder[] = [];
  if (row.contact_email) {
    reminders.push({ ...base, channel: 'email', to: row.contact_email, body: text.body });
  }
  if (row.contact_phone) {
    reminders.push({ ...base, channel: 'sms', to: row.contact_phone, body: text.sms });
  }
  return reminders;
}
