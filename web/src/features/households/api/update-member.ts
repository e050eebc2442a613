import { apiFetch } from '../../../lib/api.js';
import type { HouseholdView } from '../household-types.js';

/** `version` is the household's; ending a membership keeps it in the history with its dates. */
export function updateHouseholdMember(
  householdId: string,
  memberId: string,
  input: { relationship?: string; endDate?: string; version: number },
) {
  return apiFetch<HouseholdView>(
    `/api/households/${encodeURIComponent(householdId)}/members/${encodeURIComponent(memberId)}`,
    { method: 'PATCH', body: input },
  );
}
