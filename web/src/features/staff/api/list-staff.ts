import { useApiQuery } from '../../../lib/use-api-query.js';
import type { StaffView } from '../staff-types.js';

/** GET /api/staff needs `staff.read`; callers mount it only when the session has it. */
export function useStaffList() {
  return useApiQuery<{ items: StaffView[] }>('/api/staff');
}
