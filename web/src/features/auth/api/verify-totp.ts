import { apiFetch } from '../../../lib/api.js';
import type { SessionView } from '../session-types.js';

export function verifyTotp(code: string): Promise<SessionView> {
  return apiFetch<SessionView>('/api/auth/totp', {
    method: 'POST',
    body: { code },
    authFlow: true,
  });
}
