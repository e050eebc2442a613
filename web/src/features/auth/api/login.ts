import { apiFetch } from '../../../lib/api.js';
import type { SessionView } from '../session-types.js';

export interface LoginInput {
  center?: string;
  username: string;
  password: string;
}

export function login(input: LoginInput): Promise<SessionView> {
  return apiFetch<SessionView>('/api/auth/login', { method: 'POST', body: input, authFlow: true });
}
