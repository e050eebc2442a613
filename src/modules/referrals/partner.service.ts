import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { KeyRing } from '../../lib/crypto.js';
import { claimedCenterOf, verifyLink } from '../appointments/booking/signed-links.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { applyStatusChange, type StatusChange } from './change-referral-status.js';
import { isFinal } from './referral-lifecycle.js';
import { openPartnerReferral, partnerOrganizationOf } from './referral-access.js';
import { partnerSummary, partnerView } from './partner-view.js';
import { partnerLinkRecord } from './referral-mail.js';
import { findReferral, listReferrals } from './referrals.repository.js';
import type { PartnerReferralSummary, PartnerReferralView } from './referrals.schemas.js';

export interface LinkContext {
  keyRing: KeyRing;
  ip: string | null;
  now?: Date;
}

/** The holder of a partner link acts as nobody of the Center: audit rows say `via: partner_link`. */
function linkActor(centerId: string, ip: string | null): Actor {
  return { centerId, staffId: null, role: null, ip };
}

/**
 * The referral a signed link opens, locked when answering. Forged, altered or expired → 403
 * `link_invalid`; a referral already closed (rejected, completed, cancelled) → `link_used`: the
 * link no longer shows the resident's data once its work is done.
 */
async function openByLink(trx: Db, ctx: LinkContext, id: string, token: string, lock: boolean) {
  // The link is signed for the referral's current link generation, which only the row knows:
  // read it in the Center the token names (that name is covered by the signature checked next).
  const claimedCenter = claimedCenterOf(token);
  const row = claimedCenter ? await findReferral(trx, claimedCenter, id, { lock }) : undefined;
  const grant = row
    ? verifyLink(
        ctx.keyRing,
        token,
        {
          recordId: partnerLinkRecord({ id, linkGeneration: row.link_generation }),
          action: 'referral_partner',
        },
        ctx.now ?? new Date(),
      )
    : null;
  if (!row || !grant) throw new AppError('link_invalid', { field: 'token' });
  if (isFinal(row.status)) throw new AppError('link_used');
  return { row, actor: linkActor(grant.centerId, ctx.ip) };
}

export async function viewByPartnerLink(
  db: Db,
  ctx: LinkContext,
  id: string,
  token: string,
): Promise<PartnerReferralView> {
  return db.transaction().execute(async (trx) => {
    const { row, actor } = await openByLink(trx, ctx, id, token, false);
    await recordAudit(trx, actor, {
      action: 'referral.partner_view',
      entity: 'referral',
      recordId: id,
      details: { via: 'partner_link', sharedCategories: row.shared_categories },
    });
    return partnerView(trx, row);
  });
}

export async function answerByPartnerLink(
  db: Db,
  ctx: LinkContext,
  id: string,
  token: string,
  change: StatusChange,
): Promise<PartnerReferralView> {
  return db.transaction().execute(async (trx) => {
    const { row, actor } = await openByLink(trx, ctx, id, token, true);
    await applyStatusChange(trx, actor, row, change, {
      side: 'partner',
      actorKind: 'partner_link',
      now: ctx.now,
    });
    const updated = await findReferral(trx, actor.centerId, id);
    if (!updated) throw new AppError('link_invalid', { field: 'token' });
    return partnerView(trx, updated);
  });
}

/** A partner account's list: the Center's referrals sent to its organization, nothing else. */
export async function listPartnerReferrals(
  db: Db,
  actor: Actor,
): Promise<PartnerReferralSummary[]> {
  return db.transaction().execute(async (trx) => {
    const organizationId = await partnerOrganizationOf(trx, actor);
    const rows = await listReferrals(trx, actor.centerId, { visibleTo: null, organizationId });
    await recordAudit(trx, actor, {
      action: 'referral.partner_list',
      entity: 'referral',
      details: { count: rows.length, via: 'partner_account' },
    });
    return Promise.all(rows.map((row) => partnerSummary(trx, row)));
  });
}

export async function readPartnerReferral(
  db: Db,
  actor: Actor,
  id: string,
): Promise<PartnerReferralView> {
  return db.transaction().execute(async (trx) => {
    const row = await openPartnerReferral(trx, actor, id);
    await recordAudit(trx, actor, {
      action: 'referral.partner_view',
      entity: 'referral',
      recordId: id,
      details: { via: 'partner_account', sharedCategories: row.shared_categories },
    });
    return partnerView(trx, row);
  });
}

export async function answerAsPartner(
  db: Db,
  actor: Actor,
  id: string,
  change: StatusChange,
): Promise<PartnerReferralView> {
  return db.transaction().execute(async (trx) => {
    const row = await openPartnerReferral(trx, actor, id, { lock: true });
    await applyStatusChange(trx, actor, row, change, { side: 'partner', actorKind: 'staff' });
    const updated = await findReferral(trx, actor.centerId, id);
    if (!updated) throw new AppError('not_found');
    return partnerView(trx, updated);
  });
}
