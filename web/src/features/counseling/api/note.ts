import { apiFetch } from '../../../lib/api.js';
import type { NoteView } from '../session-types.js';

const base = (sessionId: string) => `/api/counseling/sessions/${encodeURIComponent(sessionId)}`;

export function readNote(sessionId: string) {
  return apiFetch<NoteView>(`${base(sessionId)}/note`);
}

export function saveNote(sessionId: string, input: { text: string; version: number }) {
  return apiFetch<NoteView>(`${base(sessionId)}/note`, { method: 'PUT', body: input });
}
