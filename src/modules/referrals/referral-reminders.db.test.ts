import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../../test/helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { recordingLog, TestSmtpServer } from '../messaging/messaging.fixtures.js';
import { createOutboxSender } from '../messaging/outbox-sender.js';
import type { ReminderSettings } from '../messaging/reminder-scheduler.js';
import { createSmtpTransport } from '../messaging/smtp-transport.js';
import { scheduleReferralReminders } from './referral-reminders.js';
import { seedReferralWorld, type ReferralWorld } from './referrals.fixtures.js';

const DAY = 86_400_000;
const WORKER_EMAIL = 'worker@kentro.example.gr';

let database: TestDatabase;
let testApp: TestApp;
let world: ReferralWorld;
let worker: TestClient;
let settings: ReminderSettings;
const smtp = new TestSmtpServer();

beforeAll(async () => {
  database = await createTestDatabase();
  testApp = await createTestApp(database.db, { PUBLIC_URL: 'https://kentro.example.gr' });
  world = await seedReferralWorld(database.db, testApp.keyRing, 'reminders-a', {
    workerEmail: WORKER_EMAIL,
    partnerEmail: 'kpsy@example.gr',
  });
  worker = new TestClient(testApp.app, 'el');
  expect((await worker.signIn(world.worker)).statusCode).toBe(200);
  settings = { hoursBefore: 24, keyRing: testApp.keyRing, publicUrl: 'https://kentro.example.gr' };
  await smtp.start();
});

afterAll(async () => {
  await smtp.stop();
  await testApp.app.close();
  await database.drop();
});

async function referral(dueOn: string): Promise<string> {
  const response = await worker.post('/api/referrals', {
    residentId: world.residentId,
    caseId: world.caseId,
    serviceId: world.serviceId,
    reason: 'Στέγαση.',
    urgency: 'routine',
    sharedCategories: [],
  });
  const id = response.json().id as string;
  // Created in the past: its due day has come and gone.
  await database.db.updateTable('referrals').set({ due_on: dueOn }).where('id', '=', id).execute();
  return id;
}

async function remindersOf(id: string) {
  const notices = await database.db
    .selectFrom('notifications')
    .select(['recipient_id', 'details'])
    .where('kind', '=', 'referral.overdue')
    .execute();
  const mails = await database.db
    .selectFrom('outbox_messages')
    .select(['to', 'subject', 'body'])
    .where('kind', '=', 'referral.overdue')
    .where('body', 'like', `%${id}%`)
    .execute();
  return {
    notices: notices.filter((n) => (n.details as { referralId: string }).referralId === id),
    mails,
  };
}

describe('overdue reminders', () => {
  it('reminds the owner in the app and by e-mail, once a day, never for closed referrals', async () => {
    const now = new Date('2026-05-11T09:00:00Z');
    const overdue = await referral('2026-05-08');
    const dueToday = await referral('2026-05-11');
    const closed = await referral('2026-05-01');
    await worker.post(`/api/referrals/${closed}/status`, { status: 'cancelled' });

    expect(await scheduleReferralReminders(database.db, settings, now)).toBe(1);
    const first = await remindersOf(overdue);
    expect(first.notices).toEqual([
      {
        recipient_id: world.worker.staff.id,
        details: expect.objectContaining({ referralId: overdue, dueOn: '2026-05-08' }) as object,
      },
    ]);
    expect(first.mails).toEqual([
      {
        to: WORKER_EMAIL,
        subject: 'Εκπρόθεσμη παραπομπή (προθεσμία 2026-05-08)',
        body: expect.stringContaining(
          `https://kentro.example.gr/staff/referrals/${overdue}`,
        ) as string,
      },
    ]);
    expect(first.mails[0]?.body).not.toContain('Παπαδοπούλου');
    expect((await remindersOf(dueToday)).notices).toHaveLength(0);
    expect((await remindersOf(closed)).notices).toHaveLength(0);

    // The worker ticks every minute: later the same Athens day, nothing new.
    expect(
      await scheduleReferralReminders(database.db, settings, new Date(now.getTime() + 60_000)),
    ).toBe(0);
    expect(
      await scheduleReferralReminders(database.db, settings, new Date('2026-05-11T20:59:00Z')),
    ).toBe(0);
    // Past midnight in Athens (21:00 UTC in summer) it is another day: the overdue one is
    // reminded again, and the one due yesterday is overdue now.
    expect(
      await scheduleReferralReminders(database.db, settings, new Date('2026-05-11T21:01:00Z')),
    ).toBe(2);
    expect((await remindersOf(overdue)).notices).toHaveLength(2);
    expect((await remindersOf(dueToday)).notices).toHaveLength(1);
    expect(
      await scheduleReferralReminders(database.db, settings, new Date(now.getTime() + DAY)),
    ).toBe(0);

    // Once answered and closed, the reminders stop.
    await worker.post(`/api/referrals/${overdue}/status`, {
      status: 'rejected',
      reason: 'no_capacity',
    });
    expect(
      await scheduleReferralReminders(database.db, settings, new Date(now.getTime() + 3 * DAY)),
    ).toBe(1);
    expect((await remindersOf(overdue)).notices).toHaveLength(2);
  });
});

describe('e-mail down', () => {
  it("keeps the partner's e-mail in the outbox and delivers it when the server is back", async () => {
    const id = await referral('2099-01-01');
    const log = recordingLog();
    const mail = createSmtpTransport(smtp.url, 'Κέντρο <no-reply@kentro.example.gr>');
    const sender = createOutboxSender({
      db: database.db,
      mail,
      sms: { name: 'none', send: async () => {} },
      log,
    });
    await smtp.stop();
    try {
      const t0 = new Date();
      const round = await sender.deliverDue(t0);
      expect(round.sent).toBe(0);
      const waiting = await database.db
        .selectFrom('outbox_messages')
        .select([sql<string>`status`.as('status'), 'sent_at'])
        .where('kind', '=', 'referral.partner_link')
        .where('body', 'like', `%${id}%`)
        .executeTakeFirstOrThrow();
      // Still there, still to send (the sender stops a round at the first sign the server is down).
      expect(waiting).toEqual({ status: 'pending', sent_at: null });

      await smtp.start();
      await sender.deliverDue(new Date(t0.getTime() + 10 * 60_000));
      const received = smtp.to('kpsy@example.gr').filter((m) => m.text.includes(id));
      expect(received).toHaveLength(1);
      expect(received[0]?.subject).toContain('Νέα παραπομπή');
      expect(received[0]?.text).toContain(`/partner/referrals/${id}?token=`);
      expect(log.lines.join('\n')).not.toContain('kpsy@example.gr');
    } finally {
      mail.close();
    }
  });
});
