import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';

export type Channel = 'email' | 'sms';
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';

/** A message this worker holds a claim on. */
export interface ClaimedMessage {
  centerId: string;
  id: string;
  kind: string;
  channel: Channel;
  to: string;
  subject: string;
  body: string;
  ics: string | null;
  attempts: number;
  claimToken: string;
  appointmentId: string | null;
  appointmentStartsAt: Date | null;
}

interface ClaimRow {
  center_id: string;
  id: string;
  kind: string;
  channel: Channel;
  to: string;
  subject: string;
  body: string;
  ics: string | null;
  attempts: number;
  claim_token: string;
  appointment_id: string | null;
  appointment_starts_at: Date | null;
}

/**
 * Claims the next due message of the given channels, in a transaction of its own that commits
 * before anything is sent. SKIP LOCKED lets workers in any number of processes share the outbox;
 * a `sending` message whose lease has run out (its worker died) is due again. The attempt is
 * counted at the claim, so a message that crashes its worker every time still ends `failed`.
 */
export async function claimNextMessage(
  db: Db,
  channels: readonly Channel[],
  now: Date,
  leaseMs: number,
): Promise<ClaimedMessage | null> {
  const result = await sql<ClaimRow>`
    UPDATE outbox_messages o SET
      status = 'sending',
      attempts = o.attempts + 1,
      claim_token = ${randomUUID()}::uuid,
      next_attempt_at = ${new Date(now.getTime() + leaseMs).toISOString()}::timestamptz
    FROM (
      SELECT center_id, id FROM outbox_messages
      WHERE status IN ('pending', 'sending')
        AND next_attempt_at <= ${now.toISOString()}::timestamptz
        AND channel = ANY(${channels}::text[])
      ORDER BY next_attempt_at, created_at
      LIMIT 1
      FOR UPDATE SKIP LOCKED) due
    WHERE o.center_id = due.center_id AND o.id = due.id
    RETURNING o.center_id, o.id, o.kind, o.channel, o."to", o.subject, o.body, o.ics,
      o.attempts, o.claim_token, o.appointment_id, o.appointment_starts_at
  `.execute(db);
  const row = result.rows[0];
  if (!row) return null;
  return {
    centerId: row.center_id,
    id: row.id,
    kind: row.kind,
    channel: row.channel,
    to: row.to,
    subject: row.subject,
    body: row.body,
    ics: row.ics,
    attempts: row.attempts,
    claimToken: row.claim_token,
    appointmentId: row.appointment_id,
    appointmentStartsAt: row.appointment_starts_at,
  };
}

export type Settlement =
  | { status: 'sent' }
  | { status: 'skipped'; reason: string }
  | { status: 'pending'; nextAttemptAt: Date; error: string }
  | { status: 'failed'; error: string };

/**
 * Records how a claimed message ended. Only the current claim may settle it: false means the
 * lease ran out and another worker took the message over (this one was too slow).
 */
export async function settleMessage(
  db: Db,
  message: ClaimedMessage,
  settlement: Settlement,
  now: Date,
): Promise<boolean> {
  const nextAttemptAt = settlement.status === 'pending' ? settlement.nextAttemptAt : now;
  const error =
    settlement.status === 'pending' || settlement.status === 'failed'
      ? settlement.error
      : settlement.status === 'skipped'
        ? settlement.reason
        : null;
  const result = await sql`
    UPDATE outbox_messages SET
      status = ${settlement.status},
      sent_at = ${settlement.status === 'sent' ? now.toISOString() : null}::timestamptz,
      next_attempt_at = ${nextAttemptAt.toISOString()}::timestamptz,
      last_error = ${error},
      claim_token = NULL
    WHERE center_id = ${message.centerId} AND id = ${message.id}
      AND claim_token = ${message.claimToken}::uuid
  `.execute(db);
  return Number(result.numAffectedRows ?? 0) === 1;
}

/** A reminder is only worth sending while its appointment is still booked at that time. */
export async function reminderStillWanted(
  db: Db,
  message: ClaimedMessage,
  now: Date,
): Promise<boolean> {
  if (!message.appointmentId || !message.appointmentStartsAt) return true;
  const result = await sql<{ ok: boolean }>`
    SELECT true AS ok FROM appointments
    WHERE center_id = ${message.centerId} AND id = ${message.appointmentId}
      AND status = 'booked'
      AND starts_at = ${message.appointmentStartsAt.toISOString()}::timestamptz
      AND starts_at > ${now.toISOString()}::timestamptz
  `.execute(db);
  return result.rows.length > 0;
}

/** Failed messages of a Center back in the queue (after the SMTP settings were fixed, say). */
export async function requeueFailedMessages(db: Db, centerId: string, now: Date): Promise<number> {
  const result = await sql`
    UPDATE outbox_messages SET status = 'pending', attempts = 0,
      next_attempt_at = ${now.toISOString()}::timestamptz
    WHERE center_id = ${centerId} AND status = 'failed'
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
