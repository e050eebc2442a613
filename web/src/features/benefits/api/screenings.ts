import { apiFetch } from '../../../lib/api.js';
import { useApiQuery } from '../../../lib/use-api-query.js';
import type { Screening, ScreeningSummary } from '../benefit-types.js';

export function useResidentHouseholdIds(residentId: string) {
  return useApiQuery<{ items: { id: string }[] }>(
    `/api/residents/${encodeURIComponent(residentId)}/households`,
  );
}

export function useScreenings(householdId: string) {
  return useApiQuery<{ items: ScreeningSummary[] }>(
    `/api/households/${encodeURIComponent(householdId)}/screenings`,
  );
}

export function runScreening(householdId: string) {
  return apiFetch<Screening>(`/api/households/${encodeURIComponent(householdId)}/screenings`, {
    method: 'POST',
    body: {},
  });
}

export function getScreening(id: string) {
  return apiFetch<Screening>(`/api/screenings/${encodeURIComponent(id)}`);
}

export const summaryHref = (id: string) => `/api/screenings/${encodeURIComponent(id)}/summary`;
