import { apiFetch } from '../../../lib/api.js';
import { useApiQuery } from '../../../lib/use-api-query.js';
import type { HouseholdView, MemberInput } from '../household-types.js';

export function useResidentHouseholds(residentId: string) {
  return useApiQuery<{ items: HouseholdView[] }>(
    `/api/residents/${encodeURIComponent(residentId)}/households`,
  );
}

export function createHousehold(referenceResidentId: string) {
  return apiFetch<HouseholdView>('/api/households', {
    method: 'POST',
    body: { referenceResidentId },
  });
}

export function addHouseholdMember(householdId: string, input: MemberInput) {
  return apiFetch<HouseholdView>(`/api/households/${encodeURIComponent(householdId)}/members`, {
    method: 'POST',
    body: input,
  });
}
