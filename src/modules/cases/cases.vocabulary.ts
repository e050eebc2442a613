export const caseStatuses = ['open', 'active', 'on_hold', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Why a case was closed; required when it is. */
export const caseOutcomes = [
  'goals_met',
  'partially_met',
  'referred_elsewhere',
  'moved_away',
  'withdrew',
  'no_contact',
  'deceased',
  'other',
] as const;
export type CaseOutcome = (typeof caseOutcomes)[number];

export const goalStatuses = ['open', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof goalStatuses)[number];
