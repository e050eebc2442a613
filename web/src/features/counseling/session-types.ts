export const SESSION_KINDS = ['individual', 'family', 'group'] as const;

export interface SessionView {
  id: string;
  kind: string;
  startedAt: string;
  durationMinutes: number;
  caseId: string | null;
  participants: { residentId: string; name: string }[];
  author: { id: string; displayName: string };
  hasNote: boolean;
  canReadNote: boolean;
  grantedTo: { id: string; displayName: string }[];
  version: number;
}

export interface NoteView {
  text: string;
  updatedAt: string;
  version: number;
}
