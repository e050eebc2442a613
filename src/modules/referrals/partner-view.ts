import type { Db } from '../../db/connection.js';
import { findCenterById } from '../centers/centers.repository.js';
import { findCurrentConsent } from '../gdpr/consents.repository.js';
import { isFinal, nextStatuses, normalizeCategories } from './referral-lifecycle.js';
import { projectSharedData, sharedName } from './referral-share.js';
import { loadResidentFacts } from './referral-share.repository.js';
import { destinationName } from './referrals.presenter.js';
import type { ReferralRow } from './referrals.repository.js';
import type { PartnerReferralSummary, PartnerReferralView } from './referrals.schemas.js';

/**
 * Whether the consent a referral relied on has since been withdrawn. Consent is checked now, not
 * only at creation: once the resident withdraws it, nothing more of theirs reaches the partner.
 * A referral made on a coordinator's override (no `consent_id`) rests on that override instead.
 */
export async function isConsentWithdrawn(
  trx: Db,
  row: Pick<ReferralRow, 'center_id' | 'resident_id' | 'consent_id' | 'consent_override_reason'>,
): Promise<boolean> {
  if (!row.consent_id || row.consent_override_reason) return false;
  const consent = await findCurrentConsent(trx, row.center_id, row.resident_id, 'referral_sharing');
  return consent?.status !== 'given';
}

/**
 * What the partner may still see of the resident: nothing once the referral is closed (its work
 * is done, as the link's `link_used` says) or once the consent it relied on is withdrawn.
 */
async function sharingState(trx: Db, row: ReferralRow) {
  const consentWithdrawn = await isConsentWithdrawn(trx, row);
  return { consentWithdrawn, shares: !consentWithdrawn && !isFinal(row.status) };
}

/**
 * What the partner sees of a referral: the referral itself and the resident's data of the shared
 * categories only — loaded per category and projected again, so nothing else can slip through.
 */
export async function partnerView(trx: Db, row: ReferralRow): Promise<PartnerReferralView> {
  const categories = normalizeCategories(row.shared_categories);
  const { consentWithdrawn, shares } = await sharingState(trx, row);
  const facts = shares
    ? await loadResidentFacts(trx, row.center_id, row.resident_id, row.case_id, categories)
    : {};
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
    consentWithdrawn,
    nextStatuses: nextStatuses(row.status, 'partner'),
  };
}

/**
 * A line of the partner account's list: the resident's name only if identity is shared, the
 * referral is still open and the consent it relied on still stands.
 */
export async function partnerSummary(trx: Db, row: ReferralRow): Promise<PartnerReferralSummary> {
  const categories = normalizeCategories(row.shared_categories);
  const identity =
    categories.includes('identity') && (await sharingState(trx, row)).shares
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
