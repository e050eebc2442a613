import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import { openText, sealText } from '../../lib/crypto.js';
import { recordAudit } from '../audit/audit.service.js';
import { findCenterById } from '../centers/centers.repository.js';
import { lockStaff, updateStaff } from '../staff/staff.repository.js';
import type { AuthSettings } from './auth-settings.js';
import { loadCommonPasswords } from './common-passwords.js';
import { checkPassword } from './password-policy.js';
import { hashPassword, verifyPassword } from './passwords.js';
import type { ResolvedSession } from './session.service.js';
import { deleteSession, deleteSessionsOfStaff, setSessionStage } from './sessions.repository.js';
import { stageAfterPasswordChange } from './sign-in-steps.js';
import { actorOf } from './sign-in.service.js';
import { checkTotpCode, describeTotpEnrollment, generateTotpSecret } from './totp.js';

/**
 * The signed-in person's own account: a new password (required at first sign-in and after a
 * reset), the second factor, signing out.
 */
export async function changeOwnPassword(
  db: Db,
  resolved: ResolvedSession,
  input: { currentPassword: string; newPassword: string },
  ip: string | null,
): Promise<ResolvedSession> {
  const { staff, session } = resolved;
  if (session.stage !== 'password_change' && session.stage !== 'active') {
    throw new AppError('wrong_sign_in_step');
  }
  if (!(await verifyPassword(staff.password_hash, input.currentPassword))) {
    throw passwordRejected('wrong_current', 'body.currentPassword');
  }
  if (input.newPassword === input.currentPassword) {
    throw passwordRejected('same_as_current', 'body.newPassword');
  }
  const rejection = checkPassword(input.newPassword, {
    username: staff.username,
    commonPasswords: loadCommonPasswords(),
  });
  if (rejection) throw passwordRejected(rejection, 'body.newPassword');
  const passwordHash = await hashPassword(input.newPassword);

  return db.transaction().execute(async (trx) => {
    await lockStaff(trx, staff.center_id, staff.id);
    const updated = await updateStaff(trx, staff.center_id, staff.id, {
      password_hash: passwordHash,
      must_change_password: false,
      password_changed_at: new Date(),
    });
    const stage =
      session.stage === 'active'
        ? 'active'
        : stageAfterPasswordChange({ totpEnabled: updated.totp_enabled, role: updated.role });
    // Other devices signed in with the old password are signed out.
    await deleteSessionsOfStaff(trx, staff.center_id, staff.id, session.token_hash);
    await setSessionStage(trx, staff.center_id, session.token_hash, stage);
    const final =
      stage === 'active' && session.stage !== 'active'
        ? await updateStaff(trx, staff.center_id, staff.id, { last_sign_in_at: new Date() })
        : updated;
    await recordAudit(trx, actorOf(final, ip), {
      action: 'auth.password_change',
      entity: 'staff',
      recordId: staff.id,
    });
    return { session: { ...session, stage }, staff: final };
  });
}

function passwordRejected(reason: string, field: string): AppError {
  return new AppError('password_rejected', { field, params: { reason } });
}

/**
 * Starts (or resumes) enrolment of an authenticator app. The pending secret is kept sealed until
 * a first code proves the app has it, so reloading the page shows the same QR code.
 */
export async function startTotpEnrollment(
  db: Db,
  settings: AuthSettings,
  resolved: ResolvedSession,
) {
  const { staff } = resolved;
  assertMayEnroll(resolved);
  const center = await findCenterById(db, staff.center_id);
  let secret = staff.totp_secret_sealed
    ? openText(staff.totp_secret_sealed, settings.keyRing)
    : null;
  if (!secret) {
    secret = generateTotpSecret();
    await updateStaff(db, staff.center_id, staff.id, {
      totp_secret_sealed: sealText(secret, settings.keyRing),
    });
  }
  const issuer = center ? `Koinotita ${center.slug}` : 'Koinotita';
  const described = await describeTotpEnrollment(secret, staff.username, issuer);
  return { secret, ...described };
}

export async function confirmTotpEnrollment(
  db: Db,
  settings: AuthSettings,
  resolved: ResolvedSession,
  code: string,
  ip: string | null,
): Promise<ResolvedSession> {
  assertMayEnroll(resolved);
  const { staff, session } = resolved;
  return db.transaction().execute(async (trx) => {
    const locked = await lockStaff(trx, staff.center_id, staff.id);
    if (!locked?.totp_secret_sealed) throw new AppError('wrong_sign_in_step');
    const step = checkTotpCode(openText(locked.totp_secret_sealed, settings.keyRing), code, null);
    if (step === null) throw new AppError('invalid_totp', { field: 'body.code' });
    const updated = await updateStaff(trx, staff.center_id, staff.id, {
      totp_enabled: true,
      totp_last_step: step,
      ...(session.stage === 'totp_enroll' ? { last_sign_in_at: new Date() } : {}),
    });
    await setSessionStage(trx, staff.center_id, session.token_hash, 'active');
    await recordAudit(trx, actorOf(updated, ip), {
      action: 'auth.totp_enabled',
      entity: 'staff',
      recordId: staff.id,
    });
    return { session: { ...session, stage: 'active' as const }, staff: updated };
  });
}

function assertMayEnroll({ staff, session }: ResolvedSession): void {
  const enrolling = session.stage === 'totp_enroll';
  const optional = session.stage === 'active' && !staff.totp_enabled;
  if (!enrolling && !optional) throw new AppError('wrong_sign_in_step');
}

export async function signOut(db: Db, resolved: ResolvedSession, ip: string | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, resolved.staff.center_id, resolved.session.token_hash);
    await recordAudit(trx, actorOf(resolved.staff, ip), {
      action: 'auth.sign_out',
      entity: 'staff',
      recordId: resolved.staff.id,
    });
  });
}
