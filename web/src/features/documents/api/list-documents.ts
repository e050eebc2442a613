import { useApiQuery } from '../../../lib/use-api-query.js';
import type { DocumentView } from '../document-types.js';

export function useDocuments(residentId: string) {
  return useApiQuery<{ items: DocumentView[] }>(
    `/api/residents/${encodeURIComponent(residentId)}/documents`,
  );
}
