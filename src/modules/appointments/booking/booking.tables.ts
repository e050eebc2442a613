import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, UpdatedAt } from '../../../db/types.js';

export interface IdempotencyKeysTable {
  center_id: string;
  key: string;
  request_hash: string;
  /** The replayed answer: null only inside the transaction that is writing it. */
  response: ColumnType<StoredResponse | null, string | null, string>;
  created_at: CreatedAt;
}

export interface StoredResponse {
  status: number;
  body: unknown;
}

export type WaitlistStatus = 'waiting' | 'offered' | 'booked' | 'expired' | 'cancelled';

export interface WaitlistTable {
  center_id: string;
  id: Generated<string>;
  type_id: string;
  staff_id: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  language: ColumnType<'el' | 'en', 'el' | 'en' | undefined, 'el' | 'en'>;
  link_origin: string;
  wanted_from: Date;
  wanted_to: Date;
  status: ColumnType<WaitlistStatus, WaitlistStatus | undefined, WaitlistStatus>;
  offered_staff_id: ColumnType<string | null, string | null | undefined, string | null>;
  offered_starts_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  offered_ends_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  offer_expires_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  appointment_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface OutboxMessagesTable {
  center_id: string;
  id: Generated<string>;
  kind: string;
  to: string;
  subject: string;
  body: string;
  ics: string | null;
  /** From 0014: e-mail unless said otherwise; an SMS carries `to` in E.164 and no subject line. */
  channel: Generated<'email' | 'sms'>;
  created_at: CreatedAt;
  sent_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  attempts: Generated<number>;
}

export interface StaffCalendarFeedsTable {
  center_id: string;
  staff_id: string;
  token_hash: string;
  created_at: CreatedAt;
}

/** Row types of this module's tables (joined into `Database` in src/db/types.ts). */
export interface BookingTables {
  idempotency_keys: IdempotencyKeysTable;
  waitlist: WaitlistTable;
  outbox_messages: OutboxMessagesTable;
  staff_calendar_feeds: StaffCalendarFeedsTable;
}
