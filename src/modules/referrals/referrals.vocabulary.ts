import type { ReferralOutcome, ReferralStatus, ReferralUrgency } from './referrals.tables.js';

export interface Label {
  el: string;
  en: string;
}

export const referralStatuses = [
  'requested',
  'received',
  'accepted',
  'rejected',
  'in_progress',
  'completed',
  'cancelled',
] as const satisfies readonly ReferralStatus[];

/** FHIR Task.priority, in rising order. */
export const referralUrgencies = [
  'routine',
  'urgent',
  'asap',
  'stat',
] as const satisfies readonly ReferralUrgency[];

export const referralOutcomes = [
  'delivered',
  'not_delivered',
] as const satisfies readonly ReferralOutcome[];

/**
 * Categories of the resident's data a referral may share (data minimisation, GDPR Art. 5(1)(c)):
 * the partner sees exactly the categories chosen, nothing else (see referral-share.ts).
 */
export const sharedCategories = [
  'identity',
  'identifiers',
  'contact',
  'household',
  'income',
  'benefits',
  'case_summary',
] as const;
export type SharedCategory = (typeof sharedCategories)[number];

/** Why a partner turns a referral down (FHIR Task.statusReason, a small closed vocabulary). */
export const rejectionReasons = [
  'not_eligible',
  'no_capacity',
  'out_of_area',
  'service_not_offered',
  'resident_unreachable',
  'other',
] as const;

/** Why a service was not delivered after all. */
export const notDeliveredReasons = [
  'resident_declined',
  'resident_did_not_attend',
  'resident_unreachable',
  'not_eligible',
  'service_unavailable',
  'other',
] as const;

/** Why the Center withdraws a referral. */
export const cancelReasons = [
  'no_longer_needed',
  'resident_withdrew_consent',
  'wrong_destination',
  'served_elsewhere',
  'other',
] as const;

export const statusLabels: Record<ReferralStatus, Label> = {
  requested: { el: 'Απεστάλη', en: 'Requested' },
  received: { el: 'Παραλήφθηκε', en: 'Received' },
  accepted: { el: 'Έγινε δεκτή', en: 'Accepted' },
  rejected: { el: 'Απορρίφθηκε', en: 'Rejected' },
  in_progress: { el: 'Σε εξέλιξη', en: 'In progress' },
  completed: { el: 'Ολοκληρώθηκε', en: 'Completed' },
  cancelled: { el: 'Ακυρώθηκε', en: 'Cancelled' },
};

export const urgencyLabels: Record<ReferralUrgency, Label> = {
  routine: { el: 'Τακτική', en: 'Routine' },
  urgent: { el: 'Επείγουσα', en: 'Urgent' },
  asap: { el: 'Το συντομότερο δυνατό', en: 'As soon as possible' },
  stat: { el: 'Άμεση', en: 'Immediate' },
};

export const categoryLabels: Record<SharedCategory, Label> = {
  identity: { el: 'Ταυτότητα', en: 'Identity' },
  identifiers: { el: 'Αριθμοί μητρώου (ΑΜΚΑ, ΑΦΜ)', en: 'Registry numbers (AMKA, AFM)' },
  contact: { el: 'Στοιχεία επικοινωνίας', en: 'Contact details' },
  household: { el: 'Σύνθεση νοικοκυριού', en: 'Household composition' },
  income: { el: 'Εισόδημα νοικοκυριού', en: 'Household income' },
  benefits: { el: 'Επιδόματα και αιτήσεις', en: 'Benefits and applications' },
  case_summary: { el: 'Σύνοψη φακέλου', en: 'Case summary' },
};
