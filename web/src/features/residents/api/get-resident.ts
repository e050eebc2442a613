import { useApiQuery } from '../../../lib/use-api-query.js';
import type { ResidentView } from '../resident-types.js';

export function useResident(id: string) {
  return useApiQuery<ResidentView>(`/api/residents/${encodeURIComponent(id)}`);
}
