import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { roleHasPermission } from '../auth/permissions.js';
import { findStaffById } from '../staff/staff.repository.js';
import { findReferral, isReferralVisibleTo, type ReferralRow } from './referrals.repository.js';

/** Roles that see every referral of the Center: those that see every case (the coordinator). */
export function seesAllReferrals(actor: Actor): boolean {
  return actor.role !== null && roleHasPermission(actor.role, 'cases.read_all');
}

/**
 * The first step of every staff operation on a referral: the row, if this actor may see it
 * (same rule as the case it comes from, see referrals.repository.ts `visibleReferral`); else 404
 * so that its existence does not leak.
 */
export async function openVisibleReferral(
  trx: Db,
  actor: Actor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ReferralRow> {
  if (!actor.staffId) throw new AppError('not_found');
  const row = await findReferral(trx, actor.centerId, id, options);
  if (!row) throw new AppError('not_found');
  if (
    !seesAllReferrals(actor) &&
    !(await isReferralVisibleTo(trx, actor.centerId, id, actor.staffId))
  ) {
    throw new AppError('not_found');
  }
  return row;
}

/** The organization a partner account answers for; anyone else has none. */
export async function partnerOrganizationOf(trx: Db, actor: Actor): Promise<string> {
  const staff = actor.staffId ? await findStaffById(trx, actor.centerId, actor.staffId) : undefined;
  if (!staff || staff.role !== 'partner' || !staff.partner_organization_id) {
    throw new AppError('forbidden');
  }
  return staff.partner_organization_id;
}

/** A referral of the Center sent to the partner's organization; any other is "not found". */
export async function openPartnerReferral(
  trx: Db,
  actor: Actor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ReferralRow> {
  const organizationId = await partnerOrganizationOf(trx, actor);
  const row = await findReferral(trx, actor.centerId, id, options);
  if (!row || row.organization_id !== organizationId) throw new AppError('not_found');
  return row;
}
