export const CASE_STATUSES = ['open', 'active', 'on_hold', 'closed'] as const;
export const CASE_OUTCOMES = [
  'goals_met',
  'partially_met',
  'referred_elsewhere',
  'moved_away',
  'withdrew',
  'no_contact',
  'deceased',
  'other',
] as const;
export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;

export interface StaffRef {
  id: string;
  displayName: string;
}

export interface Goal {
  id?: string;
  description: string;
  targetDate: string | null;
  status: (typeof GOAL_STATUSES)[number];
}

export interface CaseView {
  id: string;
  residentId: string;
  residentName: string;
  householdId: string | null;
  topics: string[];
  status: string;
  outcome: string | null;
  assignedWorker: StaffRef | null;
  team: StaffRef[];
  assessment: {
    needs: string;
    strengths: string | null;
    risks: string | null;
    updatedAt: string;
  } | null;
  plan: { goals: Goal[]; reviewDate: string | null; updatedAt: string } | null;
  openedAt: string;
  closedAt: string | null;
  version: number;
}

export interface CaseSummary {
  id: string;
  residentId: string;
  residentName: string;
  topics: string[];
  status: string;
  assignedWorker: StaffRef | null;
  openedAt: string;
  nextReviewDate: string | null;
}

export function parseTopics(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
