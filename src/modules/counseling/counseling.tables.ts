import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../db/types.js';

export type SessionKind = 'individual' | 'family' | 'group';

/**
 * A counseling session: that it happened is visible to every role with
 * `counseling.sessions.read`; what was said is in `note_sealed`, ciphertext only (lib/crypto.ts).
 * `case_id`, when set, is a case of the same Center (composite foreign key to `cases`).
 */
export interface CounselingSessionsTable {
  center_id: string;
  id: Generated<string>;
  kind: SessionKind;
  started_at: Date;
  duration_minutes: number;
  case_id: string | null;
  author_id: string;
  note_sealed: string | null;
  note_updated_at: Date | null;
  version: Generated<number>;
  created_at: CreatedAt;
}

export interface CounselingParticipantsTable {
  center_id: string;
  session_id: string;
  resident_id: string;
}

/** Staff the author let read the sealed note (read only: writing and granting stay the author's). */
export interface CounselingNoteGrantsTable {
  center_id: string;
  session_id: string;
  staff_id: string;
  granted_by: string;
  granted_at: ColumnType<Date, Date | undefined, never>;
}

/** In-app notices to one staff member (src/modules/notifications); `details` never holds content. */
export interface NotificationsTable {
  center_id: string;
  id: Generated<string>;
  recipient_id: string;
  kind: string;
  details: ColumnType<Record<string, unknown>, string, never>;
  created_at: CreatedAt;
  read_at: Date | null;
}

/** Row types of this module's tables (joined into `Database` in src/db/types.ts). */
export interface CounselingTables {
  counseling_sessions: CounselingSessionsTable;
  counseling_participants: CounselingParticipantsTable;
  counseling_note_grants: CounselingNoteGrantsTable;
  notifications: NotificationsTable;
}
