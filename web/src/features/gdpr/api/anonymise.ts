import { apiFetch } from '../../../lib/api.js';

/** Erasure by anonymisation; refused (409 erasure_refused) while a case is open. */
export function anonymiseResident(residentId: string, reason: string) {
  return apiFetch<{ anonymisedAt: string }>(
    `/api/residents/${encodeURIComponent(residentId)}/anonymise`,
    { method: 'POST', body: { reason } },
  );
}
