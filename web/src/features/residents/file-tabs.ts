import type { SessionView } from '../auth/session-types.js';

export const FILE_TABS = [
  'timeline',
  'details',
  'household',
  'benefits',
  'cases',
  'requests',
  'appointments',
  'counseling',
  'documents',
  'gdpr',
] as const;

export type FileTab = (typeof FILE_TABS)[number];

/** Any one of these permissions opens the section; the server checks each call again. */
const NEEDS: Record<FileTab, string[]> = {
  timeline: ['residents.read'],
  details: ['residents.read'],
  household: ['households.read'],
  benefits: ['benefits.read', 'benefits.screen', 'applications.read'],
  cases: ['cases.read'],
  requests: ['requests.read'],
  appointments: ['appointments.read'],
  counseling: ['counseling.sessions.read'],
  documents: ['documents.read', 'documents.write'],
  gdpr: ['gdpr.consents.write', 'gdpr.export', 'gdpr.erase'],
};

export function visibleTabs(session: SessionView | null | undefined): FileTab[] {
  const has = new Set(session?.permissions ?? []);
  return FILE_TABS.filter((tab) => NEEDS[tab].some((p) => has.has(p)));
}
