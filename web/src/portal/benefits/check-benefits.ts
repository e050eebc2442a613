import { apiFetch } from '../../lib/api.js';
import type { Question, VerdictView } from '../../components/verdicts/verdict-types.js';

/** Wizard answers: keys are question ids; an unknown answer is simply absent. */
export type Answers = Record<string, number | boolean | string | number[]>;

export interface CheckResult {
  verdicts: VerdictView[];
  questions: Question[];
  rulesVersion: string;
}

/** Nothing is stored: the server answers from the answers posted, every time all of them. */
export function checkBenefits(answers: Answers) {
  return apiFetch<CheckResult>('/api/public/benefits/check', {
    method: 'POST',
    body: { answers },
  });
}
