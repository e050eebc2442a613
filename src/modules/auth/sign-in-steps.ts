import type { Role, SessionStage } from '../../db/types.js';
import { rolesRequiringTotp } from './permissions.js';

/**
 * The order of sign-in steps: password, then (first time or after a reset) a new password, then
 * the second factor — enrolled at first if the role requires it. Pure, so the rules read in one place.
 */
interface StaffFactors {
  mustChangePassword: boolean;
  totpEnabled: boolean;
  role: Role;
}

export function stageAfterPassword(staff: StaffFactors): SessionStage {
  return staff.mustChangePassword ? 'password_change' : stageAfterPasswordChange(staff);
}

export function stageAfterPasswordChange(
  staff: Omit<StaffFactors, 'mustChangePassword'>,
): SessionStage {
  if (staff.totpEnabled) return 'totp';
  if (rolesRequiringTotp.includes(staff.role)) return 'totp_enroll';
  return 'active';
}
