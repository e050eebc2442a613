import type { Db } from '../../db/connection.js';
import { AppError, type FieldError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { notifyStaff } from '../notifications/notifications.service.js';
import { addTimelineEntry } from '../timeline/timeline.service.js';
import { canTransition, isFinal, reasonCodesFor, type ReferralSide } from './referral-lifecycle.js';
import { destinationName } from './referrals.presenter.js';
import { insertStatusChange, updateReferral, type ReferralRow } from './referrals.repository.js';
import type { ReferralOutcome, ReferralStatus } from './referrals.tables.js';

export interface StatusChange {
  status: ReferralStatus;
  reason?: string | undefined;
  note?: string | undefined;
  outcome?: ReferralOutcome | undefined;
}

export interface ChangeContext {
  side: ReferralSide;
  actorKind: 'staff' | 'partner_link';
  /** Prefix of the input fields, for error messages (`body`). */
  field?: string;
  now?: Date;
}

/** The reason and outcome a change needs, checked against the vocabularies; errors name fields. */
export function checkChangeInput(change: StatusChange, field = 'body'): void {
  const errors: FieldError[] = [];
  const { codes, required } = reasonCodesFor(change.status, change.outcome);
  if (change.reason !== undefined && !codes.includes(change.reason)) {
    errors.push({ field: `${field}.reason`, rule: 'enum' });
  } else if (required && change.reason === undefined) {
    errors.push({ field: `${field}.reason`, rule: 'required' });
  }
  if (change.status === 'completed' && change.outcome === undefined) {
    errors.push({ field: `${field}.outcome`, rule: 'required' });
  }
  if (change.status !== 'completed' && change.outcome !== undefined) {
    errors.push({ field: `${field}.outcome`, rule: 'invalid' });
  }
  if (errors.length > 0) throw new AppError('validation_failed', { fieldErrors: errors });
}

/**
 * Moves a referral the caller has locked (FOR UPDATE): two answers at once queue on the lock, and
 * the second finds the status already moved and is refused with `invalid_transition`. Writes the
 * history row, the closing time, the audit entry and the resident's timeline in the caller's
 * transaction; a partner's answer notifies the case worker who owns the referral.
 */
export async function applyStatusChange(
  trx: Db,
  actor: Actor,
  row: ReferralRow,
  change: StatusChange,
  ctx: ChangeContext,
): Promise<void> {
  const now = ctx.now ?? new Date();
  if (!canTransition(row.status, change.status, ctx.side)) {
    throw new AppError('invalid_transition', { params: { from: row.status, to: change.status } });
  }
  checkChangeInput(change, ctx.field);
  const completing = change.status === 'completed';
  await updateReferral(trx, row.center_id, row.id, {
    status: change.status,
    status_reason: completing ? null : (change.reason ?? null),
    status_note: completing ? null : (change.note ?? null),
    closed_at: isFinal(change.status) ? now : null,
    ...(completing
      ? {
          outcome: change.outcome ?? null,
          outcome_reason: change.reason ?? null,
          outcome_note: change.note ?? null,
        }
      : {}),
  });
  await insertStatusChange(trx, {
    center_id: row.center_id,
    referral_id: row.id,
    at: now,
    from_status: row.status,
    to_status: change.status,
    reason: change.reason ?? null,
    note: change.note ?? null,
    actor_kind: ctx.actorKind,
    actor_id: actor.staffId,
  });
  await recordAudit(trx, actor, {
    action: 'referral.status_change',
    entity: 'referral',
    recordId: row.id,
    details: {
      from: row.status,
      to: change.status,
      reason: change.reason ?? null,
      via: ctx.actorKind,
    },
  });
  await addTimelineEntry(trx, actor, {
    residentId: row.resident_id,
    kind: completing ? 'referral.completed' : 'referral.status_changed',
    occurredAt: now,
    sourceId: row.id,
    caseId: row.case_id,
    details: completing
      ? { outcome: change.outcome, destination: destinationName(row) }
      : { status: change.status, destination: destinationName(row) },
  });
  if (ctx.side === 'partner' && change.status !== 'received') {
    await notifyStaff(trx, row.center_id, [row.owner_id], {
      kind: 'referral.answered',
      details: { referralId: row.id, status: change.status, reason: change.reason ?? null },
    });
  }
}
