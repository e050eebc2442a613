import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  describeError,
  isPermanent,
  isServerDown,
  MAX_ATTEMPTS,
  retryDelayMs,
  toSendError,
} from './delivery-policy.js';

const now = new Date('2026-03-02T08:00:00Z');

describe('outbox retry policy', () => {
  it.each([
    [1, 60_000],
    [2, 120_000],
    [3, 240_000],
    [6, 1_920_000],
    [7, 3_600_000],
    [20, 3_600_000],
  ])('waits after try %i: %i ms', (attempts, delay) => {
    expect(retryDelayMs(attempts)).toBe(delay);
  });

  it('retries a temporary failure, and gives up (failed, kept) after the last try', () => {
    const error = { message: 'Greeting never received', code: 'ETIMEDOUT' };
    expect(afterFailure(1, error, now)).toMatchObject({
      status: 'pending',
      nextAttemptAt: new Date(now.getTime() + 60_000),
    });
    expect(afterFailure(MAX_ATTEMPTS - 1, error, now).status).toBe('pending');
    expect(afterFailure(MAX_ATTEMPTS, error, now).status).toBe('failed');
  });

  it('gives up at once on a permanent (5xx) refusal, retries 4xx', () => {
    expect(isPermanent({ message: '', responseCode: 550 })).toBe(true);
    expect(isPermanent({ message: '', responseCode: 451 })).toBe(false);
    expect(afterFailure(1, { message: 'x', responseCode: 550 }, now).status).toBe('failed');
    expect(afterFailure(1, { message: 'x', responseCode: 421 }, now).status).toBe('pending');
  });

  it('tells an unreachable server from a refused message', () => {
    expect(isServerDown({ message: '', code: 'ESOCKET' })).toBe(true);
    expect(isServerDown({ message: '', code: 'ECONNECTION' })).toBe(true);
    expect(isServerDown({ message: '', code: 'EENVELOPE', responseCode: 550 })).toBe(false);
  });

  it('keeps no address or phone number in the stored error', () => {
    const text = describeError({
      message:
        "Can't send mail - all recipients were rejected: 550 5.1.1 <maria@example.gr>: no such user (+30 691 234 5678)",
      code: 'EENVELOPE',
      responseCode: 550,
    });
    expect(text).toMatch(/^EENVELOPE 550: /);
    expect(text).not.toContain('maria');
    expect(text).not.toMatch(/691/);
    expect(describeError({ message: 'x'.repeat(900) })).toHaveLength(500);
  });

  it('reads nodemailer-style errors', () => {
    const error = Object.assign(new Error('refused'), { code: 'EENVELOPE', responseCode: 550 });
    expect(toSendError(error)).toEqual({
      message: 'refused',
      code: 'EENVELOPE',
      responseCode: 550,
    });
    expect(toSendError('boom')).toEqual({ message: 'boom' });
  });
});
