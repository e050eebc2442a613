import { createTransport } from 'nodemailer';

/** One e-mail of the outbox, as the transport needs it. */
export interface OutgoingMail {
  /** The outbox row's id: the Message-ID is derived from it, so a re-send carries the same one. */
  outboxId: string;
  to: string;
  subject: string;
  body: string;
  ics: string | null;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * A stable Message-ID per outbox row: if a worker dies after the server's 250 OK but before
 * the row is marked sent, the retry is the same message, and mail systems that deduplicate by
 * Message-ID (and every reader's client threading) see one message, not two.
 */
export function messageIdFor(outboxId: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'koinotita.invalid';
  return `<outbox-${outboxId}@${domain}>`;
}

/**
 * The only place nodemailer is used. `url` is SMTP_URL (smtp://user:pass@host:587,
 * smtps://host:465); timeouts are short so a hung server frees the worker well within its lease.
 */
export function createSmtpTransport(url: string, from: string): MailTransport {
  const transporter = createTransport({
    url,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    send: async (mail) => {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.body,
        messageId: messageIdFor(mail.outboxId, from),
        headers: { 'Auto-Submitted': 'auto-generated' },
        attachments: mail.ics
          ? [
              {
                filename: 'appointment.ics',
                content: mail.ics,
                contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
              },
            ]
          : [],
      });
    },
    close: () => transporter.close(),
  };
}
