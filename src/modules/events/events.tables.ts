import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, UpdatedAt } from '../../db/types.js';

type Optional<T> = ColumnType<T, T | undefined, T>;

export type EventStatus = 'draft' | 'published' | 'cancelled';
export type RegistrationStatus =
  'registered' | 'waitlisted' | 'offered' | 'attended' | 'cancelled' | 'expired';

export interface EventsTable {
  center_id: string;
  id: Generated<string>;
  title_el: string;
  title_en: Optional<string | null>;
  description_el: Generated<string>;
  description_en: Optional<string | null>;
  audience_el: Optional<string | null>;
  audience_en: Optional<string | null>;
  place: Optional<string | null>;
  online_url: Optional<string | null>;
  starts_at: Date;
  ends_at: Date;
  capacity: number;
  /** Kept by the database (trigger); never written by application code. */
  seats_taken: ColumnType<number, never, never>;
  registration_opens_at: Date;
  registration_closes_at: Date;
  offer_hours: Generated<number>;
  status: Generated<EventStatus>;
  version: Generated<number>;
  created_by: Optional<string | null>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface EventRegistrationsTable {
  center_id: string;
  id: Generated<string>;
  event_id: string;
  resident_id: Optional<string | null>;
  name: string;
  email: Optional<string | null>;
  phone: Optional<string | null>;
  person_key: string;
  language: Generated<'el' | 'en'>;
  source: 'public' | 'staff';
  status: RegistrationStatus;
  offer_expires_at: Optional<Date | null>;
  attended_at: Optional<Date | null>;
  consent_at: Optional<Date | null>;
  link_origin: Optional<string | null>;
  registered_by: Optional<string | null>;
  /** Arrival order (identity, bigint as text), taken under the event's row lock. */
  arrival: ColumnType<string, never, never>;
  reminded_at: Optional<Date | null>;
  anonymised_at: Optional<Date | null>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** Row types of this module's tables (joined into `Database` in src/db/types.ts). */
export interface EventsTables {
  events: EventsTable;
  event_registrations: EventRegistrationsTable;
}
