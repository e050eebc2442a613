import { apiFetch } from '../../../lib/api.js';
import type { SessionView } from '../session-types.js';

const grants = (sessionId: string) =>
  `/api/counseling/sessions/${encodeURIComponent(sessionId)}/grants`;

/** The author lets a clinical colleague read the note (author only). */
export function grantNoteAccess(sessionId: string, staffId: string) {
  return apiFetch<SessionView>(grants(sessionId), { method: 'POST', body: { staffId } });
}

export function revokeNoteAccess(sessionId: string, staffId: string) {
  return apiFetch<SessionView>(`${grants(sessionId)}/${encodeURIComponent(staffId)}`, {
    method: 'DELETE',
  });
}
