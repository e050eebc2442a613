import type { Role } from '../../db/types.js';

/**
 * Every permission of the system, and the one table that grants them to roles (DESIGN.md §2).
 * Routes declare the permission they need; a role gets nothing that is not written here.
 * Finer rules sit on top in the modules' policies: case files are open to their team (and the
 * coordinator), sealed counseling notes to their author and whom the author grants.
 */
export const permissions = [
  'center.settings.read',
  'center.settings.update',
  'staff.read',
  'staff.manage',
  'audit.read',
  // Residents' registry and households (reading a file is audited).
  'residents.read',
  'residents.write',
  'residents.merge',
  'households.read',
  'households.write',
  // Case files (φάκελοι); `cases.read_all` sees every case, others only their team's.
  'cases.read',
  'cases.write',
  'cases.read_all',
  'cases.assign',
  // The request log (καταγραφή αιτημάτων).
  'requests.read',
  'requests.write',
  // Counseling: that a session happened vs what was said (sealed notes).
  'counseling.sessions.read',
  'counseling.sessions.write',
  'counseling.notes.write',
  'counseling.notes.break_glass',
  // Documents attached to a resident or a case.
  'documents.read',
  'documents.write',
  // GDPR: consents, subject-access export, rectification history, erasure by anonymisation.
  'gdpr.consents.write',
  'gdpr.export',
  'gdpr.erase',
  // Benefits: catalog and parameters, screening, municipal criteria, outreach, applications.
  'benefits.read',
  'benefits.screen',
  'benefits.programs.manage',
  'benefits.outreach',
  'applications.read',
  'applications.write',
  // Appointments: agendas, booking for residents, check-in, and the calendar set-up.
  'appointments.read',
  'appointments.book',
  'appointments.manage',
  // Cooperation: the directory of services, closed-loop referrals, events.
  'directory.read',
  'directory.manage',
  'referrals.read',
  'referrals.write',
  'referrals.consent_override',
  // A partner account: the referrals sent to its own organization, and nothing else.
  'referrals.partner',
  'events.read',
  'events.register',
  'events.manage',
  // Reports and the dashboard (aggregates); drilling into a list needs `residents.read` too.
  'reports.read',
  'reports.export',
] as const;

export type Permission = (typeof permissions)[number];

export const roles = [
  'administrator',
  'coordinator',
  'social_worker',
  'psychologist',
  'reception',
  'partner',
  'auditor',
] as const satisfies readonly Role[];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  // Runs the system, not the casework: no access to residents' files by default.
  administrator: [
    'center.settings.read',
    'center.settings.update',
    'staff.read',
    'staff.manage',
    'audit.read',
    'benefits.read',
    'benefits.programs.manage',
    'appointments.read',
    'appointments.manage',
    'directory.read',
    'directory.manage',
    'events.read',
  ],
  // Assigns work and sees every case; sees that counseling happened, never what was said.
  coordinator: [
    'center.settings.read',
    'staff.read',
    'residents.read',
    'residents.write',
    'residents.merge',
    'households.read',
    'households.write',
    'cases.read',
    'cases.write',
    'cases.read_all',
    'cases.assign',
    'requests.read',
    'requests.write',
    'counseling.sessions.read',
    'documents.read',
    'documents.write',
    'gdpr.consents.write',
    'gdpr.export',
    'benefits.read',
    'benefits.screen',
    'benefits.programs.manage',
    'benefits.outreach',
    'applications.read',
    'applications.write',
    'appointments.read',
    'appointments.book',
    'appointments.manage',
    'directory.read',
    'directory.manage',
    'referrals.read',
    'referrals.write',
    'referrals.consent_override',
    'events.read',
    'events.register',
    'events.manage',
    'reports.read',
    'reports.export',
  ],
  social_worker: [
    'center.settings.read',
    'residents.read',
    'residents.write',
    'households.read',
    'households.write',
    'cases.read',
    'cases.write',
    'requests.read',
    'requests.write',
    'counseling.sessions.read',
    'counseling.sessions.write',
    'counseling.notes.write',
    'counseling.notes.break_glass',
    'documents.read',
    'documents.write',
    'gdpr.consents.write',
    'gdpr.export',
    'benefits.read',
    'benefits.screen',
    'benefits.outreach',
    'applications.read',
    'applications.write',
    'appointments.read',
    'appointments.book',
    'directory.read',
    'referrals.read',
    'referrals.write',
    'events.read',
    'events.register',
  ],
  psychologist: [
    'center.settings.read',
    'residents.read',
    'households.read',
    'cases.read',
    'requests.read',
    'requests.write',
    'counseling.sessions.read',
    'counseling.sessions.write',
    'counseling.notes.write',
    'counseling.notes.break_glass',
    'documents.read',
    'documents.write',
    'gdpr.consents.write',
    'benefits.read',
    'appointments.read',
    'appointments.book',
    'directory.read',
    'referrals.read',
    'referrals.write',
    'events.read',
    'events.register',
  ],
  // The desk: finds and registers people, logs requests, takes documents; never sees case notes.
  reception: [
    'center.settings.read',
    'residents.read',
    'residents.write',
    'households.read',
    'requests.read',
    'requests.write',
    'counseling.sessions.read',
    'documents.write',
    'gdpr.consents.write',
    'benefits.read',
    'applications.read',
    'appointments.read',
    'appointments.book',
    'directory.read',
    'events.read',
    'events.register',
  ],
  // An outside service: only the referrals sent to its organization (src/modules/referrals).
  partner: ['referrals.partner'],
  // The data protection officer: the audit log, who has access, subject access and erasure.
  auditor: [
    'center.settings.read',
    'staff.read',
    'audit.read',
    'residents.read',
    'gdpr.export',
    'gdpr.erase',
    'benefits.read',
  ],
};

/** Roles that must use a second factor; for the others it is optional. */
export const rolesRequiringTotp: readonly Role[] = ['administrator'];

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
