import { todayAtCenter } from '../applications/today.js';
import { isOverdue, nextStatuses } from './referral-lifecycle.js';
import type { ReferralRow } from './referrals.repository.js';
import type { listStatusChanges } from './referrals.repository.js';
import type { ReferralSummary, ReferralView } from './referrals.schemas.js';
import { normalizeCategories } from './referral-lifecycle.js';

type HistoryRow = Awaited<ReturnType<typeof listStatusChanges>>[number];

/** Where a referral goes, as people read it: "Service (Organization)" or the outside name. */
export function destinationName(row: {
  service_name: string | null;
  organization_name: string | null;
  external_organization: string | null;
}): string {
  if (row.service_name && row.organization_name) {
    return `${row.service_name} (${row.organization_name})`;
  }
  return row.organization_name ?? row.external_organization ?? '';
}

function destinationOf(row: ReferralRow): ReferralView['destination'] {
  return {
    kind: row.service_id ? 'service' : row.organization_id ? 'organization' : 'external',
    name: destinationName(row),
    serviceId: row.service_id,
    serviceName: row.service_name,
    organizationId: row.organization_id,
    organizationName: row.organization_name ?? row.external_organization,
  };
}

export function presentReferral(
  row: ReferralRow,
  history: HistoryRow[],
  consentWithdrawn: boolean,
  now = new Date(),
): ReferralView {
  return {
    id: row.id,
    residentId: row.resident_id,
    residentName: row.resident_name,
    caseId: row.case_id,
    destination: destinationOf(row),
    partnerEmail: row.partner_email,
    reason: row.reason,
    urgency: row.urgency,
    sharedCategories: normalizeCategories(row.shared_categories),
    status: row.status,
    statusReason: row.status_reason,
    statusNote: row.status_note,
    consent: row.consent_id
      ? { kind: 'given', overrideReason: null, withdrawn: consentWithdrawn }
      : { kind: 'override', overrideReason: row.consent_override_reason, withdrawn: false },
    owner: { id: row.owner_id, displayName: row.owner_name },
    dueOn: row.due_on_text,
    overdue: isOverdue(row.status, row.due_on_text, todayAtCenter(now)),
    outcome: row.outcome,
    outcomeReason: row.outcome_reason,
    outcomeNote: row.outcome_note,
    createdAt: row.created_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    history: history.map((h) => ({
      at: h.at.toISOString(),
      fromStatus: h.from_status,
      toStatus: h.to_status,
      reason: h.reason,
      note: h.note,
      actorKind: h.actor_kind,
      actorName: h.actor_kind === 'partner_link' ? null : (h.actor_name ?? null),
    })),
    nextStatuses: nextStatuses(row.status, 'center'),
  };
}

export function presentSummary(row: ReferralRow, now = new Date()): ReferralSummary {
  return {
    id: row.id,
    residentId: row.resident_id,
    residentName: row.resident_name,
    caseId: row.case_id,
    destinationName: destinationName(row),
    urgency: row.urgency,
    status: row.status,
    dueOn: row.due_on_text,
    overdue: isOverdue(row.status, row.due_on_text, todayAtCenter(now)),
    owner: { id: row.owner_id, displayName: row.owner_name },
    createdAt: row.created_at.toISOString(),
  };
}
