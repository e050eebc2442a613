import type { Generated } from 'kysely';
import type { CreatedAt } from '../../db/types.js';
import type { Axis, Channel, RequestOutcome } from './requests.vocabulary.js';

export interface RequestsTable {
  center_id: string;
  id: Generated<string>;
  /** Null for an anonymous information request. */
  resident_id: string | null;
  occurred_at: Date;
  channel: Channel;
  axis: Axis;
  subject: string;
  outcome: RequestOutcome;
  duration_minutes: number;
  notes: string | null;
  staff_id: string;
  created_at: CreatedAt;
}

/** Row types of this module's tables (joined into `Database` in src/db/types.ts). */
export interface RequestsTables {
  requests: RequestsTable;
}
