import { apiFetch } from '../../../lib/api.js';
import { useApiQuery } from '../../../lib/use-api-query.js';
import type { ProgramCriteria } from '../benefit-types.js';

const path = (code: string) => `/api/benefits/programs/${encodeURIComponent(code)}/criteria`;

export function useProgramCriteria(code: string) {
  return useApiQuery<ProgramCriteria>(path(code));
}

export function saveProgramCriteria(code: string, criteria: ProgramCriteria) {
  return apiFetch<ProgramCriteria>(path(code), { method: 'PUT', body: criteria });
}
