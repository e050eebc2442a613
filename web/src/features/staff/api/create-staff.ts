import { apiFetch } from '../../../lib/api.js';
import type { Role } from '../../auth/session-types.js';
import type { StaffView } from '../staff-types.js';

export interface CreateStaffInput {
  username: string;
  displayName: string;
  email?: string;
  role: Role;
  partnerOrganizationId?: string;
}

export function createStaff(input: CreateStaffInput) {
  return apiFetch<{ staff: StaffView; oneTimePassword: string }>('/api/staff', {
    method: 'POST',
    body: input,
  });
}
