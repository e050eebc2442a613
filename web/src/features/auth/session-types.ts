import type { LocalizedText } from '../../lib/types.js';

export const ROLES = [
  'administrator',
  'coordinator',
  'social_worker',
  'psychologist',
  'reception',
  'partner',
  'auditor',
] as const;

export type Role = (typeof ROLES)[number];

export type SessionStage = 'password_change' | 'totp_enroll' | 'totp' | 'active';

export interface SessionView {
  stage: SessionStage;
  csrfToken: string;
  user: {
    id: string;
    username: string;
    displayName: string;
    role: Role;
    totpEnabled: boolean;
  };
  center: { slug: string; name: LocalizedText };
  permissions: string[];
}
