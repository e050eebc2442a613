import { apiFetch } from '../../../lib/api.js';

export function resetStaffPassword(id: string) {
  return apiFetch<{ oneTimePassword: string }>(
    `/api/staff/${encodeURIComponent(id)}/password-reset`,
    { method: 'POST' },
  );
}
