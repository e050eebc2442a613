import { AppError } from '../../lib/app-error.js';
import {
  applicationStatusLabels,
  type ApplicationStatus,
  type ChecklistItem,
} from './applications.vocabulary.js';

/**
 * Where an application may go from each status. Closing is always possible (the resident gave up,
 * moved away, or the benefit ended); an approved benefit comes up for renewal, and a renewal goes
 * back to collecting documents or straight to a new submission.
 */
export const applicationTransitions: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  planned: ['collecting_documents', 'submitted', 'closed'],
  collecting_documents: ['planned', 'submitted', 'closed'],
  submitted: ['approved', 'rejected', 'closed'],
  approved: ['renewal_due', 'closed'],
  rejected: ['appealed', 'closed'],
  appealed: ['approved', 'rejected', 'closed'],
  renewal_due: ['collecting_documents', 'submitted', 'closed'],
  closed: [],
};

export function canMoveTo(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return from === to || applicationTransitions[from].includes(to);
}

/** Refuses a step the flow does not allow, naming the steps that are (409, localized). */
export function assertTransition(from: ApplicationStatus, to: ApplicationStatus): void {
  if (canMoveTo(from, to)) return;
  const next = applicationTransitions[from];
  const list = (lang: 'el' | 'en') =>
    next.length === 0 ? '—' : next.map((s) => `«${applicationStatusLabels[s][lang]}»`).join(', ');
  throw new AppError('conflict', {
    fieldErrors: [
      {
        field: 'body.status',
        rule: 'status_transition',
        params: {
          fromEl: applicationStatusLabels[from].el,
          toEl: applicationStatusLabels[to].el,
          allowedEl: list('el'),
          fromEn: applicationStatusLabels[from].en,
          toEn: applicationStatusLabels[to].en,
          allowedEn: list('en'),
        },
      },
    ],
  });
}

/** The day `months` calendar months after `date` (YYYY-MM-DD), kept within the target month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The dates a status change fills in when the caller did not give them. */
export function datesOnEntering(
  to: ApplicationStatus,
  current: { submittedAt: string | null; decidedAt: string | null; renewalDue: string | null },
  today: string,
  renewalMonths: number | null,
): { submittedAt: string | null; decidedAt: string | null; renewalDue: string | null } {
  const submittedAt = to === 'submitted' ? (current.submittedAt ?? today) : current.submittedAt;
  const decides = to === 'approved' || to === 'rejected';
  const decidedAt = decides ? (current.decidedAt ?? today) : current.decidedAt;
  const renewalDue =
    to === 'approved' && current.renewalDue === null && renewalMonths !== null && decidedAt
      ? addMonths(decidedAt, renewalMonths)
      : current.renewalDue;
  return { submittedAt, decidedAt, renewalDue };
}

/**
 * Ticks items of a checklist; codes it does not hold are refused, so a typo cannot hide a missing
 * document. Items not mentioned keep their state.
 */
export function tickChecklist(
  checklist: readonly ChecklistItem[],
  changes: readonly { code: string; done: boolean }[],
): ChecklistItem[] {
  const known = new Set(checklist.map((item) => item.code));
  changes.forEach((change, index) => {
    if (!known.has(change.code)) {
      throw new AppError('validation_failed', {
        fieldErrors: [{ field: `body.checklist.${index}.code`, rule: 'checklist_item_unknown' }],
      });
    }
  });
  const done = new Map(changes.map((c) => [c.code, c.done]));
  return checklist.map((item) => ({ code: item.code, done: done.get(item.code) ?? item.done }));
}
