export const AXES = [
  'reception',
  'referral',
  'cooperation',
  'living_standards',
  'benefits',
  'counseling',
  'events',
] as const;
export const CHANNELS = ['in_person', 'phone', 'email', 'outreach'] as const;
export const REQUEST_OUTCOMES = [
  'answered',
  'referred',
  'appointment_booked',
  'case_opened',
] as const;

export interface RequestInput {
  residentId?: string;
  occurredAt?: string;
  channel: string;
  axis: string;
  subject: string;
  outcome: string;
  durationMinutes: number;
  notes?: string;
}

export interface RequestView {
  id: string;
  residentId: string | null;
  residentName: string | null;
  occurredAt: string;
  channel: string;
  axis: string;
  subject: string;
  outcome: string;
  durationMinutes: number;
  notes: string | null;
  staff: { id: string; displayName: string };
}
