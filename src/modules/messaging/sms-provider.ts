/**
 * SMS leaves through this interface, so a Center can plug in the gateway it has a contract with
 * (README, "Plugging in an SMS gateway"). A provider throws on failure: the outbox retries.
 */
export interface SmsMessage {
  /** The outbox row's id: pass it to the gateway as a client reference where it takes one. */
  messageId: string;
  /** E.164, e.g. +306912345678. */
  to: string;
  text: string;
}

export interface SmsProvider {
  readonly name: string;
  send(message: SmsMessage): Promise<void>;
}

export interface SmsLog {
  info(details: object, message: string): void;
}

/**
 * The default: sends nothing and logs only the message id, never the number or the text (the
 * log is not a place for residents' personal data).
 */
export function createLogSmsProvider(log: SmsLog): SmsProvider {
  return {
    name: 'log',
    send: (message) => {
      log.info({ messageId: message.messageId, channel: 'sms' }, 'sms sent');
      return Promise.resolve();
    },
  };
}

export const smsProviderNames = ['log'] as const;
export type SmsProviderName = (typeof smsProviderNames)[number];

/** The provider named by SMS_PROVIDER. A new gateway adds its name here and a factory below. */
export function createSmsProvider(name: SmsProviderName, log: SmsLog): SmsProvider {
  switch (name) {
    case 'log':
      return createLogSmsProvider(log);
  }
}
