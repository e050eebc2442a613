import { useApiQuery } from '../../../lib/use-api-query.js';
import type { CaseView } from '../case-types.js';

export function useCase(id: string) {
  return useApiQuery<CaseView>(`/api/cases/${encodeURIComponent(id)}`);
}
