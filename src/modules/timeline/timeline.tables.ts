import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../db/types.js';

/**
 * The resident's timeline: one row per thing that happened, written by the module that did it
 * (request logged, case opened, counseling session held, document added, and later appointments,
 * applications, referrals, events). `details` holds only what any reader of the file may see;
 * sensitive content stays in its module behind its own access rules.
 */
export interface TimelineEntriesTable {
  center_id: string;
  id: Generated<string>;
  resident_id: string;
  occurred_at: Date;
  kind: string;
  source_id: string | null;
  case_id: string | null;
  actor_id: string | null;
  details: ColumnType<Record<string, unknown>, string, string>;
  created_at: CreatedAt;
}

export interface TimelineTables {
  timeline_entries: TimelineEntriesTable;
}
