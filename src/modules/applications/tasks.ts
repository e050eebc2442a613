import type { BenefitCode } from '../benefits/rules/types.js';
import type { ApplicationStatus } from './applications.vocabulary.js';

export const TASK_HORIZON_DAYS = 30;

export type TaskKind = 'deadline' | 'renewal';

export interface TaskSource {
  id: string;
  residentId: string;
  residentName: string;
  benefit: BenefitCode;
  status: ApplicationStatus;
  deadline: string | null;
  renewalDue: string | null;
  assignedTo: { id: string; displayName: string } | null;
}

export interface Task {
  id: string;
  kind: TaskKind;
  due: string;
  overdue: boolean;
  daysLeft: number;
  applicationId: string;
  residentId: string;
  residentName: string;
  benefit: BenefitCode;
  status: ApplicationStatus;
  assignedTo: { id: string; displayName: string } | null;
}

/** A deadline matters until the application is submitted, or again while a rejection is open. */
const deadlineStatuses = new Set<ApplicationStatus>([
  'planned',
  'collecting_documents',
  'rejected',
  'renewal_due',
]);
/** A renewal matters once the benefit is granted and until it is applied for again. */
const renewalStatuses = new Set<ApplicationStatus>(['approved', 'renewal_due']);

/**
 * What needs doing by `horizon` days after `today`: deadlines and renewals due, overdue ones
 * first, then by date. Closed applications never make tasks.
 */
export function dueTasks(
  applications: readonly TaskSource[],
  today: string,
  horizon = TASK_HORIZON_DAYS,
): Task[] {
  const tasks: Task[] = [];
  for (const a of applications) {
    const candidates: [TaskKind, string | null, boolean][] = [
      ['deadline', a.deadline, deadlineStatuses.has(a.status)],
      ['renewal', a.renewalDue, renewalStatuses.has(a.status)],
    ];
    for (const [kind, due, relevant] of candidates) {
      if (!due || !relevant) continue;
      const daysLeft = daysBetween(today, due);
      if (daysLeft > horizon) continue;
      tasks.push({
        id: `${a.id}:${kind}`,
        kind,
        due,
        overdue: daysLeft < 0,
        daysLeft,
        applicationId: a.id,
        residentId: a.residentId,
        residentName: a.residentName,
        benefit: a.benefit,
        status: a.status,
        assignedTo: a.assignedTo,
      });
    }
  }
  return tasks.sort((x, y) => x.due.localeCompare(y.due) || x.id.localeCompare(y.id));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
