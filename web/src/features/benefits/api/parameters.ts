import { useApiQuery } from '../../../lib/use-api-query.js';
import type { ParameterItem } from '../benefit-types.js';

export function useParameters() {
  return useApiQuery<{ version: string; items: ParameterItem[] }>('/api/benefits/parameters');
}
