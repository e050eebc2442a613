import { apiFetch } from '../../../lib/api.js';
import type { SessionView } from '../session-types.js';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

export function changePassword(input: ChangePasswordInput): Promise<SessionView> {
  return apiFetch<SessionView>('/api/auth/password', {
    method: 'POST',
    body: input,
    authFlow: true,
  });
}
