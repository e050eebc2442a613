import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, UpdatedAt } from '../../db/types.js';

type Optional<T> = ColumnType<T, T | undefined, T>;
/** PostgreSQL `date` as YYYY-MM-DD text (see src/db/connection.ts). */
type DateText = ColumnType<string, string, string>;

export type ReferralStatus =
  'requested' | 'received' | 'accepted' | 'rejected' | 'in_progress' | 'completed' | 'cancelled';
export type ReferralUrgency = 'routine' | 'urgent' | 'asap' | 'stat';
export type ReferralOutcome = 'delivered' | 'not_delivered';

export interface ReferralsTable {
  center_id: string;
  id: Generated<string>;
  resident_id: string;
  case_id: Optional<string | null>;
  service_id: Optional<string | null>;
  organization_id: Optional<string | null>;
  external_organization: Optional<string | null>;
  partner_email: Optional<string | null>;
  /** Null only after the resident was anonymised. */
  reason: ColumnType<string | null, string, string | null>;
  urgency: ReferralUrgency;
  shared_categories: Generated<string[]>;
  status: Generated<ReferralStatus>;
  status_reason: Optional<string | null>;
  status_note: Optional<string | null>;
  consent_id: Optional<string | null>;
  consent_override_by: Optional<string | null>;
  consent_override_reason: Optional<string | null>;
  owner_id: string;
  due_on: DateText;
  outcome: Optional<ReferralOutcome | null>;
  outcome_reason: Optional<string | null>;
  outcome_note: Optional<string | null>;
  created_by: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  closed_at: Optional<Date | null>;
  overdue_reminded_at: Optional<Date | null>;
  link_generation: Generated<number>;
}

export interface ReferralStatusChangesTable {
  center_id: string;
  id: Generated<string>;
  referral_id: string;
  at: Generated<Date>;
  from_status: ReferralStatus | null;
  to_status: ReferralStatus;
  reason: Optional<string | null>;
  note: Optional<string | null>;
  actor_kind: 'staff' | 'partner_link' | 'system';
  actor_id: Optional<string | null>;
}

/** Row types of this module's tables (joined into `Database` in src/db/types.ts). */
export interface ReferralsTables {
  referrals: ReferralsTable;
  referral_status_changes: ReferralStatusChangesTable;
}
