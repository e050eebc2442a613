import { apiFetch } from '../../../lib/api.js';
import type { RequestInput, RequestView } from '../request-types.js';

export function createRequest(input: RequestInput) {
  return apiFetch<RequestView>('/api/requests', { method: 'POST', body: input });
}
