import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { generateOneTimePassword, hashPassword } from '../auth/passwords.js';
import { deleteSessionsOfStaff } from '../auth/sessions.repository.js';
import { recordAudit } from '../audit/audit.service.js';
import { partnerOrganizationFor } from './partner-organization.js';
import { presentStaff } from './staff.presenter.js';
import {
  countActiveAdministrators,
  findStaffByUsername,
  insertStaff,
  listStaffOfCenter,
  listVisibleOrganizations,
  lockStaff,
  updateStaff,
} from './staff.repository.js';
import type {
  ColleagueView,
  CreateStaffBody,
  StaffView,
  UpdateStaffBody,
} from './staff.schemas.js';

export async function listStaff(db: Db, actor: Actor): Promise<StaffView[]> {
  return (await listStaffOfCenter(db, actor.centerId)).map(presentStaff);
}

/** Directory organizations the Center may tie a partner account to (its own and shared ones). */
export function listPartnerOrganizations(db: Db, actor: Actor) {
  return listVisibleOrganizations(db, actor.centerId);
}

/** The Center's active colleagues, for choosing whom to share a note with or put on a team. */
export async function listColleagues(db: Db, actor: Actor): Promise<ColleagueView[]> {
  // Partner accounts belong to another organization: the Center's staff list is not theirs.
  if (actor.role === null || actor.role === 'partner') throw new AppError('forbidden');
  return (await listStaffOfCenter(db, actor.centerId))
    .filter((row) => row.status === 'active' && row.role !== 'partner')
    .map((row) => ({ id: row.id, displayName: row.display_name, role: row.role }));
}

/** A new account gets a one-time password, shown once to the administrator, changed at first sign-in. */
export async function createStaff(db: Db, actor: Actor, input: CreateStaffBody) {
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const staff = await db.transaction().execute(async (trx) => {
    if (await findStaffByUsername(trx, actor.centerId, input.username)) {
      throw new AppError('username_taken', { field: 'body.username' });
    }
    const organizationId = await partnerOrganizationFor(
      trx,
      actor.centerId,
      input.role,
      input.partnerOrganizationId,
    );
    const row = await insertStaff(trx, {
      partner_organization_id: organizationId,
      center_id: actor.centerId,
      username: input.username,
      display_name: input.displayName,
      email: input.email ?? null,
      role: input.role,
      password_hash: passwordHash,
      must_change_password: true,
    });
    await recordAudit(trx, actor, {
      action: 'staff.create',
      entity: 'staff',
      recordId: row.id,
      details: { role: row.role, partnerOrganizationId: organizationId },
    });
    return row;
  });
  return { staff: presentStaff(staff), oneTimePassword };
}

export async function updateStaffAccount(db: Db, actor: Actor, id: string, input: UpdateStaffBody) {
  return db.transaction().execute(async (trx) => {
    const current = await lockStaff(trx, actor.centerId, id);
    if (!current) throw new AppError('not_found');
    const demotes = input.role !== undefined && input.role !== current.role;
    const disables = input.status === 'disabled' && current.status === 'active';
    if (id === actor.staffId && (demotes || disables)) throw new AppError('cannot_disable_self');
    const role = input.role ?? current.role;
    // A partner keeps its organization unless a new one is chosen; other roles have none. The
    // kept one is not checked again: an administrator must be able to disable a partner account
    // even after its organization left the directory the Center sees.
    const keepsOrganization =
      role === 'partner' &&
      current.partner_organization_id !== null &&
      (input.partnerOrganizationId === undefined ||
        input.partnerOrganizationId === current.partner_organization_id);
    const organizationId = keepsOrganization
      ? current.partner_organization_id
      : await partnerOrganizationFor(trx, actor.centerId, role, input.partnerOrganizationId);
    const movesOrganization = organizationId !== current.partner_organization_id;
    const updated = await updateStaff(trx, actor.centerId, id, {
      display_name: input.displayName,
      email: input.email,
      role: input.role,
      status: input.status,
      partner_organization_id: organizationId,
    });
    // A Center must keep one active administrator, or nobody could manage it any more.
    if ((await countActiveAdministrators(trx, actor.centerId)) === 0) {
      throw new AppError('conflict');
    }
    if (disables || demotes || movesOrganization) {
      await deleteSessionsOfStaff(trx, actor.centerId, id);
    }
    await recordAudit(trx, actor, {
      action: 'staff.update',
      entity: 'staff',
      recordId: id,
      details: {
        changed: Object.keys(input),
        ...(demotes ? { role: { from: current.role, to: input.role } } : {}),
        ...(input.status ? { status: input.status } : {}),
      },
    });
    return presentStaff(updated);
  });
}

export async function resetStaffPassword(db: Db, actor: Actor, id: string) {
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await db.transaction().execute(async (trx) => {
    if (!(await lockStaff(trx, actor.centerId, id))) throw new AppError('not_found');
    await updateStaff(trx, actor.centerId, id, {
      password_hash: passwordHash,
      must_change_password: true,
      failed_attempts: 0,
      locked_until: null,
    });
    await deleteSessionsOfStaff(trx, actor.centerId, id);
    await recordAudit(trx, actor, {
      action: 'staff.password_reset',
      entity: 'staff',
      recordId: id,
    });
  });
  return { oneTimePassword };
}

/** For a lost phone: the person enrols a new second factor at the next sign-in. */
export async function resetStaffTotp(db: Db, actor: Actor, id: string) {
  return db.transaction().execute(async (trx) => {
    if (!(await lockStaff(trx, actor.centerId, id))) throw new AppError('not_found');
    const updated = await updateStaff(trx, actor.centerId, id, {
      totp_enabled: false,
      totp_secret_sealed: null,
      totp_last_step: null,
    });
    await deleteSessionsOfStaff(trx, actor.centerId, id);
    await recordAudit(trx, actor, { action: 'staff.totp_reset', entity: 'staff', recordId: id });
    return presentStaff(updated);
  });
}
