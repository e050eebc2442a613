/** The seven service axes of a Community Center (DESIGN.md §1). */
export const axes = [
  'reception',
  'referral',
  'cooperation',
  'living_standards',
  'benefits',
  'counseling',
  'events',
] as const;
export type Axis = (typeof axes)[number];

export const channels = ['in_person', 'phone', 'email', 'outreach'] as const;
export type Channel = (typeof channels)[number];

/** `case_opened` only records what happened; the case itself is created separately. */
export const requestOutcomes = [
  'answered',
  'referred',
  'appointment_booked',
  'case_opened',
] as const;
export type RequestOutcome = (typeof requestOutcomes)[number];
