import { apiFetch } from '../../../lib/api.js';
import type { CaseView } from '../case-types.js';

export interface AssessmentInput {
  needs: string;
  strengths?: string;
  risks?: string;
  version: number;
}

export function saveAssessment(id: string, input: AssessmentInput) {
  return apiFetch<CaseView>(`/api/cases/${encodeURIComponent(id)}/assessment`, {
    method: 'PUT',
    body: input,
  });
}
