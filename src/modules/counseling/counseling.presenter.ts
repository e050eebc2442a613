import type { SealedNoteRow, SessionRow } from './counseling.repository.js';
import type { NoteView, SessionView } from './counseling.schemas.js';

export interface SessionExtras {
  participants: { residentId: string; name: string }[];
  grantedTo: { id: string; displayName: string }[];
  canReadNote: boolean;
}

/** `grantedTo` is filled by the caller only for the author; nobody else learns who holds a grant. */
export function presentSession(row: SessionRow, extras: SessionExtras): SessionView {
  return {
    id: row.id,
    kind: row.kind,
    startedAt: row.started_at.toISOString(),
    durationMinutes: row.duration_minutes,
    caseId: row.case_id,
    participants: extras.participants,
    author: { id: row.author_id, displayName: row.author_name },
    hasNote: row.has_note,
    canReadNote: extras.canReadNote,
    grantedTo: extras.grantedTo,
    version: row.version,
  };
}

/** A session without a note yet reads as empty text, so its author can start writing it. */
export function presentNote(row: SealedNoteRow, text: string | null): NoteView {
  return {
    text: text ?? '',
    updatedAt: row.note_updated_at?.toISOString() ?? null,
    version: row.version,
  };
}
