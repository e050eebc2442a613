import { useApiQuery } from '../../../lib/use-api-query.js';

export interface Colleague {
  id: string;
  displayName: string;
  role: string;
}

/** GET /api/staff/colleagues: the Center's active staff, open to every signed-in person. */
export function useColleagues() {
  return useApiQuery<{ items: Colleague[] }>('/api/staff/colleagues');
}
