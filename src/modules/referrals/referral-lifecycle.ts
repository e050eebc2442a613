import { addDays } from '../appointments/calendar/time.js';
import type { ReferralStatus, ReferralUrgency } from './referrals.tables.js';
import {
  cancelReasons,
  notDeliveredReasons,
  rejectionReasons,
  type SharedCategory,
  sharedCategories,
} from './referrals.vocabulary.js';

/** Who moves a referral: the Center's staff, or the partner (through its link or its account). */
export type ReferralSide = 'center' | 'partner';

/**
 * The statuses after HL7 FHIR Task: requested → received → accepted | rejected; accepted →
 * in_progress → completed. A partner may accept or reject straight from `requested` (opening
 * the link and answering is one step for them), and may record the outcome from `accepted` (a
 * resident who never came has an outcome too: not delivered). Only the Center cancels, from any
 * open status. The Center may also record a partner's answer given by phone.
 */
const transitions: Record<ReferralStatus, Partial<Record<ReferralStatus, ReferralSide[]>>> = {
  requested: {
    received: ['partner', 'center'],
    accepted: ['partner', 'center'],
    rejected: ['partner', 'center'],
    cancelled: ['center'],
  },
  received: {
    accepted: ['partner', 'center'],
    rejected: ['partner', 'center'],
    cancelled: ['center'],
  },
  accepted: {
    in_progress: ['partner', 'center'],
    completed: ['partner', 'center'],
    cancelled: ['center'],
  },
  in_progress: {
    completed: ['partner', 'center'],
    cancelled: ['center'],
  },
  rejected: {},
  completed: {},
  cancelled: {},
};

export const finalStatuses: readonly ReferralStatus[] = ['rejected', 'completed', 'cancelled'];

export function isFinal(status: ReferralStatus): boolean {
  return finalStatuses.includes(status);
}

export function canTransition(from: ReferralStatus, to: ReferralStatus, by: ReferralSide): boolean {
  return transitions[from][to]?.includes(by) ?? false;
}

/** The statuses `by` may move a referral to from `from` (what the screens offer). */
export function nextStatuses(from: ReferralStatus, by: ReferralSide): ReferralStatus[] {
  return (Object.keys(transitions[from]) as ReferralStatus[]).filter((to) =>
    canTransition(from, to, by),
  );
}

/** The reason codes a move to `to` accepts (and requires, for rejection and not delivered). */
export function reasonCodesFor(
  to: ReferralStatus,
  outcome: 'delivered' | 'not_delivered' | undefined,
): { codes: readonly string[]; required: boolean } {
  if (to === 'rejected') return { codes: rejectionReasons, required: true };
  if (to === 'cancelled') return { codes: cancelReasons, required: false };
  if (to === 'completed' && outcome === 'not_delivered') {
    return { codes: notDeliveredReasons, required: true };
  }
  return { codes: [], required: false };
}

/** Calendar days a partner has to answer, by urgency (FHIR Task.priority). */
export const dueDaysByUrgency: Record<ReferralUrgency, number> = {
  routine: 14,
  urgent: 5,
  asap: 2,
  stat: 1,
};

/** The default due date: the Center's today plus the urgency's days. */
export function defaultDueDate(urgency: ReferralUrgency, today: string): string {
  return addDays(today, dueDaysByUrgency[urgency]);
}

/** Overdue: still open after its due day (the due day itself is still on time). */
export function isOverdue(status: ReferralStatus, dueOn: string, today: string): boolean {
  return !isFinal(status) && dueOn < today;
}

/** The chosen categories in the vocabulary's order, without repeats. */
export function normalizeCategories(categories: readonly string[]): SharedCategory[] {
  return sharedCategories.filter((c) => categories.includes(c));
}
