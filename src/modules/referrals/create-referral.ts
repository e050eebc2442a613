import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import { enqueueMail } from '../appointments/booking/outbox.repository.js';
import { todayAtCenter } from '../applications/today.js';
import type { Actor } from '../auth/actor.js';
import { roleHasPermission } from '../auth/permissions.js';
import { recordAudit } from '../audit/audit.service.js';
import { assertAssignable, openVisibleCase } from '../cases/case-access.js';
import { findCenterById } from '../centers/centers.repository.js';
import { findVisibleOrganization, findVisibleService } from '../directory/directory-lookup.js';
import { findCurrentConsent } from '../gdpr/consents.repository.js';
import { findResidentById } from '../residents/residents.repository.js';
import { addTimelineEntry } from '../timeline/timeline.service.js';
import { defaultDueDate, normalizeCategories } from './referral-lifecycle.js';
import { partnerLinkMail, partnerLinkUrl, type LinkSettings } from './referral-mail.js';
import { destinationName } from './referrals.presenter.js';
import { findReferral, insertReferral, insertStatusChange } from './referrals.repository.js';
import type { CreateReferralBody } from './referrals.schemas.js';

interface Destination {
  serviceId: string | null;
  organizationId: string | null;
  externalOrganization: string | null;
  email: string | null;
}

/** A directory service or organization the Center may use, or an outside organization by name. */
async function resolveDestination(trx: Db, centerId: string, input: CreateReferralBody) {
  const given = [input.serviceId, input.organizationId, input.externalOrganization].filter(
    (v) => v !== undefined,
  );
  if (given.length !== 1) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'body.serviceId', rule: given.length === 0 ? 'required' : 'invalid' }],
    });
  }
  if (input.serviceId) {
    const service = await findVisibleService(trx, centerId, input.serviceId);
    if (!service) throw new AppError('directory_entry_unavailable', { field: 'body.serviceId' });
    return {
      serviceId: service.id,
      organizationId: service.organizationId,
      externalOrganization: null,
      email: service.referralEmail,
    } satisfies Destination;
  }
  if (input.organizationId) {
    const organization = await findVisibleOrganization(trx, centerId, input.organizationId);
    if (!organization) {
      throw new AppError('directory_entry_unavailable', { field: 'body.organizationId' });
    }
    return {
      serviceId: null,
      organizationId: organization.id,
      externalOrganization: null,
      email: organization.referralEmail,
    } satisfies Destination;
  }
  const name = input.externalOrganization?.trim() ?? '';
  if (!name) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'body.externalOrganization', rule: 'required' }],
    });
  }
  return { serviceId: null, organizationId: null, externalOrganization: name, email: null };
}

/**
 * The consent relied on, or the coordinator's override. Without a current `referral_sharing`
 * consent the referral is refused, unless someone with `referrals.consent_override` says why.
 */
async function consentBasis(trx: Db, actor: Actor, residentId: string, overrideReason?: string) {
  const consent = await findCurrentConsent(trx, actor.centerId, residentId, 'referral_sharing');
  if (consent?.status === 'given') return { consentId: consent.id, overrideReason: null };
  const reason = overrideReason?.trim();
  const mayOverride =
    actor.role !== null && roleHasPermission(actor.role, 'referrals.consent_override');
  if (!reason || !mayOverride) {
    throw new AppError('consent_required', { field: 'body.consentOverrideReason' });
  }
  return { consentId: null, overrideReason: reason };
}

/**
 * Refers a resident (usually from a case) to a service, with the consent check, the first
 * history row, the audit, the timeline and the partner's e-mail with its signed link, all in one
 * transaction: the e-mail exists exactly when the referral does.
 */
