import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/connection.js';
import { enqueueJobs } from '../../jobs/jobs.repository.js';
import { startJobWorker, type JobWorker } from '../../jobs/worker.js';
import type { KeyRing } from '../../lib/crypto.js';
import type { Config } from '../../server/config.js';
import { runEventJobs } from '../events/event-jobs.js';
import { scheduleReferralReminders } from '../referrals/referral-reminders.js';
import { createOutboxSender, type OutboxSender } from './outbox-sender.js';
import { scheduleReminders, type ReminderSettings } from './reminder-scheduler.js';
import { createSmsProvider } from './sms-provider.js';
import { createSmtpTransport } from './smtp-transport.js';

/** Queued by the outbox's insert trigger (0014) on commit, and by the minute's tick. */
export const DELIVER_JOB = 'messaging.deliver';
/** Every minute: queue due reminders, then retry what is due (back-off, expired leases). */
export const TICK_JOB = 'messaging.tick';

const TICK_EVERY_MS = 60_000;

/** The job handlers of messaging, for the worker of this process (and for tests). */
export function messagingHandlers(db: Db, sender: OutboxSender, reminders: ReminderSettings) {
  return {
    [DELIVER_JOB]: async () => {
      await sender.deliverDue();
    },
    [TICK_JOB]: async () => {
      await scheduleReminders(db, reminders);
      await scheduleReferralReminders(db, reminders);
      await runEventJobs(db, reminders);
      await sender.deliverDue();
    },
  };
}

/** Asks for a tick (at most one queued at a time); any process's worker may run it. */
export async function requestMessagingTick(db: Db): Promise<void> {
  await enqueueJobs(db, [{ kind: TICK_JOB, dedupeKey: 'all', maxAttempts: 1 }]);
}

/**
 * Starts this process's messaging worker over the job queue: it sends the outbox (booking
 * e-mails, reminders) after the writers commit and queues reminders every minute. Without
 * SMTP_URL e-mails stay queued, untouched, until a restart with it; SMS go to SMS_PROVIDER.
 */
export function startMessagingWorker(
  app: FastifyInstance,
  database: { db: Db; url: string },
  config: Readonly<Config>,
  keyRing: KeyRing,
): JobWorker {
  const mail = config.smtpUrl ? createSmtpTransport(config.smtpUrl, config.mailFrom) : null;
  if (!mail) {
    app.log.warn('E-mail disabled: SMTP_URL is not set; e-mails wait in the outbox until it is');
  }
  const sender = createOutboxSender({
    db: database.db,
    mail,
    sms: createSmsProvider(config.smsProvider, app.log),
    log: app.log,
  });
  const reminders: ReminderSettings = {
    hoursBefore: config.reminderHoursBefore,
    keyRing,
    publicUrl: config.publicUrl,
  };
  const worker = startJobWorker({
    db: database.db,
    listenUrl: database.url,
    handlers: messagingHandlers(database.db, sender, reminders),
    log: app.log,
  });
  const tick = () => {
    requestMessagingTick(database.db).catch((error: unknown) =>
      app.log.warn({ err: { message: (error as Error).message } }, 'messaging tick not queued'),
    );
  };
  tick();
  const timer = setInterval(tick, TICK_EVERY_MS);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await worker.stop();
    mail?.close();
  });
  return worker;
}
