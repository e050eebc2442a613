import type { Db } from '../../db/connection.js';
import { findCenterById } from '../centers/centers.repository.js';
import { nextStatuses, normalizeCategories } from './referral-lifecycle.js';
import { projectSharedData, sharedName } from './referral-share.js';
import { loadResidentFacts } from './referral-share.repository.js';
import { destinationName } from './referrals.presenter.js';
import type { ReferralRow } from './referrals.repository.js';
import type { PartnerReferralSummary, PartnerReferralView } from './referrals.schemas.js';

/**
 * What the partner sees of a referral: the referral itself and the resident's data of the shared
 * categories only — loaded per category and projected again, so nothing else can slip through.
 */
export async function partnerView(trx: Db, row: ReferralRow): Promise<PartnerReferralView> {
  const categories = normalizeCategories(row.shared_categories);
  const facts = await loadResidentFacts(
    trx,
    row.center_id,
    row.resident_id,
    row.case_id,
    categories,
  );
  const center = await findCenterById(trx, row.center_id);
  if (!center) throw new Error('referral without its Center');
  return {
    id: row.id,
    center: {
      name: { el: center.name_el, en: center.name_en },
      phones: center.phones,
      email: center.email,
    },
    destinationName: destinationName(row),
    caseWorker: { name: row.owner_name, email: row.owner_email },
    reason: row.reason,
    urgency: row.urgency,
    dueOn: row.due_on_text,
    status: row.status,
    statusReason: row.status_reason,
    outcome: row.outcome,
    createdAt: row.created_at.toISOString(),
    sharedCategories: categories,
    shared: projectSharedData(facts, categories),
    nextStatuses: nextStatuses(row.status, 'partner'),
  };
}

/** A line of the partner account's list: the resident's name only if identity is shared. */
export async function partnerSummary(trx: Db, row: ReferralRow): Promise<PartnerReferralSummary> {
  const categories = normalizeCategories(row.shared_categories);
  const identity = categories.includes('identity')
    ? await loadResidentFacts(trx, row.center_id, row.resident_id, null, ['identity'])
    : {};
  return {
    id: row.id,
    residentName: sharedName(identity),
    destinationName: destinationName(row),
    urgency: row.urgency,
    status: row.status,
    dueOn: row.due_on_text,
    createdAt: row.created_at.toISOString(),
  };
}
