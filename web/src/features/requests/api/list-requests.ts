import { useApiQuery } from '../../../lib/use-api-query.js';
import type { RequestView } from '../request-types.js';

export function useResidentRequests(residentId: string) {
  const params = new URLSearchParams({ residentId, pageSize: '50' });
  return useApiQuery<{ items: RequestView[]; total: number }>(`/api/requests?${params.toString()}`);
}
