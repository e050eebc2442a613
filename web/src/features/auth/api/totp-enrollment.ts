import { apiFetch } from '../../../lib/api.js';
import type { SessionView } from '../session-types.js';

export interface TotpEnrollment {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

export function startTotpEnrollment(signal?: AbortSignal): Promise<TotpEnrollment> {
  return apiFetch<TotpEnrollment>('/api/auth/totp/enrollment', { signal, authFlow: true });
}

export function confirmTotpEnrollment(code: string): Promise<SessionView> {
  return apiFetch<SessionView>('/api/auth/totp/enrollment', {
    method: 'POST',
    body: { code },
    authFlow: true,
  });
}
