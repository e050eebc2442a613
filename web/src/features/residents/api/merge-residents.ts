import { apiFetch } from '../../../lib/api.js';
import type { ResidentView } from '../resident-types.js';

/** The file at `survivorId` keeps everything of the duplicate; the duplicate stays, marked merged. */
export function mergeResidents(survivorId: string, input: { duplicateId: string; reason: string }) {
  return apiFetch<ResidentView>(`/api/residents/${encodeURIComponent(survivorId)}/merge`, {
    method: 'POST',
    body: input,
  });
}
