import { apiFetch } from '../../../lib/api.js';
import type { SessionView } from '../session-types.js';

export interface CreateSessionInput {
  kind: string;
  startedAt: string;
  durationMinutes: number;
  participantResidentIds: string[];
  caseId?: string;
  note?: string;
}

export function createSession(input: CreateSessionInput) {
  return apiFetch<SessionView>('/api/counseling/sessions', { method: 'POST', body: input });
}
