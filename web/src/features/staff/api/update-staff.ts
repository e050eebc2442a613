import { apiFetch } from '../../../lib/api.js';
import type { Role } from '../../auth/session-types.js';
import type { StaffView } from '../staff-types.js';

export interface UpdateStaffInput {
  displayName?: string;
  email?: string | null;
  role?: Role;
  status?: StaffView['status'];
  partnerOrganizationId?: string;
}

export function updateStaff(id: string, input: UpdateStaffInput): Promise<StaffView> {
  return apiFetch<StaffView>(`/api/staff/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}
