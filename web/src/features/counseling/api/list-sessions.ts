import { useApiQuery } from '../../../lib/use-api-query.js';
import type { SessionView } from '../session-types.js';

export function useSessions(residentId: string) {
  return useApiQuery<{ items: SessionView[] }>(
    `/api/counseling/sessions?residentId=${encodeURIComponent(residentId)}`,
  );
}
