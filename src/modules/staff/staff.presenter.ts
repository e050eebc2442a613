import type { StaffRow } from './staff.repository.js';
import type { StaffView } from './staff.schemas.js';

export function presentStaff(row: StaffRow): StaffView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    role: row.role,
    status: row.status,
    totpEnabled: row.totp_enabled,
    mustChangePassword: row.must_change_password,
    lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    partnerOrganizationId: row.partner_organization_id,
  };
}
