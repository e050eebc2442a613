import { apiFetch } from '../../../lib/api.js';
import { useApiQuery } from '../../../lib/use-api-query.js';
import type { ConsentView } from '../gdpr-types.js';

const path = (residentId: string) => `/api/residents/${encodeURIComponent(residentId)}/consents`;

export function useConsents(residentId: string) {
  return useApiQuery<{ items: ConsentView[] }>(path(residentId));
}

export function recordConsent(
  residentId: string,
  input: { purpose: string; legalBasis: string; status: string },
) {
  return apiFetch<ConsentView>(path(residentId), { method: 'POST', body: input });
}
