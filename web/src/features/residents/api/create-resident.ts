import { apiFetch } from '../../../lib/api.js';
import type { ResidentInput, ResidentView } from '../resident-types.js';

export function createResident(input: ResidentInput & { confirmNotDuplicate?: boolean }) {
  return apiFetch<ResidentView>('/api/residents', { method: 'POST', body: input });
}
