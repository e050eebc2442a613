import { apiFetch } from '../../../lib/api.js';
import { useApiQuery } from '../../../lib/use-api-query.js';
import type { StatusAnswer } from '../../../portal/partner/partner-types.js';
import type { DestinationOption, ReferralSummary, ReferralView } from '../referral-types.js';

const base = '/api/referrals';

export interface CreateReferralInput {
  residentId: string;
  caseId?: string;
  serviceId?: string;
  externalOrganization?: string;
  partnerEmail?: string;
  reason: string;
  urgency: string;
  sharedCategories: string[];
  dueOn?: string;
  consentOverrideReason?: string;
}

export function createReferral(input: CreateReferralInput) {
  return apiFetch<ReferralView>(base, { method: 'POST', body: input });
}

export function useReferrals(filter: {
  mine?: boolean;
  overdue?: boolean;
  status?: string;
  caseId?: string;
}) {
  const params = new URLSearchParams();
  if (filter.mine) params.set('mine', 'true');
  if (filter.overdue) params.set('overdue', 'true');
  if (filter.status) params.set('status', filter.status);
  if (filter.caseId) params.set('caseId', filter.caseId);
  return useApiQuery<{ items: ReferralSummary[] }>(`${base}?${params.toString()}`);
}

export function useReferral(id: string) {
  return useApiQuery<ReferralView>(`${base}/${encodeURIComponent(id)}`);
}

export function changeReferralStatus(id: string, answer: StatusAnswer) {
  return apiFetch<ReferralView>(`${base}/${encodeURIComponent(id)}/status`, {
    method: 'POST',
    body: answer,
  });
}

export function resendPartnerLink(id: string) {
  return apiFetch<ReferralView>(`${base}/${encodeURIComponent(id)}/resend-link`, {
    method: 'POST',
  });
}

export function searchDestinations(q: string) {
  return apiFetch<{ items: DestinationOption[] }>(
    `${base}/destinations?q=${encodeURIComponent(q)}`,
  );
}

export function letterUrl(id: string): string {
  return `${base}/${encodeURIComponent(id)}/letter.pdf`;
}
