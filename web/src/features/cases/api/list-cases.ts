import { useApiQuery } from '../../../lib/use-api-query.js';
import type { CaseSummary } from '../case-types.js';

export function useCases(filter: { residentId?: string; mine?: boolean; status?: string }) {
  const params = new URLSearchParams();
  if (filter.residentId) params.set('residentId', filter.residentId);
  if (filter.mine) params.set('mine', 'true');
  if (filter.status) params.set('status', filter.status);
  return useApiQuery<{ items: CaseSummary[] }>(`/api/cases?${params.toString()}`);
}
