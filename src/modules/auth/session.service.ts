import type { Db } from '../../db/connection.js';
import type { SessionStage } from '../../db/types.js';
import { AppError } from '../../lib/app-error.js';
import { randomToken, sha256Hex } from '../../lib/crypto.js';
import { findCenterById } from '../centers/centers.repository.js';
import { findStaffById, type StaffRow } from '../staff/staff.repository.js';
import type { AuthSettings } from './auth-settings.js';
import { rolePermissions } from './permissions.js';
import {
  deleteSession,
  findSession,
  insertSession,
  touchSession,
  type SessionRow,
} from './sessions.repository.js';

export interface ResolvedSession {
  session: SessionRow;
  staff: StaffRow;
}

/** The cookie value is `<center id>.<random token>`; the database keeps only the token's hash. */
export function parseSessionCookie(value: string): { centerId: string; tokenHash: string } | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(value);
  const [, centerId, token] = match ?? [];
  if (!centerId || !token) return null;
  return { centerId, tokenHash: sha256Hex(token) };
}

export async function createSession(
  trx: Db,
  settings: AuthSettings,
  staff: StaffRow,
  stage: SessionStage,
  ip: string | null,
  now = new Date(),
): Promise<{ cookieValue: string; session: SessionRow }> {
  const token = randomToken(32);
  const session = await insertSession(trx, {
    center_id: staff.center_id,
    token_hash: sha256Hex(token),
    staff_id: staff.id,
    stage,
    csrf_token: randomToken(24),
    ip,
    last_seen_at: now,
    expires_at: new Date(now.getTime() + settings.absoluteHours * 3_600_000),
  });
  return { cookieValue: `${staff.center_id}.${token}`, session };
}

/**
 * Finds the live session behind a cookie. Expired (idle or absolute) sessions are deleted and
 * reported as such; activity is written at most once a minute to spare the database.
 */
export async function resolveSession(
  db: Db,
  settings: AuthSettings,
  cookieValue: string,
  now = new Date(),
): Promise<ResolvedSession> {
  const parsed = parseSessionCookie(cookieValue);
  if (!parsed) throw new AppError('not_signed_in');
  const session = await findSession(db, parsed.centerId, parsed.tokenHash);
  if (!session) throw new AppError('session_expired');
  const idleLimit = session.last_seen_at.getTime() + settings.idleMinutes * 60_000;
  if (now.getTime() > idleLimit || now > session.expires_at) {
    await deleteSession(db, parsed.centerId, parsed.tokenHash);
    throw new AppError('session_expired');
  }
  const staff = await findStaffById(db, session.center_id, session.staff_id);
  if (!staff || staff.status !== 'active') {
    await deleteSession(db, parsed.centerId, parsed.tokenHash);
    throw new AppError('session_expired');
  }
  if (now.getTime() - session.last_seen_at.getTime() > 60_000) {
    await touchSession(db, session.center_id, session.token_hash, now);
  }
  return { session, staff };
}

export async function presentSession(
  db: Db,
  resolved: ResolvedSession,
  stage = resolved.session.stage,
) {
  const { staff, session } = resolved;
  const center = await findCenterById(db, staff.center_id);
  if (!center) throw new AppError('not_found');
  return {
    stage,
    csrfToken: session.csrf_token,
    user: {
      id: staff.id,
      username: staff.username,
      displayName: staff.display_name,
      role: staff.role,
      totpEnabled: staff.totp_enabled,
    },
    center: { slug: center.slug, name: { el: center.name_el, en: center.name_en } },
    permissions: stage === 'active' ? [...rolePermissions[staff.role]] : [],
  };
}

export type SessionView = Awaited<ReturnType<typeof presentSession>>;
