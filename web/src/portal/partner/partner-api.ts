import { apiFetch } from '../../lib/api.js';
import type { PartnerReferral, StatusAnswer } from './partner-types.js';

const path = (id: string) => `/api/public/referrals/${encodeURIComponent(id)}`;

/** The referral a signed link opens (no session: the token is the permission). */
export function viewByLink(id: string, token: string) {
  return apiFetch<PartnerReferral>(`${path(id)}?token=${encodeURIComponent(token)}`);
}

export function answerByLink(id: string, token: string, answer: StatusAnswer) {
  return apiFetch<PartnerReferral>(`${path(id)}/status`, {
    method: 'POST',
    body: { token, ...answer },
  });
}
