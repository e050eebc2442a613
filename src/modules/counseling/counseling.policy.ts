import type { FieldError } from '../../lib/app-error.js';
import type { Role } from '../../db/types.js';
import { roleHasPermission } from '../auth/permissions.js';

/**
 * Who may know what about a counseling session (DESIGN.md §1, §4). Three layers:
 * 1. that a session happened: roles with `counseling.sessions.read` (route permission);
 * 2. what was said (the sealed note): only its author and the staff the author granted, and only
 *    while their role is a clinical one (`counseling.notes.write`) — nobody else, not even the
 *    coordinator; writing and granting stay with the author;
 * 3. break-glass: a clinical role may open any note of the Center with a written reason, which is
 *    audited and announced to every coordinator and to the author.
 */
export interface NoteReader {
  staffId: string;
  role: Role;
}

export interface SealedSession {
  authorId: string;
  granteeIds: readonly string[];
}

export function isClinical(role: Role): boolean {
  return roleHasPermission(role, 'counseling.notes.write');
}

export function canSeeSessions(role: Role): boolean {
  return roleHasPermission(role, 'counseling.sessions.read');
}

export function canReadNote(reader: NoteReader, session: SealedSession): boolean {
  if (!canSeeSessions(reader.role) || !isClinical(reader.role)) return false;
  return reader.staffId === session.authorId || session.granteeIds.includes(reader.staffId);
}

/** Writing the note and deciding who else reads it belong to the author alone. */
export function canWriteNote(reader: NoteReader, session: SealedSession): boolean {
  return isClinical(reader.role) && reader.staffId === session.authorId;
}

export const canManageGrants = canWriteNote;

export function canBreakGlass(role: Role): boolean {
  return roleHasPermission(role, 'counseling.notes.break_glass');
}

/** A grant goes to another active colleague of a clinical role; anyone else would be refused. */
export function granteeProblem(
  grantee: { id: string; role: Role; status: 'active' | 'disabled' },
  authorId: string,
): 'self' | 'disabled' | 'not_clinical' | null {
  if (grantee.id === authorId) return 'self';
  if (grantee.status !== 'active') return 'disabled';
  if (!isClinical(grantee.role) || !canSeeSessions(grantee.role)) return 'not_clinical';
  return null;
}

export const BREAK_GLASS_REASON = { min: 20, max: 500 } as const;

/** The schema counts characters; spaces alone must not pass as a reason. */
export function breakGlassReasonProblem(reason: string): FieldError | null {
  const length = [...reason.trim()].length;
  if (length < BREAK_GLASS_REASON.min) {
    return { field: 'body.reason', rule: 'minLength', params: { limit: BREAK_GLASS_REASON.min } };
  }
  if (length > BREAK_GLASS_REASON.max) {
    return { field: 'body.reason', rule: 'maxLength', params: { limit: BREAK_GLASS_REASON.max } };
  }
  return null;
}

/** Every active coordinator and the author learn of a break-glass, but not the one who broke it. */
export function breakGlassRecipients(
  coordinatorIds: readonly string[],
  authorId: string,
  actorId: string,
): string[] {
  return [...new Set([...coordinatorIds, authorId])].filter((id) => id !== actorId);
}
