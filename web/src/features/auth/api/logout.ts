import { apiFetch } from '../../../lib/api.js';

export function logout(): Promise<void> {
  return apiFetch<undefined>('/api/auth/logout', { method: 'POST', authFlow: true });
}
