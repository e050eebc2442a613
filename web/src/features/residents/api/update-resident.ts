import { apiFetch } from '../../../lib/api.js';
import type { ResidentInput, ResidentView } from '../resident-types.js';

export function updateResident(id: string, input: ResidentInput & { version: number }) {
  return apiFetch<ResidentView>(`/api/residents/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: input,
  });
}
