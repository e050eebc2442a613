import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { startJobWorker } from '../../jobs/worker.js';
import {
  at,
  seedBookingWorld,
  workingDay,
  type BookingWorld,
} from '../appointments/booking/booking.fixtures.js';
import { recordingLog, TestSmtpServer } from './messaging.fixtures.js';
import { messagingHandlers } from './messaging.worker.js';
import { createOutboxSender, type OutboxSender } from './outbox-sender.js';
import { scheduleReminders, type ReminderSettings } from './reminder-scheduler.js';
import { createLogSmsProvider, type SmsMessage, type SmsProvider } from './sms-provider.js';
import { createSmtpTransport, messageIdFor, type MailTransport } from './smtp-transport.js';

const FROM = 'Κέντρο Κοινότητας <no-reply@kentro.example.gr>';
const HOUR = 3_600_000;

let database: TestDatabase;
let testApp: TestApp;
let world: BookingWorld;
let client: TestClient;
const smtp = new TestSmtpServer();
const transports: MailTransport[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db);
  world = await seedBookingWorld(database.db, testApp.keyRing, 'messaging-a');
  client = new TestClient(testApp.app, 'el');
  await client.get('/api/auth/csrf');
  await smtp.start();
});

afterAll(async () => {
  for (const transport of transports) transport.close();
  await smtp.stop();
  await testApp.app.close();
  await database.drop();
});

/** A "process": its own transport, SMS provider and sender over the shared database. */
function startSender(options: { mail?: MailTransport; sms?: SmsProvider; leaseMs?: number } = {}) {
  const log = recordingLog();
  const mail = options.mail ?? createSmtpTransport(smtp.url, FROM);
  transports.push(mail);
  const sms: SmsMessage[] = [];
  const logProvider = createLogSmsProvider(log);
  const provider: SmsProvider = options.sms ?? {
    name: 'log',
    send: async (message) => {
      sms.push(message);
      await logProvider.send(message);
    },
  };
  const sender = createOutboxSender({
    db: database.db,
    mail,
    sms: provider,
    log,
    ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
  });
  return { sender, log, sms };
}

const reminderSettings = (): ReminderSettings => ({
  hoursBefore: 24,
  keyRing: testApp.keyRing,
  publicUrl: 'https://kentro.example.gr',
});

/** Books through the public wizard; the confirmation lands in the outbox with the booking. */
async function book(startsAt: string, contact: { email?: string; phone?: string }) {
  const response = await client.request({
    method: 'POST',
    url: '/api/public/appointments?center=messaging-a',
    headers: { 'idempotency-key': randomUUID() },
    payload: {
      typeId: world.typeId,
      startsAt,
      name: 'Μαρία Παπαδοπούλου',
      consent: true,
      ...contact,
    },
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string; cancelUrl: string }>();
}

async function outboxOf(to: string) {
  const result = await sql<{
    id: string;
    kind: string;
    channel: string;
    status: string;
    attempts: number;
    last_error: string | null;
    sent_at: Date | null;
  }>`
    SELECT id, kind, channel, status, attempts, last_error, sent_at FROM outbox_messages
    WHERE "to" = ${to} ORDER BY created_at
  `.execute(database.db);
  return result.rows;
}

/** Sends everything queued so far (the confirmations) so a test starts from an empty outbox. */
async function flush(sender: OutboxSender) {
  await sender.deliverDue(new Date());
}

describe('outbox delivery over SMTP', () => {
  it('sends a booking confirmation once, through the job queue, with its .ics and Greek subject', async () => {
    const email = 'confirm@example.gr';
    const booked = await book(at(workingDay(3), '09:00'), { email });
    const { sender } = startSender();
    const worker = startJobWorker({
      db: database.db,
      handlers: messagingHandlers(database.db, sender, reminderSettings()),
      log: recordingLog(),
      pollMs: 60_000,
    });
    // The outbox insert queued a deliver job when the booking committed.
    await worker.drain();
    await worker.drain();
    await worker.stop();

    const received = smtp.to(email);
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail?.subject).toMatch(/^Επιβεβαίωση ραντεβού: /);
    expect(mail?.raw).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/im);
    expect(mail?.raw).toContain('text/calendar');
    expect(mail?.raw).toContain('appointment.ics');
    const [row] = await outboxOf(email);
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
    expect(mail?.messageId).toBe(messageIdFor(row?.id ?? '', FROM));
    expect(booked.id).toBeTruthy();

    await sender.deliverDue(new Date(Date.now() + HOUR));
    expect(smtp.to(email)).toHaveLength(1);
  });

  it('keeps a message while the SMTP server is down, retries with back-off, then delivers it once', async () => {
    const email = 'down@example.gr';
    await book(at(workingDay(3), '10:00'), { email });
    const { sender, log } = startSender();
    await smtp.stop();
    const t0 = new Date();

    const first = await sender.deliverDue(t0);
    expect(first).toMatchObject({ sent: 0, retrying: 1 });
    let [row] = await outboxOf(email);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, sent_at: null });
    expect(row?.last_error).toBeTruthy();
    expect(row?.last_error).not.toContain(email);

    // Backed off: not tried again at once, tried again after a minute, still kept.
    expect((await sender.deliverDue(t0)).retrying).toBe(0);
    await sender.deliverDue(new Date(t0.getTime() + 61_000));
    [row] = await outboxOf(email);
    expect(row).toMatchObject({ status: 'pending', attempts: 2, sent_at: null });

    await smtp.start();
    const back = await sender.deliverDue(new Date(t0.getTime() + 10 * 60_000));
    expect(back.sent).toBeGreaterThanOrEqual(1);
    [row] = await outboxOf(email);
    expect(row).toMatchObject({ status: 'sent', attempts: 3 });
    expect(smtp.to(email)).toHaveLength(1);
    await sender.deliverDue(new Date(t0.getTime() + 2 * HOUR));
    expect(smtp.to(email)).toHaveLength(1);
    expect(log.lines.join('\n')).not.toContain(email);
  });
});

