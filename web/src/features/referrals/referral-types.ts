import type { ReferralStatus } from '../../portal/partner/partner-types.js';

export type { ReferralStatus };

export const REFERRAL_STATUSES: ReferralStatus[] = [
  'requested',
  'received',
  'accepted',
  'rejected',
  'in_progress',
  'completed',
  'cancelled',
];
export const URGENCIES = ['routine', 'urgent', 'asap', 'stat'] as const;
export const CATEGORIES = [
  'identity',
  'identifiers',
  'contact',
  'household',
  'income',
  'benefits',
  'case_summary',
] as const;
export const CANCEL_REASONS = [
  'no_longer_needed',
  'resident_withdrew_consent',
  'wrong_destination',
  'served_elsewhere',
  'other',
] as const;

export interface StaffRef {
  id: string;
  displayName: string;
}

export interface ReferralSummary {
  id: string;
  residentId: string;
  residentName: string;
  caseId: string | null;
  destinationName: string;
  urgency: string;
  status: ReferralStatus;
  dueOn: string;
  overdue: boolean;
  owner: StaffRef;
  createdAt: string;
}

export interface ReferralView {
  id: string;
  residentId: string;
  residentName: string;
  caseId: string | null;
  destination: { kind: string; name: string };
  partnerEmail: string | null;
  reason: string | null;
  urgency: string;
  sharedCategories: string[];
  status: ReferralStatus;
  statusReason: string | null;
  statusNote: string | null;
  consent: { kind: 'given' | 'override'; overrideReason: string | null; withdrawn: boolean };
  owner: StaffRef;
  dueOn: string;
  overdue: boolean;
  outcome: string | null;
  outcomeReason: string | null;
  outcomeNote: string | null;
  createdAt: string;
  closedAt: string | null;
  history: {
    at: string;
    fromStatus: ReferralStatus | null;
    toStatus: ReferralStatus;
    reason: string | null;
    note: string | null;
    actorKind: 'staff' | 'partner_link' | 'system';
    actorName: string | null;
  }[];
  nextStatuses: ReferralStatus[];
}

export interface DestinationOption {
  serviceId: string;
  serviceName: string;
  organizationId: string;
  organizationName: string;
  referralEmail: string | null;
}
