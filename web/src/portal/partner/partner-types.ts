import type { LocalizedText } from '../../lib/types.js';

export type ReferralStatus =
  'requested' | 'received' | 'accepted' | 'rejected' | 'in_progress' | 'completed' | 'cancelled';

export const REJECTION_REASONS = [
  'not_eligible',
  'no_capacity',
  'out_of_area',
  'service_not_offered',
  'resident_unreachable',
  'other',
] as const;

export const NOT_DELIVERED_REASONS = [
  'resident_declined',
  'resident_did_not_attend',
  'resident_unreachable',
  'not_eligible',
  'service_unavailable',
  'other',
] as const;

export interface SharedData {
  identity?: {
    surname: string;
    givenName: string;
    fatherName: string | null;
    birthDate: string | null;
    gender: string | null;
  };
  identifiers?: { amka: string | null; afm: string | null };
  contact?: {
    mobilePhone: string | null;
    phone: string | null;
    email: string | null;
    address: string | null;
  };
  household?: { members: { relationship: string; birthYear: number | null }[] };
  income?: { taxYear: number | null; total: number | null };
  benefits?: { items: { name: LocalizedText; status: LocalizedText }[] };
  caseSummary?: { topics: string[]; needs: string | null };
}

/** GET /api/public/referrals/:id and /api/partner/referrals/:id. */
export interface PartnerReferral {
  id: string;
  center: { name: LocalizedText; phones: string[]; email: string | null };
  destinationName: string;
  caseWorker: { name: string; email: string | null };
  reason: string | null;
  urgency: string;
  dueOn: string;
  status: ReferralStatus;
  statusReason: string | null;
  outcome: string | null;
  createdAt: string;
  sharedCategories: string[];
  shared: SharedData;
  /** The resident withdrew the consent this referral relied on: nothing is shared any more. */
  consentWithdrawn: boolean;
  nextStatuses: ReferralStatus[];
}

export interface StatusAnswer {
  status: ReferralStatus;
  reason?: string;
  note?: string;
  outcome?: 'delivered' | 'not_delivered';
}
