export const APPLICATION_STATUSES = [
  'planned',
  'collecting_documents',
  'submitted',
  'approved',
  'rejected',
  'appealed',
  'renewal_due',
  'closed',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export interface Application {
  id: string;
  residentId: string;
  benefit: string;
  status: ApplicationStatus;
  checklist: { code: string; label: string; done: boolean }[];
  submittedAt: string | null;
  platform: string | null;
  protocolNumber: string | null;
  decision: { amount: number | null; reason: string | null; decidedAt: string } | null;
  renewalDue: string | null;
  deadline: string | null;
  assignedTo: { id: string; displayName: string } | null;
  version: number;
}

export type ApplicationPatch = Partial<
  Pick<
    Application,
    | 'status'
    | 'checklist'
    | 'submittedAt'
    | 'platform'
    | 'protocolNumber'
    | 'decision'
    | 'renewalDue'
    | 'deadline'
  >
> & { version: number };

/** The contract leaves the task shape open: read what is there, defensively. */
export interface Task {
  id?: string;
  kind?: string;
  due?: string;
  applicationId?: string;
  residentId?: string;
  residentName?: string;
  benefit?: string;
  status?: string;
}
