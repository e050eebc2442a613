import { apiFetch } from '../../../lib/api.js';
import type { CaseView, Goal } from '../case-types.js';

export interface PlanInput {
  goals: Goal[];
  reviewDate?: string;
  version: number;
}

export function savePlan(id: string, input: PlanInput) {
  return apiFetch<CaseView>(`/api/cases/${encodeURIComponent(id)}/plan`, {
    method: 'PUT',
    body: input,
  });
}
