import { apiFetch } from '../../../lib/api.js';
import { useApiQuery } from '../../../lib/use-api-query.js';
import type { Finances } from '../household-types.js';

const path = (householdId: string, taxYear: number) =>
  `/api/households/${encodeURIComponent(householdId)}/finances/${taxYear}`;

/** Version 0 (zeros) when nothing is recorded for the year yet. */
export function useFinances(householdId: string, taxYear: number) {
  return useApiQuery<Finances>(path(householdId, taxYear));
}

/** `version` 0 creates the year's record; otherwise the version read (409 stale_record if not). */
export function saveFinances(
  householdId: string,
  taxYear: number,
  input: Omit<Finances, 'taxYear'>,
) {
  return apiFetch<Finances>(path(householdId, taxYear), { method: 'PUT', body: input });
}
