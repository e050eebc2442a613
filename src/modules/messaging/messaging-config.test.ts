import { describe, expect, it } from 'vitest';
import { loadConfig, type ConfigError } from '../../server/config.js';
import { recordingLog } from './messaging.fixtures.js';
import { createSmsProvider } from './sms-provider.js';

describe('messaging configuration', () => {
  it('defaults: e-mail off, Greek sender name, 24 hours, the logging SMS provider', () => {
    expect(loadConfig({}, '/srv')).toMatchObject({
      smtpUrl: undefined,
      mailFrom: 'Κέντρο Κοινότητας <no-reply@localhost>',
      reminderHoursBefore: 24,
      smsProvider: 'log',
      publicUrl: undefined,
    });
  });

  it('refuses what it cannot use', () => {
    try {
      loadConfig({
        SMTP_URL: 'mail.example.gr',
        SMS_PROVIDER: 'twilio',
        REMINDER_HOURS_BEFORE: '0',
        PUBLIC_URL: 'https://kentro.example.gr/book',
      });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(4);
    }
    expect(loadConfig({ PUBLIC_URL: 'https://kentro.example.gr/' }).publicUrl).toBe(
      'https://kentro.example.gr',
    );
  });
});

describe('the logging SMS provider', () => {
  it('logs the message id only', async () => {
    const log = recordingLog();
    await createSmsProvider('log', log).send({
      messageId: 'm-1',
      to: '+306912345678',
      text: 'Υπενθύμιση ραντεβού',
    });
    expect(log.lines).toEqual([
      JSON.stringify({ messageId: 'm-1', channel: 'sms', msg: 'sms sent' }),
    ]);
  });
});
