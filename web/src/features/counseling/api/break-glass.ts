import { apiFetch } from '../../../lib/api.js';
import type { NoteView } from '../session-types.js';

/** Emergency access: audited with the reason, and every coordinator is told. */
export function breakGlass(sessionId: string, reason: string) {
  return apiFetch<NoteView>(
    `/api/counseling/sessions/${encodeURIComponent(sessionId)}/break-glass`,
    { method: 'POST', body: { reason } },
  );
}
