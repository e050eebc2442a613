import { apiFetch } from '../../../lib/api.js';
import type { StaffView } from '../staff-types.js';

export function resetStaffTotp(id: string): Promise<StaffView> {
  return apiFetch<StaffView>(`/api/staff/${encodeURIComponent(id)}/totp-reset`, { method: 'POST' });
}
