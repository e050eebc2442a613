import { apiFetch } from '../../../lib/api.js';
import type { CaseView } from '../case-types.js';

export interface CreateCaseInput {
  residentId: string;
  householdId?: string;
  topics: string[];
  assignedWorkerId?: string;
  teamIds?: string[];
}

export function createCase(input: CreateCaseInput) {
  return apiFetch<CaseView>('/api/cases', { method: 'POST', body: input });
}
