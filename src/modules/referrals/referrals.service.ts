import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import { todayAtCenter } from '../applications/today.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { applyStatusChange, type StatusChange } from './change-referral-status.js';
import { queuePartnerMail } from './create-referral.js';
import { isFinal } from './referral-lifecycle.js';
import { openVisibleReferral, seesAllReferrals } from './referral-access.js';
import type { LinkSettings } from './referral-mail.js';
import { presentReferral, presentSummary } from './referrals.presenter.js';
import { bumpLinkGeneration, listReferrals, listStatusChanges } from './referrals.repository.js';
import type { ListReferralsQuery, ReferralSummary, ReferralView } from './referrals.schemas.js';
import { searchDestinations } from './destinations.repository.js';
import { isConsentWithdrawn } from './partner-view.js';

/** The referral with its history, as the Center sees it (reads of a resident's data are audited). */
export async function viewReferral(trx: Db, actor: Actor, id: string): Promise<ReferralView> {
  const row = await openVisibleReferral(trx, actor, id);
  return presentReferral(
    row,
    await listStatusChanges(trx, actor.centerId, id),
    await isConsentWithdrawn(trx, row),
  );
}

export async function readReferral(db: Db, actor: Actor, id: string): Promise<ReferralView> {
  return db.transaction().execute(async (trx) => {
    const view = await viewReferral(trx, actor, id);
    await recordAudit(trx, actor, { action: 'referral.read', entity: 'referral', recordId: id });
    return view;
  });
}

export async function findReferrals(
  db: Db,
  actor: Actor,
  query: ListReferralsQuery,
  now = new Date(),
): Promise<ReferralSummary[]> {
  if (!actor.staffId) throw new AppError('forbidden');
  const staffId = actor.staffId;
  return db.transaction().execute(async (trx) => {
    const rows = await listReferrals(trx, actor.centerId, {
      visibleTo: seesAllReferrals(actor) ? null : staffId,
      ownerId: query.mine ? staffId : undefined,
      status: query.status,
      overdueOn: query.overdue ? todayAtCenter(now) : undefined,
      residentId: query.residentId,
      caseId: query.caseId,
    });
    await recordAudit(trx, actor, {
      action: 'referral.list',
      entity: 'referral',
      recordId: query.residentId ?? query.caseId ?? null,
      details: { count: rows.length },
    });
    return rows.map((row) => presentSummary(row, now));
  });
}

/** The Center cancels, or records an answer or outcome the partner gave by phone. */
export async function changeReferralStatus(
  db: Db,
  actor: Actor,
  id: string,
  change: StatusChange,
): Promise<ReferralView> {
  return db.transaction().execute(async (trx) => {
    const row = await openVisibleReferral(trx, actor, id, { lock: true });
    await applyStatusChange(trx, actor, row, change, { side: 'center', actorKind: 'staff' });
    return viewReferral(trx, actor, id);
  });
}

/** A fresh link to the partner (the first one expired or was lost); open referrals only. */
export async function resendPartnerLink(
  db: Db,
  actor: Actor,
  links: LinkSettings,
  id: string,
): Promise<ReferralView> {
  return db.transaction().execute(async (trx) => {
    const row = await openVisibleReferral(trx, actor, id, { lock: true });
    if (isFinal(row.status)) throw new AppError('link_used');
    if (!row.partner_email) {
      throw new AppError('validation_failed', {
        fieldErrors: [{ field: 'body.partnerEmail', rule: 'required' }],
      });
    }
    // A fresh link revokes the earlier ones (e.g. one e-mailed to a wrong address).
    const generation = await bumpLinkGeneration(trx, actor.centerId, id);
    await queuePartnerMail(trx, links, { ...row, link_generation: generation }, new Date());
    await recordAudit(trx, actor, {
      action: 'referral.link_sent',
      entity: 'referral',
      recordId: id,
    });
    return viewReferral(trx, actor, id);
  });
}

/** Services the Center may refer to (its own and shared ones), by name. */
export function findDestinations(db: Db, actor: Actor, q: string | undefined) {
  return searchDestinations(db, actor.centerId, q ?? '');
}