export async function createReferral(
  db: Db,
  actor: Actor,
  links: LinkSettings,
  input: CreateReferralBody,
  now = new Date(),
): Promise<string> {
  if (!actor.staffId) throw new AppError('forbidden');
  const staffId = actor.staffId;
  const reason = input.reason.trim();
  if (!reason) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'body.reason', rule: 'required' }],
    });
  }
  return db.transaction().execute(async (trx) => {
    if (!(await findResidentById(trx, actor.centerId, input.residentId))) {
      throw new AppError('not_found', { field: 'body.residentId' });
    }
    if (input.caseId) {
      const { row } = await openVisibleCase(trx, actor, input.caseId);
      if (row.resident_id !== input.residentId) {
        throw new AppError('validation_failed', {
          fieldErrors: [{ field: 'body.caseId', rule: 'invalid' }],
        });
      }
    }
    const destination = await resolveDestination(trx, actor.centerId, input);
    const consent = await consentBasis(trx, actor, input.residentId, input.consentOverrideReason);
    const ownerId = input.ownerId ?? staffId;
    if (ownerId !== staffId) await assertAssignable(trx, actor.centerId, [ownerId], 'body.ownerId');
    const today = todayAtCenter(now);
    const dueOn = input.dueOn ?? defaultDueDate(input.urgency, today);
    if (dueOn < today) {
      throw new AppError('validation_failed', {
        fieldErrors: [{ field: 'body.dueOn', rule: 'invalid' }],
      });
    }
    const partnerEmail = input.partnerEmail ?? destination.email;
    const id = await insertReferral(trx, {
      center_id: actor.centerId,
      resident_id: input.residentId,
      case_id: input.caseId ?? null,
      service_id: destination.serviceId,
      organization_id: destination.organizationId,
      external_organization: destination.externalOrganization,
      partner_email: partnerEmail,
      reason,
      urgency: input.urgency,
      shared_categories: normalizeCategories(input.sharedCategories),
      consent_id: consent.consentId,
      consent_override_by: consent.consentId ? null : staffId,
      consent_override_reason: consent.overrideReason,
      owner_id: ownerId,
      due_on: dueOn,
      created_by: staffId,
      created_at: now,
    });
    await insertStatusChange(trx, {
      center_id: actor.centerId,
      referral_id: id,
      at: now,
      from_status: null,
      to_status: 'requested',
      actor_kind: 'staff',
      actor_id: staffId,
    });
    const row = await findReferral(trx, actor.centerId, id);
    if (!row) throw new Error('referral vanished in its own transaction');
    await recordAudit(trx, actor, {
      action: 'referral.create',
      entity: 'referral',
      recordId: id,
      details: {
        residentId: input.residentId,
        destination: row.service_id ? 'service' : row.organization_id ? 'organization' : 'external',
        sharedCategories: row.shared_categories,
        consentOverride: consent.overrideReason !== null,
      },
    });
    if (consent.overrideReason) {
      await recordAudit(trx, actor, {
        action: 'referral.consent_override',
        entity: 'referral',
        recordId: id,
        reason: consent.overrideReason,
        details: { residentId: input.residentId },
      });
    }
    await addTimelineEntry(trx, actor, {
      residentId: input.residentId,
      kind: 'referral.created',
      occurredAt: now,
      sourceId: id,
      caseId: input.caseId ?? null,
      details: { destination: destinationName(row), urgency: input.urgency },
    });
    if (partnerEmail) await queuePartnerMail(trx, links, row, now);
    return id;
  });
}

/** The partner's e-mail with a fresh signed link, written to the outbox (sent after commit). */
export async function queuePartnerMail(
  trx: Db,
  links: LinkSettings,
  row: NonNullable<Awaited<ReturnType<typeof findReferral>>>,
  now: Date,
): Promise<void> {
  if (!row.partner_email) return;
  const center = await findCenterById(trx, row.center_id);
  if (!center) throw new Error('referral without its Center');
  const mail = partnerLinkMail({
    centerName: { el: center.name_el, en: center.name_en },
    destination: destinationName(row),
    urgency: row.urgency,
    dueOn: row.due_on_text,
    url: partnerLinkUrl(
      links,
      { centerId: row.center_id, id: row.id, linkGeneration: row.link_generation },
      now,
    ),
  });
  await enqueueMail(trx, {
    center_id: row.center_id,
    kind: 'referral.partner_link',
    to: row.partner_email,
    subject: mail.subject,
    body: mail.body,
    ics: null,
  });
}