describe('reminders', () => {
  it('reaches the SMTP server exactly once, also across a restart of the workers', async () => {
    const email = 'reminder@example.gr';
    const startsAt = new Date(at(workingDay(5), '09:00'));
    const booked = await book(startsAt.toISOString(), { email });
    const first = startSender();
    await flush(first.sender);
    const due = new Date(startsAt.getTime() - 24 * HOUR + 60_000);

    const queued = async () =>
      (await outboxOf(email)).filter((row) => row.kind === 'appointment.reminder').length;
    // Not yet due an hour earlier.
    await scheduleReminders(database.db, reminderSettings(), new Date(due.getTime() - HOUR));
    expect(await queued()).toBe(0);
    await scheduleReminders(database.db, reminderSettings(), due);
    expect(await queued()).toBe(1);
    // "Restart" between queueing and sending: new worker objects over the same database.
    const second = startSender();
    await scheduleReminders(database.db, reminderSettings(), due);
    await second.sender.deliverDue(due);
    // And again after sending: the rescan and the new sender add nothing.
    const third = startSender();
    await scheduleReminders(database.db, reminderSettings(), new Date(due.getTime() + 60_000));
    await third.sender.deliverDue(new Date(due.getTime() + 120_000));
    expect(await queued()).toBe(1);

    const reminders = smtp.to(email).filter((mail) => mail.subject.startsWith('Υπενθύμιση'));
    expect(reminders).toHaveLength(1);
    const text = reminders[0]?.text ?? '';
    expect(reminders[0]?.subject).toContain(':00');
    expect(text).toContain('Σας υπενθυμίζουμε το ραντεβού σας στο Κέντρο messaging-a.');
    expect(text).toContain(`https://kentro.example.gr/book/cancel/${booked.id}?token=`);
    expect(text).toMatch(/Διεύθυνση: .+, \d{3} ?\d{2} /);
    const rows = (await outboxOf(email)).filter((r) => r.kind === 'appointment.reminder');
    expect(rows).toMatchObject([{ status: 'sent', attempts: 1 }]);
  });

  it('re-sends with the same Message-ID when a worker died between the 250 OK and marking it sent', async () => {
    const email = 'crash@example.gr';
    const startsAt = new Date(at(workingDay(7), '09:00'));
    await book(startsAt.toISOString(), { email });
    await flush(startSender().sender);
    const due = new Date(startsAt.getTime() - 23 * HOUR);
    await scheduleReminders(database.db, reminderSettings(), due);

    // This process's transport hands the message to the server, then the process "dies".
    const real = createSmtpTransport(smtp.url, FROM);
    const dying: MailTransport = {
      send: async (mail) => {
        await real.send(mail);
        await new Promise(() => undefined);
      },
      close: () => real.close(),
    };
    const doomed = startSender({ mail: dying, leaseMs: 5 * 60_000 });
    void doomed.sender.deliverDue(due);
    const reminders = () => smtp.to(email).filter((mail) => mail.subject.startsWith('Υπενθύμιση'));
    await waitFor(() => reminders().length === 1);

    // Within the lease nobody touches it; after it, the restarted worker sends it again.
    const restarted = startSender();
    await restarted.sender.deliverDue(new Date(due.getTime() + 60_000));
    expect(reminders()).toHaveLength(1);
    await restarted.sender.deliverDue(new Date(due.getTime() + 6 * 60_000));
    const copies = reminders();
    expect(copies).toHaveLength(2);
    expect(copies[1]?.messageId).toBe(copies[0]?.messageId);
    const rows = (await outboxOf(email)).filter((r) => r.kind === 'appointment.reminder');
    expect(rows).toMatchObject([{ status: 'sent', attempts: 2 }]);
  });

  it('sends no reminder for a cancelled appointment, and one for the new time of a moved one', async () => {
    const cancelled = 'cancelled@example.gr';
    const moved = 'moved@example.gr';
    const day = workingDay(9);
    const a = await book(at(day, '09:00'), { email: cancelled });
    const b = await book(at(day, '11:00'), { email: moved });
    const { sender } = startSender();
    await flush(sender);
    const startsAt = new Date(at(day, '09:00'));
    const due = new Date(startsAt.getTime() - 20 * HOUR);

    // Queued, then cancelled before it went out: skipped, not sent.
    await scheduleReminders(database.db, reminderSettings(), due);
    await database.db
      .updateTable('appointments')
      .set({ status: 'cancelled' })
      .where('id', '=', a.id)
      .execute();
    // Moved an hour later: the old reminder is skipped, the new time gets its own.
    const newStart = new Date(at(day, '12:00'));
    await database.db
      .updateTable('appointments')
      .set({
        starts_at: newStart,
        ends_at: new Date(newStart.getTime() + 30 * 60_000),
        blocked_until: new Date(newStart.getTime() + 30 * 60_000),
      })
      .where('id', '=', b.id)
      .execute();
    expect(await scheduleReminders(database.db, reminderSettings(), due)).toBe(1);
    await sender.deliverDue(due);
    expect(
      await scheduleReminders(database.db, reminderSettings(), new Date(due.getTime() + HOUR)),
    ).toBe(0);

    expect(smtp.to(cancelled).filter((m) => m.subject.startsWith('Υπενθύμιση'))).toHaveLength(0);
    const reminders = smtp.to(moved).filter((m) => m.subject.startsWith('Υπενθύμιση'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.subject).toContain('12:00');
    const statuses = (await outboxOf(moved))
      .filter((r) => r.kind === 'appointment.reminder')
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual(['sent', 'skipped']);
    expect(
      (await outboxOf(cancelled)).filter((r) => r.kind === 'appointment.reminder'),
    ).toMatchObject([{ status: 'skipped' }]);
  });

  it('sends the SMS reminder through the provider, and the log line holds no number or text', async () => {
    const day = workingDay(11);
    const startsAt = new Date(at(day, '13:00'));
    await book(startsAt.toISOString(), { phone: '6912345678' });
    const { sender, log, sms } = startSender();
    await flush(sender);
    const due = new Date(startsAt.getTime() - 24 * HOUR + 60_000);
    await scheduleReminders(database.db, reminderSettings(), due);
    await sender.deliverDue(due);
    await scheduleReminders(database.db, reminderSettings(), new Date(due.getTime() + 60_000));
    await startSender().sender.deliverDue(new Date(due.getTime() + HOUR));

    const mine = sms.filter((m) => m.to === '+306912345678');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.text).toMatch(/^Υπενθύμιση ραντεβού: /);
    expect(mine[0]?.text).toContain('Κέντρο messaging-a');
    expect(mine[0]?.text).toContain('https://kentro.example.gr/book/cancel/');
    const lines = log.lines.filter((line) => line.includes('sms sent'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(mine[0]?.messageId);
    expect(lines[0]).not.toMatch(/6912345678|Υπενθύμιση/);
    const rows = await outboxOf('+306912345678');
    expect(rows).toMatchObject([{ channel: 'sms', status: 'sent', attempts: 1 }]);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
