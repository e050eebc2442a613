/**
 * How the outbox retries: pure functions of the attempt count and the error, so the thresholds
 * are tested without a mail server.
 */

/** After this many tries a message is `failed` (kept, visible, re-queueable), never dropped. */
export const MAX_ATTEMPTS = 20;

/** Exponential back-off: 1, 2, 4 … minutes, capped at an hour (20 tries ≈ 14 hours). */
export function retryDelayMs(attempts: number): number {
  return Math.min(3_600_000, 60_000 * 2 ** Math.max(0, attempts - 1));
}

export interface SendError {
  message: string;
  code?: string;
  responseCode?: number;
}

/** The error as nodemailer (or an SMS gateway) reports it, in a shape we can reason about. */
export function toSendError(error: unknown): SendError {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  return {
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof responseCode === 'number' ? { responseCode } : {}),
  };
}

/** A 5xx SMTP reply (unknown mailbox, refused content): retrying cannot help. */
export function isPermanent(error: SendError): boolean {
  return error.responseCode !== undefined && error.responseCode >= 500 && error.responseCode < 600;
}

const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED']);

/** The server is unreachable: stop this round rather than burn every message's attempts. */
export function isServerDown(error: SendError): boolean {
  return error.code !== undefined && CONNECTION_CODES.has(error.code);
}

/**
 * The error text kept on the row and logged: SMTP replies often quote the recipient
 * (`550 <maria@example.gr>: no such user`), so addresses and long digit runs are masked.
 */
export function describeError(error: SendError): string {
  const text = error.message
    .replace(/[^\s<>"'()@]+@[^\s<>"'()]+/g, '<address>')
    .replace(/\+?\d[\d\s().-]{5,}\d/g, '<number>');
  const prefix = [error.code, error.responseCode].filter((part) => part !== undefined).join(' ');
  return (prefix ? `${prefix}: ${text}` : text).slice(0, 500);
}

export type Outcome =
  | { status: 'sent' }
  | { status: 'pending'; nextAttemptAt: Date; error: string }
  | { status: 'failed'; error: string };

/** What becomes of a message after a failed try number `attempts` (counting this one). */
export function afterFailure(attempts: number, error: SendError, now: Date): Outcome {
  const text = describeError(error);
  if (isPermanent(error) || attempts >= MAX_ATTEMPTS) return { status: 'failed', error: text };
  return {
    status: 'pending',
    nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
    error: text,
  };
}
