import { apiFetch } from '../../../lib/api.js';
import type { CaseView } from '../case-types.js';

export interface UpdateCaseInput {
  topics?: string[];
  status?: string;
  outcome?: string;
  assignedWorkerId?: string;
  teamIds?: string[];
  version: number;
}

export function updateCase(id: string, input: UpdateCaseInput) {
  return apiFetch<CaseView>(`/api/cases/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}
