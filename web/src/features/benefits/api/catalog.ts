import { useApiQuery } from '../../../lib/use-api-query.js';
import type { CatalogEntry } from '../benefit-types.js';

export function useCatalog() {
  return useApiQuery<{ items: CatalogEntry[] }>('/api/benefits/catalog');
}
