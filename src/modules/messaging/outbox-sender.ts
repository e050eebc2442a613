import type { Db } from '../../db/connection.js';
import { afterFailure, isServerDown, toSendError } from './delivery-policy.js';
import {
  claimNextMessage,
  reminderStillWanted,
  settleMessage,
  type Channel,
  type ClaimedMessage,
  type Settlement,
} from './outbox-delivery.repository.js';
import type { MailTransport } from './smtp-transport.js';
import type { SmsProvider } from './sms-provider.js';

export interface SenderLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface SenderOptions {
  db: Db;
  /** Absent when SMTP_URL is unset: e-mails then wait in the outbox, untouched. */
  mail: MailTransport | null;
  sms: SmsProvider;
  log: SenderLog;
  /** How long a claim holds; past it the message is presumed orphaned and is tried again. */
  leaseMs?: number;
}

export interface DeliveryRound {
  sent: number;
  retrying: number;
  failed: number;
  skipped: number;
}

export interface OutboxSender {
  /** Sends every message due at `now`, one claim at a time, until none is left. */
  deliverDue(now?: Date): Promise<DeliveryRound>;
}

/**
 * Delivery of the outbox: claim (committed) → send → settle (committed). A crash between the
 * server's acceptance and the settle leaves the message `sending`; when the lease runs out it is
 * sent again with the same Message-ID (at-least-once with deduplication, ADR 0010).
 * Logs carry the message id and kind only, never addresses, numbers or text.
 */
export function createOutboxSender(options: SenderOptions): OutboxSender {
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const channels: Channel[] = options.mail ? ['email', 'sms'] : ['sms'];

  const send = async (message: ClaimedMessage) => {
    if (message.channel === 'sms') {
      await options.sms.send({ messageId: message.id, to: message.to, text: message.body });
    } else if (options.mail) {
      await options.mail.send({
        outboxId: message.id,
        to: message.to,
        subject: message.subject,
        body: message.body,
        ics: message.ics,
      });
    }
  };

  const deliverOne = async (message: ClaimedMessage, now: Date) => {
    if (!(await reminderStillWanted(options.db, message, now))) {
      return { settlement: { status: 'skipped', reason: 'appointment changed' } as Settlement };
    }
    try {
      await send(message);
      return { settlement: { status: 'sent' } as Settlement };
    } catch (error) {
      const sendError = toSendError(error);
      return {
        settlement: afterFailure(message.attempts, sendError, now) as Settlement,
        serverDown: isServerDown(sendError),
      };
    }
  };

  return {
    deliverDue: async (at) => {
      const round: DeliveryRound = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
      let open = channels;
      while (open.length > 0) {
        const now = at ?? new Date();
        const message = await claimNextMessage(options.db, open, now, leaseMs);
        if (!message) break;
        const { settlement, serverDown } = await deliverOne(message, now);
        const settled = await settleMessage(options.db, message, settlement, now);
        const details = { messageId: message.id, kind: message.kind, channel: message.channel };
        if (!settled) options.log.warn(details, 'outbox claim lost to another worker');
        if (settlement.status === 'sent') round.sent++;
        else if (settlement.status === 'skipped') round.skipped++;
        else {
          if (settlement.status === 'failed') round.failed++;
          else round.retrying++;
          options.log.warn(
            {
              ...details,
              attempts: message.attempts,
              status: settlement.status,
              error: settlement.error,
            },
            'outbox message not sent',
          );
        }
        // The server is unreachable: the channel's next messages would fail the same way; they
        // wait for the next round instead of spending their attempts now.
        if (serverDown) open = open.filter((channel) => channel !== message.channel);
      }
      return round;
    },
  };
}
