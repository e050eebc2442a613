import { useApiQuery } from '../../../lib/use-api-query.js';

/** GET /api/staff/partner-organizations: the directory organizations a partner account can join. */
export function usePartnerOrganizations() {
  return useApiQuery<{ items: { id: string; name: string }[] }>('/api/staff/partner-organizations');
}
