import type { Localized } from '../benefits/rules/types.js';

export const applicationStatuses = [
  'planned',
  'collecting_documents',
  'submitted',
  'approved',
  'rejected',
  'appealed',
  'renewal_due',
  'closed',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Names used in messages to staff (the web app has its own translations for screens). */
export const applicationStatusLabels: Record<ApplicationStatus, Localized> = {
  planned: { el: 'Σχεδιάζεται', en: 'Planned' },
  collecting_documents: { el: 'Συλλογή δικαιολογητικών', en: 'Collecting documents' },
  submitted: { el: 'Υποβλήθηκε', en: 'Submitted' },
  approved: { el: 'Εγκρίθηκε', en: 'Approved' },
  rejected: { el: 'Απορρίφθηκε', en: 'Rejected' },
  appealed: { el: 'Σε ένσταση', en: 'Appealed' },
  renewal_due: { el: 'Για ανανέωση', en: 'Renewal due' },
  closed: { el: 'Έκλεισε', en: 'Closed' },
};

export interface ChecklistItem {
  code: string;
  done: boolean;
}
