import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import { openText } from '../../lib/crypto.js';
import { recordAudit } from '../audit/audit.service.js';
import { findCenterBySlug, findFirstCenter } from '../centers/centers.repository.js';
import {
  findStaffByUsername,
  lockStaff,
  updateStaff,
  type StaffRow,
} from '../staff/staff.repository.js';
import type { Actor } from './actor.js';
import type { AuthSettings } from './auth-settings.js';
import { verifyAgainstDummy, verifyPassword } from './passwords.js';
import { createSession, type ResolvedSession } from './session.service.js';
import { setSessionStage } from './sessions.repository.js';
import { stageAfterPassword } from './sign-in-steps.js';
import { checkTotpCode } from './totp.js';

export interface SignInInput {
  center?: string;
  username: string;
  password: string;
  ip: string | null;
}

/**
 * First step: the password. Unknown users, disabled accounts and wrong passwords get the same
 * answer in the same time; repeated failures lock the account for a while. Every attempt is
 * audited, never with the password.
 */
export async function signIn(db: Db, settings: AuthSettings, input: SignInInput) {
  const center = input.center
    ? await findCenterBySlug(db, input.center)
    : await findFirstCenter(db);
  const username = input.username.trim().toLowerCase();
  const staff = center ? await findStaffByUsername(db, center.id, username) : undefined;
  if (!center || !staff || staff.status !== 'active') {
    await verifyAgainstDummy(input.password);
    if (center) {
      await db.transaction().execute((trx) =>
        recordAudit(trx, anonymous(center.id, input.ip), {
          action: 'auth.sign_in_failed',
          entity: 'staff',
          recordId: staff?.id ?? null,
          reason: staff ? 'account_disabled' : 'unknown_user',
          details: staff ? null : { username: username.slice(0, 64) },
        }),
      );
    }
    throw new AppError('invalid_credentials');
  }
  assertNotLocked(staff);
  if (!(await verifyPassword(staff.password_hash, input.password))) {
    await registerFailure(db, settings, staff, input.ip, 'wrong_password');
  }
  return db.transaction().execute(async (trx) => {
    const fresh =
      staff.failed_attempts > 0
        ? await updateStaff(trx, staff.center_id, staff.id, { failed_attempts: 0 })
        : staff;
    const stage = stageAfterPassword({
      mustChangePassword: fresh.must_change_password,
      totpEnabled: fresh.totp_enabled,
      role: fresh.role,
    });
    const staffNow =
      stage === 'active'
        ? await updateStaff(trx, staff.center_id, staff.id, { last_sign_in_at: new Date() })
        : fresh;
    const created = await createSession(trx, settings, staffNow, stage, input.ip);
    await recordAudit(trx, actorOf(staffNow, input.ip), {
      action: stage === 'active' ? 'auth.sign_in' : 'auth.password_verified',
      entity: 'staff',
      recordId: staff.id,
      details: { next: stage },
    });
    return {
      cookieValue: created.cookieValue,
      resolved: { session: created.session, staff: staffNow },
    };
  });
}

/** Second step: the 6-digit code of the authenticator app, each code usable once. */
export async function verifySignInCode(
  db: Db,
  settings: AuthSettings,
  resolved: ResolvedSession,
  code: string,
  ip: string | null,
): Promise<ResolvedSession> {
  if (resolved.session.stage !== 'totp') throw new AppError('wrong_sign_in_step');
  const staff = resolved.staff;
  assertNotLocked(staff);
  const accepted = await db.transaction().execute(async (trx) => {
    const locked = await lockStaff(trx, staff.center_id, staff.id);
    if (!locked?.totp_secret_sealed) throw new AppError('wrong_sign_in_step');
    const secret = openText(locked.totp_secret_sealed, settings.keyRing);
    const lastStep = locked.totp_last_step === null ? null : Number(locked.totp_last_step);
    const step = checkTotpCode(secret, code, lastStep);
    if (step === null) return null;
    const updated = await updateStaff(trx, staff.center_id, staff.id, {
      totp_last_step: step,
      failed_attempts: 0,
      last_sign_in_at: new Date(),
    });
    await setSessionStage(trx, staff.center_id, resolved.session.token_hash, 'active');
    await recordAudit(trx, actorOf(updated, ip), {
      action: 'auth.sign_in',
      entity: 'staff',
      recordId: staff.id,
      details: { secondFactor: 'totp' },
    });
    return updated;
  });
  if (!accepted) return registerFailure(db, settings, staff, ip, 'wrong_totp', 'invalid_totp');
  return { session: { ...resolved.session, stage: 'active' }, staff: accepted };
}

function assertNotLocked(staff: StaffRow, now = new Date()): void {
  if (staff.locked_until && staff.locked_until > now) {
    const minutes = Math.ceil((staff.locked_until.getTime() - now.getTime()) / 60_000);
    throw new AppError('account_locked', { params: { minutes } });
  }
}

/** Counts a failure atomically; the one that reaches the limit locks the account. Always throws. */
async function registerFailure(
  db: Db,
  settings: AuthSettings,
  staff: StaffRow,
  ip: string | null,
  reason: 'wrong_password' | 'wrong_totp',
  code: 'invalid_credentials' | 'invalid_totp' = 'invalid_credentials',
): Promise<never> {
  const lockedNow = await db.transaction().execute(async (trx) => {
    const current = await lockStaff(trx, staff.center_id, staff.id);
    const failures = (current?.failed_attempts ?? 0) + 1;
    const lock = failures >= settings.maxFailures;
    await updateStaff(trx, staff.center_id, staff.id, {
      failed_attempts: lock ? 0 : failures,
      ...(lock ? { locked_until: new Date(Date.now() + settings.lockoutMinutes * 60_000) } : {}),
    });
    await recordAudit(trx, anonymous(staff.center_id, ip), {
      action: lock ? 'auth.account_locked' : 'auth.sign_in_failed',
      entity: 'staff',
      recordId: staff.id,
      reason,
      details: { failures },
    });
    return lock;
  });
  if (lockedNow)
    throw new AppError('account_locked', { params: { minutes: settings.lockoutMinutes } });
  throw new AppError(code);
}

function anonymous(centerId: string, ip: string | null): Actor {
  return { centerId, staffId: null, role: null, ip };
}

export function actorOf(staff: StaffRow, ip: string | null): Actor {
  return { centerId: staff.center_id, staffId: staff.id, role: staff.role, ip };
}
